/// Trigger words laid out for `DateWindows`' scan: a flag byte per scalar below `size` (plain,
/// blank, digit, first scalar of a trigger, Arabic letter, haraka) and a trie of the triggers in
/// flat arrays, so a position starting with «ا» walks «ال…» once instead of comparing a dozen «ال»
/// triggers.
struct TriggerTable {
  static let size: UInt32 = 0x700
  static let plain: UInt8 = 1
  static let space: UInt8 = 2
  static let digit: UInt8 = 4
  static let first: UInt8 = 8
  /// `PlainText.isArabicLetter` and `PlainText.isHaraka` (both only below `size`).
  static let arabicLetter: UInt8 = 16
  static let haraka: UInt8 = 32
  /// A plain scalar that is no blank, digit, haraka, ASCII capital or first scalar of a trigger:
  /// inside a word it only decides whether a haraka after it is plain (`DateWindows`' scan skips
  /// runs of them). Set once the trie is built.
  static let quiet: UInt8 = 64

  /// The triggers, in the order their indices refer to.
  let triggers: [String]
  var flags: [UInt8]
  /// Trie nodes: the scalar leading to each, its first child and next sibling (-1: none), and the
  /// triggers ending at it. Node 0 is the root.
  private(set) var scalar: [UInt32] = [0]
  private(set) var firstChild: [Int32] = [-1]
  private(set) var nextSibling: [Int32] = [-1]
  private(set) var ends: [[Int]] = [[]]
  /// The root's child for each scalar below `size`, -1 when none.
  private(set) var rootChild: [Int32]
  /// For nodes with many children («ا», «ال»), where their row of `dense` starts (-1: no row);
  /// a row holds the child for each scalar below `size`, so the walk does not scan siblings.
  private(set) var denseRow: [Int] = []
  private(set) var dense: [Int32] = []
  /// A bit per hash of the first two scalars of a trigger (`pairHash`): a position whose two
  /// scalars' bit is clear starts no trigger, found without walking the trie. Written for speed:
  /// in English text most letters start some trigger ("may", "today", "week"…), and the walk at
  /// each was most of `DateWindows`' scan.
  private(set) var pairBits = [UInt64](repeating: 0, count: 1 << 10)
  /// Whether a trigger has one scalar only (the pair test cannot rule it out).
  private(set) var hasSingleScalarTrigger = false

  init(_ triggers: [String]) {
    self.triggers = triggers
    for trigger in triggers {
      let scalars = Array(trigger.unicodeScalars)
      if scalars.count == 1 { hasSingleScalarTrigger = true }
      if scalars.count >= 2 {
        let h = Self.pairHash(scalars[0].value, scalars[1].value)
        pairBits[h >> 6] |= 1 << UInt64(h & 63)
      }
    }
    flags = [UInt8](repeating: 0, count: Int(Self.size))
    for v in 0..<Self.size where PlainText.isPlain(v) {
      flags[Int(v)] =
        Self.plain | (PlainText.isSpace(v) ? Self.space : 0) | (PlainText.isDigit(v) ? Self.digit : 0)
    }
    for v in 0..<Self.size {
      if PlainText.isArabicLetter(v) { flags[Int(v)] |= Self.arabicLetter }
      if PlainText.isHaraka(v) { flags[Int(v)] |= Self.haraka }
    }
    rootChild = [Int32](repeating: -1, count: Int(Self.size))
    for (k, trigger) in triggers.enumerated() {
      var node: Int32 = 0
      for scalar in trigger.unicodeScalars { node = child(of: node, scalar.value, adding: true) }
      if node > 0 { ends[Int(node)].append(k) }
    }
    denseRow = [Int](repeating: -1, count: scalar.count)
    for node in 1..<scalar.count {
      var children: [Int32] = []
      var c = firstChild[node]
      while c >= 0 { children.append(c); c = nextSibling[Int(c)] }
      guard children.count >= 4 else { continue }
      denseRow[node] = dense.count
      dense += [Int32](repeating: -1, count: Int(Self.size))
      for c in children where scalar[Int(c)] < Self.size { dense[denseRow[node] + Int(scalar[Int(c)])] = c }
      // A child above `size` is not in the row, so such a node keeps the sibling scan.
      if children.contains(where: { scalar[Int($0)] >= Self.size }) { denseRow[node] = -1 }
    }
    for v in 0..<Self.size where !(0x41...0x5A).contains(v) {
      let f = flags[Int(v)]
      if f & Self.plain != 0 && f & (Self.space | Self.digit | Self.first | Self.haraka) == 0 {
        flags[Int(v)] |= Self.quiet
      }
    }
  }

  /// The child of `node` reached by `v`, created when `adding`; -1 when there is none.
  mutating func child(of node: Int32, _ v: UInt32, adding: Bool) -> Int32 {
    let found = child(of: node, v)
    guard found < 0 && adding else { return found }
    scalar.append(v)
    firstChild.append(-1)
    nextSibling.append(firstChild[Int(node)])
    ends.append([])
    let new = Int32(scalar.count - 1)
    firstChild[Int(node)] = new
    if node == 0 && v < Self.size {
      rootChild[Int(v)] = new
      flags[Int(v)] |= Self.first
    }
    return new
  }

  func child(of node: Int32, _ v: UInt32) -> Int32 {
    if node == 0 && v < Self.size { return rootChild[Int(v)] }
    if Int(node) < denseRow.count, denseRow[Int(node)] >= 0 {
      return v < Self.size ? dense[denseRow[Int(node)] + Int(v)] : -1
    }
    var c = firstChild[Int(node)]
    while c >= 0 && scalar[Int(c)] != v { c = nextSibling[Int(c)] }
    return c
  }

  /// A 16-bit hash of two scalars.
  @inline(__always)
  static func pairHash(_ a: UInt32, _ b: UInt32) -> Int {
    Int(truncatingIfNeeded: ((a &* 0x9E37_79B1) ^ b) & 0xFFFF)
  }

  /// False only when no trigger starts at `i` (ASCII letters compared case-insensitively): the
  /// first two scalars there begin no trigger of two scalars or more, and none has one.
  @inline(__always)
  func mayStart(_ text: UnsafeBufferPointer<Unicode.Scalar>, at i: Int) -> Bool {
    if hasSingleScalarTrigger { return true }
    guard i + 1 < text.count else { return false }
    return pairMayStart(DateWindows.lowerASCII(text[i].value), DateWindows.lowerASCII(text[i + 1].value))
  }

  /// Whether a trigger of two scalars or more begins with `a`, `b` (compared exactly).
  @inline(__always)
  func pairMayStart(_ a: UInt32, _ b: UInt32) -> Bool {
    let h = Self.pairHash(a, b)
    return pairBits[h >> 6] & 1 << UInt64(h & 63) != 0
  }

  /// Calls `found` with each trigger that starts at `i`, ASCII letters compared case-insensitively.
  func triggers(in text: UnsafeBufferPointer<Unicode.Scalar>, at i: Int, _ found: (Int) -> Void) {
    var node: Int32 = 0
    var j = i
    while j < text.count {
      node = child(of: node, DateWindows.lowerASCII(text[j].value))
      guard node >= 0 else { return }
      for k in ends[Int(node)] { found(k) }
      j += 1
    }
  }
}
