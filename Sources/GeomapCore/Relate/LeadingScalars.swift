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
