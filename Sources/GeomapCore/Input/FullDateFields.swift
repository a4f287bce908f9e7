/// How a full-date rule's captures make a date.
enum FullDateFields: Sendable {
  /// Captures `y`, `m` (a month's name or number) and `d`.
  case yearMonthDay
  /// Captures `a`, `b` and `y`: day first; month first only when the second number cannot be a month.
  case dayFirst

  func date(_ fields: some DateFieldReader) -> CalendarDate? {
    switch self {
    case .yearMonthDay:
      guard let year = fields.number("y"), let day = fields.number("d"), let month = fields.month("m")
      else { return nil }
      return CalendarDate(year: year, month: month, day: day)
    case .dayFirst:
      guard let a = fields.number("a"), let b = fields.number("b"), let y = fields.number("y") else { return nil }
      return b > 12 ? CalendarDate(year: y, month: a, day: b) : CalendarDate(year: y, month: b, day: a)
    }
  }
}

/// A date match's captures, read by group name.
protocol DateFieldReader {
  /// The capture as `Int(_:)` reads it; nil when the group did not take part.
  func number(_ name: String) -> Int?
  /// The capture as a month: its number, else its name (`DateVocabulary.month(named:)`).
  func month(_ name: String) -> Int?
}

/// The captures of a `Regex` match.
struct RegexDateFields: DateFieldReader {
  let output: AnyRegexOutput

  func number(_ name: String) -> Int? { output[name]?.substring.flatMap { Int($0) } }

  func month(_ name: String) -> Int? {
    guard let raw = output[name]?.substring else { return nil }
    return Int(raw) ?? DateVocabulary.month(named: String(raw))
  }
}

/// The captures of a `PlainMatcher` match, read from its scalars: making a String of each capture
/// to parse it or look its month up cost some 8k instructions a report with dates.
struct PlainDateFields: DateFieldReader {
  let matcher: PlainMatcher
  let match: PlainMatcher.Match

  func number(_ name: String) -> Int? { matcher.captureScalars(match, name).flatMap(DateVocabulary.number(of:)) }

  func month(_ name: String) -> Int? {
    guard let raw = matcher.captureScalars(match, name) else { return nil }
    return DateVocabulary.number(of: raw) ?? DateVocabulary.month(scalars: raw)
  }
}
