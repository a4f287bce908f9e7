import Foundation
import GRDB
import Testing

@testable import GeomapCore
@testable import GeomapGPKG

/// `--merge` refreshes: a GeoPackage accumulates features by uid across runs.
@Suite struct GeoPackageAccumulateTests {
  func layers(_ situation: Situation) throws -> [ExportLayer] {
    ExportLayers.build(try MapLayers(situation: situation))
  }

  func count(_ url: URL, _ table: String) throws -> Int {
    let queue = try DatabaseQueue(path: url.path)
    return try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM \(table)") ?? -1 }
  }

  @Test func secondRunAddsNewFeaturesAndKeepsEarlierOnes() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent("m.gpkg")
    let seed = try layers(try FixtureSituations.seed())
    let english = try layers(try FixtureSituations.english())
    try GeoPackageWriter().accumulate(seed, title: "m", into: url)
    let seedPlaces = try count(url, "places")
    #expect(seedPlaces == seed.first { $0.suffix == "places" }?.features.count)
    try GeoPackageWriter().accumulate(english, title: "m", into: url)
    let seedUIDs = Set(seed.flatMap(\.features).map(\.uid))
    let union = seedUIDs.union(english.flatMap(\.features).map(\.uid))
    let total = try count(url, "places") + count(url, "corridors") + count(url, "zones")
    #expect(total == union.count)
    #expect(try count(url, "rtree_places_geom") == count(url, "places"))
    // The same run again changes no row count: features are updated by uid, not duplicated.
    try GeoPackageWriter().accumulate(english, title: "m", into: url)
    #expect(try count(url, "places") + count(url, "corridors") + count(url, "zones") == union.count)
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["m.gpkg"])
  }

  @Test func aFileThatIsNotAGeoPackageIsRefusedAndLeftAlone() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent("m.gpkg")
    try Data("analyst notes, not a database".utf8).write(to: url)
    #expect(throws: GeomapError.self) {
      try GeoPackageWriter().accumulate(try layers(try FixtureSituations.seed()), title: "m", into: url)
    }
    #expect(try String(contentsOf: url, encoding: .utf8) == "analyst notes, not a database")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["m.gpkg"])
  }
}
