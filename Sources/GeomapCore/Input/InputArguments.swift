import Foundation

extension CalendarDate {
  /// Parses a `--date` value (`YYYY-MM-DD`), or throws a one-line `invalidArgument` error.
  public static func argument(_ value: String, option: String = "--date") throws -> CalendarDate {
    guard let date = CalendarDate(iso: value.trimmingCharacters(in: .whitespaces)) else {
      throw GeomapError(.invalidArgument, option, "'\(value)' is not a date in YYYY-MM-DD form")
    }
    return date
  }
}

extension ReportEncoding {
  /// Parses an `--encoding` value, or throws a one-line error listing the accepted names.
  public static func argument(_ value: String, option: String = "--encoding") throws -> ReportEncoding {
    guard let encoding = ReportEncoding(name: value) else {
      let names = allCases.map(\.rawValue).joined(separator: ", ")
      throw GeomapError(.invalidArgument, option, "'\(value)' is not one of \(names)")
    }
    return encoding
  }
}
