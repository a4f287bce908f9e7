import Foundation
import Testing

/// The seed report in the core test fixtures.
private func seedPath(_ name: String = "seed-000.ar.txt") -> String {
  URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("GeomapCoreTests/Fixtures/reports/\(name)").path
}

/// True when the built binary finds its gazetteer (bundled index, or GEOMAP_GEODATA).
private let gazetteerAvailable: Bool = {
  (try? runGeomap(["lookup", "Raqqa"]))?.status == 0
}()

@Suite struct PlacesCLITests {
  @Test func badDateIsUsageError() throws {
    let out = try runGeomap(["places", seedPath(), "--date", "2017-13-40"])
    #expect(out.status == 64)
    #expect(out.stderr.contains("--date takes a day as YYYY-MM-DD"))
  }

  @Test func missingFileIsOneLineError() throws {
    let out = try runGeomap(["places", "/nonexistent/report.txt"])
    #expect(out.status == 2)
    #expect(out.stderr == "/nonexistent/report.txt: file is not readable or does not exist\n")
  }

  @Test func nonUTF8FileIsOneLineError() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "geomap-latin1-\(UUID().uuidString).txt")
    try Data([0x52, 0x61, 0x71, 0x71, 0x61, 0xE9, 0xFF]).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let out = try runGeomap(["inspect", url.path])
    #expect(out.status == 2)
    #expect(out.stderr.hasPrefix("\(url.path): bytes are not valid utf-8"))
    #expect(out.stderr.split(separator: "\n").count == 1)
  }

  @Test(.enabled(if: gazetteerAvailable)) func seedPlacesAsJSON() throws {
    let out = try runGeomap(["places", seedPath(), "--format", "json", "--date", "2017-07-04"])
    #expect(out.status == 0)
    let docs = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]])
    #expect(docs.count == 1)
    #expect(docs[0]["date"] as? String == "2017-07-04")
    let places = try #require(docs[0]["places"] as? [[String: Any]])
    let names = Set(places.compactMap { $0["name"] as? String })
    for expected in [
      "Raqqa", "Mayadin", "Albukamal", "Palmyra", "Hajar al-Aswad", "Yarmouk camp", "Tadamon", "Asali",
      "Deir ez-Zor", "Damascus", "Mosul", "Syria–Iraq border area", "southern Homs countryside",
    ] {
      #expect(names.contains(expected), "missing \(expected)")
    }
    #expect(!names.contains("Al-Bab"))
    let first = try #require(places.first)
    for key in [
      "surface", "start", "end", "name", "name_ar", "lat", "lon", "id", "geonameid", "country", "confidence",
    ] {
      #expect(first.keys.contains(key), "missing key \(key)")
    }
  }

  @Test(.enabled(if: gazetteerAvailable)) func inspectShowsEveryStage() throws {
    let out = try runGeomap(["inspect", seedPath(), "--format", "json", "--date", "2017-07-04"])
    #expect(out.status == 0)
    let obj = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
    for key in ["tokenCount", "recognized", "resolved", "actors", "situation", "date"] {
      #expect(obj.keys.contains(key), "missing \(key)")
    }
    let situation = try #require(obj["situation"] as? [String: Any])
    #expect((situation["movements"] as? [Any])?.count == 6)
    // Same input, same bytes.
    let again = try runGeomap(["inspect", seedPath(), "--format", "json", "--date", "2017-07-04"])
    #expect(again.stdout == out.stdout)
  }
}
