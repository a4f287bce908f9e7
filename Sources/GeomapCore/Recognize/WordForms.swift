/// The bare forms of one token (see `ArabicWord.bareForms`) as interned words, in a fixed order.
///
/// A token has one to a handful of forms, so a small list beats a set: membership is a few integer
/// comparisons, and iteration order is the same on every run. It is a view into the report's
/// `FlatForms` (one block for all tokens), holding no reference, so asking about a token's forms
/// costs no retain and release; it is valid only while that report lives (use it, don't keep it).
struct WordForms: Sequence {
  let words: UnsafeBufferPointer<Word>

  /// A view of words that outlive it (a slice of a `FlatForms`, already without duplicates).
  @inline(__always)
  init(_ words: UnsafeBufferPointer<Word>) { self.words = words }

  /// No forms (before the first token).
  static var empty: WordForms { WordForms(UnsafeBufferPointer(start: nil, count: 0)) }

  func makeIterator() -> UnsafeBufferPointer<Word>.Iterator { words.makeIterator() }

  func isDisjoint(with set: WordSet) -> Bool {
    for w in words where set.contains(w) { return false }
    return true
  }

  /// `words` without repeats, first occurrence kept.
  static func unique(_ words: [Word]) -> [Word] {
    var unique: [Word] = []
    unique.reserveCapacity(words.count)
    for w in words where !unique.contains(w) { unique.append(w) }
    return unique
  }
}

extension WordForms {
  /// The two analyses of a spelling (duplicates removed), as `ReportText` lays them out.
  struct Analysis: Sendable {
    let bare: [Word]
    let plain: [Word]
  }

  /// Analyses of every Arabic spelling read so far in this process, at `2 × word id + taMarbuta`:
  /// reports repeat their words (Zipf) and long reports are read in segments, so each distinct
  /// spelling is analysed once, and found again by indexing instead of hashing.
  private static let cache = Locked<[Analysis?]>([])

  /// The bare and plain forms of the folded Arabic token `text` (interned as `word`).
  static func cached(_ word: Word, _ text: String, taMarbuta: Bool) -> Analysis {
    let slot = 2 * Int(word.id) + (taMarbuta ? 1 : 0)
    if word != .unseen, let known = cache.withLock({ slot < $0.count ? $0[slot] : nil }) { return known }
    var plain: [String] = NameKey.cliticReadings(text).map { ArabicWord.stripArticle($0.stem) }
    plain.append(ArabicWord.stripArticle(text))
    let made = Analysis(
      bare: unique(ArabicWord.bareForms(text, taMarbuta: taMarbuta).map { Word(token: $0) }),
      plain: unique(plain.map { Word(token: $0) }))
    if word != .unseen {
      cache.withLock { c in
        if slot >= c.count { c.append(contentsOf: repeatElement(nil, count: Swift.max(slot + 1 - c.count, c.count))) }
        c[slot] = made
      }
    }
    return made
  }
}
