import Foundation
import Testing

@testable import GeomapCore

@Suite struct AdminBoundariesTests {
  static func sample() throws -> AdminBoundaries {
    let url = try #require(Bundle.module.resourceURL).appendingPathComponent(
      "Fixtures/export/admin-sample.geojson")
    return try AdminBoundaries(contentsOf: url)
  }

  static func entry(_ id: String, _ kind: PlaceKind, lon: Double, lat: Double) -> GazetteerEntry {
    GazetteerEntry(
      id: id, kind: kind, country: "SY", coordinate: Coordinate(longitude: lon, latitude: lat), name: id)
  }

  @Test func loadsPolygonsByIdAndKeepsTheLargestPart() throws {
    let b = try Self.sample()
    #expect(b.count == 2)
    let square = try #require(b.polygon(for: Self.entry("test:square-gov", .governorate, lon: 39, lat: 36)))
    #expect(square.exterior.count == 5)
    #expect(Polygon.signedArea2(square.exterior) > 0)  // re-oriented: the file's ring is clockwise
    let twoPart = try #require(b.polygon(for: Self.entry("test:two-part", .district, lon: 41.2, lat: 35.2)))
    #expect(twoPart.exterior.contains(Coordinate(longitude: 41.5, latitude: 35.5)))
    #expect(b.polygon(for: Self.entry("test:point", .district, lon: 40, lat: 35)) == nil)
  }

  @Test func governorateZoneFollowsTheOutlineButACityKeepsItsRadius() throws {
    let b = try Self.sample()
    let ev = Evidence(quote: "x", start: 0, end: 1, source: "r.txt", date: nil, confidence: 1)
    let builder = ZoneBuilder(areaProvider: { b.polygon(for: $0) })
    let gov = ControlClaim(
      actor: .sdf, place: Self.entry("test:square-gov", .governorate, lon: 39, lat: 36), control: .holds,
      evidence: ev)
    let zone = try #require(try builder.zones(for: [gov]).zones.first)
    let lons = zone.polygon.exterior.map(\.longitude)
    #expect(abs((lons.min() ?? 0) - 38.5) < 1e-6 && abs((lons.max() ?? 0) - 39.5) < 1e-6)
    // An id with an outline but the kind of a city: the outline is not used.
    let city = ControlClaim(
      actor: .sdf, place: Self.entry("test:square-gov", .city, lon: 39, lat: 36), control: .holds,
      evidence: ev)
    let disc = try #require(try builder.zones(for: [city]).zones.first)
    #expect(disc.areaKm2 < 200)
  }

  @Test func notGeoJSONIsAGazetteerErrorNamingTheFile() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent("admin.geojson")
    try Data("[1,2]".utf8).write(to: url)
    #expect { try AdminBoundaries(contentsOf: url) } throws: { error in
      (error as? GeomapError)?.description == "\(url.path): not a GeoJSON FeatureCollection"
    }
  }
}
