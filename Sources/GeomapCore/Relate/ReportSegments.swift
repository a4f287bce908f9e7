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
  /// scalars without copying the report (a 50 MB report is not duplicated into an array).
  public static func segments(of text: String, targetLength: Int = targetLength)
    -> [(offsets: Range<Int>, text: Substring)]
  {
    let view = text.unicodeScalars
    var out: [(offsets: Range<Int>, text: Substring)] = []
    var start = view.startIndex
    var startOffset = 0
    while start < view.endIndex {
      // Walk up to targetLength scalars ahead; at the end of the text the rest is one segment.
      var limit = start
      var length = 0
      while length < targetLength && limit < view.endIndex {
        view.formIndex(after: &limit)
        length += 1
      }
      var cut = limit
      var cutLength = length
      if limit < view.endIndex {
        (cut, cutLength) = bestCut(view, start: start, limit: limit, length: length)
      }
      out.append((startOffset..<(startOffset + cutLength), Substring(text.unicodeScalars[start..<cut])))
      start = cut
      startOffset += cutLength
    }
    return out
  }

  /// The cut in the second half of start..<limit: after the last paragraph break, else after the
  /// last sentence end, else after the last whitespace, else at the limit.
  private static func bestCut(
    _ view: String.UnicodeScalarView, start: String.UnicodeScalarView.Index,
    limit: String.UnicodeScalarView.Index, length: Int
  ) -> (String.UnicodeScalarView.Index, Int) {
    var sentence: (String.UnicodeScalarView.Index, Int)?
    var space: (String.UnicodeScalarView.Index, Int)?
    var i = limit
    var n = length
    let floor = length / 2
    var next: Unicode.Scalar? = view[limit]
    while n > floor {
      let after = i
      view.formIndex(before: &i)
      n -= 1
      let c = view[i]
      if c == "\n", i > start, view[view.index(before: i)] == "\n" { return (after, n + 1) }
      if sentence == nil, isSentenceEnd(c, next: next) { sentence = (after, n + 1) }
      if space == nil, c.properties.isWhitespace { space = (after, n + 1) }
      next = c
    }
    return sentence ?? space ?? (limit, length)
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
