import ArgumentParser
import Foundation
import GeomapCore

/// Reads and decodes one report ("-" is standard input); problems are one-line `GeomapError`s.
enum ReportInput {
  static func read(_ path: String, encoding: ReportEncoding? = nil) throws -> DecodedReport {
    let report: DecodedReport
    if path == "-" {
      let data = try ReportDecoder.readBounded(FileHandle.standardInput, source: "-")
      report = try ReportDecoder.decode(data, source: "-", encoding: encoding)
    } else {
      report = try ReportDecoder.load(path: path, encoding: encoding)
    }
    // An empty report is a mistake worth naming (a failed download, a wrong file), not "no places".
    if report.text.isEmpty {
      throw GeomapError(.undecodable, path, "file is empty")
    }
    if report.text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace || $0 == "\u{FEFF}" }) {
      throw GeomapError(.undecodable, path, "file holds only whitespace, no text")
    }
    return report
  }

  /// Parses `--date`; a bad value is a usage error (exit 64).
  static func date(_ value: String?) throws -> CalendarDate? {
    guard let value else { return nil }
    guard let d = CalendarDate(iso: value) else {
      throw ValidationError("--date takes a day as YYYY-MM-DD, e.g. 2017-07-04 (got '\(value)')")
    }
    return d
  }

  /// Parses `--encoding`; a bad value is a usage error (exit 64).
  static func encoding(_ value: String?) throws -> ReportEncoding? {
    guard let value else { return nil }
    guard let e = ReportEncoding(name: value) else {
      let names = ReportEncoding.allCases.map(\.rawValue).joined(separator: ", ")
      throw ValidationError("--encoding takes one of \(names) (got '\(value)')")
    }
    return e
  }
}

/// Report files read through the whole pipeline, for `geomap export`.
struct ReportFileReader: SituationSource {
  let reader: ReportReader
  let encoding: ReportEncoding?

  func situation(forReport path: String, date: CalendarDate?) throws -> Situation {
    reader.read(try ReportInput.read(path, encoding: encoding), date: date)
  }
}
