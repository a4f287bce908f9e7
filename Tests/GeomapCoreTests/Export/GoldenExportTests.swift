import Foundation
import Testing

@testable import GeomapCore

/// Every fixture report through every format, compared byte for byte with its golden files.
@Suite struct GoldenExportTests {
  static let cases: [(stem: String, build: @Sendable () throws -> Situation)] = [
    ("seed-000.ar", FixtureSituations.seed),
    ("deir-ez-zor-2017-09.en", FixtureSituations.english),
  ]

  @Test(arguments: 0..<cases.count)
  func matchesGolden(_ index: Int) throws {
    let (stem, build) = Self.cases[index]
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let files = try exportAllFormats(try build(), stem: stem, to: dir)
    #expect(
      files.map(\.lastPathComponent) == [
        "\(stem).places.geojson", "\(stem).corridors.geojson", "\(stem).zones.geojson", "\(stem).kml",
        "\(stem).kmz",
      ])
    for url in files where url.pathExtension != "kmz" {
      try Golden.check(try Data(contentsOf: url), url.lastPathComponent)
    }
    let kmz = dir.appendingPathComponent("\(stem).kmz")
    try Golden.check(Data(try zipListing(kmz).utf8), "\(stem).kmz.txt")
  }

  /// The Situation JSON the CLI tests feed to `geomap export --situation-json`.
  @Test(arguments: 0..<cases.count)
  func situationJSONMatchesGolden(_ index: Int) throws {
    let (stem, build) = Self.cases[index]
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    var data = try encoder.encode(try build())
    data.append(0x0A)
    try Golden.check(data, "\(stem).situation.json")
  }
}
