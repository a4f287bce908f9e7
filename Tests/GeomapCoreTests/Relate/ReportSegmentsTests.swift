import Foundation
import Testing

@testable import GeomapCore

@Suite struct ReportSegmentsTests {
  @Test func segmentsCoverTheTextAndCutAtParagraphs() {
    let paragraph = String(repeating: "خرج مقاتلو التنظيم من الرقة باتجاه تدمر. ", count: 40)
    let text = Array(repeating: paragraph, count: 12).joined(separator: "\n\n")
    let ranges = ReportSegments.ranges(of: text, targetLength: 5_000)
    let scalars = Array(text.unicodeScalars)
    #expect(ranges.count > 1)
    #expect(ranges.first?.lowerBound == 0 && ranges.last?.upperBound == scalars.count)
    for (a, b) in zip(ranges, ranges.dropFirst()) { #expect(a.upperBound == b.lowerBound) }
    for r in ranges.dropLast() {
      #expect(scalars[r.upperBound - 1] == "\n", "cut inside a paragraph at \(r.upperBound)")
      #expect(r.count <= 5_000)
    }
  }

  @Test func oneHugeLineIsCutAtSentencesOrSpaces() {
    let text = String(repeating: "ISIS fighters left Raqqa for Palmyra. ", count: 2_000)
    let ranges = ReportSegments.ranges(of: text, targetLength: 3_000)
    let scalars = Array(text.unicodeScalars)
    // Cut after a full stop that ends a sentence, never inside a word.
    for r in ranges.dropLast() { #expect(scalars[r.upperBound - 1] == ".") }
    #expect(ranges.reduce(0) { $0 + $1.count } == scalars.count)
  }

  /// A long report read in segments keeps every span pointing at its surface in the whole text.
  @Test func longReportSpansPointIntoTheWholeText() throws {
    let gazetteer = try Gazetteer.bundled()
    let seed = try String(contentsOf: fixtureURL("reports/seed-000.ar.txt"), encoding: .utf8)
    let text = Array(repeating: seed, count: 8).joined(separator: "\n\n")
    let report = try ReportDecoder.decode(Data(text.utf8), source: "long.txt")
    let reader = ReportReader(gazetteer: gazetteer)
    let whole = reader.read(report, date: nil)
    let single = reader.read(try ReportDecoder.decode(Data(seed.utf8), source: "seed"), date: nil)
    #expect(ReportSegments.ranges(of: report.text).count > 1)
    #expect(whole.date?.description == "2017-07-04")
    #expect(whole.mentions.count == single.mentions.count * 8)
    let scalars = Array(report.text.unicodeScalars)
    for m in whole.mentions {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[m.start..<m.end])
      #expect(String(view) == m.surface)
    }
    for m in whole.movements {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[m.evidence.start..<m.evidence.end])
      #expect(String(view) == m.evidence.quote)
    }
  }
}
