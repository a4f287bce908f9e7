import Foundation
import GeomapCore
import Testing

@testable import geomap

/// `Places.textRows` writes bytes for speed; they must be the rows plain string interpolation gives.
@Suite struct PlacesTextRowsTests {
  /// The row of one mention as `places` wrote it with interpolation, before it wrote bytes.
  static func row(_ file: String, _ m: PlaceMention) -> String {
    let e = m.entry
    return
      "\(file)\t\(m.start)\t\(m.end)\t\(m.surface)\t\(e.name)\t\(e.nameAr.isEmpty ? "-" : e.nameAr)\t"
      + "\(formatDegrees(e.coordinate.latitude))\t\(formatDegrees(e.coordinate.longitude))\t\(e.id)\t"
      + "\(e.country)\t\(formatScore(m.score))\n"
  }

  static func written(_ docs: [PlacesDocument]) -> String {
    var bytes: [UInt8] = []
    var writes = 0
    Places.textRows(docs, write: { bytes += $0; writes += 1 })
    #expect(writes >= 1)
    return String(decoding: bytes, as: UTF8.self)
  }

  @Test(.enabled(if: (try? PlacesJSONTests.gazetteer.get()) != nil))
  func sameRowsAsInterpolationOnDevset() throws {
    let docs = try PlacesJSONTests.devsetDocuments()
    let expected = docs.flatMap { d in d.mentions.map { Self.row(d.file, $0) } }.joined()
    #expect(docs.contains { !$0.mentions.isEmpty })
    #expect(Self.written(docs) == expected)
  }

  /// Offsets of every size (one digit, many, zero), an empty Arabic name, and the same place again.
  @Test(.enabled(if: (try? PlacesJSONTests.gazetteer.get()) != nil))
  func oddOffsetsAndNames() throws {
    let docs = try PlacesJSONTests.devsetDocuments()
    var doc = try #require(docs.first { $0.mentions.count >= 3 })
    doc.mentions = Array(doc.mentions.prefix(3))
    doc.mentions[0].start = 0
    doc.mentions[0].end = 9
    doc.mentions[1].start = 1_234_567_890
    doc.mentions[1].end = Int.max
    doc.mentions[2] = doc.mentions[0]
    doc.mentions[2].entry.nameAr = ""
    let expected = doc.mentions.map { Self.row(doc.file, $0) }.joined()
    #expect(Self.written([doc]) == expected)
    #expect(Self.written([]) == "")
  }

  /// Numbers of every length and sign are spelled as `String(n)` spells them.
  @Test func decimalsAsStringSpellsThem() {
    for n in [0, 7, -7, 10, 99, 100, -1_000, 1_234_567_890, Int.max, Int.min, Int.min + 1] {
      var out: [UInt8] = [UInt8(ascii: "x")]
      Places.appendDecimal(n, UInt8(ascii: "\t"), to: &out)
      #expect(String(decoding: out, as: UTF8.self) == "x\(n)\t")
    }
  }
}
