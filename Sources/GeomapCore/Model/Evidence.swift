/// The text a claim rests on: the quote, where it sits in the decoded report, and where it came from.
public struct Evidence: Hashable, Sendable, Codable {
  /// The sentence or clause, in the report's own language.
  public var quote: String
  /// Unicode scalar offset of the quote's first scalar in the decoded report.
  public var start: Int
  /// Unicode scalar offset one past the quote's last scalar (end exclusive).
  public var end: Int
  /// The report the quote comes from (a path or `-` for stdin).
  public var source: String
  /// The date the claim refers to: the report date or a relative phrase resolved against it.
  public var date: CalendarDate?
  /// 0…1.
  public var confidence: Double
  /// How the claim was read where the quote alone does not show it (an owner named in an earlier
  /// sentence); nil otherwise, and then absent from JSON.
  public var note: String?

  public init(
    quote: String, start: Int, end: Int, source: String, date: CalendarDate?, confidence: Double,
    note: String? = nil
  ) {
    self.quote = quote
    self.start = start
    self.end = end
    self.source = source
    self.date = date
    self.confidence = confidence
    self.note = note
  }
}
