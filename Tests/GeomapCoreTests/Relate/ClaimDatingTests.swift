import Foundation
import Testing

@testable import GeomapCore

/// Date phrases are searched only in the claims' spans (quote plus the words before it); on every
/// devset report that must date each claim exactly as a search of the whole text would.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct ClaimDatingTests {
  static let reports: [String] = {
    let dir = fixtureURL("devset")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted()
  }()

  @Test func spanSearchDatesClaimsLikeAWholeTextSearch() throws {
    let g = try #require(bundledGazetteer)
    let reader = ReportReader(gazetteer: g)
    let reference = try #require(CalendarDate(iso: "2017-07-04"))
    #expect(Self.reports.count >= 30)
    var claims = 0
    for name in Self.reports {
      let text = try String(contentsOf: fixtureURL("devset/\(name)"), encoding: .utf8)
      let doc = ReportText(text)
      let s = reader.read(text: text, source: name, date: reference)
      let evidence = s.movements.map(\.evidence) + s.control.map(\.evidence)
      let whole = RelativeDateResolver.find(in: text, reference: reference)
      let spanned = reader.datePhrases(
        in: doc, spans: evidence.map { reader.datedSpan(of: $0.start..<$0.end, in: doc) }, reference: reference)
      for ev in evidence {
        claims += 1
        func pick(_ phrases: [DatePhrase]) -> DatePhrase? {
          reader.datePhrase(for: ev.start..<ev.end, in: doc, phrases: phrases)
        }
        #expect(pick(whole) == pick(spanned), "\(name): «\(ev.quote.prefix(60))»")
      }
    }
    #expect(claims > 50)
  }
}

/// "BEIRUT, Aug 27 (Reuters)" has no year: a year named elsewhere completes it as a guess, and the
/// reading says so; "since 2012" names when something began, so with only that the report is undated.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct GuessedYearTests {
  func read(_ text: String) throws -> Situation {
    let g = try #require(bundledGazetteer)
    let report = try ReportDecoder.decode(Data(text.utf8), source: "wire.txt")
    return ReportReader(gazetteer: g).read(report, date: nil)
  }

  @Test func aYearlessDatelineIsAGuessAndSaysSo() throws {
    let s = try read(
      "BEIRUT, Aug 27 (Reuters) - Rebel fighters left Darayya. The town, besieged since 2012, fell in 2016.")
    #expect(s.date == CalendarDate(iso: "2016-08-27"))
    let note = try #require(s.diagnostics.first { $0.message.contains("has no year") })
    #expect(note.line == 1 && note.column == 9)
    #expect(note.message.contains("read as 2016-08-27") && note.message.contains("--date"))
  }

  @Test func aYearlessDatelineWithOnlyASinceYearIsUndatedAndSaysSo() throws {
    let s = try read(
      "BEIRUT, Aug 27 (Reuters) - Rebel fighters were bused out of Darayya. The town had been besieged since 2012.")
    #expect(s.date == nil)
    let note = try #require(s.diagnostics.first { $0.message.contains("has no year") })
    #expect(note.line == 1 && note.column == 9)
    #expect(note.message.contains("undated") && note.message.contains("--date"))
  }

  @Test func aDatelineWithItsYearIsNoGuess() throws {
    let s = try read("BEIRUT, Aug 27, 2016 (Reuters) - Rebel fighters were bused out of Darayya.")
    #expect(s.date == CalendarDate(iso: "2016-08-27"))
    #expect(!s.diagnostics.contains { $0.message.contains("has no year") })
  }
}
