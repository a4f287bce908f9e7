import Foundation
import Testing

/// `geomap export --gpkg` on the fixture situations the core tests record.
@Suite struct ExportGPKGTests {
  static var goldenDirectory: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("GeomapCoreTests/Fixtures/golden")
  }

  @Test func gpkgAloneWritesOnlyTheGeoPackage() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "geomap-gpkg-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let situation = Self.goldenDirectory.appendingPathComponent("seed-000.ar.situation.json").path
    let out = try runGeomap([
      "export", "--gpkg", "-o", dir.path, "--summary", "json", "--situation-json", situation,
    ])
    #expect(out.status == 0, "\(out.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["seed-000.ar.gpkg"])
    let bytes = [UInt8](try Data(contentsOf: dir.appendingPathComponent("seed-000.ar.gpkg")))
    #expect(Array(bytes[0..<16]) == Array("SQLite format 3\0".utf8))
    #expect(Array(bytes[68..<72]) == Array("GPKG".utf8))
    #expect(out.stdout.contains("seed-000.ar.gpkg"))
  }

  @Test func gpkgWithGeoJSONWritesBoth() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "geomap-gpkg-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let situation = Self.goldenDirectory.appendingPathComponent("deir-ez-zor-2017-09.en.situation.json").path
    let out = try runGeomap(["export", "--gpkg", "--geojson", "-o", dir.path, "--situation-json", situation])
    #expect(out.status == 0, "\(out.stderr)")
    let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    #expect(
      files == [
        "deir-ez-zor-2017-09.en.corridors.geojson", "deir-ez-zor-2017-09.en.gpkg",
        "deir-ez-zor-2017-09.en.places.geojson", "deir-ez-zor-2017-09.en.zones.geojson",
      ])
  }

  /// An output path that is a file: one error line naming it, exit 2, no GeoPackage anywhere.
  @Test func unwritableOutputIsReported() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "geomap-gpkg-\(UUID().uuidString)")
    try Data("x".utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let situation = Self.goldenDirectory.appendingPathComponent("seed-000.ar.situation.json").path
    let out = try runGeomap(["export", "--gpkg", "-o", file.path, "--situation-json", situation])
    #expect(out.status == 2)
    #expect(out.stderr.contains(file.path))
  }
}
