import Foundation
import Testing
import ZIPFoundation

@testable import GeomapCore

/// What `ogrinfo -ro -so -al` says about one layer.
struct OGRLayer {
  var name: String
  var geometry: String
  var featureCount: Int
  var fields: [String: String]
}

/// Runs ogrinfo on `path` and parses its summary; nil (after saying why) when ogrinfo is missing.
func ogrLayers(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String:
  OGRLayer]?
{
  guard let ogrinfo = ExternalTools.require("ogrinfo", sourceLocation: sourceLocation) else { return nil }
  let out = try ExternalTools.run(ogrinfo, ["-ro", "-so", "-al", path])
  #expect(out.status == 0, "ogrinfo \(path): \(out.stderr)", sourceLocation: sourceLocation)
  var layers: [String: OGRLayer] = [:]
  for block in out.stdout.components(separatedBy: "Layer name: ").dropFirst() {
    let lines = block.split(separator: "\n").map(String.init)
    var layer = OGRLayer(
      name: lines[0].trimmingCharacters(in: .whitespaces), geometry: "", featureCount: -1, fields: [:])
    var inFields = false
    for line in lines.dropFirst() {
      if line.hasPrefix("Geometry: ") { layer.geometry = String(line.dropFirst(10)) }
      if line.hasPrefix("Feature Count: ") { layer.featureCount = Int(line.dropFirst(15)) ?? -1 }
      if line.hasPrefix("Data axis to CRS axis mapping") { inFields = true; continue }
      if inFields, let colon = line.range(of: ": ") {
        layer.fields[String(line[..<colon.lowerBound])] = String(line[colon.upperBound...])
      }
    }
    layers[layer.name] = layer
  }
  return layers
}

/// Geometry types of each feature of one layer (`ogrinfo -geom=SUMMARY`), e.g. ["POINT", "POINT"].
func ogrGeometryTypes(_ path: String, layer: String) throws -> [String] {
  guard let ogrinfo = ExternalTools.path(of: "ogrinfo") else { return [] }
  let out = try ExternalTools.run(ogrinfo, ["-ro", "-q", "-geom=SUMMARY", path, layer])
  return out.stdout.split(separator: "\n").compactMap { line in
    let t = line.trimmingCharacters(in: .whitespaces)
    guard line.hasPrefix("  "), let word = t.split(separator: " ").first, word == word.uppercased(),
      ["POINT", "LINESTRING", "MULTILINESTRING", "POLYGON", "MULTIPOLYGON", "GEOMETRYCOLLECTION"].contains(
        String(word))
    else { return nil }
    return String(word)
  }
}

/// Real readers on every fixture's output: xmllint with the KML 2.2 schema, GDAL's GeoJSON and LIBKML drivers.
@Suite struct ReaderTests {
  static let cases: [(stem: String, build: @Sendable () throws -> Situation, counts: [String: Int])] = [
    ("seed-000.ar", FixtureSituations.seed, ["Places": 13, "Corridors": 6, "Zones": 2]),
    ("deir-ez-zor-2017-09.en", FixtureSituations.english, ["Places": 6, "Corridors": 3, "Zones": 4]),
    ("nasty", { hostileSituation() }, ["Places": 2, "Corridors": 1, "Zones": 1]),
  ]
  static let geometry = ["Places": "Point", "Corridors": "Line String", "Zones": "Polygon"]
  static let kmlGeometry = ["Places": "POINT", "Corridors": "MULTILINESTRING", "Zones": "POLYGON"]
  static let commonFields = [
    "uid", "kind", "name_ar", "actor", "movement", "status", "date", "date_end", "confidence", "source",
    "quote",
    "quote_start", "quote_end", "geo_precision", "notes",
  ]
  static let layerFields = [
    "Places": ["gazetteer_id", "geonameid", "country", "admin1", "mentions"],
    "Corridors": ["from_name", "from_name_ar", "to_name", "to_name_ar", "from_id", "to_id", "events"],
    "Zones": ["control", "partial", "places", "place_ids", "area_km2"],
  ]

  @Test(arguments: 0..<cases.count)
  func gdalAndXMLLintReadEveryFormat(_ index: Int) throws {
    let (stem, build, counts) = Self.cases[index]
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    _ = try exportAllFormats(try build(), stem: stem, to: dir)

    try validateWithXMLLint(dir.appendingPathComponent("\(stem).kml"))

    for (layer, count) in counts {
      let path = dir.appendingPathComponent("\(stem).\(layer.lowercased()).geojson").path
      guard let layers = try ogrLayers(path) else { return }
      let info = try #require(layers[layer], "GeoJSON layer \(layer) in \(Array(layers.keys))")
      #expect(info.geometry == Self.geometry[layer])
      #expect(info.featureCount == count, "\(stem) \(layer)")
      for field in Self.commonFields + ["name"] + (Self.layerFields[layer] ?? []) {
        #expect(info.fields[field] != nil, "\(stem) GeoJSON \(layer) lacks \(field)")
      }
      #expect(info.fields["confidence"] == "Real (0.0)")
      #expect(info.fields["quote_start"] == "Integer (0.0)")
    }

    for file in ["\(stem).kml", "\(stem).kmz"] {
      let path = dir.appendingPathComponent(file).path
      guard let layers = try ogrLayers(path) else { return }
      #expect(Set(layers.keys) == ["Places", "Corridors", "Zones"], "\(file)")
      for (layer, count) in counts {
        let info = try #require(layers[layer])
        #expect(info.featureCount == count, "\(file) \(layer)")
        // LIBKML turns every ExtendedData/Data into a field.
        for field in Self.commonFields + ["name_en"] + (Self.layerFields[layer] ?? []) {
          #expect(info.fields[field] != nil, "\(file) \(layer) lacks \(field)")
        }
        let types = try ogrGeometryTypes(path, layer: layer)
        #expect(types.count == count)
        #expect(types.allSatisfy { $0 == Self.kmlGeometry[layer] }, "\(file) \(layer): \(types)")
      }
    }
  }

  @Test func kmzHoldsDocKMLFirstWithTheKMLBytesAndIsDeterministic() throws {
    let a = try temporaryDirectory()
    let b = try temporaryDirectory()
    defer {
      try? FileManager.default.removeItem(at: a)
      try? FileManager.default.removeItem(at: b)
    }
    _ = try exportAllFormats(try FixtureSituations.seed(), stem: "seed", to: a)
    _ = try exportAllFormats(try FixtureSituations.seed(), stem: "seed", to: b)
    let kmz = a.appendingPathComponent("seed.kmz")
    let archive = try Archive(url: kmz, accessMode: .read)
    let entries = Array(archive)
    #expect(entries.map(\.path) == ["doc.kml"])
    var content = Data()
    _ = try archive.extract(entries[0]) { content.append($0) }
    #expect(content == (try Data(contentsOf: a.appendingPathComponent("seed.kml"))))
    #expect(try Data(contentsOf: kmz) == Data(contentsOf: b.appendingPathComponent("seed.kmz")))
    // The local header of the first entry starts the file and names doc.kml (offset 30).
    let bytes = try Data(contentsOf: kmz)
    #expect(bytes.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]))
    #expect(String(decoding: bytes[30..<37], as: UTF8.self) == "doc.kml")
  }
}
