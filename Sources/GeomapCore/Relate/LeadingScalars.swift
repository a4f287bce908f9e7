/// How far a text's leading scalars pass a test, read from its UTF-8 bytes.
///
/// Written for speed: `unicodeScalars` decodes through the general (and foreign-string aware)
/// path, a third of what `NoteSet` and `QuotePrefix` cost on a 2 MB Arabic run; here a native
/// string's bytes are decoded in place (Swift strings hold valid UTF-8).
enum LeadingScalars {
  /// The leading scalars of `text`, at most `limit` of them, that all pass `ok`: their count and
  /// their length in bytes. Nil when the text's bytes are not contiguous (a bridged string).
  static func count(
    _ text: String, limit: Int = .max, _ ok: (UInt32) -> Bool
  ) -> (scalars: Int, bytes: Int)? {
    text.utf8.withContiguousStorageIfAvailable { p -> (scalars: Int, bytes: Int) in
      var i = 0
      var count = 0
      while i < p.count, count < limit {
        let (v, width) = decode(p, at: i)
        guard ok(v) else { break }
        i += width
        count += 1
      }
      return (count, i)
    }
  }

  /// True when the scalar starting at byte `i` of `p` (valid UTF-8) is an Arabic letter
  /// U+0621–U+064A, encoded D8 A1 … D9 8A. Written for speed (most of an Arabic note's scalars):
  /// two-byte encodings sort as their code points do, so one range test on the two bytes read as a
  /// big-endian number answers without decoding the scalar.
  @inline(__always)
  static func isArabicLetter(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
    guard i &+ 1 < p.count else { return false }
    let pair = UInt16(p[i]) << 8 | UInt16(p[i &+ 1])
    return pair &- 0xD8A1 <= 0xD98A - 0xD8A1
  }

  /// The scalar whose UTF-8 encoding starts at byte `i` of `p` (valid UTF-8), and its width.
  @inline(__always)
  static func decode(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, width: Int) {
    let b = UInt32(p[i])
    if b < 0x80 { return (b, 1) }
    if b < 0xE0 { return ((b & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F), 2) }
    if b < 0xF0 { return ((b & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F), 3) }
    let high = (b & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12
    return (high | UInt32(p[i + 2] & 0x3F) << 6 | UInt32(p[i + 3] & 0x3F), 4)
  }
}
