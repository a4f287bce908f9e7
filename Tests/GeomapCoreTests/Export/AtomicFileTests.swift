import Foundation
import Testing

@testable import GeomapCore

@Suite struct AtomicFileTests {
  @Test func replacesTheFileWholeAndLeavesNoTemporary() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent("x.geojson")
    try AtomicFile.write(Data("old\n".utf8), to: url)
    try AtomicFile.write(Data("new\n".utf8), to: url)
    #expect(try String(contentsOf: url, encoding: .utf8) == "new\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["x.geojson"])
  }

  @Test func failedRenameThrowsNamingTheFileAndRemovesTheTemporary() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    // A non-empty folder where the file should go: rename(2) must fail.
    let target = dir.appendingPathComponent("seed.kml")
    try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
    try Data().write(to: target.appendingPathComponent("keep"))
    #expect {
      try AtomicFile.write(Data("x".utf8), to: target)
    } throws: { error in
      (error as? GeomapError)?.kind == .output && (error as? GeomapError)?.subject == target.path
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["seed.kml"])
  }

  @Test func missingFolderIsAnOutputError() throws {
    let url = URL(fileURLWithPath: "/nonexistent-geomap-dir/x.kml")
    #expect(throws: GeomapError.self) { try AtomicFile.write(Data("x".utf8), to: url) }
  }
}
