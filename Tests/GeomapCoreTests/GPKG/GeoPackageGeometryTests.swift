import Foundation
import Testing

@testable import GeomapCore
@testable import GeomapGPKG

/// The GeoPackage binary header and WKB, byte by byte (OGC 12-128r18 §2.1.3, OGC 06-103r4 §8.2).
@Suite struct GeoPackageGeometryTests {
  func le32(_ d: [UInt8], _ at: Int) -> UInt32 {
    (0..<4).reduce(UInt32(0)) { $0 | UInt32(d[at + $1]) << (8 * $1) }
  }

  func leDouble(_ d: [UInt8], _ at: Int) -> Double {
    Double(bitPattern: (0..<8).reduce(UInt64(0)) { $0 | UInt64(d[at + $1]) << (8 * $1) })
  }

  @Test func pointHasHeaderEnvelopeAndWKB() {
    let raqqa = Coordinate(longitude: 39.0079, latitude: 35.9528)
    let b = [UInt8](GeoPackageGeometry.blob(.point(raqqa), srsID: 4326))
    #expect(b.count == 8 + 32 + 21)
    #expect(Array(b[0..<4]) == [0x47, 0x50, 0x00, 0x03])
    #expect(le32(b, 4) == 4326)
    #expect(
      [leDouble(b, 8), leDouble(b, 16), leDouble(b, 24), leDouble(b, 32)] == [
        39.0079, 39.0079, 35.9528, 35.9528,
      ])
    #expect(b[40] == 1)
    #expect(le32(b, 41) == 1)
    #expect(leDouble(b, 45) == 39.0079)
    #expect(leDouble(b, 53) == 35.9528)
  }

  @Test func lineEnvelopeIsMinxMaxxMinyMaxy() throws {
    let line = try #require(
      LineString([
        Coordinate(longitude: 39.0, latitude: 35.9), Coordinate(longitude: 38.2, latitude: 34.5),
        Coordinate(longitude: 40.4, latitude: 35.0),
      ]))
    let b = [UInt8](GeoPackageGeometry.blob(.line(line), srsID: 4326))
    #expect([leDouble(b, 8), leDouble(b, 16), leDouble(b, 24), leDouble(b, 32)] == [38.2, 40.4, 34.5, 35.9])
    #expect(le32(b, 41) == 2)
    #expect(le32(b, 45) == 3)
    #expect(b.count == 40 + 1 + 4 + 4 + 3 * 16)
  }

  @Test func polygonWritesEveryRingClosed() throws {
    let square = [(36.0, 33.0), (37.0, 33.0), (37.0, 34.0), (36.0, 34.0)].map {
      Coordinate(longitude: $0.0, latitude: $0.1)
    }
    let hole = [(36.2, 33.2), (36.4, 33.2), (36.4, 33.4)].map { Coordinate(longitude: $0.0, latitude: $0.1) }
    let polygon = try #require(Polygon(exterior: square, holes: [hole]))
    let b = [UInt8](GeoPackageGeometry.blob(.polygon(polygon), srsID: 4326))
    #expect(le32(b, 41) == 3)
    #expect(le32(b, 45) == 2)
    #expect(le32(b, 49) == 5)
    let holeStart = 53 + 5 * 16
    #expect(le32(b, holeStart) == 4)
    #expect(b.count == holeStart + 4 + 4 * 16)
  }

  @Test func envelopeIsReadBackFromTheHeader() throws {
    let line = try #require(
      LineString([Coordinate(longitude: -1.5, latitude: 2), Coordinate(longitude: 3, latitude: -4)]))
    let e = try #require(
      GeoPackageGeometry.envelope(ofBlob: GeoPackageGeometry.blob(.line(line), srsID: 4326)))
    #expect(e == Envelope(minX: -1.5, maxX: 3, minY: -4, maxY: 2))
  }

  /// A point as GDAL writes it (no envelope, big-endian WKB) and an empty geometry from another tool.
  @Test func foreignPointsAndEmptyGeometries() {
    var bigEndianPoint: [UInt8] = [0x47, 0x50, 0x00, 0x01, 0xE6, 0x10, 0x00, 0x00, 0x00, 0, 0, 0, 1]
    for v in [36.5, 33.25] { bigEndianPoint += withUnsafeBytes(of: v.bitPattern.bigEndian, Array.init) }
    #expect(
      GeoPackageGeometry.envelope(ofBlob: Data(bigEndianPoint))
        == Envelope(minX: 36.5, maxX: 36.5, minY: 33.25, maxY: 33.25))
    let empty: [UInt8] =
      [0x47, 0x50, 0x00, 0x11, 0xE6, 0x10, 0x00, 0x00, 1, 1, 0, 0, 0] + Array(repeating: 0xFF, count: 16)
    #expect(GeoPackageGeometry.envelope(ofBlob: Data(empty)) == nil)
    #expect(GeoPackageGeometry.envelope(ofBlob: Data("not a geometry".utf8)) == nil)
    #expect(GeoPackageGeometry.envelope(ofBlob: Data([0x47, 0x50])) == nil)
  }
}
