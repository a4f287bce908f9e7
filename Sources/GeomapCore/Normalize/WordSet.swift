/// A set of lexicon words as a bitmap over word ids.
///
/// The rules ask, token after token, whether any form of the token is in a cue set
/// (`WordForms.isDisjoint(with:)`). With `Set<Word>` each question ran SipHash on every form (the
/// innermost 5 % of a 2 MB Arabic read); a word id indexes a bit directly. Lexicon words are
/// interned before any report (`Lexicons.loaded`), so their ids are small and the bitmaps are a
/// few hundred bytes.
struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral {
  private let bits: [UInt64]
  /// The words, in the order given (for iteration).
  let words: [Word]

  init(_ words: some Sequence<Word>) {
    var unique: [Word] = []
    var bits: [UInt64] = []
    for w in words {
      let i = Int(w.id)
      if i / 64 >= bits.count { bits += Array(repeating: 0, count: i / 64 + 1 - bits.count) }
      let mask = UInt64(1) << UInt64(i % 64)
      if bits[i / 64] & mask == 0 {
        bits[i / 64] |= mask
        unique.append(w)
      }
    }
    self.bits = bits
    self.words = unique
  }

  /// The words of `texts` (already folded lexicon forms).
  init(words texts: [String]) { self.init(texts.map { Word($0) }) }

  init(arrayLiteral elements: Word...) { self.init(elements) }

  func contains(_ w: Word) -> Bool {
    let i = Int(w.id)
    return i / 64 < bits.count && bits[i / 64] & (UInt64(1) << UInt64(i % 64)) != 0
  }

  var count: Int { words.count }
  var isEmpty: Bool { words.isEmpty }

  func makeIterator() -> IndexingIterator<[Word]> { words.makeIterator() }
}
