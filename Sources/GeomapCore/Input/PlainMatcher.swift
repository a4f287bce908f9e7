/// Runs a `CompiledDatePattern` over a plain window of scalars the way `String.matches(of:)` runs
/// the same regex over that window as a string: leftmost match first, alternatives in order, greedy
/// repetition giving back one step at a time, then on from the match's end.
final class PlainMatcher {
  /// One match: its scalar span in the searched array and each capture's span.
  struct Match {
    let range: Range<Int>
    let captures: [Range<Int>?]
  }

  let s: [Unicode.Scalar]
  let pattern: CompiledDatePattern
  private var lo = 0
  private var hi = 0
  private var captures: [Range<Int>?]

  init(_ scalars: [Unicode.Scalar], _ pattern: CompiledDatePattern) {
    s = scalars
    self.pattern = pattern
    captures = Array(repeating: nil, count: pattern.captureNames.count)
  }

  /// Every match in `window` (which must hold only `PlainText` scalars), in order, not overlapping.
  func matches(in window: Range<Int>) -> [Match] {
    (lo, hi) = (window.lowerBound, window.upperBound)
    var found: [Match] = []
    var i = lo
    while i < hi {
      let v = s[i].value
      if let starts = pattern.starts, v >= CompiledDatePattern.startTableSize || !starts[Int(v)] {
        i = next(i)
        continue
      }
      for k in captures.indices { captures[k] = nil }
      var end = i
      if top(i, { e in end = e; return true }) {
        found.append(Match(range: i..<end, captures: captures))
        i = end > i ? end : next(i)
      } else {
        i = next(i)
      }
    }
    return found
  }

  /// The captured text of a match, by group name.
  func capture(_ match: Match, _ name: String) -> Substring? {
    guard let k = pattern.captureNames.firstIndex(of: name), let r = match.captures[k] else { return nil }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: s[r])
    return Substring(String(view))
  }

  // MARK: - Backtracking

  private func top(_ i: Int, _ k: (Int) -> Bool) -> Bool {
    for alt in pattern.alternatives where sequence(alt, 0, i, k) { return true }
    return false
  }

  /// Matches `nodes[at...]` from `i`, calling `k` with each end in priority order until it accepts.
  private func sequence(_ nodes: [DatePattern], _ at: Int, _ i: Int, _ k: (Int) -> Bool) -> Bool {
    guard at < nodes.count else { return k(i) }
    return node(nodes[at], i) { e in sequence(nodes, at + 1, e, k) }
  }

  private func node(_ n: DatePattern, _ i: Int, _ k: (Int) -> Bool) -> Bool {
    switch n {
    case .literal(let scalars):
      guard let e = literal(scalars, i) else { return false }
      return k(e)
    case .oneOf(let c):
      guard i < hi, contains(c, i) else { return false }
      return k(next(i))
    case .boundary:
      return isBoundary(i) && k(i)
    case .group(let alts, let capture):
      for alt in alts {
        let matched = sequence(alt, 0, i) { e in
          guard let id = capture else { return k(e) }
          let saved = captures[id]
          captures[id] = i..<e
          if k(e) { return true }
          captures[id] = saved
          return false
        }
        if matched { return true }
      }
      return false
    case .notAhead(let alts):
      let saved = captures
      for alt in alts where sequence(alt, 0, i, { _ in true }) {
        captures = saved
        return false
      }
      return k(i)
    case .repeated(let inner, let min, let max):
      if case .oneOf(let c) = inner { return run(c, min, max, i, k) }
      return repeated(inner, min, max, i, k)
    }
  }

  /// A greedy repetition of one scalar class: take the longest run, then give back one at a time.
  private func run(_ c: DatePattern.ScalarClass, _ min: Int, _ max: Int, _ i: Int, _ k: (Int) -> Bool) -> Bool {
    var (j, count) = (i, 0)
    while count < max && j < hi && contains(c, j) {
      j = next(j)
      count += 1
    }
    while count >= min {
      if k(j) { return true }
      if count == 0 { return false }
      j = j - 2 >= i && s[j - 1] == "\n" && s[j - 2] == "\r" ? j - 2 : j - 1
      count -= 1
    }
    return false
  }

  private func repeated(_ inner: DatePattern, _ min: Int, _ max: Int, _ i: Int, _ k: (Int) -> Bool) -> Bool {
    if max > 0 && node(inner, i, { e in e > i && repeated(inner, min - 1, max - 1, e, k) }) { return true }
    return min <= 0 && k(i)
  }

  // MARK: - Scalars

  /// The next Character boundary: CR LF is one Character.
  private func next(_ i: Int) -> Int {
    s[i] == "\r" && i + 1 < hi && s[i + 1] == "\n" ? i + 2 : i + 1
  }

  private func literal(_ scalars: [UInt32], _ i: Int) -> Int? {
    guard i + scalars.count <= hi else { return nil }
    if pattern.caseInsensitive {
      for (j, v) in scalars.enumerated() where PlainText.lowerASCII(s[i + j].value) != v { return nil }
    } else {
      for (j, v) in scalars.enumerated() where s[i + j].value != v { return nil }
    }
    return i + scalars.count
  }

  private func contains(_ c: DatePattern.ScalarClass, _ i: Int) -> Bool {
    let v = s[i].value
    if c.spaces && PlainText.isSpace(v) { return true }
    if c.digits && PlainText.isDigit(v) { return true }
    if c.letters && PlainText.isLetter(v) { return true }
    let folded = pattern.caseInsensitive ? PlainText.lowerASCII(v) : v
    return c.members.contains(folded)
  }

  /// UAX #29 word boundary at `p` within the window, for plain scalars (rules WB1–WB13b).
  private func isBoundary(_ p: Int) -> Bool {
    guard p > lo && p < hi else { return true }
    typealias W = PlainText.WordClass
    func cls(_ q: Int) -> W? { q >= lo && q < hi ? PlainText.wordClass(s[q].value) : nil }
    guard let l = cls(p - 1), let r = cls(p) else { return true }
    if l == .cr && r == .lf { return false }
    if [.cr, .lf, .newline].contains(l) || [.cr, .lf, .newline].contains(r) { return true }
    if l == .space && r == .space { return false }
    let word: Set<W> = [.letter, .numeric, .extendNumLet]
    if word.contains(l) && word.contains(r) { return false }
    let midLetter: Set<W> = [.midLetter, .midNumLet]
    let midNum: Set<W> = [.midNum, .midNumLet]
    if l == .letter && midLetter.contains(r) && cls(p + 1) == .letter { return false }
    if cls(p - 2) == .letter && midLetter.contains(l) && r == .letter { return false }
    if cls(p - 2) == .numeric && midNum.contains(l) && r == .numeric { return false }
    if l == .numeric && midNum.contains(r) && cls(p + 1) == .numeric { return false }
    return true
  }
}
