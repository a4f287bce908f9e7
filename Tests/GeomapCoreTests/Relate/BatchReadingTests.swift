import Foundation
import Testing

@testable import GeomapCore

/// `ReportReader.read(_:date:)` on many reports takes them through the stages together
/// (`ReportReader.batchSize` at a time); each report's situation must be the one reading it alone
/// gives: no stage may carry one report's state into another's.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct BatchReadingTests {
  /// Every Arabic and English fixture report, in folder and name order, plus a long report made of
  /// forty of them (read in segments, `ReportSegments`), an empty one and one with no place.
  static func reports() throws -> [DecodedReport] {
    var reports: [DecodedReport] = []
    let root = InputFixtures.root
    for folder in try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() {
      let dir = root.appendingPathComponent(folder)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
      for name in names.sorted() where (name.hasPrefix("ar") || name.hasPrefix("en")) && name.hasSuffix(".txt") {
        let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
        reports.append(DecodedReport(source: "\(folder)/\(name)", text: text, encoding: .utf8))
      }
    }
    let long = reports.prefix(40).map(\.text).joined(separator: "\n\n")
    reports.insert(DecodedReport(source: "long.txt", text: long, encoding: .utf8), at: 50)
    reports.insert(DecodedReport(source: "empty.txt", text: "", encoding: .utf8), at: 51)
    reports.insert(
      DecodedReport(source: "none.txt", text: "لا جديد اليوم. Nothing new today.", encoding: .utf8), at: 52)
    return reports
  }

  @Test(arguments: [nil, CalendarDate(year: 2017, month: 7, day: 4)])
  func aBatchReadsEachReportAsItReadsAlone(date: CalendarDate?) throws {
    let reader = ReportReader(gazetteer: bundledGazetteer!)
    let reports = try Self.reports()
    // Several batches, the long report among them, and real claims to compare.
    #expect(reports.count > 3 * ReportReader.batchSize)
    #expect(ReportSegments.parts(of: reports[50].text).count > 1)
    let alone = reports.map { reader.read($0, date: date) }
    let together = reader.read(reports, date: date)
    #expect(together.count == reports.count)
    for (k, situation) in together.enumerated() where situation != alone[k] {
      Issue.record("\(reports[k].source): read in a batch, not as alone")
    }
    #expect(alone.reduce(0) { $0 + $1.movements.count } > 300)
    #expect(alone.reduce(0) { $0 + $1.control.count } > 300)
    // The long report's claims are its parts' claims, shifted: the same movements as its reports read one by one.
    let parts = reports.prefix(40).map { reader.read($0, date: date).movements.count }.reduce(0, +)
    #expect(alone[50].movements.count > parts / 2)
  }

  /// Batches close at `batchSize` reports or `batchBytes` bytes of text; a report longer than a
  /// batch goes alone, and none is left out or read twice.
  @Test func batchesCloseOnCountAndBytes() {
    let size = ReportReader.batchSize
    let bytes = ReportReader.batchBytes
    #expect(ReportReader.batches([]) == [])
    #expect(ReportReader.batches(Array(repeating: 100, count: size + 1)) == [0..<size, size..<(size + 1)])
    #expect(ReportReader.batches([bytes / 2, bytes / 2, 1]) == [0..<2, 2..<3])
    #expect(ReportReader.batches([10, bytes * 3, 10]) == [0..<1, 1..<2, 2..<3])
    #expect(ReportReader.batches([bytes * 3]) == [0..<1])
  }
}
