import Foundation

/// An exclusive lock on an output folder, so two runs cannot interleave their files there.
///
/// flock(2) on the folder itself (Linux and macOS lock directories too): the kernel drops the lock
/// when the process ends, however it ends, so a killed run never leaves a stale lock, and no lock
/// file appears among the outputs a web map or QGIS project reads.
public final class FolderLock: @unchecked Sendable {
  private var fd: Int32

  /// Takes the lock without waiting; a folder locked by another run is a `GeomapError` naming it.
  public init(folder: URL) throws {
    fd = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else {
      throw GeomapError(.output, folder.path, "cannot open the output folder to lock it: \(Self.errnoText())")
    }
    if flock(fd, LOCK_EX | LOCK_NB) != 0 {
      let busy = errno == EWOULDBLOCK
      let reason = Self.errnoText()
      close(fd)
      fd = -1
      throw GeomapError(
        .output, folder.path,
        busy
          ? "another geomap export is writing to this folder; try again when it has finished"
          : "cannot lock the output folder: \(reason)")
    }
  }

  /// Releases the lock (also released when the process exits).
  public func release() {
    guard fd >= 0 else { return }
    flock(fd, LOCK_UN)
    close(fd)
    fd = -1
  }

  deinit { release() }

  private static func errnoText() -> String { String(cString: strerror(errno)).lowercased() }
}
