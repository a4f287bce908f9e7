/// How wide a resolved date is: one day, a span of up to ten days, or up to a month.
public enum DatePrecision: String, Hashable, Sendable, Codable {
  case day, week, month
}

/// A date phrase resolved to a range of days; `date` is the range's first day, the representative.
public struct ResolvedDate: Hashable, Sendable {
  public var date: CalendarDate
  public var precision: DatePrecision
  public var range: ClosedRange<CalendarDate>

  public init(range: ClosedRange<CalendarDate>, precision: DatePrecision) {
    self.date = range.lowerBound
    self.precision = precision
    self.range = range
  }

  /// A single day.
  public init(day: CalendarDate) {
    self.init(range: day...day, precision: .day)
  }
}

/// A date expression found in a text, with its scalar span and its resolution.
public struct DatePhrase: Hashable, Sendable {
  /// The phrase as written.
  public var text: String
  /// Unicode scalar offsets into the text searched, end exclusive.
  public var start: Int
  public var end: Int
  public var resolved: ResolvedDate
  /// False for a full date ("4 July 2017"); true when it needed the reference date.
  public var isRelative: Bool

  public init(text: String, start: Int, end: Int, resolved: ResolvedDate, isRelative: Bool) {
    self.text = text
    self.start = start
    self.end = end
    self.resolved = resolved
    self.isRelative = isRelative
  }
}
