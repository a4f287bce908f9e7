/// Every name key of a gazetteer in memory, for scanning text: is this a name, or the start of one?
///
/// Keys are kept as 64-bit FNV-1a hashes of their UTF-8 bytes, read straight from the mapped index:
/// loading 700k keys takes tens of milliseconds instead of half a second of String building. A hash
/// collision (odds ~1e-8 per lookup) only makes the scanner ask the gazetteer for a key it lacks,
/// which answers with no entries.
///
/// The hashes sit in an open-addressing table of their own (`HashSlots`) rather than a
/// `Set<UInt64>`: the scanner asks about every reading of every token, and `Set` runs SipHash over
/// a value that is already a hash.
public struct NameIndex: Sendable {
  private let slots: HashSlots
  /// Most tokens in any name.
  public let maxTokens: Int

  /// Loads every key once.
  public init(_ gazetteer: Gazetteer) {
    var hashes: [UInt64] = []
    var isName: [Bool] = []
    gazetteer.forEachKeyHash { hash, name in
      hashes.append(hash)
      isName.append(name)
    }
    var slots = HashSlots(capacity: hashes.count)
    for (hash, name) in zip(hashes, isName) { slots.insert(hash, mark: name ? HashSlots.name : HashSlots.prefix) }
    self.slots = slots
    self.maxTokens = gazetteer.maxTokens
  }

  /// Some entry has a name with this loose key.
  public func isKey(_ looseKey: String) -> Bool { isKey(hash: FNV1a.hash64(looseKey)) }

  /// `isKey` for a key already hashed with `FNV1a`.
  func isKey(hash: UInt64) -> Bool { slots.marks(of: hash) & HashSlots.name != 0 }

  /// `isPrefix` for a key already hashed with `FNV1a`.
  func isPrefix(hash: UInt64) -> Bool { slots.marks(of: hash) != 0 }

  /// What the index knows of a key already hashed with `FNV1a`, in one probe.
  func marks(hash: UInt64) -> (isKey: Bool, isPrefix: Bool) {
    let m = slots.marks(of: hash)
    return (m & HashSlots.name != 0, m != 0)
  }

  /// The loose key of the first k ≥ 1 tokens of some name (a whole name counts too).
  public func isPrefix(_ looseKey: String) -> Bool { isPrefix(hash: FNV1a.hash64(looseKey)) }
}

/// A set of 64-bit hashes, each with marks (name, prefix of a name), by linear probing.
struct HashSlots: Sendable {
  static let name: UInt8 = 1
  static let prefix: UInt8 = 2

  private var hashes: [UInt64]
  /// 0 for an empty slot, else the marks of `hashes[i]`.
  private var marks: [UInt8]
  private let shift: UInt64

  /// Room for `capacity` hashes with the table at most half full.
  init(capacity: Int) {
    var bits = 4
    while 1 << bits < 2 * max(1, capacity) { bits += 1 }
    hashes = [UInt64](repeating: 0, count: 1 << bits)
    marks = [UInt8](repeating: 0, count: 1 << bits)
    shift = UInt64(64 - bits)
  }

  /// The first slot to try: Fibonacci hashing takes the high bits of the product (FNV's low bits
  /// depend only on the low bits of its input).
  @inline(__always)
  private func home(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift) }

  mutating func insert(_ hash: UInt64, mark: UInt8) {
    let mask = hashes.count - 1
    var i = home(hash)
    while marks[i] != 0 && hashes[i] != hash { i = (i + 1) & mask }
    hashes[i] = hash
    marks[i] |= mark
  }

  /// The marks of `hash`, 0 when absent.
  @inline(__always)
  func marks(of hash: UInt64) -> UInt8 {
    let mask = hashes.count - 1
    var i = home(hash)
    while true {
      let m = marks[i]
      if m == 0 || hashes[i] == hash { return m }
      i = (i + 1) & mask
    }
  }
}
