import Foundation
import Testing

@testable import GeomapCore

/// `DatelineShape` lets a yearless dateline regex run only on a text of its shape: it must answer
/// true for every text the regex matches (else a dateline is lost), and it should answer false for
/// most report bodies (else it saves nothing).
@Suite struct DatelineShapeTests {
  static var patterns: [(name: String, regex: Regex<AnyRegexOutput>?, shape: (String) -> Bool)] {
    [
      ("English", ReportDateReader.englishYearlessDatelineRegex, { DatelineShape.mayHold(Array($0.unicodeScalars)).english }),
      ("Arabic", ReportDateReader.arabicYearlessDatelineRegex, { DatelineShape.mayHold(Array($0.unicodeScalars)).arabic }),
    ]
  }

  /// Every fixture report's searched head (digits folded, as `yearlessDateline` reads it).
  static let reports: [String] = {
    let files =
      FileManager.default.enumerator(at: Fixtures.sourceDirectory, includingPropertiesForKeys: nil)?
      .compactMap { $0 as? URL }.filter { $0.pathExtension == "txt" } ?? []
    return files.compactMap { url in
      (try? String(contentsOf: url, encoding: .utf8)).map { String(utf8Of: ReportDateReader.foldedHead(of: $0)[...]) }
    }
  }()

  static let datelines = [
    "BEIRUT, April 2 (Reuters) - Buses left.", "AMMAN, Sept. 5 -", "Damascus,\n  Jan 14 (AFP) — x",
    "BEIRUT, Aug 27 – fighters", "MOSUL, Dec 3 (Reuters) - ", "دمشق، 4 تموز (رويترز) -",
    "حلب ، 12 كانون الثاني – قال", "دمشق،\n4 أيار - قال", "حمص, 3 نيسان —", "دمشق، 4 ا\u{653}ب -",
  ]

  /// The reports, each of their lines alone, and each report after a dateline of each language.
  static let texts: [String] =
    reports + reports.flatMap { $0.split(separator: "\n").map(String.init) }
    + reports.flatMap { report in [datelines[0], datelines[5]].map { $0 + " " + report } }

  @Test func everyMatchHasTheShape() throws {
    #expect(Self.reports.count > 150)
    for (name, regex, shape) in Self.patterns {
      let regex = try #require(regex)
      var matched = 0
      for text in Self.texts where text.firstMatch(of: regex) != nil {
        matched += 1
        #expect(shape(text), "\(name) dateline without its shape: \(text.prefix(120))")
      }
      #expect(matched > 150, "\(matched) \(name) datelines in the texts")
    }
  }

  @Test(arguments: datelines)
  func datelinesHaveTheShape(_ text: String) throws {
    let matching = try Self.patterns.filter { try text.firstMatch(of: #require($0.regex)) != nil }
    #expect(matching.count == 1, "\(text) is a dateline of one pattern")
    for pattern in matching { #expect(pattern.shape(text)) }
  }

  /// Report bodies seldom have a dateline's shape: commas before a number and a dash are rare.
  @Test func mostReportsLackTheShape() {
    let shaped = Self.reports.filter { text in Self.patterns.contains { $0.shape(text) } }
    #expect(
      shaped.count * 4 < Self.reports.count,
      "\(shaped.count) of \(Self.reports.count) have a dateline's shape")
  }
}
