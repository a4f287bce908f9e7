/// Finds lexicon phrases (cue words, actor names) in a report, longest first.
struct PhraseMatcher<Value: Sendable>: Sendable {
  private let phrases: [(tokens: [Word], value: Value)]
  /// Indices into `phrases` by first token, ascending, so a token only tries phrases it can start.
  private let byFirst: [Word: [Int]]
  /// Bit `id` is set when some phrase starts with word `id`: most tokens start none, and a bit test
  /// is far cheaper than hashing the word into `byFirst`.
  private let firstBits: [UInt64]
  /// Match words as written (clitics and article aside), without taking pronoun suffixes off.
  private let exact: Bool

  /// `pairs` are written naturally («قوات النظام», "government forces"); they are folded here.
  init(_ pairs: [(String, Value)], exact: Bool = false) {
    self.exact = exact
    phrases = pairs.map { pair in
      let toks = Tokenizer.tokens(in: pair.0).map { t in
        Word(t.script == .arabic ? ArabicWord.stripArticle(t.text) : t.text)
      }
      return (toks, pair.1)
    }
    .filter { !$0.tokens.isEmpty }
    .sorted { $0.tokens.count > $1.tokens.count }
    var byFirst: [Word: [Int]] = [:]
    for (k, phrase) in phrases.enumerated() { byFirst[phrase.tokens[0], default: []].append(k) }
    self.byFirst = byFirst
    var bits: [UInt64] = []
    for w in byFirst.keys {
      let k = Int(w.id)
      while bits.count <= k / 64 { bits.append(0) }
      bits[k / 64] |= 1 << UInt64(k % 64)
    }
    firstBits = bits
  }

  @inline(__always)
  private func mayStart(_ w: Word) -> Bool {
    let k = Int(w.id)
    return k / 64 < firstBits.count && firstBits[k / 64] & (1 << UInt64(k % 64)) != 0
  }

  /// The longest phrase starting at token `i`, its token count and value.
  func match(_ doc: ReportText, at i: Int) -> (length: Int, value: Value)? {
    guard i < doc.tokens.count else { return nil }
    // Only phrases whose first word is one of this token's forms can match; trying them in
    // `phrases` order keeps "longest first, then as listed".
    var candidates: [Int] = []
    for form in exact ? doc.plainForms[i] : doc.forms[i] where mayStart(form) {
      if let found = byFirst[form] { candidates += found }
    }
    if candidates.isEmpty { return nil }
    candidates.sort()
    for p in candidates {
      let phrase = phrases[p]
      let n = phrase.tokens.count
      guard i + n <= doc.tokens.count else { continue }
      var ok = true
      for k in 1..<n {
        if !doc.isNear(before: i + k) { ok = false; break }
        let forms = exact ? doc.plainForms[i + k] : doc.forms[i + k]
        if !forms.contains(phrase.tokens[k]) { ok = false; break }
      }
      if ok { return (n, phrase.value) }
    }
    return nil
  }

  /// Every non-overlapping match in `range`, left to right.
  func matches(_ doc: ReportText, in range: Range<Int>) -> [(range: Range<Int>, value: Value)] {
    var out: [(Range<Int>, Value)] = []
    var i = range.lowerBound
    while i < range.upperBound {
      if let m = match(doc, at: i), i + m.length <= range.upperBound {
        out.append((i..<(i + m.length), m.value))
        i += m.length
      } else {
        i += 1
      }
    }
    return out
  }

  /// True when some phrase matches somewhere in `range`.
  func contains(_ doc: ReportText, in range: Range<Int>) -> Bool {
    !matches(doc, in: range).isEmpty
  }
}
