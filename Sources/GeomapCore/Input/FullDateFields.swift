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

/// Scalars a full-date rule's match holds, so a plain window lacking one is not searched: a search
/// that finds nothing still tries the pattern at every digit of the window (some 1k instructions a
/// try), and most windows around a year hold no date of most rules (a year word alone has no day
/// for the numeric rules, an Arabic window no English month).
///
/// Read as `PlainMatcher` reads a plain window, where `\d` is an ASCII digit and an English month
/// name starts with an ASCII letter (case folding is ASCII's).
struct FullDateNeeds: OptionSet, Sendable {
  let rawValue: UInt8

  /// A run of one or two digits, the run maximal in the window: a day or a month number is
  /// `\b\d{1,2}` (or `\s+\d{1,2}`) followed by no digit.
  static let shortNumber = FullDateNeeds(rawValue: 1)
  /// An ASCII letter, the first of an English month name.
  static let latinLetter = FullDateNeeds(rawValue: 2)
  /// "-", "–" or "—" (a period's `[-–—]`).
  static let dash = FullDateNeeds(rawValue: 4)
  /// "-", "/" or "." (a numeric date's `[-/.]`).
  static let separator = FullDateNeeds(rawValue: 8)

  /// Whether `scalars[window]` holds all of these; one pass, ended as soon as it is known. (The
  /// scalars are read through a buffer and sorted by a few comparisons: with the array indexed and
  /// a `switch` per scalar, the pass cost some 360k instructions on the 84 Arabic fixture reports,
  /// this one 195k.)
  func areMet(in scalars: [Unicode.Scalar], _ window: Range<Int>) -> Bool {
    var found: UInt8 = 0
    var digits = 0
    return scalars.withUnsafeBufferPointer { s in
      for i in window {
        let v = s[i].value
        if v &- 0x30 < 10 {
          digits &+= 1
          continue
        }
        if digits != 0 {
          if digits <= 2 { found |= Self.shortNumber.rawValue }
          digits = 0
        }
        if v < 0x80 {
          if (v | 0x20) &- 0x61 < 26 {
            found |= Self.latinLetter.rawValue
          } else if v == 0x2D {
            found |= Self.dash.rawValue | Self.separator.rawValue
          } else if v == 0x2F || v == 0x2E {
            found |= Self.separator.rawValue
          }
        } else if v == 0x2013 || v == 0x2014 {
          found |= Self.dash.rawValue
        }
        if found & rawValue == rawValue { return true }
      }
      if digits == 1 || digits == 2 { found |= Self.shortNumber.rawValue }
      return found & rawValue == rawValue
    }
  }
}
