/// UTF-8 facts read eight bytes at a time (SWAR: one 64-bit word holds eight bytes, and masks test
/// all eight at once), for the passes over a whole report's bytes (decoding, segmenting): a loop
/// per byte cost 8 to 13 instructions a byte there, these a little over one.
///
/// Each function takes a buffer of valid bounds and reads words with `loadUnaligned` only where
/// eight bytes remain; the tail is read byte by byte.
enum UTF8Words {
  static let highBits: UInt64 = 0x8080_8080_8080_8080
  static let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
  static let ones: UInt64 = 0x0101_0101_0101_0101

  /// The word of eight bytes at `offset` (which must leave eight bytes in `bytes`).
  @inline(__always)
  static func word(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> UInt64 {
    bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
  }

  /// How many bytes of `m` have bit 7 set, `m` having no other bit: the bytes' bit 7 moved to
  /// bit 0 and summed into the top byte by one multiplication (the sum, at most 8, cannot carry
  /// out of it). `nonzeroBitCount` is no single instruction in the default x86-64 target.
  @inline(__always)
  static func highBitCount(_ m: UInt64) -> Int {
    Int(truncatingIfNeeded: ((m >> 7) &* ones) >> 56)
  }

  /// How many of the word's bytes start a scalar (are no continuation byte, 0b10xxxxxx): bit 7 of
  /// a byte set with bit 6 clear (shifting left by one brings each byte's bit 6 under its bit 7,
  /// whatever the byte order) marks a continuation byte.
  @inline(__always)
  static func scalarStarts(_ w: UInt64) -> Int {
    8 &- highBitCount(w & ~(w << 1) & highBits)
  }

  /// Bit 7 set in each byte of `w` that equals `byte`, and no other bit: exact (no carry crosses a
  /// byte, since each byte's low seven bits plus 0x7F stay below 0x100).
  @inline(__always)
  static func equalBytes(_ w: UInt64, _ byte: UInt8) -> UInt64 {
    let x = w ^ (ones &* UInt64(byte))
    return ~(((x & lowBits) &+ lowBits) | x) & highBits
  }

  /// Whether some byte of `w` is below `limit` (at most 0x80). Exact as a yes/no answer (a borrow
  /// runs only from a byte that is itself below `limit`), not as to which byte.
  @inline(__always)
  static func hasByteBelow(_ w: UInt64, _ limit: UInt8) -> Bool {
    (w &- ones &* UInt64(limit)) & ~w & highBits != 0
  }

  /// How many bytes of `bytes[range]` equal `byte`.
  static func count(_ byte: UInt8, in bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> Int {
    var n = 0
    var i = range.lowerBound
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
