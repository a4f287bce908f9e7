import Foundation
import Testing

@testable import GeomapCore
@testable import GeomapGPKG

/// The QML documents stored in `layer_styles`.
@Suite struct QGISStyleTests {
  @Test func escapingCoversMarkupQuotesAndControlCharacters() {
    #expect(QGISStyle.escaped("a<b & \"c\" 'd'>") == "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;")
    #expect(QGISStyle.escaped("سطر\nثان\u{0007}") == "سطر&#10;ثان")
  }

  @Test func coloursAreQGISText() {
    #expect(QGISStyle.qgisColor("D7191C") == "215,25,28,255")
    #expect(QGISStyle.qgisColor("1A1A1A", alpha: 90) == "26,26,26,90")
  }

  /// One category per actor that holds a feature alone, in code order, and a catch-all last.
  @Test func categoriesFollowTheActorsOfTheLayer() throws {
    let layers = ExportLayers.build(try MapLayers(situation: try FixtureSituations.english()))
    let zones = try #require(layers.first { $0.suffix == "zones" })
    let categories = QGISStyle.categories(for: zones)
    #expect(categories.map(\.value) == ["ISIS", "REGIME", "SDF", ""])
    #expect(categories.last?.rgb == ActorStyle.contested.rgb)
    #expect(categories.first?.label == "ISIS — داعش")
  }

  /// Every stored style is well-formed XML (xmllint) with the QGIS root and a categorized renderer.
  @Test func qmlIsWellFormed() throws {
    guard let xmllint = ExternalTools.require("xmllint") else { return }
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    for build in [FixtureSituations.seed, FixtureSituations.english] {
      for layer in ExportLayers.build(try MapLayers(situation: try build())) {
        let qml = QGISStyle.qml(for: layer, geometryType: GeoPackageWriter.geometryType(of: layer))
        let file = dir.appendingPathComponent("\(layer.suffix).qml")
        try Data(qml.utf8).write(to: file)
        let out = try ExternalTools.run(xmllint, ["--noout", file.path])
        #expect(out.status == 0, "\(layer.suffix): \(out.stderr)")
        #expect(qml.contains("<renderer-v2 type=\"categorizedSymbol\" attr=\"actor\""))
      }
    }
  }
}
