import Foundation
import Testing

@testable import GeomapCore

/// A report folder read unattended: what the walk cannot read is said, one error a name, and the
/// readable reports still go through. Before, a FIFO or a broken link named like a report and a
/// sub-folder the run may not list were left out without a word (`geomap export DIR` exited 0).
@Suite struct InputDiscoveryProblemsTests {
  /// A fresh folder with `good.txt`; removed by the caller.
  static func folder() throws -> String {
    let dir = NSTemporaryDirectory() + "geomap-walk-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    try "سيطرت قوات النظام على تدمر.".write(toFile: dir + "/good.txt", atomically: true, encoding: .utf8)
    return dir
  }

  @Test func aFifoAndABrokenLinkNamedLikeReportsAreNamed() throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    #expect(mkfifo(dir + "/pipe.txt", 0o644) == 0)
    #expect(mkfifo(dir + "/pipe.bin", 0o644) == 0)  // not named like a report: not looked at
    try FileManager.default.createSymbolicLink(atPath: dir + "/gone.txt", withDestinationPath: dir + "/nowhere.txt")
    let found = InputDiscovery.expand([dir])
    #expect(found.inputs.map(\.path) == [dir + "/good.txt"])
    #expect(found.errors.map(\.subject) == [dir + "/gone.txt", dir + "/pipe.txt"])
    #expect(found.errors.map(\.reason) == [
      "broken symbolic link; its target does not exist", "is a named pipe (fifo), not a regular file",
    ])
  }

  /// Root lists a folder of mode 000 all the same: only a user run can see the refusal.
  @Test(.enabled(if: geteuid() != 0, "root lists any folder"))
  func aSubFolderThatCannotBeListedIsNamed() throws {
    let dir = try Self.folder()
    defer {
      chmod(dir + "/locked", 0o755)
      try? FileManager.default.removeItem(atPath: dir)
    }
    try FileManager.default.createDirectory(atPath: dir + "/locked", withIntermediateDirectories: false)
    try "x".write(toFile: dir + "/locked/r.txt", atomically: true, encoding: .utf8)
    #expect(chmod(dir + "/locked", 0) == 0)
    let found = InputDiscovery.expand([dir])
    #expect(found.inputs.map(\.path) == [dir + "/good.txt"])
    #expect(found.errors.map(\.subject) == [dir + "/locked"])
    #expect(found.errors.map(\.reason) == ["folder not readable: permission denied"])
  }
}
