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

  /// Datelines whose comma stands a name after a line start: after blank lines, blanks and line
  /// breaks of every kind, with names of 30 to 32 Characters, harakat, tatweels and «،» in them.
  static let lineDatelines: [String] = {
    let names = [
      "BEIRUT", "B" + String(repeating: "E", count: 29), "B" + String(repeating: "E", count: 30),
      "B" + String(repeating: "E", count: 31), "NEW YORK", "A B C D E F G H I J K L M N O P", "دمشق",
      "د" + String(repeating: "م", count: 29), "د" + String(repeating: "م", count: 30),
      "د" + String(repeating: "م", count: 31), "دَمشقُ", "دمـشق", "دمشق، حلب",
      "ريف دمشق الغربي القريب من الحدود", "د" + String(repeating: "مّ", count: 30),
    ]
    let before = [
      "", "\n", "x\n", "x\n\n  \n", "  ", "\t \n ", "x\r\n", "x\r", "x\u{0B}", "x\u{0C}", "قال:\n  ",
    ]
    let tails = [
      ", Sept 5 (Reuters) - x", ",\n Sept 5 - y", "، 4 تموز (رويترز) - قال", " \n، 4 تموز - قال", ",4 تموز -",
    ]
    return names.flatMap { name in before.flatMap { lead in tails.map { lead + name + $0 } } }
  }()

  /// Names and lines the regexes read as one Character a scalar would not: letters with marks
  /// that join them, and line terminators outside ASCII.
  static let markedDatelines: [String] = [
    String(repeating: "د\u{654}", count: 31) + "، 4 تموز -",
    "x\u{2028}" + String(repeating: "د", count: 31) + "، 4 تموز -", "x\u{85}BEIRUT, Sept 5 -",
    "x\u{2029}دمشق، 4 تموز -", String(repeating: "ب\u{670}", count: 20) + "، 4 تموز -",
  ]

  /// A comma far from a line start is no dateline's, though a date and a dash follow it.
  static let bodyCommas = [
    "The army said on Tuesday that the fighters who left the town, May 5 - and more",
    "x\n" + String(repeating: "E", count: 33) + ", Sept 5 -",
    "قال المرصد إن القوات الحكومية سيطرت على البلدة بعد معارك عنيفة، 4 تموز - قال",
    "x\n" + String(repeating: "د", count: 33) + "، 4 تموز -",
  ]

  /// The shape holds every match whose comma stands near a line start (`nearLineStart`): after
  /// blank lines, blanks and line breaks of every kind, names of 30 to 32 Characters, harakat,
  /// tatweels, «،» and joining marks in them; and a body's comma is not taken for a dateline's.
  @Test func lineStartNearEveryMatch() throws {
    var matched = [0, 0]
    let texts =
      Self.datelines + Self.lineDatelines + Self.markedDatelines
      + ReportDateReaderFastPathTests.yearlessDatelines
    for text in texts {
      for (k, pattern) in Self.patterns.enumerated() {
        guard try text.firstMatch(of: #require(pattern.regex)) != nil else { continue }
        matched[k] += 1
        #expect(pattern.shape(text), "\(pattern.name): \(text.prefix(120).debugDescription)")
      }
    }
    #expect(matched[0] > 100 && matched[1] > 100, "\(matched) matched")
    for text in Self.bodyCommas {
      #expect(!Self.patterns.contains { $0.shape(text) }, "\(text.debugDescription)")
    }
  }

  /// Report bodies seldom have a dateline's shape: commas before a number and a dash are rare.
  @Test func mostReportsLackTheShape() {
    let shaped = Self.reports.filter { text in Self.patterns.contains { $0.shape(text) } }
    #expect(
      shaped.count * 4 < Self.reports.count,
      "\(shaped.count) of \(Self.reports.count) have a dateline's shape")
  }
}
