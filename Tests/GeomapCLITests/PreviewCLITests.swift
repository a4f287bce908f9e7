import Foundation
import Testing

/// `geomap export --preview` run as a binary.
@Suite struct PreviewCLITests {
  @Test func previewFlagAddsSVGAndHTMLNextToTheOtherOutputs() throws {
    let dir = try ExportCLITests.tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = try runGeomap([
      "export", "--situation-json", ExportCLITests.englishJSON, "--geojson", "--preview", "-o", dir.path,
      "--summary", "json",
    ])
    #expect(out.status == 0, "\(out.stderr)")
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    #expect(
      names == [
        "deir-ez-zor-2017-09.en.corridors.geojson", "deir-ez-zor-2017-09.en.html",
        "deir-ez-zor-2017-09.en.places.geojson", "deir-ez-zor-2017-09.en.svg",
        "deir-ez-zor-2017-09.en.zones.geojson",
      ])
    let svg = try String(
      contentsOf: dir.appendingPathComponent("deir-ez-zor-2017-09.en.svg"), encoding: .utf8)
    #expect(svg.contains(">Situation map — deir-ez-zor-2017-09.en.txt</text>"))
    // The bundled basemap was found: the sea/land background and the Euphrates are drawn.
    #expect(svg.contains("<g class=\"basemap\""))
    let html = try String(
      contentsOf: dir.appendingPathComponent("deir-ez-zor-2017-09.en.html"), encoding: .utf8)
    #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
    #expect(out.stdout.contains("deir-ez-zor-2017-09.en.html"))
  }

  @Test func withoutTheFlagNoPreviewIsWritten() throws {
    let dir = try ExportCLITests.tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = try runGeomap(["export", "--situation-json", ExportCLITests.seedJSON, "-o", dir.path])
    #expect(out.status == 0, "\(out.stderr)")
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
    #expect(!names.contains { $0.hasSuffix(".svg") || $0.hasSuffix(".html") })
  }
}
