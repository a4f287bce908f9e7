/// A `DatePattern` tree flattened into fixed buffers, so `PlainMatcher` walks it without reference
/// counting: operations point at the next one in their sequence by index, and literals, class
/// members and alternatives live in shared pools. Built once per pattern and never mutated.
final class DateProgram: @unchecked Sendable {
  /// One operation; what `a`, `b` and `c` hold depends on `kind`.
  struct Op {
    enum Kind: UInt8 {
      /// `pool[a..<a+b]`; `c` is `bareLiteral` when it holds no haraka and no carriage return.
      case literal
      /// One scalar in `pool[a..<a+b]` or, by the bits of `c`, a space (1), digit (2), letter (4).
      case oneOf
      case boundary
      /// Alternatives whose first operations are `alternatives[a..<a+b]`, captured as `c` when ≥ 0.
      case group
      /// `(?!…)` over `alternatives[a..<a+b]`; `c` is 1 when they capture.
      case notAhead
      /// Operation `a` (a sequence of one) repeated `b` to `c` times, greedily.
      case repeated
    }
    var kind: Kind
    /// The next operation of the sequence, or -1 at its end.
    var next: Int32 = -1
    var a: Int32 = 0
    var b: Int32 = 0
    var c: Int32 = -1
  }

  /// `c` of a literal of scalars that are each a Character of their own (no haraka, no CR).
  static let bareLiteral: Int32 = 1

  static let spaces: Int32 = 1
  static let digits: Int32 = 2
  static let letters: Int32 = 4

  let ops: UnsafeMutableBufferPointer<Op>
  let pool: UnsafeMutableBufferPointer<UInt32>
  let alternatives: UnsafeMutableBufferPointer<Int32>
  /// The first operation of each top-level alternative (-1 for an empty one).
  let top: UnsafeMutableBufferPointer<Int32>
  /// Per operation: for a group whose every alternative starts with a literal, bit `v & 63` set
  /// for each first scalar `v` of theirs (a haraka's left out: it never matches first); all bits
  /// for any other operation. `PlainMatcher` fails such a group at once where the text's scalar
  /// has no bit, instead of trying each alternative's first scalar (the month groups have seventy).
  let groupFirsts: UnsafeMutableBufferPointer<UInt64>
  /// Per operation: for a group with `groupFirsts` bits, where its 65 offsets into `bucketSlots`
  /// start in `bucketOffsets` (-1 for any other operation). Bucket `b` (offsets `b` to `b + 1`)
  /// holds, in order, the slots of the alternatives whose first scalar `v` has `v & 63 == b`, so
  /// `PlainMatcher` tries only those: the others fail on their first scalar, and testing each of a
  /// month group's seventy alternatives for that (some 30 instructions each, wherever a month
  /// could start) was a quarter of matching.
  let bucketBase: UnsafeMutableBufferPointer<Int32>
  let bucketOffsets: UnsafeMutableBufferPointer<Int32>
  let bucketSlots: UnsafeMutableBufferPointer<Int32>

  init(_ tree: [[DatePattern]]) {
    var ops: [Op] = []
    var pool: [UInt32] = []
    var alternatives: [Int32] = []
    /// Lowers a sequence and returns its first operation.
    func sequence(_ nodes: [DatePattern]) -> Int32 {
      var first: Int32 = -1
      var last: Int32 = -1
      for node in nodes {
        let op = lower(node)
        if last >= 0 { ops[Int(last)].next = op } else { first = op }
        last = op
      }
      return first
    }
    func lower(_ node: DatePattern) -> Int32 {
      var op: Op
      switch node {
      case .literal(let scalars):
        let bare = !scalars.isEmpty && !scalars.contains { PlainText.isHaraka($0) || $0 == 0x0D }
        op = Op(kind: .literal, a: Int32(pool.count), b: Int32(scalars.count), c: bare ? Self.bareLiteral : -1)
        pool += scalars
      case .oneOf(let c):
        let flags =
          (c.spaces ? Self.spaces : 0) | (c.digits ? Self.digits : 0) | (c.letters ? Self.letters : 0)
        op = Op(kind: .oneOf, a: Int32(pool.count), b: Int32(c.members.count), c: flags)
        pool += c.members
      case .boundary:
        op = Op(kind: .boundary)
      case .group(let alts, let capture):
        op = Op(kind: .group, a: 0, b: Int32(alts.count), c: Int32(capture ?? -1))
        op.a = alternativeSlots(alts)
      case .notAhead(let alts):
        op = Op(
          kind: .notAhead, a: 0, b: Int32(alts.count),
          c: alts.contains { $0.contains(where: Self.captures) } ? 1 : 0)
        op.a = alternativeSlots(alts)
      case .repeated(let inner, let min, let max):
        op = Op(kind: .repeated, a: lower(inner), b: Int32(min), c: Int32(clamping: max))
      }
      ops.append(op)
      return Int32(ops.count - 1)
    }
    /// Reserves one slot per alternative first, so nested groups cannot interleave with them.
    func alternativeSlots(_ alts: [[DatePattern]]) -> Int32 {
      let at = alternatives.count
      alternatives += Array(repeating: -1, count: alts.count)
      for (k, alt) in alts.enumerated() { alternatives[at + k] = sequence(alt) }
      return Int32(at)
    }
    top = Self.buffer(tree.map(sequence))
    let groupFirsts = ops.map { op -> UInt64 in
      guard op.kind == .group else { return .max }
      var bits: UInt64 = 0
      for slot in op.a..<(op.a + op.b) {
        let head = alternatives[Int(slot)]
        guard head >= 0, ops[Int(head)].kind == .literal, ops[Int(head)].b > 0 else { return .max }
        let first = pool[Int(ops[Int(head)].a)]
        if !PlainText.isHaraka(first) { bits |= 1 << UInt64(first & 63) }
      }
      return bits
    }
    self.groupFirsts = Self.buffer(groupFirsts)
    var bases: [Int32] = []
    var offsets: [Int32] = []
    var slots: [Int32] = []
    for (k, op) in ops.enumerated() {
      guard op.kind == .group && groupFirsts[k] != .max else {
        bases.append(-1)
        continue
      }
      bases.append(Int32(offsets.count))
      // A haraka first is left out, as from `groupFirsts`: such an alternative never matches.
      let firsts = (op.a..<(op.a + op.b)).map { slot -> (slot: Int32, first: UInt32) in
        (slot, pool[Int(ops[Int(alternatives[Int(slot)])].a)])
      }
      for bucket in UInt32(0)..<64 {
        offsets.append(Int32(slots.count))
        slots += firsts.filter { $0.first & 63 == bucket && !PlainText.isHaraka($0.first) }.map(\.slot)
      }
      offsets.append(Int32(slots.count))
    }
    bucketBase = Self.buffer(bases)
    bucketOffsets = Self.buffer(offsets)
    bucketSlots = Self.buffer(slots)
    self.ops = Self.buffer(ops)
    self.pool = Self.buffer(pool)
    self.alternatives = Self.buffer(alternatives)
  }

  static func captures(_ node: DatePattern) -> Bool {
    switch node {
    case .literal, .oneOf, .boundary: return false
    case .group(let alts, let capture):
      return capture != nil || alts.contains { $0.contains(where: captures) }
    case .notAhead(let alts): return alts.contains { $0.contains(where: captures) }
    case .repeated(let inner, _, _): return captures(inner)
    }
  }

  deinit {
    ops.deallocate()
    pool.deallocate()
    alternatives.deallocate()
    top.deallocate()
    groupFirsts.deallocate()
    bucketBase.deallocate()
    bucketOffsets.deallocate()
    bucketSlots.deallocate()
  }

  static func buffer<T>(_ items: [T]) -> UnsafeMutableBufferPointer<T> {
    let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(1, items.count))
    _ = buffer.initialize(from: items)
    return buffer
  }
}
