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
        in: doc, spans: evidence.map { reader.datedSpan(of: $0, in: doc) }, reference: reference)
      for ev in evidence {
        claims += 1
        func pick(_ phrases: [DatePhrase]) -> DatePhrase? {
          let inside = { (span: Range<Int>) in phrases.filter { span.contains($0.start) } }
          return reader.datePhrase(for: ev, in: doc, phrases: phrases, inside: inside)
        }
        #expect(pick(whole) == pick(spanned), "\(name): «\(ev.quote.prefix(60))»")
      }
    }
    #expect(claims > 50)
  }
}
