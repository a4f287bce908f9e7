import Foundation
import Testing

@testable import GeomapCore

/// `DateVocabulary` looks a plain name up by comparing its scalars with the listed names in place;
/// it must answer as the lists read plainly do: the first listed name equal to the lowercased
/// name (a month's without its final ".").
@Suite struct DateVocabularyTests {
  static func reference(_ name: String, in list: [(String, Int)], trimmingDot: Bool) -> Int? {
    var key = name.lowercased()
    if trimmingDot && key.hasSuffix(".") { key.removeLast() }
    return list.first { $0.0 == key }?.1
  }

  /// The listed names, their variants (capitals, a final ".", a letter more or less) and every
  /// word of the Arabic and English fixture reports.
  static func names() throws -> [String] {
    let listed = (DateVocabulary.arabicMonths + DateVocabulary.englishMonths + DateVocabulary.arabicWeekdays
      + DateVocabulary.englishWeekdays).map(\.0)
    var names = listed
    for name in listed {
      names += [name.uppercased(), name.capitalized, name + ".", name + "..", name + "s", String(name.dropLast()), "." + name]
    }
    names += ["", ".", "Sept.", "MAY.", "مايو.", "أيار/مايو", "e\u{301}"]
    for path in DateWindowsTests.reports {
      let text = try String(contentsOfFile: path, encoding: .utf8)
      names += text.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "،" }).map(String.init)
    }
    return names
  }

  @Test func namesAreFoundAsTheListsReadPlainly() throws {
    let months = DateVocabulary.arabicMonths + DateVocabulary.englishMonths
    let weekdays = DateVocabulary.arabicWeekdays + DateVocabulary.englishWeekdays
    var (found, compared) = (0, 0)
    for name in try Self.names() {
      let month = Self.reference(name, in: months, trimmingDot: true)
      #expect(DateVocabulary.month(named: name) == month, "\(name)")
      #expect(DateVocabulary.month(scalars: Array(name.unicodeScalars)[...]) == month, "\(name)")
      let weekday = Self.reference(name, in: weekdays, trimmingDot: false)
      #expect(DateVocabulary.weekday(named: name) == weekday, "\(name)")
      compared += 1
      if month != nil || weekday != nil { found += 1 }
    }
    #expect(compared > 4_000 && found > 200)
  }
}
