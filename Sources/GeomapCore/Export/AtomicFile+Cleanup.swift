import Foundation

extension AtomicFile {
  /// Serialises atomic writes within the process.
  static let gate = NSLock()

  /// Waits for the write in flight to finish and blocks every later one, for a process about to
  /// exit on a signal: after this no temporary file can appear.
  public static func stopWrites() {
    gate.lock()
  }

  /// Deletes the temporaries `write` makes (`.NAME.tmp-XXXXXX`) in `directory`: left by a run
  /// killed with SIGKILL, or found when exiting on a signal. Only safe while holding the folder's
  /// lock, since another run's temporaries look the same. Returns the names removed.
  @discardableResult
  public static func removeTemporaries(in directory: URL) -> [String] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
    var removed: [String] = []
    for name in names.sorted() where isTemporaryName(name) {
      if unlink(directory.appendingPathComponent(name).path) == 0 { removed.append(name) }
    }
    return removed
  }

  /// `.seed.kml.tmp-a1B2c3`.
  public static func isTemporaryName(_ name: String) -> Bool {
    guard name.hasPrefix("."), let r = name.range(of: ".tmp-", options: .backwards) else { return false }
    return name[r.upperBound...].count == 6
  }
}
