import Foundation
import Testing

/// `geomap export` over folders of related reports: merging, stable identity, determinism, safe
/// writes, locking and overrides, run as the built binary on real text.
@Suite(.serialized) struct BatchExportCLITests {
  static var batch: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("GeomapCoreTests/Fixtures/batch")
  }
  static let files = [
    "2018-04/report.txt", "2018-05/report.txt", "2018-05-21-evacuation-done.txt", "2018-05-25-contradiction.md",
  ]
  static let corridor = "corridor:ISIS:gn:8419677>gn:174448"

  /// The fixture folder copied to a temporary one (optionally only some files), and an output folder.
  static func workspace(_ only: [String] = files) throws -> (root: URL, input: URL, output: URL) {
    let root = try ExportCLITests.tempDir()
    let input = root.appendingPathComponent("in")
    for name in only {
      let to = input.appendingPathComponent(name)
      try FileManager.default.createDirectory(at: to.deletingLastPathComponent(), withIntermediateDirectories: true)
      try FileManager.default.copyItem(at: batch.appendingPathComponent(name), to: to)
    }
    return (root, input, root.appendingPathComponent("out"))
  }

  static func features(_ file: URL) throws -> [[String: Any]] {
    let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
    return try #require(json["features"] as? [[String: Any]])
  }

  static func properties(_ file: URL, uid: String) throws -> [String: Any]? {
    try features(file).compactMap { $0["properties"] as? [String: Any] }.first { $0["uid"] as? String == uid }
  }

  static func summary(_ out: ProcessOutput) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any], "\(out.stdout)")
  }

  static func contents(_ dir: URL) throws -> [String: Data] {
    var out: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) {
      out[name] = try Data(contentsOf: dir.appendingPathComponent(name))
    }
    return out
  }

  @Test func mergedMapJoinsTheEvacuationAndResolvesTheContradictionByDate() throws {
    let ws = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: ws.root) }
    let out = try runGeomap(["export", ws.input.path, "--merge", "south", "-o", ws.output.path, "--summary", "json"])
    #expect(out.status == 0, "\(out.stderr)")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: ws.output.path).sorted()
        == ["south.corridors.geojson", "south.kml", "south.places.geojson", "south.zones.geojson"])
    // Announced, agreed, then carried out: one corridor, three reports, newest first.
    let corridors = try Self.features(ws.output.appendingPathComponent("south.corridors.geojson"))
    #expect(corridors.count == 1)
    let c = try #require(try Self.properties(ws.output.appendingPathComponent("south.corridors.geojson"), uid: Self.corridor))
    #expect(c["reports"] as? Int == 3)
    #expect(c["date"] as? String == "2018-04-20")
    #expect(c["date_end"] as? String == "2018-05-21")
    #expect((c["sources"] as? String)?.hasSuffix("2018-04/report.txt") == true)
    let history = try #require(c["history"] as? String).components(separatedBy: " | ")
    #expect(history.count == 3)
    #expect(history[0].hasPrefix("2018-05-21 withdrawal"))
    #expect(history[1].hasPrefix("2018-05-01 evacuation agreed"))
    #expect(history[2].hasPrefix("2018-04-20 evacuation under_negotiation"))
    // ISIS left Hajar al-Aswad on the 21st, a report of the 25th says it still holds it.
    let zones = try Self.features(ws.output.appendingPathComponent("south.zones.geojson"))
      .compactMap { $0["properties"] as? [String: Any] }
    let isis = try #require(zones.first { $0["actor"] as? String == "ISIS" })
    #expect((isis["status"] as? String)?.contains("disputed, resolved by date") == true)
    #expect((isis["disagreement"] as? String)?.contains("2018-05-25-contradiction.md (2018-05-25)") == true)
    #expect(!zones.contains { $0["actor"] as? String == "REGIME" && ($0["place_ids"] as? String)?.contains("gn:8419677") == true })
    #expect(out.stderr.contains("warning: reports disagree: ISIS left (withdrawal, reported) 'Hajar al-Aswad'"))
    let s = try Self.summary(out)
    // ISIS left vs. ISIS holds, ISIS holds vs. ISIS left, and the regime's capture vs. ISIS holding.
    #expect(out.stderr.contains("warning: reports disagree: REGIME captured 'Hajar al-Aswad'"))
    #expect(s["disagreements"] as? Int == 3)
    #expect(s["corridors"] as? Int == 1)
  }

  @Test func uidsAndIDsStayWhenFilesAreAddedAndReordered() throws {
    let first = try Self.workspace(Array(Self.files.prefix(2)))
    defer { try? FileManager.default.removeItem(at: first.root) }
    #expect(try runGeomap(["export", first.input.path, "--merge", "m", "--geojson", "-o", first.output.path]).status == 0)
    let all = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: all.root) }
    // Every file listed one by one, in reverse order.
    let args = Self.files.reversed().map { all.input.appendingPathComponent($0).path }
    let out = try runGeomap(["export"] + args + ["--merge", "m", "--geojson", "-o", all.output.path])
    #expect(out.status == 0, "\(out.stderr)")
    func ids(_ dir: URL, _ layer: String) throws -> [String: Int] {
      var out: [String: Int] = [:]
      for f in try Self.features(dir.appendingPathComponent("m.\(layer).geojson")) {
        if let p = f["properties"] as? [String: Any], let uid = p["uid"] as? String { out[uid] = f["id"] as? Int }
      }
      return out
    }
    for layer in ["places", "corridors"] {
      let before = try ids(first.output, layer)
      let after = try ids(all.output, layer)
      #expect(!before.isEmpty)
      for (uid, id) in before { #expect(after[uid] == id, "\(uid) changed id or vanished") }
    }
    #expect(try ids(all.output, "corridors")[Self.corridor] != nil)
  }

  @Test func rerunsAreByteIdenticalWhateverTheOrderLocaleTimeZoneOrThreads() throws {
    let ws = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: ws.root) }
    let a = ws.root.appendingPathComponent("a")
    let b = ws.root.appendingPathComponent("b")
    let forward = Self.files.map { ws.input.appendingPathComponent($0).path }
    let one = try runGeomap(
      ["export", "--merge", "m", "--kmz", "--geojson", "--kml", "--jobs", "1", "-o", a.path] + forward,
      environment: ["LC_ALL": "C", "TZ": "UTC"])
    let two = try runGeomap(
      ["export", "--merge", "m", "--kmz", "--geojson", "--kml", "--jobs", "2", "-o", b.path] + forward.reversed(),
      environment: ["LC_ALL": "ar_SY.UTF-8", "TZ": "Asia/Damascus"])
    #expect(one.status == 0 && two.status == 0, "\(one.stderr)\(two.stderr)")
    let left = try Self.contents(a)
    #expect(left.count == 5)
    #expect(left == (try Self.contents(b)))
    // Per-report export too: same bytes with one thread or two.
    let c = ws.root.appendingPathComponent("c")
    let d = ws.root.appendingPathComponent("d")
    #expect(try runGeomap(["export", ws.input.path, "--jobs", "1", "-o", c.path]).status == 0)
    #expect(try runGeomap(["export", ws.input.path, "--jobs", "2", "-o", d.path]).status == 0)
    #expect(try Self.contents(c) == (try Self.contents(d)))
  }

  /// The devset's reports, exported one map each with one thread (several windows of reports, see
  /// `BatchWindows`) and two, give the bytes, summary and diagnostics of a run that reads them all
  /// in one window before writing (64 jobs: a report a group, every group in the first window).
  @Test func perReportExportWrittenWindowByWindowIsTheExportOfTheWholeBatch() throws {
    let root = try ExportCLITests.tempDir()
    defer { try? FileManager.default.removeItem(at: root) }
    let devset = Self.batch.deletingLastPathComponent().appendingPathComponent("devset")
    let reports = try FileManager.default.contentsOfDirectory(atPath: devset.path).filter { $0.hasSuffix(".txt") }
      .sorted().map { devset.appendingPathComponent($0).path }
    #expect(reports.count > 32)
    var runs: [(ProcessOutput, [String: Data])] = []
    for jobs in ["64", "1", "2"] {
      let out = root.appendingPathComponent("out")
      let run = try runGeomap(["export"] + reports + ["--jobs", jobs, "--summary", "json", "-o", out.path])
      #expect(run.status == 0, "\(run.stderr)")
      runs.append((run, try Self.contents(out)))
      try FileManager.default.removeItem(at: out)
    }
    #expect(runs[0].1.count == 4 * reports.count)
    for (run, files) in runs.dropFirst() {
      #expect(files == runs[0].1)
      #expect(run.stdout == runs[0].0.stdout)
      #expect(run.stderr == runs[0].0.stderr)
    }
  }

  /// A per-report export reads and writes a window at a time (`BatchWindows`): a report that fails to
  /// read is reported with its window, after the maps of the windows before it were written.
  @Test func aReadFailureIsReportedWithItsWindow() throws {
    let ws = try Self.workspace([])
    defer { try? FileManager.default.removeItem(at: ws.root) }
    try FileManager.default.createDirectory(at: ws.input, withIntermediateDirectories: true)
    // Two reports of 40 kB: one window each with one job (a group holds 64 kB at most).
    try String(repeating: "The weather was calm and nothing happened today.\n", count: 800)
      .write(to: ws.input.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    try Data(repeating: 0, count: 40_000).write(to: ws.input.appendingPathComponent("b.txt"))
    let out = try runGeomap(["export", ws.input.path, "--jobs", "1", "-o", ws.output.path, "--summary", "json"])
    #expect(out.status == 2)
    let lines = out.stderr.split(separator: "\n").map(String.init)
    #expect(lines.count == 2)
    #expect(lines.first?.hasSuffix("a.txt: warning: no place could be resolved; nothing written") == true)
    #expect(lines.last?.hasSuffix("b.txt: contains nul bytes; looks like binary data, not text") == true)
    let failures = try #require(try Self.summary(out)["failures"] as? [[String: Any]])
    #expect(failures.map { $0["source"] as? String } == [ws.input.appendingPathComponent("b.txt").path])
  }

  /// Output names come from every input, read or not (a window is written before later ones are
  /// read): a report sharing its file name with an unreadable one keeps its folder in its name.
  @Test func aReportNamedLikeAnUnreadableOneKeepsItsFolderInItsName() throws {
    let ws = try Self.workspace(["2018-04/report.txt"])
    defer { try? FileManager.default.removeItem(at: ws.root) }
    let bad = ws.input.appendingPathComponent("2018-05/report.txt")
    try FileManager.default.createDirectory(at: bad.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(repeating: 0, count: 100).write(to: bad)
    let out = try runGeomap(["export", ws.input.path, "--geojson", "-o", ws.output.path])
    #expect(out.status == 2)
    #expect(try FileManager.default.contentsOfDirectory(atPath: ws.output.path).filter { !$0.hasPrefix(".") }.sorted()
      == ["2018-04_report.corridors.geojson", "2018-04_report.places.geojson", "2018-04_report.zones.geojson"])
  }

  @Test func aSecondRunWithNothingNewChangesNothingAndSaysSo() throws {
    let ws = try Self.workspace(Array(Self.files.prefix(3)))
    defer { try? FileManager.default.removeItem(at: ws.root) }
    let first = try runGeomap(["export", ws.input.path, "--merge", "m", "-o", ws.output.path, "--summary", "json"])
    #expect(try Self.summary(first)["changed"] as? Bool == true)
    let again = try runGeomap(["export", ws.input.path, "--merge", "m", "-o", ws.output.path, "--summary", "json"])
    #expect(again.status == 0)
    let s = try Self.summary(again)
    #expect(s["changed"] as? Bool == false)
    #expect((s["files"] as? [String])?.isEmpty == true)
    #expect((s["unchanged"] as? [String])?.count == 4)
    // The contradicting report arrives: the ISIS zone changes, nothing is removed or added blindly.
    let to = ws.input.appendingPathComponent(Self.files[3])
    try FileManager.default.copyItem(at: Self.batch.appendingPathComponent(Self.files[3]), to: to)
    let third = try runGeomap(["export", ws.input.path, "--merge", "m", "-o", ws.output.path, "--summary", "json"])
    let changes = try #require(try Self.summary(third)["changes"] as? [String: [String]])
    #expect(try Self.summary(third)["changed"] as? Bool == true)
    #expect(changes["added"]?.contains { $0.hasPrefix("zone:ISIS") } == true)
    #expect(changes["changed"]?.contains("place:gn:8419677") == true)
  }

  @Test func reportsWithOneFileNameGetTheirFolderInFront() throws {
    let ws = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: ws.root) }
    let out = try runGeomap(["export", ws.input.path, "--kml", "-o", ws.output.path])
    #expect(out.status == 0, "\(out.stderr)")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: ws.output.path).sorted()
        == [
          "2018-04_report.kml", "2018-05-21-evacuation-done.kml", "2018-05-25-contradiction.kml",
          "2018-05_report.kml",
        ])
  }

  @Test func sinceAndUntilKeepOnlyClaimsInTheWindow() throws {
    let ws = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: ws.root) }
    let out = try runGeomap([
      "export", ws.input.path, "--merge", "m", "--geojson", "--since", "2018-05-01", "--until", "2018-05-21", "-o",
      ws.output.path, "--summary", "json",
    ])
    #expect(out.status == 0, "\(out.stderr)")
    let c = try #require(try Self.properties(ws.output.appendingPathComponent("m.corridors.geojson"), uid: Self.corridor))
    #expect(c["reports"] as? Int == 2)
    #expect(c["date"] as? String == "2018-05-01")
    #expect(!out.stderr.contains("reports disagree: ISIS left"))
    #expect((try Self.summary(out)["claimsOutsideDates"] as? Int ?? 0) > 0)
  }

  @Test func aFailingFileIsReportedAndTheRestIsWritten() throws {
    let ws = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: ws.root) }
    try Data([0, 1, 2, 0xFF, 0xFE, 0, 0, 7] + Array(repeating: 0, count: 64)).write(to: ws.input.appendingPathComponent("broken.txt"))
    let out = try runGeomap([
      "export", ws.input.path, "--merge", "m", "--geojson", "-o", ws.output.path, "--summary", "json", "--max-bytes",
      "240",
    ])
    #expect(out.status == 2)
    let s = try Self.summary(out)
    let failures = try #require(s["failures"] as? [[String: String]])
    #expect(failures.contains { $0["source"]?.hasSuffix("broken.txt") == true })
    // The April report is longer than 240 bytes.
    #expect(failures.contains { $0["source"]?.hasSuffix("2018-04/report.txt") == true && $0["error"]?.contains("--max-bytes") == true })
    #expect(out.stderr.contains("broken.txt: "))
    #expect(FileManager.default.fileExists(atPath: ws.output.appendingPathComponent("m.corridors.geojson").path))
  }

  @Test func aSecondRunOnALockedFolderIsRefusedWithAClearMessage() throws {
    let ws = try Self.workspace(Array(Self.files.prefix(1)))
    defer { try? FileManager.default.removeItem(at: ws.root) }
    try FileManager.default.createDirectory(at: ws.output, withIntermediateDirectories: true)
    let fd = open(ws.output.path, O_RDONLY | O_DIRECTORY)
    #expect(fd >= 0)
    #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
    let out = try runGeomap(["export", ws.input.path, "-o", ws.output.path])
    flock(fd, LOCK_UN)
    close(fd)
    #expect(out.status == 2)
    #expect(out.stderr == "\(ws.output.path): another geomap export is writing to this folder; try again when it has finished\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: ws.output.path).isEmpty)
    #expect(try runGeomap(["export", ws.input.path, "-o", ws.output.path]).status == 0)
  }

  @Test func killedRunsLeaveTheFolderWholeAndWithoutTemporaries() throws {
    let ws = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: ws.root) }
    // Many reports so the run lasts long enough to be killed at several points, writing included.
    for i in 0..<60 {
      let name = "copy-\(i).txt"
      try FileManager.default.copyItem(
        at: Self.batch.appendingPathComponent(Self.files[i % 3]), to: ws.input.appendingPathComponent(name))
    }
    #expect(try runGeomap(["export", ws.input.path, "--geojson", "-o", ws.output.path]).status == 0)
    // A temporary left by a run killed with SIGKILL is cleaned by the next run.
    try Data("half".utf8).write(to: ws.output.appendingPathComponent(".copy-1.places.geojson.tmp-AbC123"))
    let good = try Self.contents(ws.output)
    #expect(good.count > 100)
    let started = Date()
    #expect(try runGeomap(["export", ws.input.path, "--geojson", "--kml", "-o", ws.output.path]).status == 0)
    let full = Date().timeIntervalSince(started)
    #expect(try Self.contents(ws.output).keys.allSatisfy { !$0.hasPrefix(".") })
    for (i, signal) in [SIGTERM, SIGINT, SIGTERM, SIGINT, SIGTERM, SIGINT].enumerated() {
      // Different KML content each time, so every kill can land while files are being replaced.
      try FileManager.default.removeItem(at: ws.output)
      try FileManager.default.createDirectory(at: ws.output, withIntermediateDirectories: true)
      for (name, data) in good where !name.hasPrefix(".") {
        try data.write(to: ws.output.appendingPathComponent(name))
      }
      let process = Process()
      process.executableURL = geomapBinary()
      process.arguments = ["export", ws.input.path, "--geojson", "--kml", "--date", "2018-06-0\(i + 1)", "-o", ws.output.path]
      process.standardError = FileHandle.nullDevice
      try process.run()
      Thread.sleep(forTimeInterval: full * Double(i + 2) / 9)
      kill(process.processIdentifier, signal)
      process.waitUntilExit()
      let names = try FileManager.default.contentsOfDirectory(atPath: ws.output.path)
      #expect(!names.contains { $0.hasPrefix(".") }, "temporaries left after signal \(signal): \(names)")
      for name in names where name.hasSuffix(".geojson") {
        let data = try Data(contentsOf: ws.output.appendingPathComponent(name))
        #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(name) is not whole JSON")
      }
      for name in good.keys where !name.hasPrefix(".") {
        #expect(names.contains(name), "\(name) vanished")
      }
    }
  }

  @Test func overridesPinDropRemoveAndForceAreAppliedAndReported() throws {
    let ws = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: ws.root) }
    let yaml = ws.root.appendingPathComponent("overrides.yaml")
    try """
      # analyst corrections for south Damascus
      pin:
        - name: Albukamal
          at: [40.93, 34.46]
          label: Albukamal crossing
          kind: crossing
          country: SY
      drop:
        - Tadamon
      remove:
        - "control:REGIME:gn:166716"
      force:
        control:
          - {actor: REGIME, place: "gn:8419677", control: captured, date: 2018-05-30, note: confirmed by UN OCHA}
      """.write(to: yaml, atomically: true, encoding: .utf8)
    let out = try runGeomap([
      "export", ws.input.path, "--merge", "m", "--geojson", "--overrides", yaml.path, "-o", ws.output.path,
      "--summary", "json",
    ])
    #expect(out.status == 0, "\(out.stderr)")
    let places = try Self.features(ws.output.appendingPathComponent("m.places.geojson"))
      .compactMap { $0["properties"] as? [String: Any] }
    #expect(places.contains { $0["uid"] as? String == "place:geomap:override:albukamal-crossing" })
    #expect(!places.contains { $0["uid"] as? String == "place:gn:174448" })
    #expect(!places.contains { ($0["name"] as? String) == "Tadamon" })
    let zones = try Self.features(ws.output.appendingPathComponent("m.zones.geojson"))
      .compactMap { $0["properties"] as? [String: Any] }
    // The forced capture (30 May) is newer than the contradicting report (25 May).
    let regime = try #require(zones.first { $0["actor"] as? String == "REGIME" })
    #expect((regime["sources"] as? String)?.contains("overrides.yaml:14") == true)
    #expect(!zones.contains { ($0["place_ids"] as? String)?.contains("gn:166716") == true })
    let notes = try #require(try Self.summary(out)["overrides"] as? [[String: Any]])
    #expect(notes.count == 4)
    #expect(notes.first { $0["rule"] as? String == "pin" }?["applied"] as? Int ?? 0 >= 3)
    #expect(notes.first { $0["rule"] as? String == "remove" }?["applied"] as? Int == 1)
  }

  @Test func aBadOverridesFileIsALineNumberedError() throws {
    let ws = try Self.workspace(Array(Self.files.prefix(1)))
    defer { try? FileManager.default.removeItem(at: ws.root) }
    let yaml = ws.root.appendingPathComponent("bad.yaml")
    try "pin:\n  - name: Tadamon\n    to: gn:170654\n  - name: Asali\n    too: gn:1\n".write(to: yaml, atomically: true, encoding: .utf8)
    let out = try runGeomap(["export", ws.input.path, "--overrides", yaml.path, "-o", ws.output.path])
    #expect(out.status == 2)
    #expect(out.stderr == "\(yaml.path):5: unknown key 'too' (expected one of name, to, at, label, kind, country)\n")
    try "drop: [a, b\nremove: []\n".write(to: yaml, atomically: true, encoding: .utf8)
    let syntax = try runGeomap(["export", ws.input.path, "--overrides", yaml.path, "-o", ws.output.path])
    #expect(syntax.status == 2)
    #expect(syntax.stderr.hasPrefix("\(yaml.path):2:"), "\(syntax.stderr)")
  }
}
