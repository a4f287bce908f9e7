/// Finds lexicon phrases (cue words, actor names) in a report, longest first.
struct PhraseMatcher<Value: Sendable>: Sendable {
  /// The matcher's tables, in one box: a copy of the matcher (each `CandidateMatches` iterator
  /// holds one) is one retain, not one per table.
  private final class Tables: Sendable {
    /// The phrases' words end to end, longest phrase first (then as listed): phrase `p` is
    /// `table.range(of: p)` with value `values[p]`. Flat, so trying a phrase copies
    /// no array (no retain and release per try).
    let table: FlatForms
    let values: [Value]
    /// Phrase indices by first word: a word's phrases are its one-word phrase (the first listed),
    /// then `byFirstList[byFirst[w].longer]`, its longer phrases by second word (`secondIDs`, the
    /// second word's id at the same slot), ascending within one. An array by word id: a `Dictionary`
    /// ran SipHash on every token that may start a phrase.
    let byFirst: WordMap<Starts>
    let byFirstList: [Int32]
    let secondIDs: [UInt32]
    /// Bit `id` is set when some phrase starts with word `id`: most tokens start none, and a bit
    /// test is far cheaper than hashing the word into `byFirst`.
    let firstBits: [UInt64]
    /// The words phrases start with, each once.
    let firstWords: [Word]

    init(
      table: FlatForms, values: [Value], byFirst: WordMap<Starts>, byFirstList: [Int32], secondIDs: [UInt32],
      firstBits: [UInt64], firstWords: [Word]
    ) {
      self.table = table
      self.values = values
      self.byFirst = byFirst
      self.byFirstList = byFirstList
      self.secondIDs = secondIDs
      self.firstBits = firstBits
      self.firstWords = firstWords
    }
  }

  /// The phrases starting with one word (see `Tables.byFirst`).
  private struct Starts: Sendable {
    /// The first one-word phrase, -1 when there is none: it matches wherever its word stands.
    let single: Int32
    /// The slots of `byFirstList` holding the longer phrases, sorted by second word.
    let longer: Range<Int32>
  }

  private let tables: Tables
  /// Match words as written (clitics and article aside), without taking pronoun suffixes off.
  let exact: Bool
  /// The words phrases start with: a token none of whose forms (`plainForms` when `exact`, else
  /// `forms`) is one of them starts no match (what `CueIndex` marks per token).
  var firstWords: [Word] { tables.firstWords }

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
    // The phrases grouped by first word, and within a word by second word (one-word phrases
    // first), ascending within those, by one sort of their indices (lists gathered in a dictionary
    // by word were a tenth of building the lexicons at start).
    let firsts = phrases.map { $0.tokens[0] }
    let seconds = phrases.map { $0.tokens.count > 1 ? Int64($0.tokens[1].id) : -1 }
    let grouped = firsts.indices.sorted {
      (firsts[$0].id, seconds[$0], $0) < (firsts[$1].id, seconds[$1], $1)
    }
    var byFirst: [(key: Word, value: Starts)] = []
    var groupStart = 0
    for (n, k) in grouped.enumerated() where n + 1 == grouped.count || firsts[grouped[n + 1]] != firsts[k] {
      let head = grouped[groupStart]
      let single = seconds[head] < 0 ? Int32(head) : -1
      var longerStart = groupStart
      while longerStart <= n && seconds[grouped[longerStart]] < 0 { longerStart += 1 }
      byFirst.append((firsts[k], Starts(single: single, longer: Int32(longerStart)..<Int32(n + 1))))
      groupStart = n + 1
    }
    let byFirstList = grouped.map { Int32($0) }
    let secondIDs = grouped.map { UInt32(truncatingIfNeeded: max(0, seconds[$0])) }
    var bits: [UInt64] = []
    for (w, _) in byFirst {
      let k = Int(w.id)
      while bits.count <= k / 64 { bits.append(0) }
      bits[k / 64] |= 1 << UInt64(k % 64)
    }
    // (Closures, not key paths: applying a key path went through `swift_getAtKeyPath` per phrase,
    // 2.5M instructions of building the lexicons at start.)
    tables = Tables(
      table: FlatForms(lists: phrases.map { $0.tokens }), values: phrases.map { $0.value },
      byFirst: WordMap(byFirst), byFirstList: byFirstList, secondIDs: secondIDs, firstBits: bits,
      firstWords: firsts.reduce(into: [Word]()) { if !$0.contains($1) { $0.append($1) } })
  }

  @inline(__always)
  private func mayStart(_ w: Word) -> Bool {
    let k = Int(w.id)
    let firstBits = tables.firstBits
    return k / 64 < firstBits.count && firstBits[k / 64] & (1 << UInt64(k % 64)) != 0
  }

  /// The longest phrase starting at token `i`, its token count and value.
  func match(_ doc: ReportText, at i: Int) -> (length: Int, value: Value)? {
    guard i < doc.tokens.count else { return nil }
    let found = exact ? firstMatch(doc, doc.plainForms, at: i) : firstMatch(doc, doc.forms, at: i)
    guard let p = found else { return nil }
    return (tables.table.range(of: p).count, tables.values[p])
  }

  /// The first phrase (in `words` order: longest first, then as listed) matching at token `i`: the
  /// smallest index any form of the token starts that matches. Written for speed: many phrases
  /// share a first word («قوات …», "forces …"), and trying each in turn was most of matching actor
  /// names; a longer phrase is tried only when its second word is a form of the next token (found
  /// by binary search among the first word's phrases, sorted by second word).
  private func firstMatch(_ doc: ReportText, _ forms: FlatForms, at i: Int) -> Int? {
    var best = Int.max
    let byFirst = tables.byFirst
    let byFirstList = tables.byFirstList
    let secondIDs = tables.secondIDs
    // A longer phrase needs the next token in the same clause (as `matches` asks).
    let next = i + 1 < doc.tokens.count && doc.isNear(before: i + 1) ? forms.range(of: i + 1) : 0..<0
    for k in forms.range(of: i) {
      let form = forms.words[k]
      guard mayStart(form), let starts = byFirst[form] else { continue }
      if starts.single >= 0 { best = min(best, Int(starts.single)) }
      for k2 in next {
        let second = forms.words[k2].id
        // The first slot whose second word is not below `second`.
        var lo = Int(starts.longer.lowerBound)
        var hi = Int(starts.longer.upperBound)
        while lo < hi {
          let mid = (lo + hi) / 2
          if secondIDs[mid] < second { lo = mid + 1 } else { hi = mid }
        }
        var slot = lo
        while slot < Int(starts.longer.upperBound) && secondIDs[slot] == second {
          let p = Int(byFirstList[slot])
          if p >= best { break }
          if matches(p, doc, forms, at: i) {
            best = p
            break
          }
          slot += 1
        }
      }
    }
    return best == Int.max ? nil : best
  }

  /// True when the words of phrase `p` after its first are forms of the tokens after `i`, with no
  /// clause break between.
  @inline(__always)
  private func matches(_ p: Int, _ doc: ReportText, _ forms: FlatForms, at i: Int) -> Bool {
    let table = tables.table
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
  /// The matches are found as they are iterated (see `CandidateMatches`), so asking builds no array.
  @inline(__always)
  func matches<C: Collection<Int>>(_ doc: ReportText, in range: Range<Int>, candidates: C) -> CandidateMatches<C> {
    // No candidate, no match: the view then holds no reference. Most sentences hold no cue, and
    // retaining and releasing the matcher's tables and the report for each was 1 % of a run.
    CandidateMatches(source: candidates.isEmpty ? nil : (self, doc), range: range, candidates: candidates)
  }

  /// The non-overlapping matches starting at candidate tokens of `range`, left to right, found one
  /// by one as they are iterated. Written for speed: the rules mostly loop over the matches, take
  /// the first or last, or filter them; building an array per question was 40k heap blocks per 2 MB
  /// of Arabic. A view valid while its candidates are (a `CueIndex` view: use it where asked for).
  struct CandidateMatches<C: Collection<Int>>: Sequence {
    typealias Element = (range: Range<Int>, value: Value)

    /// The matcher and the report; nil when there is no candidate (then there is no match).
    let source: (matcher: PhraseMatcher, doc: ReportText)?
    let range: Range<Int>
    let candidates: C

    struct Iterator: IteratorProtocol {
      let source: (matcher: PhraseMatcher, doc: ReportText)?
      let range: Range<Int>
      var candidates: C.Iterator
      /// The first token a next match may start at (past the previous match).
      var from: Int

      @inline(__always)
      mutating func next() -> Element? {
        guard let (matcher, doc) = source else { return nil }
        while let c = candidates.next() {
          guard c >= from && c < range.upperBound else { continue }
          if let m = matcher.match(doc, at: c), c + m.length <= range.upperBound {
            from = c + m.length
            return (c..<(c + m.length), m.value)
          }
        }
        return nil
      }
    }

    @inline(__always)
    func makeIterator() -> Iterator {
      Iterator(source: source, range: range, candidates: candidates.makeIterator(), from: range.lowerBound)
    }

    /// The first match, if any (found without looking further).
    var first: Element? {
      var it = makeIterator()
      return it.next()
    }

    /// The last match, if any.
    var last: Element? {
      var found: Element?
      for m in self { found = m }
      return found
    }
  }

  /// Calls `body` with each of `matches(_:in:candidates:)`, in the same order. Written for speed:
  /// the `CandidateMatches` view holds the matcher and the report, and retaining them into its
  /// iterator and releasing them again (~300 instructions) cost more than matching a clause's few
  /// candidates, for the rules that ask per group of clauses.
  @inline(__always)
  func forEachMatch(
    _ doc: ReportText, in range: Range<Int>, candidates: some Sequence<Int>,
    _ body: ((range: Range<Int>, value: Value)) -> Void
  ) {
    // The first token a next match may start at (past the previous match), as the iterator keeps it.
    var from = range.lowerBound
    for c in candidates where c >= from && c < range.upperBound {
      if let m = match(doc, at: c), c + m.length <= range.upperBound {
        body((c..<(c + m.length), m.value))
        from = c + m.length
      }
    }
  }

  /// `matches(_:in:candidates:).first`, found without the view. Written for speed: the view's
  /// iterator holds an optional (matcher, report) pair, and dropping it went through the generic
  /// value witnesses (~3k instructions a question in `MovementExtractor.read`).
  func firstMatch(
    _ doc: ReportText, in range: Range<Int>, candidates: some Sequence<Int>
  ) -> (range: Range<Int>, value: Value)? {
    for c in candidates where range.contains(c) {
      if let m = match(doc, at: c), c + m.length <= range.upperBound { return (c..<(c + m.length), m.value) }
    }
    return nil
  }

  /// `contains(_:in:)` trying only the tokens `candidates` (see `matches(_:in:candidates:)`).
  func contains(_ doc: ReportText, in range: Range<Int>, candidates: some Sequence<Int>) -> Bool {
    for c in candidates where range.contains(c) {
      if let m = match(doc, at: c), c + m.length <= range.upperBound { return true }
    }
    return false
  }
}
