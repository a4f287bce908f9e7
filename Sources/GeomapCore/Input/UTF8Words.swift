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

  /// Whether `bytes` are well-formed UTF-8 (Unicode's table 3-7: no stray or missing continuation
  /// byte, overlong form, surrogate or value past U+10FFFF), as `String(validating:as:)` decides.
  ///
  /// Written for speed: every report's bytes are checked once, and the standard library's check
  /// cost ~11.5 instructions a byte of Arabic. A word of ASCII and two-byte scalars only (nearly
  /// every word of Arabic or English text) is checked at once: each continuation byte stands right
  /// after a lead byte C2–DF, and only there; after an ASCII word, runs of ASCII (most of English
  /// text) go four words at a time. A word holding a longer scalar's lead byte, or failing the
  /// word test, is read scalar by scalar (`validScalarEnd`), which alone finds the bytes invalid.
  static func isValidUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool { check(bytes, refusingControls: false) }

  /// Whether `bytes` are well-formed UTF-8 (as `isValidUTF8`) holding no control byte other than
  /// tab, line feed, vertical tab and form feed (`strayControls`): a report's text exactly as its
  /// bytes are, with no carriage return to normalise and nothing that looks binary.
  ///
  /// Written for speed: the controls are looked for in the validation's own pass (a word at a
  /// time, and only in a word that has a byte below 0x20), where `ReportDecoder` made a second
  /// pass over every report's bytes for them (~3 instructions a byte).
  static func isPlainUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool { check(bytes, refusingControls: true) }

  /// `isValidUTF8`, and with `refusingControls` `isPlainUTF8` (a constant at each call: inlined,
  /// the tests it does not ask for are compiled away).
  @inline(__always)
  private static func check(_ bytes: UnsafeRawBufferPointer, refusingControls: Bool) -> Bool {
    var i = 0
    // Bit 7 set when the byte before `i` leads a two-byte scalar, its continuation byte at `i`.
    var open: UInt64 = 0
    while i &+ 8 <= bytes.count {
      let w = word(bytes, at: i)
      let high = w & highBits
      let bit6 = (w << 1) & highBits
      let leads = high & bit6
      // No lead byte E0–FF (bit 5 set too).
      if leads & (w << 2) == 0 {
        // Lead bytes C0 and C1 (overlong) have bits 1–4 clear: `t` is 0 in those bytes, and its
        // bytes (at most 0x1E) plus 0x7F carry into bit 7 of every other byte and no further.
        let t = w & (ones &* 0x1E)
        let overlong = ~((t &+ lowBits) | t) & leads
        if high & ~bit6 == (leads << 8 | open) && overlong == 0 {
          if refusingControls && bytesBelow(w, 0x20) != 0 && strayControls(w) != 0 { return false }
          open = leads >> 56
          i &+= 8
          // An ASCII word (then nothing is open): the words after it four at a time while they
          // are ASCII too (and, refusing controls, have no byte below 0x20: a word that has one
          // is read alone, above). Asked only here, of a word that passed, it costs Arabic text
          // least.
          if high == 0 {
            while i &+ 32 <= bytes.count {
              let (a, b, c, d) = (word(bytes, at: i), word(bytes, at: i &+ 8), word(bytes, at: i &+ 16), word(bytes, at: i &+ 24))
              guard (a | b | c | d) & highBits == 0 else { break }
              if refusingControls
                && bytesBelow(a, 0x20) | bytesBelow(b, 0x20) | bytesBelow(c, 0x20) | bytesBelow(d, 0x20) != 0
              {
                break
              }
              i &+= 32
            }
          }
          continue
        }
      }
      // From the start of the scalar under way to the end of the first scalar that ends past
      // this word.
      // (A control byte is a scalar of its own: each scalar's first byte is asked.)
      var k = i &- Int(truncatingIfNeeded: open >> 7)
      while k < i &+ 8 {
        if refusingControls && isStrayControl(bytes[k]) { return false }
        guard let next = validScalarEnd(bytes, at: k) else { return false }
        k = next
      }
      i = k
      open = 0
    }
    var k = i &- Int(truncatingIfNeeded: open >> 7)
    while k < bytes.count {
      if refusingControls && isStrayControl(bytes[k]) { return false }
      guard let next = validScalarEnd(bytes, at: k) else { return false }
      k = next
    }
    return true
  }

  /// Bit 7 set in each byte of `w` that is a control byte other than tab, line feed, vertical tab
  /// and form feed (0x00–0x08, 0x0D–0x1F), and no other bit. Exact per byte: for an ASCII byte x,
  /// (x | 0x80) − c (c ≤ 0x80) borrows nothing from the next byte and keeps bit 7 just when x ≥ c.
  @inline(__always)
  static func strayControls(_ w: UInt64) -> UInt64 {
    let x = w | highBits
    let below20 = ~(x &- ones &* 0x20)
    let below0D = ~(x &- ones &* 0x0D)
    let below09 = ~(x &- ones &* 0x09)
    return (below20 & ~below0D | below09) & ~w & highBits
  }

  /// `strayControls` of one byte.
  @inline(__always)
  static func isStrayControl(_ byte: UInt8) -> Bool { byte < 0x09 || (byte >= 0x0D && byte < 0x20) }

  /// The offset after the well-formed scalar that starts at `bytes[k]`; nil when none starts there.
  static func validScalarEnd(_ bytes: UnsafeRawBufferPointer, at k: Int) -> Int? {
    let lead = bytes[k]
    if lead < 0x80 { return k &+ 1 }
    // The scalar's byte count and its second byte's range, by lead byte (table 3-7).
    let count: Int
    let second: ClosedRange<UInt8>
    switch lead {
    case 0xC2...0xDF: (count, second) = (2, 0x80...0xBF)
    case 0xE0: (count, second) = (3, 0xA0...0xBF)
    case 0xE1...0xEC, 0xEE, 0xEF: (count, second) = (3, 0x80...0xBF)
    case 0xED: (count, second) = (3, 0x80...0x9F)
    case 0xF0: (count, second) = (4, 0x90...0xBF)
    case 0xF1...0xF3: (count, second) = (4, 0x80...0xBF)
    case 0xF4: (count, second) = (4, 0x80...0x8F)
    default: return nil
    }
    guard k + count <= bytes.count, second.contains(bytes[k + 1]) else { return nil }
    for j in (k + 2)..<(k + count) where bytes[j] & 0xC0 != 0x80 { return nil }
    return k + count
  }

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
