/// Finds lexicon phrases (cue words, actor names) in a report, longest first.
struct PhraseMatcher<Value: Sendable>: Sendable {
  /// The phrases' words end to end, longest phrase first (then as listed): phrase `p` is
  /// `table.range(of: p)` with value `values[p]`. Flat, so trying a phrase copies
  /// no array (no retain and release per try).
  private let table: FlatForms
  private let values: [Value]
  /// Phrase indices by first word, ascending: a word's phrases are `byFirstList[byFirst[w]]`.
  /// An array by word id: a `Dictionary` ran SipHash on every token that may start a phrase.
  private let byFirst: WordMap<Range<Int32>>
  private let byFirstList: [Int32]
  /// Bit `id` is set when some phrase starts with word `id`: most tokens start none, and a bit test
  /// is far cheaper than hashing the word into `byFirst`.
  private let firstBits: [UInt64]
  /// Match words as written (clitics and article aside), without taking pronoun suffixes off.
  let exact: Bool
  /// The words phrases start with: a token none of whose forms (`plainForms` when `exact`, else
  /// `forms`) is one of them starts no match (what `CueIndex` marks per token).
  let firstWords: [Word]

  /// `pairs` are written naturally («قوات النظام», "government forces"); they are folded here.
  init(_ pairs: [(String, Value)], exact: Bool = false) {
    self.exact = exact
    let phrases = pairs.map { pair in
      let toks = Tokenizer.tokens(in: pair.0).map { t in
        Word(t.script == .arabic ? ArabicWord.stripArticle(t.text) : t.text)
      }
      return (tokens: toks, value: pair.1)
    }
    .filter { !$0.tokens.isEmpty }
    .sorted { $0.tokens.count > $1.tokens.count }
    table = FlatForms(lists: phrases.map(\.tokens))
    values = phrases.map(\.value)
    var lists: [Word: [Int32]] = [:]
    for (k, phrase) in phrases.enumerated() { lists[phrase.tokens[0], default: []].append(Int32(k)) }
    var byFirst: [Word: Range<Int32>] = [:]
    var byFirstList: [Int32] = []
    for (w, list) in lists {
      byFirst[w] = Int32(byFirstList.count)..<Int32(byFirstList.count + list.count)
      byFirstList.append(contentsOf: list)
    }
    firstWords = phrases.map(\.tokens[0]).reduce(into: [Word]()) { if !$0.contains($1) { $0.append($1) } }
    self.byFirst = WordMap(byFirst)
    self.byFirstList = byFirstList
    var bits: [UInt64] = []
    for w in lists.keys {
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
    let found = exact ? firstMatch(doc, doc.plainForms, at: i) : firstMatch(doc, doc.forms, at: i)
    guard let p = found else { return nil }
    return (table.range(of: p).count, values[p])
  }

  /// The first phrase (in `words` order: longest first, then as listed) matching at token `i`.
  /// Each form of the token has its own ascending list of phrases; the answer is the smallest
  /// index any of them matches.
  private func firstMatch(_ doc: ReportText, _ forms: FlatForms, at i: Int) -> Int? {
    var best = Int.max
    for k in forms.range(of: i) {
      let form = forms.words[k]
      guard mayStart(form), let list = byFirst[form] else { continue }
      for slot in list {
        let p = Int(byFirstList[Int(slot)])
        if p >= best { break }
        if matches(p, doc, forms, at: i) {
          best = p
          break
        }
      }
    }
    return best == Int.max ? nil : best
  }

  /// True when the words of phrase `p` after its first are forms of the tokens after `i`, with no
  /// clause break between.
  @inline(__always)
  private func matches(_ p: Int, _ doc: ReportText, _ forms: FlatForms, at i: Int) -> Bool {
    let from = table.range(of: p).lowerBound
    let n = table.range(of: p).count
    guard i + n <= doc.tokens.count else { return false }
    for k in 1..<max(1, n) {
      if !doc.isNear(before: i + k) || !forms.contains(table.words[from + k], at: i + k) { return false }
    }
    return true
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
    // The scan of `matches` tries every token until its first match: stop there.
    for i in range {
      if let m = match(doc, at: i), i + m.length <= range.upperBound { return true }
    }
    return false
  }

  /// `matches(_:in:)` trying only the tokens `candidates` (ascending): the same answer when they
  /// include every token of `range` where a phrase may start (`CueIndex.tokens`), as no other token
  /// starts a match. Written for speed: a rule asks per sentence, and most sentences hold no cue.
  func matches(_ doc: ReportText, in range: Range<Int>, candidates: some Sequence<Int>) -> [(
    range: Range<Int>, value: Value
  )] {
    var out: [(Range<Int>, Value)] = []
    var i = range.lowerBound
    for c in candidates where c >= i && c < range.upperBound {
      if let m = match(doc, at: c), c + m.length <= range.upperBound {
        out.append((c..<(c + m.length), m.value))
        i = c + m.length
      }
    }
    return out
  }

  /// `contains(_:in:)` trying only the tokens `candidates` (see `matches(_:in:candidates:)`).
  func contains(_ doc: ReportText, in range: Range<Int>, candidates: some Sequence<Int>) -> Bool {
    for c in candidates where range.contains(c) {
      if let m = match(doc, at: c), c + m.length <= range.upperBound { return true }
    }
    return false
  }
}
