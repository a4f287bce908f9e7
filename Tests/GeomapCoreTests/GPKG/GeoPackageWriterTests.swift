import Foundation
import GRDB
import Testing

@testable import GeomapCore
@testable import GeomapGPKG

/// The GeoPackage of each fixture situation, read back with SQLite.
@Suite struct GeoPackageWriterTests {
  static let cases: [(stem: String, build: @Sendable () throws -> Situation)] = [
    ("seed-000.ar", FixtureSituations.seed),
    ("deir-ez-zor-2017-09.en", FixtureSituations.english),
  ]

  /// Writes the situation's layers to `<dir>/<stem>.gpkg`.
  static func write(_ situation: Situation, stem: String, in dir: URL) throws -> (URL, [ExportLayer]) {
    let layers = ExportLayers.build(try MapLayers(situation: situation))
    let url = dir.appendingPathComponent("\(stem).gpkg")
    try GeoPackageWriter().write(layers, title: stem, to: url)
    return (url, layers)
  }

  @Test(arguments: 0..<cases.count)
  func headerAndCoreTables(_ index: Int) throws {
    let (stem, build) = Self.cases[index]
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let (url, _) = try Self.write(try build(), stem: stem, in: dir)
    let bytes = [UInt8](try Data(contentsOf: url))
    #expect(Array(bytes[68..<72]) == Array("GPKG".utf8))
    #expect(Array(bytes[60..<64]) == [0x00, 0x00, 0x28, 0x3C])  // 10300 big-endian
    let queue = try DatabaseQueue(path: url.path)
    try queue.read { db in
      #expect(
        try Int.fetchAll(db, sql: "SELECT srs_id FROM gpkg_spatial_ref_sys ORDER BY srs_id") == [-1, 0, 4326])
      let geometry = try Row.fetchAll(
        db,
        sql: "SELECT table_name, geometry_type_name, srs_id FROM gpkg_geometry_columns ORDER BY table_name")
      #expect(
        geometry.map { [$0[0], $0[1]] as [String] } == [
          ["corridors", "LINESTRING"], ["places", "POINT"], ["zones", "POLYGON"],
        ])
      #expect(geometry.allSatisfy { $0[2] == 4326 })
      #expect(
        try Int.fetchOne(
          db, sql: "SELECT count(*) FROM gpkg_extensions WHERE extension_name = 'gpkg_rtree_index'") == 3)
      #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM layer_styles WHERE useAsDefault") == 3)
    }
    // Nothing but the GeoPackage is left in the folder: no temporary file, no journal.
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["\(stem).gpkg"])
  }

  @Test(arguments: 0..<cases.count)
  func rowsMatchTheLayers(_ index: Int) throws {
    let (stem, build) = Self.cases[index]
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let (url, layers) = try Self.write(try build(), stem: stem, in: dir)
    let queue = try DatabaseQueue(path: url.path)
    try queue.read { db in
      for layer in layers {
        let t = layer.suffix
        #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM \(t)") == layer.features.count)
        #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM rtree_\(t)_geom") == layer.features.count)
        for (index, f) in layer.features.enumerated() {
          let row = try #require(
            try Row.fetchOne(db, sql: "SELECT * FROM \(t) WHERE uid = ?", arguments: [f.uid]))
          let fid: Int64 = row["fid"]
          #expect(fid == Int64(index + 1))
          #expect(row["name"] == f.name)
          #expect(row["name_ar"] == f.nameAr)
          #expect(row["date"] == f.date?.description)
          #expect(row["first_seen"] == f.date?.description)
          #expect(row["last_seen"] == (f.dateEnd ?? f.date)?.description)
          // A missing end date is NULL, not "", since "" is no DATE.
          if f.dateEnd == nil { #expect(row["date_end"] as DatabaseValue == .null) }
          // The R-tree box holds every position of the feature (32-bit floats, rounded outwards).
          let box = try #require(
            try Row.fetchOne(db, sql: "SELECT * FROM rtree_\(t)_geom WHERE id = ?", arguments: [fid]))
          for c in GeoPackageGeometry.coordinates(f.geometry) {
            #expect((box["minx"] as Double) <= c.longitude && c.longitude <= (box["maxx"] as Double))
            #expect((box["miny"] as Double) <= c.latitude && c.latitude <= (box["maxy"] as Double))
          }
        }
        let types = try String.fetchAll(
          db,
          sql:
            "SELECT DISTINCT typeof(confidence) || ',' || typeof(quote_start) || ',' || typeof(uid) FROM \(t)"
        )
        #expect(types == (layer.features.isEmpty ? [] : ["real,integer,text"]))
      }
      let places = try #require(layers.first { $0.suffix == "places" })
      let e = try #require(
        GeoPackageGeometry.envelope(places.features.flatMap { GeoPackageGeometry.coordinates($0.geometry) }))
      let bounds = try #require(
        try Row.fetchOne(
          db, sql: "SELECT min_x, max_x, min_y, max_y FROM gpkg_contents WHERE table_name = 'places'"))
      #expect([bounds[0], bounds[1], bounds[2], bounds[3]] as [Double] == [e.minX, e.maxX, e.minY, e.maxY])
    }
  }

  /// Arabic text and characters SQL and XML care about come back unchanged.
  @Test func arabicQuotesSurviveExactly() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let (url, layers) = try Self.write(try FixtureSituations.seed(), stem: "seed", in: dir)
    let corridors = try #require(layers.first { $0.suffix == "corridors" })
    let queue = try DatabaseQueue(path: url.path)
    try queue.read { db in
      for f in corridors.features {
        guard case .string(let quote)? = f.properties.first(where: { $0.key == "quote" })?.value else {
          Issue.record("corridor without quote")
          continue
        }
        let stored = try String.fetchOne(
          db, sql: "SELECT quote FROM corridors WHERE uid = ?", arguments: [f.uid])
        #expect(stored == quote)
      }
      let yarmouk = try String.fetchOne(db, sql: "SELECT name_ar FROM places WHERE name = 'Yarmouk camp'")
      #expect(yarmouk == "مخيم اليرموك")
    }
  }

  /// Writing again through the store updates rows by uid: no duplicate, first_seen kept,
  /// last_seen advanced, the R-tree follows the moved geometry (the step `--merge` builds on).
  @Test func upsertByUIDKeepsFirstSeenAndMovesTheIndex() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let (url, layers) = try Self.write(try FixtureSituations.seed(), stem: "seed", in: dir)
    let places = try #require(layers.first { $0.suffix == "places" })
    let raqqa = try #require(places.features.first { $0.name == "Raqqa" })
    let later = try #require(CalendarDate(iso: "2017-10-17"))
    let moved = ExportFeature(
      id: raqqa.id, uid: raqqa.uid, geometry: .point(Coordinate(longitude: 39.01, latitude: 35.95)),
      properties: raqqa.properties, name: raqqa.name, nameAr: raqqa.nameAr, quote: raqqa.quote, date: later,
      dateEnd: nil, styleID: raqqa.styleID)
    let queue = try DatabaseQueue(path: url.path, configuration: GeoPackageWriter.configuration)
    let raqqaFID = try queue.read {
      try Int64.fetchOne($0, sql: "SELECT fid FROM places WHERE uid = ?", arguments: [raqqa.uid])
    }
    try queue.write { db in
      let store = GeoPackageStore(db: db, now: "2017-10-17T00:00:00.000Z")
      try store.upsert(moved, into: "places", columns: GeoPackageColumn.columns(of: places))
      try store.refreshExtent(of: "places")
    }
    try queue.read { db in
      #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM places") == places.features.count)
      let row = try #require(
        try Row.fetchOne(
          db, sql: "SELECT first_seen, last_seen FROM places WHERE uid = ?", arguments: [raqqa.uid]))
      #expect(row[0] == "2017-07-04")
      #expect(row[1] == "2017-10-17")
      let fid = try Int64.fetchOne(db, sql: "SELECT fid FROM places WHERE uid = ?", arguments: [raqqa.uid])
      #expect(fid == raqqaFID)
      let box = try #require(
        try Row.fetchOne(
          db, sql: "SELECT minx, maxx FROM rtree_places_geom WHERE id = ?", arguments: [raqqaFID]))
      #expect(abs((box[0] as Double) - 39.01) < 1e-5)
      #expect(abs((box[1] as Double) - 39.01) < 1e-5)
      #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM rtree_places_geom") == places.features.count)
    }
  }

  @Test func replacesAnExistingFile() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent("s.gpkg")
    try Data("old contents".utf8).write(to: url)
    let layers = ExportLayers.build(try MapLayers(situation: try FixtureSituations.english()))
    try GeoPackageWriter().write(layers, title: "s", to: url)
    let queue = try DatabaseQueue(path: url.path)
    #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM gpkg_contents") } == 3)
  }

  @Test func missingFolderIsAOneLineErrorNamingTheFile() throws {
    let url = URL(fileURLWithPath: "/nonexistent-geomap-folder/s.gpkg")
    let layers = ExportLayers.build(try MapLayers(situation: try FixtureSituations.seed()))
    let error = try #require(throws: GeomapError.self) {
      try GeoPackageWriter().write(layers, title: "s", to: url)
    }
    #expect(error.kind == .output)
    #expect(error.description.hasPrefix("/nonexistent-geomap-folder/s.gpkg: cannot write the GeoPackage"))
    #expect(!error.description.contains("\n"))
  }

  /// A layer with no features still gets a table, registered and styled, that readers open.
  @Test func emptyLayerKeepsItsTable() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent("e.gpkg")
    try GeoPackageWriter().write(
      [ExportLayer(name: "Zones", suffix: "zones", features: [])], title: "e", to: url)
    let queue = try DatabaseQueue(path: url.path)
    try queue.read { db in
      let type = try String.fetchOne(db, sql: "SELECT geometry_type_name FROM gpkg_geometry_columns")
      let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM zones")
      let minX = try DatabaseValue.fetchOne(db, sql: "SELECT min_x FROM gpkg_contents")
      #expect(type == "POLYGON")
      #expect(count == 0)
      #expect(minX == .null)
    }
  }
}
