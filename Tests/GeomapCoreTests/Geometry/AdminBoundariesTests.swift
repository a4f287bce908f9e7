import Foundation
import Testing
import Geodata

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

/// The bundled outlines are read by line and each decoded when first asked for (round 33).
@Suite struct AdminBoundariesByLineTests {
  @Test func everyBundledOutlineReadByLineEqualsTheWholeFileDecoded() throws {
    let url = try #require(GeodataFiles.url("admin.geojson"))
    let byLine = try AdminBoundaries(contentsOf: url)
    let whole = try AdminBoundaries(contentsOf: url, byLine: false)
    let ids = try #require(AdminBoundaries.featureLines(try Data(contentsOf: url))).keys.sorted()
    #expect(ids.count > 200)
    #expect(byLine.count == ids.count)  // indexed by line, not decoded whole (whole drops no feature here)
    #expect(whole.count == ids.count)
    for id in ids {
      let entry = AdminBoundariesTests.entry(id, .district, lon: 0, lat: 0)
      let a = byLine.polygon(for: entry)
      #expect(a != nil, "\(id)")
      #expect(a == whole.polygon(for: entry), "\(id)")
      #expect(byLine.polygon(for: entry) == a)  // the cached outline
    }
  }

  @Test func aFileLaidOutOtherwiseIsDecodedWhole() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let feature = #"{"type":"Feature","properties":{"id":"t:a"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}"#
    let layouts = [
      // By line: the layout build.py writes.
      (#"{"type":"FeatureCollection","features":["# + "\n" + feature + ",\n" + feature.replacingOccurrences(of: "t:a", with: "t:b") + "\n]}\n", true),
      // One line: decoded whole.
      (#"{"type":"FeatureCollection","features":["# + feature + "]}", false),
      // A member before properties: decoded whole.
      (#"{"type":"FeatureCollection","features":["# + "\n" + feature.replacingOccurrences(of: #"{"type":"Feature","#, with: #"{"type":"Feature","bbox":[0,0,1,1],"#) + "\n]}", false),
    ]
    for (text, byLine) in layouts {
      let data = Data(text.utf8)
      #expect((AdminBoundaries.featureLines(data) != nil) == byLine, "\(text)")
      let url = dir.appendingPathComponent("admin.geojson")
      try data.write(to: url)
      let b = try AdminBoundaries(contentsOf: url)
      let polygon = b.polygon(for: AdminBoundariesTests.entry("t:a", .governorate, lon: 0.5, lat: 0.5))
      #expect(polygon?.exterior.count == 4, "\(text)")
    }
    // A truncated file (the closing line lost) is no layout and no GeoJSON: an error naming it.
    let url = dir.appendingPathComponent("admin.geojson")
    try Data((#"{"type":"FeatureCollection","features":["# + "\n" + feature + ",\n").utf8).write(to: url)
    #expect(throws: GeomapError.self) { try AdminBoundaries(contentsOf: url) }
  }
}
