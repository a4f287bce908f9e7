import Foundation
import Testing

@testable import GeomapCore

@Suite struct GeoJSONWriterTests {
  static func exportSeed() throws -> (dir: URL, files: [URL]) {
    let dir = try temporaryDirectory()
    return (dir, try exportAllFormats(try FixtureSituations.seed(), stem: "seed", to: dir))
  }

  @Test func seedLayersHaveTheExpectedGeometryAndCounts() throws {
    let (dir, _) = try Self.exportSeed()
    defer { try? FileManager.default.removeItem(at: dir) }
    let expected: [(String, String, Int)] = [
      ("places", "Point", 13), ("corridors", "LineString", 6), ("zones", "Polygon", 2),
    ]
    for (suffix, type, count) in expected {
      let file = try GeoJSONFile(dir.appendingPathComponent("seed.\(suffix).geojson"))
      #expect(file.object["type"] as? String == "FeatureCollection")
      #expect(file.object["crs"] == nil)
      #expect(file.features.count == count, "\(suffix)")
      for f in file.features { #expect(GeoJSONFile.geometryType(f) == type) }
    }
  }

  @Test func positionsAreLonLatInsideSyriaAndIraqWithSixDecimalsAtMost() throws {
    let (dir, files) = try Self.exportSeed()
    defer { try? FileManager.default.removeItem(at: dir) }
    for url in files where url.pathExtension == "geojson" {
      let file = try GeoJSONFile(url)
      for f in file.features {
        #expect(positionsOutsideSyriaIraq(GeoJSONFile.positions(f)).isEmpty, "\(url.lastPathComponent)")
      }
      let text = try String(contentsOf: url, encoding: .utf8)
      #expect(text.range(of: #"\d\.\d{7,}"#, options: .regularExpression) == nil)
      #expect(text.hasSuffix("]}\n"))
    }
    // The check itself catches swapped coordinates: Raqqa as [35.95, 39.01] is outside.
    #expect(positionsOutsideSyriaIraq([[35.9528, 39.0079]]).count == 1)
  }

  @Test func corridorsStartAtTheOriginAndEndAtTheDestination() throws {
    let (dir, _) = try Self.exportSeed()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = try GeoJSONFile(dir.appendingPathComponent("seed.corridors.geojson"))
    let palmyra = try #require(
      file.features.first { GeoJSONFile.properties($0)["to_id"] as? String == "gn:163808" })
    let cs = GeoJSONFile.positions(palmyra)
    #expect(cs.first == [39.0079, 35.9528])
    #expect(cs.last == [38.2684, 34.5601])
    let p = GeoJSONFile.properties(palmyra)
    #expect(p["events"] as? Int == 2)
    #expect(p["movement"] as? String == "withdrawal;convoy")
    #expect((p["quote"] as? String)?.contains("عناصر داعش بدأوا بالتحرك من الرقة نحو تدمر") == true)
    #expect((p["notes"] as? String)?.contains("Russian strikes") == true)
  }

  @Test func zoneRingsAreClosedCounterClockwiseAndStillValidAfterRounding() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    _ = try exportAllFormats(try FixtureSituations.english(), stem: "en", to: dir)
    let file = try GeoJSONFile(dir.appendingPathComponent("en.zones.geojson"))
    #expect(file.features.count == 4)
    let context = try GEOSContext()
    for f in file.features {
      let rings = try #require((f["geometry"] as? [String: Any])?["coordinates"] as? [[[Double]]])
      for (i, ring) in rings.enumerated() {
        #expect(ring.count >= 4)
        #expect(ring.first == ring.last)
        let cs = ring.map { Coordinate(longitude: $0[0], latitude: $0[1]) }
        #expect((Polygon.signedArea2(cs) > 0) == (i == 0))
      }
      let shell = rings[0].map { Coordinate(longitude: $0[0], latitude: $0[1]) }
      let projection = LocalProjection(center: shell[0])
      #expect(try context.polygon(ring: shell.map(projection.forward)).isValid)
    }
    let contested = file.features.filter { GeoJSONFile.properties($0)["control"] as? String == "contested" }
    #expect(contested.count == 1)
    #expect(GeoJSONFile.properties(contested[0])["actor"] as? String == "REGIME;SDF")
  }

  @Test func everyPropertyKeepsOneTypeAndOneOrderAndIdsAreUniquePositiveIntegers() throws {
    var ids = Set<Int>()
    var uids = Set<String>()
    for build in [FixtureSituations.seed, FixtureSituations.english] {
      let dir = try temporaryDirectory()
      defer { try? FileManager.default.removeItem(at: dir) }
      let files = try exportAllFormats(try build(), stem: "r", to: dir)
      var reportIDs = Set<Int>()
      for url in files where url.pathExtension == "geojson" {
        let text = try String(contentsOf: url, encoding: .utf8)
        let file = try GeoJSONFile(url)
        var types: [String: String] = [:]
        for f in file.features {
          let id = try #require(f["id"] as? Int)
          #expect(id > 0 && id < 1 << 53)
          #expect(reportIDs.insert(id).inserted)
          let props = GeoJSONFile.properties(f)
          let uid = try #require(props["uid"] as? String)
          if uids.insert(uid).inserted { ids.insert(id) }
          for (key, value) in props {
            let t = value is String ? "string" : value is NSNumber ? "number" : "other"
            #expect(t != "other", "\(key) has no scalar type")
            #expect(types[key, default: t] == t, "\(key) changes type in \(url.lastPathComponent)")
            types[key] = t
          }
        }
        // Same keys in the same order on every line.
        let keyOrders = text.split(separator: "\n").filter { $0.hasPrefix("{\"type\":\"Feature\"") }.map {
          line in
          line.components(separatedBy: "\"properties\":")[1].matches(of: /"([a-z_0-9]+)":/).map {
            String($0.1)
          }
        }
        #expect(Set(keyOrders.map { $0.joined(separator: ",") }).count <= 1)
      }
    }
    #expect(ids.count == uids.count)
  }

  @Test func reExportIsByteIdentical() throws {
    let (a, filesA) = try Self.exportSeed()
    let (b, filesB) = try Self.exportSeed()
    defer {
      try? FileManager.default.removeItem(at: a)
      try? FileManager.default.removeItem(at: b)
    }
    for (x, y) in zip(filesA, filesB) {
      #expect(try Data(contentsOf: x) == Data(contentsOf: y), "\(x.lastPathComponent)")
    }
  }

  @Test func jsonStringsEscapeControlsButKeepArabicAndRoundTrip() throws {
    let nasty = "<b>\"Raqqa\" & 'Mayadin' ]]> </kml>\u{0}\u{1}\u{1B}\t\n\\ /\u{2028} الرقة"
    let literal = GeoJSONWriter.string(nasty)
    #expect(literal.contains("الرقة"))
    #expect(literal.contains("\\u0000") && literal.contains("\\u001b") && literal.contains("\\u2028"))
    let parsed = try JSONSerialization.jsonObject(with: Data("[\(literal)]".utf8)) as? [String]
    #expect(parsed == [nasty])
  }

  @Test func numbersAreFormattedWithoutLocaleOrBinaryNoise() {
    #expect(NumberFormat.decimal(35.9528) == "35.9528")
    #expect(NumberFormat.decimal(39.00788) == "39.00788")
    #expect(NumberFormat.decimal(0.1 + 0.2, decimals: 3) == "0.3")
    #expect(NumberFormat.decimal(12.3456785) == "12.345679")
    #expect(NumberFormat.decimal(-36.0000004) == "-36")
    #expect(NumberFormat.decimal(-0.0000001) == "0")
    #expect(NumberFormat.decimal(40) == "40")
    #expect(NumberFormat.decimal(.nan) == "0")
    #expect(NumberFormat.decimal(-1.5, decimals: 0) == "-2")
  }
}
