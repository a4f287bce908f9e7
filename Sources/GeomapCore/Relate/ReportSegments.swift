/// Splits a long report into segments read one at a time, so reading time grows with the length of
/// the report and not with its square: the relation stages compare mentions within a document.
///
/// Cuts fall at paragraph breaks; a paragraph longer than a segment is cut at a sentence end, else at
/// a space, else anywhere. Reports of ordinary length (a few pages) are one segment, so coreference
/// and context work across the whole report; in a very long one they stop at segment edges.
public enum ReportSegments {
  /// Segments aim for this many Unicode scalars.
  public static let targetLength = 12_000

  /// Scalar ranges covering `text` end to end, in order.
  public static func ranges(of text: String, targetLength: Int = targetLength) -> [Range<Int>] {
    segments(of: text, targetLength: targetLength).map(\.offsets)
  }

  /// The segments of `text`: their scalar offsets and their text, found in one pass over the
  /// text's UTF-8 bytes without copying the report (a 50 MB report is not duplicated into an array).
  public static func segments(of text: String, targetLength: Int = targetLength)
    -> [(offsets: Range<Int>, text: Substring)]
  {
    parts(of: text, targetLength: targetLength).map { ($0.offsets, $0.text) }
  }

  /// `segments(of:)` with the lines (newlines) of the text before each segment, counted in the
  /// same walk over the bytes, so `ReportReader.read` need not count them in each segment's copy.
  static func parts(of text: String, targetLength: Int = targetLength)
    -> [(offsets: Range<Int>, text: Substring, lines: Int)]
  {
    // Cuts as UTF-8 offsets with the scalars before them, found over the contiguous bytes: walking
    // the scalar view index by index was most of this function's time on a long report.
    var cuts: [(byte: Int, scalars: Int, lines: Int)] = []
    var bytes = text
    bytes.withUTF8 { utf8 in
      let raw = UnsafeRawBufferPointer(utf8)
      var start = 0
      while start < utf8.count {
        let (limit, length) = advance(raw, from: start, scalars: targetLength)
        var cut = (limit, length)
        if limit < utf8.count {
          cut = bestCut(utf8, start: start, limit: limit, length: length)
        }
        // The lines of the last segment are before no other: not counted (most reports are one
        // segment, and counting the newlines of the whole report was a third of this function).
        let lines = cut.0 < utf8.count ? UTF8Words.count(0x0A, in: raw, start..<cut.0) : 0
        cuts.append((cut.0, cut.1, lines))
        start = cut.0
      }
    }
    let view = text.utf8
    var out: [(offsets: Range<Int>, text: Substring, lines: Int)] = []
    out.reserveCapacity(cuts.count)
    var from = view.startIndex
    var fromByte = 0
    var startOffset = 0
    var lines = 0
    for (byte, count, newlines) in cuts {
      // From the previous cut, so the whole loop is linear in the text even where moving a UTF-8
      // index is not constant time.
      let to = view.index(from, offsetBy: byte - fromByte)
      out.append((startOffset..<(startOffset + count), Substring(text.unicodeScalars[from..<to]), lines))
      from = to
      fromByte = byte
      startOffset += count
      lines += newlines
    }
    return out
  }

  /// The byte offset after `scalars` scalars from byte `start` (a scalar start), or the end of the
  /// text if it holds fewer, and how many scalars that is.
  ///
  /// Written for speed: 32 or eight bytes at a time while as many more scalars cannot overshoot
  /// (a byte walk cost about 13 instructions a byte, most of segmenting a long report), then byte
  /// by byte.
  private static func advance(_ utf8: UnsafeRawBufferPointer, from start: Int, scalars: Int) -> (Int, Int) {
    var limit = start
    var length = 0
    while length &+ 32 <= scalars && limit &+ 32 <= utf8.count {
      length &+= UTF8Words.scalarStarts32(utf8, at: limit)
      limit &+= 32
    }
    while length &+ 8 <= scalars && limit &+ 8 <= utf8.count {
      length &+= UTF8Words.scalarStarts(UTF8Words.word(utf8, at: limit))
      limit &+= 8
    }
    // The words may end inside a scalar they counted: finish it.
    while limit < utf8.count && utf8[limit] & 0xC0 == 0x80 { limit += 1 }
    // A scalar starts at every byte that is no continuation byte; at the end of the text the rest
    // is one segment.
    while length < scalars && limit < utf8.count {
      limit += 1
      while limit < utf8.count && utf8[limit] & 0xC0 == 0x80 { limit += 1 }
      length += 1
    }
    return (limit, length)
  }

  /// The cut in the second half of start..<limit (byte offsets of scalar starts, `length` scalars
  /// apart): after the last paragraph break, else after the last sentence end, else after the last
  /// whitespace, else at the limit. Returns the cut's byte offset and the scalars before it.
  private static func bestCut(
    _ utf8: UnsafeBufferPointer<UInt8>, start: Int, limit: Int, length: Int
  ) -> (Int, Int) {
    var sentence: (Int, Int)?
    var space: (Int, Int)?
    var i = limit
    var n = length
    let floor = length / 2
    var next: Unicode.Scalar? = scalar(utf8, at: limit)
    while n > floor {
      let after = i
      i -= 1
      while i > 0 && utf8[i] & 0xC0 == 0x80 { i -= 1 }
      n -= 1
      let c = scalar(utf8, at: i)
      // Byte 0x0A is "\n" and nothing else: the scalar before is "\n" when the byte before is.
      if c == "\n", i > start, utf8[i - 1] == 0x0A { return (after, n + 1) }
      if sentence == nil, isSentenceEnd(c, next: next) { sentence = (after, n + 1) }
      if space == nil, c.properties.isWhitespace { space = (after, n + 1) }
      next = c
    }
    return sentence ?? space ?? (limit, length)
  }

  /// The scalar whose UTF-8 encoding starts at byte `i` of valid UTF-8.
  private static func scalar(_ utf8: UnsafeBufferPointer<UInt8>, at i: Int) -> Unicode.Scalar {
    let b0 = UInt32(utf8[i])
    let value: UInt32
    switch b0 {
    case ..<0x80: value = b0
    case ..<0xE0: value = (b0 & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)
    case ..<0xF0:
      value = (b0 & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
    default:
      value =
        (b0 & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12 | UInt32(utf8[i + 2] & 0x3F) << 6
        | UInt32(utf8[i + 3] & 0x3F)
    }
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }

  private static func isSentenceEnd(_ c: Unicode.Scalar, next: Unicode.Scalar?) -> Bool {
    // A switch, not an array literal searched per scalar: this runs on half of every segment.
    switch c {
    case "\n": return true
    case ".", "!", "?", "\u{061F}", "\u{06D4}": return next?.properties.isWhitespace ?? false
    default: return false
    }
  }
}

extension Situation {
  /// Moves every span and location of a situation read from a segment starting `offset` scalars
  /// and `lines` lines into its report to the report's own coordinates. In place: the segment's
  /// values are held nowhere else by then, so nothing is copied.
  mutating func shift(byScalars offset: Int, lines: Int) {
    guard offset > 0 || lines > 0 else { return }
    for k in mentions.indices {
      mentions[k].shift(by: offset)
    }
    for k in movements.indices {
      movements[k].evidence.start += offset
      movements[k].evidence.end += offset
    }
    for k in control.indices {
      control[k].evidence.start += offset
      control[k].evidence.end += offset
    }
    for k in diagnostics.indices {
      diagnostics[k].line = diagnostics[k].line.map { $0 + lines }
    }
  }
}
