/// The bare forms of one token (see `ArabicWord.bareForms`) as interned words, in a fixed order.
///
/// A token has one to a handful of forms, so a small array beats a set: membership is a few integer
/// comparisons, and iteration order is the same on every run.
struct WordForms: Sequence, Sendable {
  let words: [Word]

  init(_ words: [Word]) {
    var unique: [Word] = []
    for w in words where !unique.contains(w) { unique.append(w) }
    self.words = unique
  }

  /// Forms of a report's token (interned as tokens: see `Word(token:)`).
  init(texts: [String]) { self.init(texts.map { Word(token: $0) }) }

  func makeIterator() -> IndexingIterator<[Word]> { words.makeIterator() }

  func isDisjoint(with set: WordSet) -> Bool {
    for w in words where set.contains(w) { return false }
    return true
  }
}

extension WordForms {
  private struct Key: Hashable {
    let word: Word
    let taMarbuta: Bool
  }

  /// Forms of every Arabic spelling read so far in this process. Reports repeat their words
  /// (Zipf) and long reports are read in segments, so each distinct spelling is analysed once.
  private static let cache = Locked<[Key: (bare: WordForms, plain: WordForms)]>([:])

  /// The bare and plain forms of the folded Arabic token `text` (interned as `word`).
  static func cached(_ word: Word, _ text: String, taMarbuta: Bool) -> (bare: WordForms, plain: WordForms) {
    let key = Key(word: word, taMarbuta: taMarbuta)
    if word != .unseen, let known = cache.withLock({ $0[key] }) { return known }
    var plain: [String] = NameKey.cliticReadings(text).map { ArabicWord.stripArticle($0.stem) }
    plain.append(ArabicWord.stripArticle(text))
    let made = (
      bare: WordForms(texts: ArabicWord.bareForms(text, taMarbuta: taMarbuta)), plain: WordForms(texts: plain)
    )
    if word != .unseen { cache.withLock { $0[key] = made } }
    return made
  }
}
