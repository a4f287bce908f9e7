import Foundation
import Testing

/// A sub-folder a refresh job cannot list is named on stderr (exit 2) and the readable reports are
/// still written. Root lists a folder of mode 000 all the same, and CI runs as root, so the core
/// test (`InputDiscoveryProblemsTests.aSubFolderThatCannotBeListedIsNamed`) skips there; run as
/// root, this one runs the binary as `nobody` through setpriv, so CI sees the refusal too.
@Suite struct UnlistableFolderCLITests {
  @Test func aFolderThatCannotBeListedIsNamedAndTheRestWritten() throws {
    var launcher: [String] = []
    if geteuid() == 0 {
      guard let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].first(where: FileManager.default.isExecutableFile)
      else {
        if ProcessInfo.processInfo.environment["CI"] == "true" {
          Issue.record("CI=true but setpriv (util-linux) is not installed to run the check as a user")
        } else {
          print("skipping: running as root without setpriv, and root lists any folder")
        }
        return
      }
      launcher = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
    }
    let fm = FileManager.default
    let dir = fm.temporaryDirectory.appendingPathComponent("geomap-unlistable-\(UUID().uuidString)")
    let reports = dir.appendingPathComponent("reports")
    let locked = reports.appendingPathComponent("locked")
    let out = dir.appendingPathComponent("out")
    try fm.createDirectory(at: locked, withIntermediateDirectories: true)
    try fm.createDirectory(at: out, withIntermediateDirectories: true)
    defer {
      chmod(locked.path, 0o755)
      try? fm.removeItem(at: dir)
    }
    try Data("Clashes broke out in Raqqa on Sunday.\n".utf8).write(to: reports.appendingPathComponent("good.txt"))
    try Data("اشتباكات في حمص.\n".utf8).write(to: locked.appendingPathComponent("hidden.txt"))
    for path in [dir, reports] { #expect(chmod(path.path, 0o755) == 0) }
    #expect(chmod(out.path, 0o777) == 0)  // writable by the user the check runs as
    #expect(chmod(locked.path, 0) == 0)
    let run = try runGeomap(["export", reports.path, "-o", out.path], launcher: launcher)
    #expect(run.status == 2, "stderr: \(run.stderr)")
    #expect(run.stderr.contains("\(locked.path): folder not readable: permission denied"), "stderr: \(run.stderr)")
    let written = try fm.contentsOfDirectory(atPath: out.path)
    #expect(written.contains("good.kml") && written.contains("good.places.geojson"), "\(written)")
    #expect(!written.contains { $0.hasPrefix("hidden") })
  }
}
