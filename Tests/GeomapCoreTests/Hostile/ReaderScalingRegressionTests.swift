import Foundation
import Testing

@testable import GeomapCore

/// Reader costs that grew faster than the text: each found with a generated input, kept linear.
@Suite(.enabled(if: BundledGazetteerTests.gazetteer != nil))
struct ReaderScalingRegressionTests {
  static let names = ["الرقة", "الميادين", "البوكمال", "تدمر", "دير الزور", "الموصل", "حمص", "دمشق"]

  /// A scraped list with no full stop: thousands of places in one "sentence". Every mention used to
  /// take every other one as an anchor (117 KB took 59 s in a release build, 2.7 s after).
  static func oneSentenceList(_ count: Int) -> String {
    "خروج مقاتلي التنظيم من " + (0..<count).map { names[$0 % names.count] }.joined(separator: " و")
  }

  @Test func anchorsAreDistinctAndNearEvenInAHugeSentence() throws {
    let gazetteer = try #require(BundledGazetteerTests.gazetteer)
    let doc = ReportText(Self.oneSentenceList(1500))
    #expect(doc.sentences.count == 1)
    let recognized = PlaceRecognizer(gazetteer: gazetteer).recognize(doc, masked: [])
    #expect(recognized.count >= 1000)
    let resolver = ContextResolver()
    let first = resolver.firstPass(doc, recognized)
    let byToken = recognized.indices.sorted { recognized[$0].firstToken < recognized[$1].firstToken }
    for k in stride(from: 0, to: recognized.count, by: 97) {
      var anchors: [GazetteerEntry] = []
      resolver.nearbyAnchors(doc, recognized, first, around: k, byToken: byToken, into: &anchors)
      #expect(Set(anchors.map(\.id)).count == anchors.count)
      #expect(anchors.count <= Self.names.count)
    }
  }

  /// `resolve` looks for anchors among the mentions that lend one only: the same anchors, in the
  /// same order, as among all mentions, on real Arabic and English reports.
  @Test func anchorsAmongLendingMentionsAreThoseAmongAll() throws {
    let gazetteer = try #require(BundledGazetteerTests.gazetteer)
    let names = try FileManager.default.contentsOfDirectory(atPath: fixtureURL("devset").path)
      .filter { $0.hasSuffix(".txt") }.sorted()
    #expect(names.contains { $0.hasPrefix("ar-") } && names.contains { $0.hasPrefix("en-") })
    var compared = 0
    for name in names {
      let doc = ReportText(try String(contentsOf: fixtureURL("devset/\(name)"), encoding: .utf8))
      let recognized = PlaceRecognizer(gazetteer: gazetteer).recognize(doc, masked: [])
      let resolver = ContextResolver()
      let first = resolver.firstPass(doc, recognized)
      let all = recognized.indices.sorted { recognized[$0].firstToken < recognized[$1].firstToken }
      let lending = all.filter { first.anchor[$0] >= 0 }
      for k in recognized.indices {
        var a: [GazetteerEntry] = []
        var b: [GazetteerEntry] = []
        resolver.nearbyAnchors(doc, recognized, first, around: k, byToken: all, into: &a)
        resolver.nearbyAnchors(doc, recognized, first, around: k, byToken: lending, into: &b)
        #expect(a == b, "\(name) mention \(k)")
        compared += a.count
      }
    }
    #expect(compared > 100)
  }

  // The time this list takes as it grows is measured by `Benchmarks/scaling.py` (a timed ratio
  // here failed under load: speed belongs in a benchmark, not in a unit test).

  /// Diagnostics' line:column used to rescan the text from the start for every mention.
  @Test func lineColumnMatchesAScanOnAManyLineText() {
    let text = (0..<500).map { "سطر \($0) الرقة\r" }.joined(separator: "\n")
    let doc = ReportText(text)
    let scalars = Array(text.unicodeScalars)
    for offset in stride(from: 0, through: scalars.count, by: 37) {
      var line = 1
      var column = 1
      for s in scalars.prefix(offset) {
        if s == "\n" { line += 1; column = 1 } else { column += 1 }
      }
      #expect(doc.lineColumn(of: offset) == (line, column), "offset \(offset)")
    }
  }
}
