import Dispatch
import Foundation
import GeomapCore

/// On SIGINT or SIGTERM: let the file being renamed into place finish, delete every temporary in
/// the output folder (the run holds the folder's lock, so they are all its own), then exit with
/// the shell's status for the signal (128 + its number).
///
/// The handler runs on its own serial queue, so it still runs while the report workers keep every
/// core busy; it ends with `_exit` because libdispatch keeps the signal blocked on its threads,
/// where re-raising it would never be delivered.
enum SignalCleanup {
  nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

  private static let queue = DispatchQueue(label: "geomap.signals")

  static func install(folder: URL) {
    for sig in [SIGINT, SIGTERM] {
      signal(sig, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: sig, queue: queue)
      source.setEventHandler {
        AtomicFile.stopWrites()
        AtomicFile.removeTemporaries(in: folder)
        _exit(128 + sig)
      }
      source.resume()
      sources.append(source)
    }
  }
}
