import Foundation
import Testing

@testable import GeomapCore

/// `PlainDateFields` reads a plain match's captures from its scalars; it must make the dates the
/// captures made as Strings (`Int(_:)`, `DateVocabulary.month(named:)`), as they were read before.
@Suite struct FullDateFieldsTests {
  /// How each full-date rule made its date from String captures, in `fullDateRules`' order.
  static var referenceMakes: [(DateCaptures) -> CalendarDate?] {
    [
      { date($0, "y", "m", "d") }, { date($0, "y", "m", "d") }, { date($0, "y", "m", "d") },
      { date($0, "y", "m", "d") },
      { out in
        guard let a = int(out, "a"), let b = int(out, "b"), let y = int(out, "y") else { return nil }
        return b > 12 ? CalendarDate(year: y, month: a, day: b) : CalendarDate(year: y, month: b, day: a)
      },
    ]
  }

  static func int(_ captures: DateCaptures, _ name: String) -> Int? {
    captures(name).flatMap { Int($0) }
  }

  static func date(_ captures: DateCaptures, _ y: String, _ m: String, _ d: String) -> CalendarDate? {
    guard let year = int(captures, y), let day = int(captures, d), let raw = captures(m)
    else { return nil }
    guard let month = Int(raw) ?? DateVocabulary.month(named: String(raw)) else { return nil }
    return CalendarDate(year: year, month: month, day: day)
  }

  static let craftedDates: [String] = {
    let days = ["4", "04", "٤", "۱۲", "31", "29", "4th", "1st"]
    let months =
      DateVocabulary.arabicMonths.map(\.0) + DateVocabulary.englishMonths.map(\.0)
      + ["JULY", "Jul.", "Sept.", "SEPT", "May.", "أيار/مايو", "نيسان (أبريل)"]
    var texts: [String] = []
    for (k, month) in months.enumerated() {
      let day = days[k % days.count]
      let year = ["2017", "٢٠١٧", "1999", "2100", "1899"][k % 5]
      texts.append("قال في \(day) \(month) \(year) إن")
      texts.append("\(month) \(day), \(year); \(month) 2 - \(day) \(year)")
      texts.append("في \(day) من شهر \(month) عام \(year)")
    }
    return texts + [
      "2017-07-04", "2017/7/4", "2017.13.04", "04/07/2017", "04/13/2017", "13/13/2017", "31.02.2017",
      "٠٤/٠٧/٢٠١٧", "۲۰۱۷-۰۷-۰۴", "0/0/2017", "00/00/2017", "4-7-2017", "2017-02-29", "2016-02-29",
    ]
  }()

  /// On every fixture report and on crafted dates, each plain match of each full-date rule makes
  /// the date its String captures made.
  @Test func plainFieldsMakeTheDatesStringCapturesMade() throws {
    #expect(Self.referenceMakes.count == ReportDateReader.fullDateCompiled.count)
    var compared = 0
    for text in DatelineShapeTests.reports + Self.craftedDates {
      let scalars = Array(DateVocabulary.foldDigits(text).unicodeScalars)
      let windows = DateWindows(scalars: scalars, table: ReportDateReader.yearTable)
      var spans: [Range<Int>] = []
      windows.appendWindows(before: 11, after: 0, to: &spans) { $0 == windows.yearTrigger }
      for (rule, make) in zip(ReportDateReader.fullDateCompiled, Self.referenceMakes) {
        let plain = PlainMatcher(scalars, try #require(rule.plain))
        for window in spans where windows.isPlain(window) {
          var matches: [PlainMatcher.Match] = []
          plain.appendMatches(in: window, to: &matches)
          for m in matches {
            compared += 1
            #expect(
              rule.fields.date(PlainDateFields(matcher: plain, match: m)) == make { plain.capture(m, $0) },
              "\(String(utf8Of: scalars[m.range]).debugDescription)")
          }
        }
      }
    }
    #expect(compared > 300, "\(compared) matches compared")
  }

  /// A plain window lacking what a full-date rule needs (`FullDateNeeds`) holds no match of the
  /// rule, so `fullDates` may skip it: on every fixture report and on crafted dates, each rule is
  /// searched in the windows around the years and in each line, and every window it skips has no
  /// match.
  @Test func windowsLackingARulesNeedsHoldNoMatch() throws {
    var (skipped, searched) = (0, 0)
    for text in DatelineShapeTests.reports + Self.craftedDates {
      let scalars = Array(DateVocabulary.foldDigits(text).unicodeScalars)
      let windows = DateWindows(scalars: scalars, table: ReportDateReader.yearTable)
      var spans: [Range<Int>] = []
      windows.appendWindows(before: 11, after: 0, to: &spans) { $0 == windows.yearTrigger }
      var lineStart = 0
      for (i, s) in scalars.enumerated() where s == "\n" {
        spans.append(lineStart..<i)
        lineStart = i + 1
      }
      spans.append(lineStart..<scalars.count)
      for rule in ReportDateReader.fullDateCompiled {
        let plain = PlainMatcher(scalars, try #require(rule.plain))
        for window in spans where windows.isPlain(window) {
          var matches: [PlainMatcher.Match] = []
          plain.appendMatches(in: window, to: &matches)
          if rule.needs.areMet(in: scalars, window) {
            searched += 1
          } else {
            skipped += 1
            #expect(matches.isEmpty, "\(String(utf8Of: scalars[window]).prefix(120).debugDescription)")
          }
        }
      }
    }
    #expect(skipped > 1000 && searched > 1000, "\(skipped) windows skipped, \(searched) searched")
  }

  /// `number(of:)` answers as `Int(_:)` on each of the first 20 prefixes of every word of every
  /// fixture report (the unseen sets left out): its nil for a run holding another scalar than a
  /// digit is read off the scalars, no longer from `Int(_:)`.
  @Test func numberAnswersAsIntOnFixtureWords() throws {
    let root = InputFixtures.root
    var checked = 0
    for folder in try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
    where folder != "heldout11" && folder != "heldout12" && folder != "heldout13" && folder != "heldout14"
      && folder != "heldout15" && folder != "heldout16"
      && folder != "heldout17" && folder != "heldout18" {
      let dir = root.appendingPathComponent(folder)
      for name in ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted()
      where name.hasSuffix(".txt") {
        guard let text = try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8) else { continue }
        for word in text.unicodeScalars.split(whereSeparator: { $0.properties.isWhitespace }) {
          let scalars = Array(word)
          for n in 1...min(scalars.count, 20) {
            let run = scalars[..<n]
            let expected = Int(String(String.UnicodeScalarView(run)))
            if DateVocabulary.number(of: run) != expected {
              Issue.record("\(String(String.UnicodeScalarView(run)).debugDescription)")
            }
            checked += 1
          }
        }
      }
    }
    #expect(checked > 100_000, "\(checked) runs checked")
  }

  /// The scalar readings answer as `Int(_:)` and `month(named:)` do on the same text.
  @Test func scalarReadingsAnswerAsStringReadings() {
    let numbers = [
      "", "0", "07", "2017", "+5", "-5", "١٢", "12a", "1 2", "123456789012345678", "1234567890123456789",
      "99999999999999999999", "\u{FF11}", "/", "+", "-", "+a", "-12", "+١", "1-", "12+", "a1", "يوليو", "Jul",
      "٢٠١٧", "1٢",
    ]
    for text in numbers {
      #expect(DateVocabulary.number(of: Array(text.unicodeScalars)[...]) == Int(text), "\(text.debugDescription)")
    }
    let names =
      (DateVocabulary.arabicMonths + DateVocabulary.englishMonths).map(\.0)
      + ["JULY", "Jul.", "Sept.", "sept..", "Mayo", "أيار.", "Jul\u{301}", "ا\u{654}يار", "", ".", "7"]
    for name in names {
      #expect(
        DateVocabulary.month(scalars: Array(name.unicodeScalars)[...]) == DateVocabulary.month(named: name),
        "\(name.debugDescription)")
    }
  }
}
