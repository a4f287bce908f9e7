import Foundation
import Testing

/// `geomap export` run as a binary on the fixture situations (the reader is not wired in yet).
@Suite struct ExportCLITests {
  static var golden: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("GeomapCoreTests/Fixtures/golden")
  }
  static var seedJSON: String { golden.appendingPathComponent("seed-000.ar.situation.json").path }
  static var englishJSON: String {
    golden.appendingPathComponent("deir-ez-zor-2017-09.en.situation.json").path
  }

  static func tempDir() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "geomap-cli-export-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func defaultExportWritesGeoJSONAndKMLMatchingTheGoldens() throws {
    let dir = try Self.tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = try runGeomap([
      "export", "--situation-json", Self.seedJSON, "-o", dir.path, "--summary", "json",
    ])
    #expect(out.status == 0, "\(out.stderr)")
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    #expect(
      names == [
        "seed-000.ar.corridors.geojson", "seed-000.ar.kml", "seed-000.ar.places.geojson",
        "seed-000.ar.zones.geojson",
      ])
    for name in names {
      #expect(
        try Data(contentsOf: dir.appendingPathComponent(name))
          == Data(contentsOf: Self.golden.appendingPathComponent(name)),
        "\(name) differs from its golden")
    }
    let summary = try #require(
      try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
    #expect(summary["places"] as? Int == 13)
    #expect(summary["corridors"] as? Int == 6)
    #expect(summary["zones"] as? Int == 2)
    #expect(summary["warnings"] as? Int == 0)
    #expect((summary["files"] as? [String])?.count == 4)
  }

  @Test func kmzFlagWritesOnlyTheKMZ() throws {
    let dir = try Self.tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = try runGeomap(["export", "--kmz", "--situation-json", Self.englishJSON, "-o", dir.path])
    #expect(out.status == 0, "\(out.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["deir-ez-zor-2017-09.en.kmz"])
    // The besieged airport is reported, as a note, on stderr.
    #expect(
      out.stderr.contains("deir-ez-zor-2017-09.en.txt: note: ISIS besieged 'Deir ez-Zor military airport'"))
  }

  @Test func commaLocaleGivesTheSameBytes() throws {
    guard let locales = try? runProcess("/usr/bin/locale", ["-a"]).stdout,
      locales.lowercased().contains("de_de.utf8")
    else {
      if ProcessInfo.processInfo.environment["CI"] == "true" {
        Issue.record("CI=true but locale de_DE.UTF-8 is not installed")
      } else {
        print(
          "skipping comma-locale check: de_DE.UTF-8 is not installed (localedef -i de_DE -f UTF-8 de_DE.UTF-8)"
        )
      }
      return
    }
    var outputs: [[Data]] = []
    for locale in ["C", "de_DE.UTF-8"] {
      let dir = try Self.tempDir()
      defer { try? FileManager.default.removeItem(at: dir) }
      let out = try runGeomap(
        ["export", "--geojson", "--kml", "--kmz", "--situation-json", Self.seedJSON, "-o", dir.path],
        environment: ["LC_ALL": locale])
      #expect(out.status == 0, "\(out.stderr)")
      let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
      #expect(names.count == 5)
      outputs.append(try names.map { try Data(contentsOf: dir.appendingPathComponent($0)) })
    }
    #expect(outputs[0] == outputs[1])
  }

  @Test func aBadInputIsOneLineNamingItAndTheOthersStillRun() throws {
    let dir = try Self.tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    let bad = dir.appendingPathComponent("broken.situation.json")
    try Data("{\"source\": 3".utf8).write(to: bad)
    let out = try runGeomap([
      "export", "--situation-json", bad.path, "--situation-json", Self.seedJSON, "-o",
      dir.appendingPathComponent("out").path,
    ])
    #expect(out.status == 2)
    let lines = out.stderr.split(separator: "\n")
    #expect(lines.count == 1)
    #expect(lines.first?.hasPrefix("\(bad.path): not a geomap situation JSON file") == true)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("out").path).count == 4)
  }

  @Test func reportFilesAreReadAndExported() throws {
    let dir = try Self.tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    let report = dir.appendingPathComponent("r.txt")
    try Data("ISIS fighters left Raqqa for Palmyra on Saturday.".utf8).write(to: report)
    let out = try runGeomap(["export", report.path, "-o", dir.path, "--geojson"])
    #expect(out.status == 0, "\(out.stderr)")
    let corridors = try String(
      contentsOf: dir.appendingPathComponent("r.corridors.geojson"), encoding: .utf8)
    #expect(corridors.contains("\"from_name\":\"Raqqa\""))
    #expect(corridors.contains("\"to_name\":\"Palmyra\""))
    let missing = try runGeomap(["export", "/nonexistent/report.txt", "-o", dir.path])
    #expect(missing.status == 2)
    #expect(missing.stderr == "/nonexistent/report.txt: file is not readable or does not exist\n")
  }

  @Test func nothingResolvedExitsOne() throws {
    let dir = try Self.tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    let empty = dir.appendingPathComponent("empty.situation.json")
    try Data(#"{"source":"empty.txt","mentions":[],"movements":[],"control":[],"diagnostics":[]}"#.utf8)
      .write(to: empty)
    let out = try runGeomap([
      "export", "--situation-json", empty.path, "-o", dir.appendingPathComponent("out").path,
    ])
    #expect(out.status == 1)
    #expect(out.stderr.contains("warning: no place could be resolved"))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("out").path).isEmpty)
  }

  @Test func warningsGoToStderrAndAreCounted() throws {
    let dir = try Self.tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    var json = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.seedJSON)))
        as? [String: Any])
    var movements = try #require(json["movements"] as? [[String: Any]])
    movements[0]["destination"] = movements[0]["origin"]
    json["movements"] = movements
    let loop = dir.appendingPathComponent("loop.situation.json")
    try JSONSerialization.data(withJSONObject: json).write(to: loop)
    let out = try runGeomap(["export", "--situation-json", loop.path, "-o", dir.path, "--summary", "json"])
    #expect(out.status == 0)
    #expect(
      out.stderr.contains(
        "seed-000.ar.txt: warning: ISIS redeployment from 'Raqqa' to 'Raqqa' has the same origin and destination"
      ))
    let summary = try #require(
      try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
    #expect(summary["warnings"] as? Int == 1)
    #expect(summary["corridors"] as? Int == 5)
  }

  @Test func usageErrorsExit64() throws {
    #expect(try runGeomap(["export"]).status == 64)
    let badDate = try runGeomap(["export", "--date", "2017-02-30", "--situation-json", Self.seedJSON])
    #expect(badDate.status == 64)
    #expect(badDate.stderr.contains("--date must be a real day"))
    #expect(try runGeomap(["export", "--summary", "xml", "--situation-json", Self.seedJSON]).status == 64)
    let dashOutput = try runGeomap(["export", "-o", "-", "--situation-json", Self.seedJSON])
    #expect(dashOutput.status == 64)
    #expect(dashOutput.stderr.contains("--output takes a folder"))
    #expect(!FileManager.default.fileExists(atPath: "-"))
  }
}

/// Runs any executable (for `locale -a`).
func runProcess(_ path: String, _ arguments: [String]) throws -> ProcessOutput {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: path)
  process.arguments = arguments
  let pipe = Pipe()
  process.standardOutput = pipe
  process.standardError = FileHandle.nullDevice
  try process.run()
  let data = pipe.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return ProcessOutput(
    status: process.terminationStatus, stdout: String(decoding: data, as: UTF8.self), stderr: "")
}

@Suite struct ExportAdminOutlineCLITests {
  /// The seed plus an SDF claim on a governorate whose outline is a 1°×1° square in `admin.geojson`.
  static func governorateSituation(in dir: URL) throws -> URL {
    var json = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: ExportCLITests.seedJSON)))
        as? [String: Any])
    var control = try #require(json["control"] as? [[String: Any]])
    var claim = control[0]
    var place = try #require(claim["place"] as? [String: Any])
    place["id"] = "test:square-gov"
    place["kind"] = "governorate"
    place["name"] = "Square governorate"
    place["radiusKm"] = 60
    place["coordinate"] = ["longitude": 39.0, "latitude": 36.0]
    claim["place"] = place
    claim["actor"] = "SDF"
    control.append(claim)
    json["control"] = control
    let url = dir.appendingPathComponent("gov.situation.json")
    try JSONSerialization.data(withJSONObject: json).write(to: url)
    return url
  }

  static func zoneAreas(_ url: URL) throws -> [String: Double] {
    let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    var out: [String: Double] = [:]
    for f in object["features"] as? [[String: Any]] ?? [] {
      let p = f["properties"] as? [String: Any] ?? [:]
      out[p["actor"] as? String ?? ""] = (p["area_km2"] as? NSNumber)?.doubleValue
    }
    return out
  }

  @Test func governorateZonesFollowTheBundledOutline() throws {
    let dir = try ExportCLITests.tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    let geodata = dir.appendingPathComponent("geodata")
    try FileManager.default.createDirectory(at: geodata, withIntermediateDirectories: true)
    let sample = ExportCLITests.golden.deletingLastPathComponent().appendingPathComponent(
      "export/admin-sample.geojson")
    try FileManager.default.copyItem(at: sample, to: geodata.appendingPathComponent("admin.geojson"))
    let situation = try Self.governorateSituation(in: dir)
    let out = try runGeomap(
      ["export", "--geojson", "--situation-json", situation.path, "-o", dir.path],
      environment: ["GEOMAP_GEODATA": geodata.path])
    #expect(out.status == 0, "\(out.stderr)")
    let areas = try Self.zoneAreas(dir.appendingPathComponent("gov.zones.geojson"))
    // 1°×1° at 36°N ≈ 10 000 km²; the 60 km radius would give ≈ 11 300 km².
    #expect((9_500...10_500).contains(areas["SDF"] ?? 0), "\(areas)")

    // A broken outlines file: one warning, radius fallback, still exit 0.
    try Data("{\"type\":\"FeatureCollection\",\"features\":3}".utf8).write(
      to: geodata.appendingPathComponent("admin.geojson"))
    let broken = try runGeomap(
      ["export", "--geojson", "--situation-json", situation.path, "-o", dir.path],
      environment: ["GEOMAP_GEODATA": geodata.path])
    #expect(broken.status == 0)
    #expect(broken.stderr.contains("admin.geojson: warning: not a GeoJSON FeatureCollection"))
    let fallback = try Self.zoneAreas(dir.appendingPathComponent("gov.zones.geojson"))
    #expect((11_000...11_400).contains(fallback["SDF"] ?? 0), "\(fallback)")
  }
}

@Suite struct ExportStemCLITests {
  @Test func twoReportsWithOneNameDoNotOverwriteEachOther() throws {
    let dir = try ExportCLITests.tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    let copy = dir.appendingPathComponent("b")
    try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
    let second = copy.appendingPathComponent("seed-000.ar.situation.json")
    try FileManager.default.copyItem(at: URL(fileURLWithPath: ExportCLITests.seedJSON), to: second)
    let out = try runGeomap(
      [
        "export", "--situation-json", ExportCLITests.seedJSON, "--situation-json", second.path, "-o",
        dir.path, "--kml",
      ])
    #expect(out.status == 0, "\(out.stderr)")
    // Both get their parent folder in front, whichever was listed first.
    #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("golden_seed-000.ar.kml").path))
    #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("b_seed-000.ar.kml").path))
  }
}
