/// A report's text after decoding: BOM stripped, CRLF and CR turned into LF.
///
/// Every offset geomap reports (mentions, evidence, gold annotations) is a Unicode scalar offset into
/// `text`, end exclusive; because newlines are normalised first, a CRLF file and its LF twin agree.
public struct DecodedReport: Hashable, Sendable {
  /// The report's path as given (or `-` for stdin).
  public var source: String
  public var text: String
  /// The encoding the bytes were read as.
  public var encoding: ReportEncoding
  /// Scalar offset of the first scalar of each line; `lineStarts[0] == 0`.
  ///
  /// Counted over the text's UTF-8 when asked (for a diagnostic's location): reading a report
  /// finds its lines in `ReportText`'s own pass, and counting them for every report decoded, in
  /// the decoder's pass, was work nothing read.
  public var lineStarts: [Int] { ReportDecoder.ByteFacts(utf8Of: text).lineStarts }

  public init(source: String, text: String, encoding: ReportEncoding) {
    self.source = source
    self.text = text
    self.encoding = encoding
  }

  /// 1-based line and column (in scalars) of a scalar offset, for `file:line:col:` diagnostics.
  public func location(ofScalarOffset offset: Int) -> (line: Int, column: Int) {
    // Binary search for the last line start at or before `offset` (counted once, here).
    let lineStarts = self.lineStarts
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= max(0, offset) { low = mid } else { high = mid - 1 }
    }
    return (low + 1, max(0, offset) - lineStarts[low] + 1)
  }

  /// The text between two scalar offsets (end exclusive), clamped to the text.
  public func slice(_ start: Int, _ end: Int) -> String {
    text.scalarSlice(start, end)
  }

  /// A diagnostic located at a scalar offset of this report.
  public func diagnostic(
    _ message: String, at offset: Int, severity: Diagnostic.Severity = .warning
  ) -> Diagnostic {
    let (line, column) = location(ofScalarOffset: offset)
    return Diagnostic(
      severity: severity, message: message, source: source, line: line, column: column)
  }
}

extension String {
  /// The text between two Unicode scalar offsets (end exclusive), clamped to the string.
  func scalarSlice(_ start: Int, _ end: Int) -> String {
    let scalars = unicodeScalars
    let count = scalars.count
    let lower = min(max(0, start), count)
    let upper = min(max(lower, end), count)
    let from = scalars.index(scalars.startIndex, offsetBy: lower)
    let to = scalars.index(from, offsetBy: upper - lower)
    return String(scalars[from..<to])
  }

  /// Unicode scalar offset of a string index.
  func scalarOffset(of index: String.Index) -> Int {
    unicodeScalars.distance(from: unicodeScalars.startIndex, to: index)
  }
}
