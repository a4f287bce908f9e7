import Foundation
import Testing

/// Runs xmllint and ogrinfo where they exist. Missing tools or schema: say why and skip, except
/// under CI=true, where a skip would hide a broken check, so it fails instead.
enum ExternalTools {
  struct Output {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static var onCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

  /// The package root (three levels above this file).
  static var packageRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
  }

  static func path(of tool: String) -> String? {
    let dirs = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    return dirs.map { "\($0)/\(tool)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// The tool's path, or nil after reporting why it is unavailable.
  static func require(_ tool: String, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
    if let p = path(of: tool) { return p }
    unavailable("\(tool) is not installed", sourceLocation: sourceLocation)
    return nil
  }

  /// `GEOMAP_KML_SCHEMA`, else `.build/kml-schema/ogckml22.xsd` as `.ci/run` fetches it.
  static func kmlSchema(sourceLocation: SourceLocation = #_sourceLocation) -> String? {
    let env = ProcessInfo.processInfo.environment["GEOMAP_KML_SCHEMA"] ?? ""
    let candidates = [env, packageRoot.appendingPathComponent(".build/kml-schema/ogckml22.xsd").path]
    if let p = candidates.first(where: { !$0.isEmpty && FileManager.default.fileExists(atPath: $0) }) {
      return p
    }
    unavailable(
      "KML 2.2 schema not found (set GEOMAP_KML_SCHEMA or run .ci/run once to fetch it)",
      sourceLocation: sourceLocation)
    return nil
  }

  static func unavailable(_ why: String, sourceLocation: SourceLocation) {
    if onCI {
      Issue.record("CI=true but \(why)", sourceLocation: sourceLocation)
    } else {
      print("skipping external check: \(why)")
    }
  }

  static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws
    -> Output
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "geomap-tool-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("out")
    let err = dir.appendingPathComponent("err")
    FileManager.default.createFile(atPath: out.path, contents: nil)
    FileManager.default.createFile(atPath: err.path, contents: nil)
    process.standardOutput = try FileHandle(forWritingTo: out)
    process.standardError = try FileHandle(forWritingTo: err)
    try process.run()
    process.waitUntilExit()
    return Output(
      status: process.terminationStatus,
      stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
      stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
  }
}

/// A fresh temporary folder, removed by the caller.
func temporaryDirectory() throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent(
    "geomap-export-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}
