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
    for key in ["tokenCount", "entries", "recognized", "resolved", "actors", "situation", "date"] {
      #expect(obj.keys.contains(key), "missing \(key)")
    }
    let situation = try #require(obj["situation"] as? [String: Any])
    #expect((situation["movements"] as? [Any])?.count == 6)
    // Same input, same bytes.
    let again = try runGeomap(["inspect", seedPath(), "--format", "json", "--date", "2017-07-04"])
    #expect(again.stdout == out.stdout)
  }

  /// A report that names no place is no error of the input, but the exit code says nothing was
  /// resolved (README: 1) and stderr says which report, as `export` does; `places` and `inspect`
  /// exited 1 without a word.
  @Test(.enabled(if: gazetteerAvailable)) func reportWithoutPlacesIsNamedOnStderr() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("geomap-noplace-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let arabic = dir.appendingPathComponent("statement.ar.txt").path
    let english = dir.appendingPathComponent("statement.en.txt").path
    try Data("قال المتحدث باسم الوفد إن الاجتماع انتهى دون اتفاق على موعد الجولة المقبلة.\n".utf8)
      .write(to: URL(fileURLWithPath: arabic))
    try Data("The spokesman said the meeting ended without agreement on the next round.\n".utf8)
      .write(to: URL(fileURLWithPath: english))
    for path in [arabic, english] {
      let inspected = try runGeomap(["inspect", path])
      #expect(inspected.status == 1)
      #expect(inspected.stderr == "\(path): warning: no place could be resolved\n")
      let listed = try runGeomap(["places", path])
      #expect(listed.status == 1)
      #expect(listed.stderr == "\(path): warning: no place could be resolved\n")
    }
    // With a report that does name places the run succeeds, and only the empty one is named.
    let both = try runGeomap(["places", seedPath(), arabic])
    #expect(both.status == 0)
    #expect(both.stderr.contains("\(arabic): warning: no place could be resolved"))
    #expect(!both.stderr.contains("seed-000.ar.txt: warning: no place"))
  }

  /// A report naming a village with some thirty namesakes 500 times: each mention's candidates used
  /// to be written whole four times (≈ 80 KB of JSON per mention; 8,000 mentions took 2.8 GB of
  /// memory). Each entry is now written once under `entries` and referred to by id, and a mention
  /// still names the rivals its entry beat, with their scores.
  @Test(.enabled(if: gazetteerAvailable)) func inspectWritesEachEntryOnce() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("geomap-mazraa-\(UUID().uuidString).txt")
    defer { try? FileManager.default.removeItem(at: url) }
    try Data(String(repeating: "Fighting reached the village of Mazraa. ", count: 500).utf8).write(to: url)
    let out = try runGeomap(["inspect", url.path])
    #expect(out.status == 0)
    #expect(out.stdout.utf8.count < 500 * 10_000, "\(out.stdout.utf8.count) bytes")
    let obj = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
    let entries = try #require(obj["entries"] as? [String: [String: Any]])
    let recognized = try #require(obj["recognized"] as? [[String: Any]])
    let resolved = try #require(obj["resolved"] as? [[String: Any]])
    #expect(resolved.count == 500)
    let first = try #require(resolved.first)
    let rivals = try #require(first["alternatives"] as? [[String: Any]])
    #expect(rivals.count >= 10, "\(rivals.count) rivals")
    #expect(rivals.allSatisfy { entries[$0["id"] as? String ?? ""] != nil && $0["score"] is Double })
    #expect(entries[first["entry"] as? String ?? ""]?["name"] != nil)
    let at = try #require(first["recognized"] as? Int)
    #expect(recognized[at]["start"] as? Int == first["start"] as? Int)
    let candidates = try #require(recognized[at]["candidates"] as? [String])
    #expect(candidates.count == rivals.count + 1 && candidates.allSatisfy { entries[$0] != nil })
  }
}
