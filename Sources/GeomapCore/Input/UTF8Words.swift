/// UTF-8 facts read eight bytes at a time (SWAR: one 64-bit word holds eight bytes, and masks test
/// all eight at once), for the passes over a whole report's bytes (decoding, segmenting): a loop
/// per byte cost 8 to 13 instructions a byte there, these about one.
///
/// Masks keep one bit per byte, bit 7 ("high bit"); `lanes` turns one into a 0 or 1 per byte, and
/// the lanes of several words are added byte by byte before one multiplication sums them (no lane
/// can exceed 255: at most four words, each adding 1). Each function takes a buffer of valid bounds
/// and reads words with `loadUnaligned` only where eight bytes remain; the tail is read byte by byte.
enum UTF8Words {
  static let highBits: UInt64 = 0x8080_8080_8080_8080
  static let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
  static let ones: UInt64 = 0x0101_0101_0101_0101

  /// The word of eight bytes at `offset` (which must leave eight bytes in `bytes`).
  @inline(__always)
  static func word(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> UInt64 {
    bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
  }

  /// A high-bit mask as 0 or 1 in each byte.
  @inline(__always)
  static func lanes(_ mask: UInt64) -> UInt64 { mask >> 7 }

  /// The sum of the bytes of `lanes` (each lane at most 255 / 8): all of them added into the top
  /// byte by one multiplication. `nonzeroBitCount` is no single instruction in the default x86-64
  /// target.
  @inline(__always)
  static func sum(_ lanes: UInt64) -> Int {
    Int(truncatingIfNeeded: (lanes &* ones) >> 56)
  }

  /// How many bytes of a high-bit mask are set.
  @inline(__always)
  static func highBitCount(_ mask: UInt64) -> Int { sum(lanes(mask)) }

  /// The high bit of each continuation byte (0b10xxxxxx) of `w`: bit 7 set with bit 6 clear
  /// (shifting left by one brings each byte's bit 6 under its bit 7, whatever the byte order).
  @inline(__always)
  static func continuations(_ w: UInt64) -> UInt64 { w & ~(w << 1) & highBits }

  /// How many of the word's bytes start a scalar (are no continuation byte).
  @inline(__always)
  static func scalarStarts(_ w: UInt64) -> Int { 8 &- highBitCount(continuations(w)) }

  /// How many of the bytes of four words from `offset` (32 bytes must remain) start a scalar.
  @inline(__always)
  static func scalarStarts32(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> Int {
    let c =
      lanes(continuations(word(bytes, at: offset))) &+ lanes(continuations(word(bytes, at: offset &+ 8)))
      &+ lanes(continuations(word(bytes, at: offset &+ 16))) &+ lanes(continuations(word(bytes, at: offset &+ 24)))
    return 32 &- sum(c)
  }

  /// Bit 7 set in each byte of `w` that equals `byte`, and no other bit: exact (no carry crosses a
  /// byte, since each byte's low seven bits plus 0x7F stay below 0x100).
  @inline(__always)
  static func equalBytes(_ w: UInt64, _ byte: UInt8) -> UInt64 {
    let x = w ^ (ones &* UInt64(byte))
    return ~(((x & lowBits) &+ lowBits) | x) & highBits
  }

  /// Nonzero when some byte of `w` is below `limit` (at most 0x80). Exact as a yes/no answer (a
  /// borrow runs only from a byte that is itself below `limit`), not as to which byte.
  @inline(__always)
  static func bytesBelow(_ w: UInt64, _ limit: UInt8) -> UInt64 {
    (w &- ones &* UInt64(limit)) & ~w & highBits
  }

  /// Whether some byte of `w` is below `limit` (at most 0x80).
  @inline(__always)
  static func hasByteBelow(_ w: UInt64, _ limit: UInt8) -> Bool { bytesBelow(w, limit) != 0 }

  /// How many bytes of `bytes[range]` equal `byte`.
  static func count(_ byte: UInt8, in bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> Int {
    var n = 0
    var i = range.lowerBound
    while i &+ 32 <= range.upperBound {
      n &+= sum(
        lanes(equalBytes(word(bytes, at: i), byte)) &+ lanes(equalBytes(word(bytes, at: i &+ 8), byte))
          &+ lanes(equalBytes(word(bytes, at: i &+ 16), byte)) &+ lanes(equalBytes(word(bytes, at: i &+ 24), byte)))
      i &+= 32
    }
    while i &+ 8 <= range.upperBound {
      n &+= highBitCount(equalBytes(word(bytes, at: i), byte))
      i &+= 8
    }
    while i < range.upperBound {
      if bytes[i] == byte { n &+= 1 }
      i &+= 1
    }
    return n
  }
}
