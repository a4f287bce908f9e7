/// Runs a `CompiledDatePattern` over a plain window of scalars the way `String.matches(of:)` runs
/// the same regex over that window as a string: leftmost match first, alternatives in order, greedy
/// repetition giving back one step at a time, then on from the match's end.
struct PlainMatcher {
  /// One match: its scalar span in the searched array and each capture's span.
  struct Match {
    let range: Range<Int>
    let captures: [Range<Int>?]
  }

  let scalars: [Unicode.Scalar]
  let pattern: CompiledDatePattern

  init(_ scalars: [Unicode.Scalar], _ pattern: CompiledDatePattern) {
    self.scalars = scalars
    self.pattern = pattern
  }

  /// Every match in `window` (which must hold only `PlainText` scalars), in order, not overlapping,
  /// appended to `found` (a buffer the caller reuses for every window).
  func appendMatches(in window: Range<Int>, to found: inout [Match]) {
    let count = pattern.captureNames.count
    let program = pattern.program
    // The capture spans are on the stack (a few words): allocated on the heap, they were a block
    // per window searched.
    withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * count + 1) { spans in
      withExtendedLifetime(program) {
        scalars.withUnsafeBufferPointer { text in
          let run = PlainRun(
            s: text, lo: window.lowerBound, hi: window.upperBound, ops: program.ops, pool: program.pool,
            alternatives: program.alternatives, heads: program.top, groupFirsts: program.groupFirsts,
            bucketBase: program.bucketBase, bucketOffsets: program.bucketOffsets, bucketSlots: program.bucketSlots,
            insensitive: pattern.caseInsensitive, spans: spans)
          var i = run.lo
          while i < run.hi {
            let v = text[i].value
            if let starts = pattern.starts, v >= CompiledDatePattern.startTableSize || !starts[Int(v)] {
              i = run.next(i)
              continue
            }
            for k in 0..<(2 * count) { spans[k] = -1 }
            var end = i
            let matched = run.top(i) { e in
              end = e
              return true
            }
            if matched {
              let captures = (0..<count).map { k in spans[2 * k] < 0 ? nil : spans[2 * k]..<spans[2 * k + 1] }
              found.append(Match(range: i..<end, captures: captures))
              i = end > i ? end : run.next(i)
            } else {
              i = run.next(i)
            }
          }
        }
      }
    }
  }

  /// The captured text of a match, by group name.
  func capture(_ match: Match, _ name: String) -> Substring? {
    captureScalars(match, name).map { Substring(String(utf8Of: $0)) }
  }

  /// The captured scalars of a match, by group name.
  func captureScalars(_ match: Match, _ name: String) -> ArraySlice<Unicode.Scalar>? {
    guard let k = pattern.captureNames.firstIndex(of: name), let r = match.captures[k] else { return nil }
    return scalars[r]
  }
}

/// One search of a window: the backtracking itself. It holds only unsafe buffers (kept alive by
/// `matches`), so copying it into each continuation does no reference counting.
private struct PlainRun {
  let s: UnsafeBufferPointer<Unicode.Scalar>
  let lo: Int
  let hi: Int
  let ops: UnsafeMutableBufferPointer<DateProgram.Op>
  let pool: UnsafeMutableBufferPointer<UInt32>
  let alternatives: UnsafeMutableBufferPointer<Int32>
  let heads: UnsafeMutableBufferPointer<Int32>
  let groupFirsts: UnsafeMutableBufferPointer<UInt64>
  let bucketBase: UnsafeMutableBufferPointer<Int32>
  let bucketOffsets: UnsafeMutableBufferPointer<Int32>
  let bucketSlots: UnsafeMutableBufferPointer<Int32>
  let insensitive: Bool
  /// Capture spans, start and end per group; -1 when unset.
  let spans: UnsafeMutableBufferPointer<Int>

  func top(_ i: Int, _ k: (Int) -> Bool) -> Bool {
    for head in heads where !failsAtOnce(head, i) && run(head, i, k) { return true }
    return false
  }

  /// Whether the sequence starting at operation `head` fails at `i` on its first scalar: it starts
  /// with a literal whose first scalar is not the text's (the test `literal` makes first).
  ///
  /// Written for speed: the date patterns' groups hold dozens of month and weekday names, and
  /// entering `run` for each (a continuation and a switch) to fail on its first scalar was most of
  /// matching a window.
  @inline(__always)
  private func failsAtOnce(_ head: Int32, _ i: Int) -> Bool {
    guard head >= 0 else { return false }
    let op = ops[Int(head)]
    guard op.kind == .literal && op.b > 0 else { return false }
    guard i < hi else { return true }
    let base = pool[Int(op.a)]
    let v = s[i].value
    return PlainText.isHaraka(base) || (insensitive ? PlainText.lowerASCII(v) : v) != base
  }

  /// False when group `at` fails at `i` on its first scalar: every alternative starts with a
  /// literal, and no first scalar of theirs has the text's bit in `groupFirsts` (so `failsAtOnce`
  /// is true of each).
  @inline(__always)
  private func mayStartGroup(_ at: Int32, _ i: Int) -> Bool {
    let bits = groupFirsts[Int(at)]
    guard bits != .max else { return true }
    guard i < hi else { return false }
    let v = insensitive ? PlainText.lowerASCII(s[i].value) : s[i].value
    return bits >> UInt64(v & 63) & 1 != 0
  }

  /// Matches the sequence starting at operation `at` from `i`, offering each end to `k` in
  /// priority order until it accepts.
  func run(_ at: Int32, _ i: Int, _ k: (Int) -> Bool) -> Bool {
    guard at >= 0 else { return k(i) }
    let op = ops[Int(at)]
    switch op.kind {
    case .literal:
      guard let e = literal(op, i) else { return false }
      return run(op.next, e, k)
    case .oneOf:
      guard i < hi, contains(op, i) else { return false }
      return run(op.next, next(i), k)
    case .boundary:
      return isBoundary(i) && run(op.next, i, k)
    case .group:
      // Every alternative's first scalar differs from the text's (see `DateProgram.groupFirsts`).
      guard mayStartGroup(at, i) else { return false }
      // Alternative `slot` from `i`, then the rest of the sequence.
      func alternative(_ slot: Int32) -> Bool {
        let head = alternatives[Int(slot)]
        if failsAtOnce(head, i) { return false }
        return run(head, i) { e in
          guard op.c >= 0 else { return run(op.next, e, k) }
          let id = 2 * Int(op.c)
          let saved = (spans[id], spans[id + 1])
          (spans[id], spans[id + 1]) = (i, e)
          if run(op.next, e, k) { return true }
          (spans[id], spans[id + 1]) = saved
          return false
        }
      }
      let base = bucketBase[Int(at)]
      guard base >= 0 else {
        for slot in op.a..<(op.a + op.b) where alternative(slot) { return true }
        return false
      }
      // Only the alternatives starting with the text's scalar, give or take its bucket
      // (`DateProgram.bucketOffsets`); `mayStartGroup` found `i < hi`.
      let v = insensitive ? PlainText.lowerASCII(s[i].value) : s[i].value
      let bucket = Int(base) + Int(v & 63)
      for n in bucketOffsets[bucket]..<bucketOffsets[bucket + 1] where alternative(bucketSlots[Int(n)]) { return true }
      return false
    case .notAhead:
      for slot in op.a..<(op.a + op.b) where lookahead(alternatives[Int(slot)], i, capturing: op.c != 0) {
        return false
      }
      return run(op.next, i, k)
    case .repeated:
      let inner = ops[Int(op.a)]
      if inner.kind == .oneOf { return repeatClass(inner, Int(op.b), Int(op.c), i) { run(op.next, $0, k) } }
      return repeated(op.a, Int(op.b), Int(op.c), i) { run(op.next, $0, k) }
    }
  }

  /// Whether the alternative matches at `i`, leaving the captures as they were.
  private func lookahead(_ head: Int32, _ i: Int, capturing: Bool) -> Bool {
    guard capturing else { return run(head, i) { _ in true } }
    let saved = Array(spans)
    defer { for (k, v) in saved.enumerated() { spans[k] = v } }
    return run(head, i) { _ in true }
  }

  /// A greedy repetition of one scalar class: take the longest run, then give back one at a time.
  private func repeatClass(_ op: DateProgram.Op, _ min: Int, _ max: Int, _ i: Int, _ k: (Int) -> Bool) -> Bool
  {
    var (j, count) = (i, 0)
    while count < max && j < hi && contains(op, j) {
      j = next(j)
      count += 1
    }
    while count >= min {
      if k(j) { return true }
      if count == 0 { return false }
      j = previous(j)
      count -= 1
    }
    return false
  }

  private func repeated(_ inner: Int32, _ min: Int, _ max: Int, _ i: Int, _ k: (Int) -> Bool) -> Bool {
    if max > 0 && run(inner, i, { e in e > i && repeated(inner, min - 1, max - 1, e, k) }) { return true }
    return min <= 0 && k(i)
  }

  /// The next Character boundary: CR LF is one Character, and so is a letter with its harakat.
  func next(_ i: Int) -> Int {
    if s[i] == "\r" { return i + 1 < hi && s[i + 1] == "\n" ? i + 2 : i + 1 }
    var j = i + 1
    while j < hi && PlainText.isHaraka(s[j].value) { j += 1 }
    return j
  }

  /// The start of the Character ending at boundary `j` (> `lo`).
  func previous(_ j: Int) -> Int {
    if j - 2 >= lo && s[j - 1] == "\n" && s[j - 2] == "\r" { return j - 2 }
    var q = j - 1
    while q > lo && PlainText.isHaraka(s[q].value) { q -= 1 }
    return q
  }

  /// Matches the literal Character by Character: same base scalar, same harakat up to order
  /// (their canonical order is by code point, so equal multisets mean canonically equivalent).
  private func literal(_ op: DateProgram.Op, _ i: Int) -> Int? {
    if op.c == DateProgram.bareLiteral { return bareLiteral(op, i) }
    var (t, end) = (Int(op.a), Int(op.a + op.b))
    var j = i
    while t < end {
      guard j < hi else { return nil }
      let v = s[j].value
      let base = pool[t]
      if PlainText.isHaraka(base) || (insensitive ? PlainText.lowerASCII(v) : v) != base { return nil }
      if base == 0x0D && t + 1 < end && pool[t + 1] == 0x0A {
        // A literal CR LF is one Character, as in the text.
        guard j + 1 < hi && s[j + 1] == "\n" else { return nil }
        (t, j) = (t + 2, j + 2)
        continue
      }
      if v == 0x0D && j + 1 < hi && s[j + 1] == "\n" { return nil }
      var (textMarks, literalMarks): (UInt64, UInt64) = (0, 0)
      j += 1
      while j < hi && PlainText.isHaraka(s[j].value) {
        textMarks &+= 1 << (8 * UInt64(s[j].value - 0x064B))
        j += 1
      }
      t += 1
      while t < end && PlainText.isHaraka(pool[t]) {
        literalMarks &+= 1 << (8 * UInt64(pool[t] - 0x064B))
        t += 1
      }
      if textMarks != literalMarks { return nil }
    }
    return j
  }

  /// `literal` of a literal without harakat or CR (`DateProgram.bareLiteral`): each of its
  /// scalars is a Character, which a text Character matches only when it is that one scalar. So
  /// the text's scalars are compared one for one, and the match ends where no haraka follows
  /// (one there would join the last Character). A CR in the text equals no scalar of the literal.
  ///
  /// Written for speed: nearly every literal of the date patterns is such, and `literal`'s tests
  /// for CR LF and its harakat counts at every scalar were a third of matching one.
  private func bareLiteral(_ op: DateProgram.Op, _ i: Int) -> Int? {
    let (a, n) = (Int(op.a), Int(op.b))
    guard n <= hi - i else { return nil }
    for t in 0..<n {
      let v = s[i + t].value
      if (insensitive ? PlainText.lowerASCII(v) : v) != pool[a + t] { return nil }
    }
    let end = i + n
    return end < hi && PlainText.isHaraka(s[end].value) ? nil : end
  }

  private func contains(_ op: DateProgram.Op, _ i: Int) -> Bool {
    let v = s[i].value
    if op.c & DateProgram.spaces != 0 && PlainText.isSpace(v) { return true }
    if op.c & DateProgram.digits != 0 && PlainText.isDigit(v) { return true }
    if op.c & DateProgram.letters != 0 && PlainText.isLetter(v) { return true }
    let folded = insensitive ? PlainText.lowerASCII(v) : v
    for j in Int(op.a)..<Int(op.a + op.b) where pool[j] == folded { return true }
    return false
  }

  /// UAX #29 word boundary at Character boundary `p` within the window, for plain text (rules
  /// WB1–WB13b; by WB4 a letter's harakat take its class, so classes are read off base scalars).
  private func isBoundary(_ p: Int) -> Bool {
    guard p > lo && p < hi else { return true }
    typealias W = PlainText.WordClass
    func cls(_ q: Int) -> W { q >= lo && q < hi ? PlainText.wordClass(s[q].value) : .other }
    let left = previous(p)
    let right = next(p)
    let (l, r) = (cls(left), cls(p))
    if l == .cr && r == .lf { return false }
    if isNewline(l) || isNewline(r) { return true }
    if l == .space && r == .space { return false }
    if isWord(l) && isWord(r) { return false }
    let farLeft = left > lo ? cls(previous(left)) : .other
    let farRight = cls(right)
    if l == .letter && isMidLetter(r) && farRight == .letter { return false }
    if farLeft == .letter && isMidLetter(l) && r == .letter { return false }
    if farLeft == .numeric && isMidNum(l) && r == .numeric { return false }
    if l == .numeric && isMidNum(r) && farRight == .numeric { return false }
    return true
  }

  private func isNewline(_ w: PlainText.WordClass) -> Bool { w == .cr || w == .lf || w == .newline }
  private func isWord(_ w: PlainText.WordClass) -> Bool {
    w == .letter || w == .numeric || w == .extendNumLet
  }
  private func isMidLetter(_ w: PlainText.WordClass) -> Bool { w == .midLetter || w == .midNumLet }
  private func isMidNum(_ w: PlainText.WordClass) -> Bool { w == .midNum || w == .midNumLet }
}
