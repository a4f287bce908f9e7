import Foundation
import Testing

@testable import GeomapCore
@testable import GeomapGPKG

/// The GeoPackage of each fixture through real readers: GDAL's ogrinfo and validator, and QGIS.
@Suite struct GeoPackageReaderTests {
  static let cases = GeoPackageWriterTests.cases

  /// `ogrinfo -so -al` summary: layer name → (geometry, feature count).
  static func ogrSummary(_ text: String) -> [String: (geometry: String, count: Int)] {
    var result: [String: (String, Int)] = [:]
    var layer = ""
    var geometry = ""
    for line in text.split(separator: "\n").map(String.init) {
      if line.hasPrefix("Layer name: ") { layer = String(line.dropFirst("Layer name: ".count)) }
      if line.hasPrefix("Geometry: ") { geometry = String(line.dropFirst("Geometry: ".count)) }
      if line.hasPrefix("Feature Count: "), let n = Int(line.dropFirst("Feature Count: ".count)) {
        result[layer] = (geometry, n)
      }
    }
    return result
  }

  @Test(arguments: 0..<cases.count)
  func ogrinfoListsTheThreeLayers(_ index: Int) throws {
    guard let ogrinfo = ExternalTools.require("ogrinfo") else { return }
    let (stem, build) = Self.cases[index]
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let (url, layers) = try GeoPackageWriterTests.write(try build(), stem: stem, in: dir)
    let out = try ExternalTools.run(ogrinfo, ["-ro", "-so", "-al", url.path])
    #expect(out.status == 0, "\(out.stderr)")
    #expect(!out.stderr.contains("ERROR"), "\(out.stderr)")
    let summary = Self.ogrSummary(out.stdout)
    let expected = ["places": "Point", "corridors": "Line String", "zones": "Polygon"]
    for layer in layers {
      let found = try #require(summary[layer.suffix], "ogrinfo does not list \(layer.suffix)")
      #expect(found.geometry == expected[layer.suffix])
      #expect(found.count == layer.features.count)
      #expect(found.count > 0)
    }
  }

  @Test(arguments: 0..<cases.count)
  func gdalValidatorFindsNothing(_ index: Int) throws {
    guard let validator = ExternalTools.gpkgValidator(), let python = ExternalTools.systemPython else {
      return
    }
    let (stem, build) = Self.cases[index]
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let (url, _) = try GeoPackageWriterTests.write(try build(), stem: stem, in: dir)
    // -k: report every problem, --extra: checks beyond the strict requirements, warnings fail too.
    let out = try ExternalTools.run(python, [validator, "-k", "--extra", "--warning-as-error", url.path])
    #expect(out.status == 0, "\(out.stdout)\(out.stderr)")
    #expect(out.stdout.isEmpty, "\(out.stdout)")
  }

  /// The validator is not a rubber stamp: a GeoPackage missing one R-tree trigger fails it.
  @Test func gdalValidatorRejectsAMissingTrigger() throws {
    guard let validator = ExternalTools.gpkgValidator(), let python = ExternalTools.systemPython,
      let sqlite3 = ExternalTools.require("sqlite3")
    else { return }
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let (url, _) = try GeoPackageWriterTests.write(try FixtureSituations.seed(), stem: "seed", in: dir)
    let drop = try ExternalTools.run(sqlite3, [url.path, "DROP TRIGGER rtree_places_geom_update3"])
    #expect(drop.status == 0)
    let out = try ExternalTools.run(python, [validator, "-k", "--extra", url.path])
    #expect(out.status != 0)
    #expect(out.stdout.contains("rtree_places_geom_update3"))
  }

  struct QGISReport: Decodable {
    struct Layer: Decodable {
      struct Category: Decodable, Hashable {
        var value: String
        var color: String
      }
      var name: String
      var valid: Bool
      var features: Int
      var renderer: String?
      var labels: Bool
      var attribute: String
      var categories: [Category]
      var symbolLayers: [String]
      var labelExpression: String
      var featureColors: [String: String]
    }
    var layers: [Layer]
    var pixels: [String: Int]?
  }

  /// `#rrggbb` of a KML style id (`actor-ISIS`, `contested`, `place`).
  static func colour(ofStyle id: String) -> String {
    let style: ActorStyle
    if id == "contested" {
      style = .contested
    } else if id.hasPrefix("actor-"), let actor = Actor(rawValue: String(id.dropFirst("actor-".count))) {
      style = .of(actor)
    } else {
      style = .neutralPlace
    }
    return "#" + style.rgb.lowercased()
  }

  /// QGIS opens each layer with the stored default style: categorized by actor in faction
  /// colours, arrows on corridors, labels from name and name_ar; a render shows those colours.
  @Test(arguments: 0..<cases.count)
  func qgisAppliesTheStoredStyles(_ index: Int) throws {
    guard let python = ExternalTools.python(importing: "qgis.core", package: "python3-qgis") else { return }
    let (stem, build) = Self.cases[index]
    let situation = try build()
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let (url, layers) = try GeoPackageWriterTests.write(situation, stem: stem, in: dir)
    let script = Fixtures.sourceDirectory.appendingPathComponent("gpkg/qgis_probe.py").path
    let png = dir.appendingPathComponent("\(stem).png")
    let out = try ExternalTools.run(
      python, [script, url.path, png.path],
      environment: ["QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": dir.path])
    #expect(out.status == 0, "\(out.stderr)")
    let report = try JSONDecoder().decode(QGISReport.self, from: Data(out.stdout.utf8))
    #expect(report.layers.map(\.name) == ["places", "corridors", "zones"])
    for (layer, exported) in zip(report.layers, layers) {
      #expect(layer.valid)
      #expect(layer.features == exported.features.count)
      #expect(layer.renderer == "categorizedSymbol")
      #expect(layer.attribute == "actor")
      #expect(layer.labels)
      #expect(layer.labelExpression.contains("\"name\"") && layer.labelExpression.contains("\"name_ar\""))
      // Every actor holding a feature alone has its faction colour; a catch-all ("") remains.
      let actors = Set(situation.movements.map(\.actor) + situation.control.map(\.actor))
      for actor in actors where layer.name != "places" {
        let colour = "#" + ActorStyle.of(actor).rgb.lowercased()
        #expect(
          layer.categories.contains(.init(value: actor.rawValue, color: colour)), "\(layer.name) \(actor)")
      }
      #expect(layer.categories.last?.value == "")
    }
    // Each feature is drawn in the colour its KML style names: the actor's, contested, or neutral.
    for (layer, exported) in zip(report.layers, layers) {
      for f in exported.features {
        #expect(layer.featureColors[f.uid] == Self.colour(ofStyle: f.styleID), "\(f.uid) (\(f.styleID))")
      }
    }
    #expect(report.layers.first { $0.name == "corridors" }?.symbolLayers == ["ArrowLine"])
    #expect(report.layers.first { $0.name == "places" }?.symbolLayers == ["SimpleMarker"])
    #expect(report.layers.first { $0.name == "zones" }?.symbolLayers == ["SimpleFill"])
    // The rendered map shows each actor's colour.
    let pixels = try #require(report.pixels)
    for actor in Set(situation.movements.map(\.actor)) {
      #expect(
        (pixels["#" + ActorStyle.of(actor).rgb.lowercased()] ?? 0) > 0, "no \(actor) colour in the render")
    }
    #expect(FileManager.default.fileExists(atPath: png.path))
  }
}
