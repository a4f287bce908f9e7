/// A folded string hashed and compared by its UTF-8 bytes.
///
/// `String`'s own hashing and `==` go through Unicode normalization, slow on Arabic text; folded
/// keys need byte equality only (the name index itself keys by bytes, see `NameIndex`).
struct ByteKey: Hashable, Sendable {
  let text: String
  let hash: UInt64

  init(_ text: String) {
    self.text = text
    hash = FNV1a.hash64(text)
  }

  /// The key of `text` whose FNV-1a hash the caller already has (`FNV1a.hash64(text)`).
  init(_ text: String, hash: UInt64) {
    self.text = text
    self.hash = hash
  }

  func hash(into hasher: inout Hasher) { hasher.combine(hash) }
  static func == (a: ByteKey, b: ByteKey) -> Bool {
    a.hash == b.hash && FNV1a.sameBytes(a.text, b.text)
  }
}

/// A set of folded keys (loose name keys of a lexicon) asked with keys read from reports.
///
/// An open-addressing table on the keys' FNV-1a hashes (Fibonacci hashing, linear probing), keys
/// compared byte for byte: every candidate span asks several of these sets, and a
/// `Set<ByteKey>` ran SipHash over a value that is already a hash.
struct KeySet: Sendable, ExpressibleByArrayLiteral {
  /// Per slot, 0 when empty, else the key's index in `keys` + 1.
  private let slots: [Int32]
  private let keys: [String]
  private let hashes: [UInt64]
  private let shift: UInt64

  init<S: Sequence>(_ keys: S) where S.Element == String {
    var unique: [String] = []
    var hashes: [UInt64] = []
    var bits = 4
    let given = Array(keys)
    while 1 << bits < 2 * max(1, given.count) { bits += 1 }
    var slots = [Int32](repeating: 0, count: 1 << bits)
    let shift = UInt64(64 - bits)
    for key in given {
      let hash = FNV1a.hash64(key)
      var i = Self.home(hash, shift)
      var present = false
      while slots[i] != 0 {
        let k = Int(slots[i] - 1)
        if hashes[k] == hash && FNV1a.sameBytes(unique[k], key) {
          present = true
          break
        }
        i = (i + 1) & (slots.count - 1)
      }
      if present { continue }
      unique.append(key)
      hashes.append(hash)
      slots[i] = Int32(unique.count)
    }
    self.slots = slots
    self.keys = unique
    self.hashes = hashes
    self.shift = shift
  }

  init(arrayLiteral keys: String...) { self.init(keys) }

  @inline(__always)
  private static func home(_ hash: UInt64, _ shift: UInt64) -> Int {
    Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  func contains(_ key: String) -> Bool { contains(key, hash: FNV1a.hash64(key)) }

  /// `contains(key)`, for a key whose FNV-1a hash (`FNV1a.hash64`) is already known.
  func contains(_ key: String, hash: UInt64) -> Bool {
    let mask = slots.count - 1
    var i = Self.home(hash, shift)
    while slots[i] != 0 {
      let k = Int(slots[i] - 1)
      if hashes[k] == hash && FNV1a.sameBytes(keys[k], key) { return true }
      i = (i + 1) & mask
    }
    return false
  }
}
