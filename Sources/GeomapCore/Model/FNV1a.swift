#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// FNV-1a 64-bit hash over UTF-8 bytes: stable across runs, platforms and Swift versions
/// (unlike `Hasher`, which is seeded per process).
enum FNV1a {
  static func hash64(_ text: String) -> UInt64 {
    // A native string's bytes are contiguous: hash them as a buffer, not index by index through
    // the UTF-8 view (every token of every report is hashed into the word table).
    text.utf8.withContiguousStorageIfAvailable { hash64(bytes: $0) } ?? hash64(bytes: text.utf8)
  }

  /// True when `a` and `b` have the same UTF-8 bytes (not `==`, which compares canonical
  /// equivalence, through Unicode normalization for Arabic).
  static func sameBytes(_ a: String, _ b: String) -> Bool {
    let (x, y) = (a.utf8, b.utf8)
    guard x.count == y.count else { return false }
    // memcmp: `elementsEqual` on the buffers compared a byte at a time, and this runs for every
    // token interned and every key found in a cache.
    let fast = x.withContiguousStorageIfAvailable { p in
      y.withContiguousStorageIfAvailable { q in
        guard let pa = p.baseAddress, let qa = q.baseAddress else { return p.count == q.count }
        return memcmp(pa, qa, p.count) == 0
      }
    }
    return (fast ?? nil) ?? x.elementsEqual(y)
  }

  /// True when `text`'s UTF-8 bytes start with `prefix`'s (not `hasPrefix`, which compares
  /// Characters through Unicode normalization; the generic `starts(with:)` over the two views cost
  /// ~200 instructions a call, and so did reading them through their iterators a byte at a time).
  /// The prefix is a literal, its bytes read in place; the text's from its buffer (a native
  /// string's bytes are contiguous), a byte at a time (the prefixes are a few bytes).
  static func startsWithBytes(_ text: String, _ prefix: StaticString) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { startsWithBytes($0, prefix) }
      ?? text.utf8.starts(with: UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount))
  }

  /// `startsWithBytes` of a string's UTF-8 bytes.
  @inline(__always)
  static func startsWithBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
    precondition(prefix.hasPointerRepresentation, "a prefix of UTF-8 bytes")
    let count = prefix.utf8CodeUnitCount
    let start = prefix.utf8Start
    guard bytes.count >= count else { return false }
    for k in 0..<count where bytes[k] != start[k] { return false }
    return true
  }

  static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325

  /// The hash of `hash`'s bytes followed by `text`'s: hashing a key a word at a time.
  @inline(__always)
  static func hash64(continuing hash: UInt64, _ text: String) -> UInt64 {
    var hash = hash
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    return hash
  }

  /// The hash of `hash`'s bytes followed by `byte`: for a hash kept up to date while bytes are
  /// written (`Tokenizer`'s scan), equal to `hash64(bytes:)` of all of them.
  @inline(__always)
  static func hash64(continuing hash: UInt64, byte: UInt8) -> UInt64 {
    (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
  }

  @inline(__always)
  static func hash64<Bytes: Sequence>(bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    return hash
  }

  /// A positive integer that fits a JSON number exactly (53 bits), never 0.
  static func featureID(_ uid: String) -> Int {
    let id = Int(hash64(uid) & ((1 << 53) - 1))
    return id == 0 ? 1 : id
  }
}
