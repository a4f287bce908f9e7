import Foundation
import Testing

@testable import GeomapCore

/// `DatelineShape` lets a yearless dateline regex run only on a text of its shape: it must answer
/// true for every text the regex matches (else a dateline is lost), and it should answer false for
/// most report bodies (else it saves nothing).
@Suite struct DatelineShapeTests {
  static let patterns: [(name: String, regex: Regex<AnyRegexOutput>?, shape: (String) -> Bool)] = [
    ("English", ReportDateReader.englishYearlessDatelineRegex, DatelineShape.mayHoldEnglish),
    ("Arabic", ReportDateReader.arabicYearlessDatelineRegex, DatelineShape.mayHoldArabic),
  ]

  /// Every fixture report's searched head (digits folded, as `yearlessDateline` reads it), and each
  /// of its lines alone.
  static let texts: [String] = {
    let root = Fixtures.sourceDirectory
    let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?
      .compactMap { $0 as? URL }.filter { $0.pathExtension == "txt" } ?? []
    return files.flatMap { url -> [String] in
      guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
      let head = DateVocabulary.foldDigits(ReportDateReader.head(of: text))
      return [head] + head.split(separator: "\n").map(String.init)
    }
  }()

  @Test func everyMatchHasTheShape() throws {
    #expect(Self.texts.count > 1000)
    for (name, regex, shape) in Self.patterns {
      let regex = try #require(regex)
      var matched = 0
      for text in Self.texts where text.firstMatch(of: regex) != nil {
        matched += 1
        #expect(shape(text), "\(name) dateline without its shape: \(text.prefix(120))")
      }
      #expect(matched > 0, "no \(name) dateline in the fixtures")
    }
  }

  @Test(arguments: [
    "BEIRUT, April 2 (Reuters) - Buses left.", "AMMAN, Sept. 5 -", "Damascus,\n  Jan 14 (AFP) — x",
    "BEIRUT, Aug 27 – fighters", "MOSUL, Dec 3 (Reuters) - ", "دمشق، 4 تموز (رويترز) -",
    "حلب ، 12 كانون الثاني – قال", "دمشق،\n4 أيار - قال", "حمص, 3 نيسان —", "دمشق، 4 ا\u{653}ب -",
  ])
  func datelinesHaveTheShape(_ text: String) throws {
    let matching = try Self.patterns.filter { try text.firstMatch(of: #require($0.regex)) != nil }
    #expect(matching.count == 1, "\(text) is a dateline of one pattern")
    for pattern in matching { #expect(pattern.shape(text)) }
  }

  /// Report bodies seldom have a dateline's shape: commas before a number and a dash are rare.
  @Test func mostReportsLackTheShape() {
    let heads = Self.texts.filter { $0.count > 2000 }
    let shaped = heads.filter { text in Self.patterns.contains { $0.shape(text) } }
    #expect(heads.count > 50)
    #expect(shaped.count * 4 < heads.count, "\(shaped.count) of \(heads.count) reports have a dateline's shape")
  }
}
