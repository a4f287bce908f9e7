import Foundation
import Testing

/// Golden files under `Fixtures/golden/`, re-recorded with `GEOMAP_RECORD=1 swift test`.
/// A missing golden is recorded AND fails, so a new golden is always looked at once.
enum Golden {
  static var recording: Bool { ProcessInfo.processInfo.environment["GEOMAP_RECORD"] == "1" }

  static func url(_ name: String) -> URL {
    Fixtures.sourceDirectory.appendingPathComponent("golden").appendingPathComponent(name)
  }

  static func check(_ actual: Data, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws
  {
    let url = url(name)
    let exists = FileManager.default.fileExists(atPath: url.path)
    if recording || !exists {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try actual.write(to: url)
      if !exists && !recording {
        Issue.record(
          "golden \(name) was missing; recorded it — check it and re-run", sourceLocation: sourceLocation)
      }
      return
    }
    let expected = try Data(contentsOf: url)
    if expected != actual {
      let e = String(decoding: expected, as: UTF8.self).split(
        separator: "\n", omittingEmptySubsequences: false)
      let a = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
      let line = Array(zip(e, a)).firstIndex { $0.0 != $0.1 } ?? min(e.count, a.count)
      let want = line < e.count ? String(e[line].prefix(300)) : "<end>"
      let got = line < a.count ? String(a[line].prefix(300)) : "<end>"
      Issue.record(
        "golden \(name) differs at line \(line + 1)\n  expected: \(want)\n  actual:   \(got)\n(re-record with GEOMAP_RECORD=1)",
        sourceLocation: sourceLocation)
    }
  }
}
