import Foundation
import Testing

@testable import GeomapCore

/// A reader that answers with the gold itself must score 100% on the whole corpus: this checks the
/// scorer and the gold files together (names resolve, no duplicate claims, spans line up).
@Suite struct GoldEchoTests {
  /// Reads `NAME.gold.json` next to the report and turns it into the Situation a perfect reader
  /// would return. Test-only: the real reader is the pipeline.
  struct GoldEchoReader: SituationReading {
    let directory: URL
    var shiftKm: Double = 0

    func entry(_ name: String, _ gold: GoldReport) -> GazetteerEntry {
      var c = gold.coordinate(ofPlaceNamed: name) ?? Coordinate(longitude: 0, latitude: 0)
      c.latitude += shiftKm / 111.2  // one degree of latitude is about 111.2 km
      return GazetteerEntry(
        id: "gold:\(name)", kind: .city, country: "SY", coordinate: c,
        name: shiftKm == 0 ? name : "shifted \(name)")
    }

    func read(_ report: DecodedReport, date: CalendarDate?) -> Situation {
      let url = directory.appendingPathComponent(report.source + ".gold.json")
      guard let gold = try? GoldReport.load(contentsOf: url) else {
        return Situation(source: report.source, date: nil)
      }
      let evidence = Evidence(quote: "", start: 0, end: 0, source: report.source, date: nil, confidence: 1)
      return Situation(
        source: report.source, date: ReportDateReader.read(report.text)?.date,
        mentions: gold.toponyms.map {
          PlaceMention(
            surface: $0.surface, start: $0.start, end: $0.end, entry: entry($0.name, gold), score: 1)
        },
        movements: gold.movements.map {
          Movement(
            actor: $0.actor, kind: $0.kind, status: $0.status, origin: entry($0.from, gold),
            destination: entry($0.to, gold), evidence: evidence)
        },
        control: gold.control.map {
          ControlClaim(actor: $0.actor, place: entry($0.place, gold), control: $0.control, evidence: evidence)
        })
    }
  }

  /// `Evaluation.run` names reports by path; this wrapper renames them to the bare name first.
  struct ByName: SituationReading {
    let inner: GoldEchoReader
    func read(_ report: DecodedReport, date: CalendarDate?) -> Situation {
      var r = report
      r.source = URL(fileURLWithPath: report.source).deletingPathExtension().lastPathComponent
      return inner.read(r, date: date)
    }
  }

  @Test(arguments: ["devset", "reports"])
  func goldEchoScoresPerfectly(folder: String) throws {
    let dir = InputFixtures.url(folder)
    let corpus = try Evaluation.run(directory: dir, reader: ByName(inner: GoldEchoReader(directory: dir)))
    let t = corpus.total
    #expect(t.toponyms.f1 == 1 && t.toponymsExact.f1 == 1)
    #expect(t.geocoding.accuracy25 == 1)
    #expect(t.movements.f1 == 1 && t.movementKindAgreed == t.movements.gold)
    #expect(t.control.f1 == 1 && t.controlStatusAgreed == t.control.gold)
    #expect(t.datesCorrect == t.datesGold && t.datesGold == corpus.reports.count)
  }

  @Test func shiftingEveryPlace50KmKeepsSpansButLosesAcc25AndRelations() throws {
    let dir = InputFixtures.url("devset")
    let reader = ByName(inner: GoldEchoReader(directory: dir, shiftKm: 50))
    let t = try Evaluation.run(directory: dir, reader: reader).total
    #expect(t.toponyms.f1 == 1)
    #expect(t.geocoding.accuracy25 == 0 && t.geocoding.accuracy161 == 1)
    #expect(t.movements.truePositives == 0 && t.control.truePositives == 0)
  }
}
