import Foundation

/// Writes files whole or not at all: a temporary file in the same folder, then rename(2), so a
/// reader polling the folder never sees half a file and an error leaves no temporary behind.
public enum AtomicFile {
  /// Writes one file whole or not at all.
  public static func write(_ data: Data, to url: URL) throws {
    try writeAll([(data, url)])
  }

  /// Writes several files as one unit, as far as POSIX allows: every file is first written and
  /// synced to a temporary beside it, and only when all are staged (and no target is a folder)
  /// are they renamed into place. A failure before that point leaves no file touched and no
  /// temporary behind, so a report never ends up with only some of its outputs rewritten.
  public static func writeAll(_ files: [(data: Data, url: URL)]) throws {
    // Held from the first mkstemp to the last rename, so an interrupted run can wait for the files
    // in flight and then remove every temporary (see `stopWrites()`).
    gate.lock()
    defer { gate.unlock() }
    var staged: [(temp: String, url: URL)] = []
    defer { for s in staged { unlink(s.temp) } }
    for (data, url) in files {
      staged.append((try stage(data, besides: url), url))
    }
    for s in staged {
      var info = stat()
      if lstat(s.url.path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
        throw GeomapError(.output, s.url.path, "cannot write: is a directory")
      }
    }
    while let s = staged.first {
      guard rename(s.temp, s.url.path) == 0 else {
        throw GeomapError(.output, s.url.path, "cannot write: \(errnoText())")
      }
      staged.removeFirst()
    }
  }

  /// Writes `data` to a new temporary file in `url`'s folder and returns its path.
  private static func stage(_ data: Data, besides url: URL) throws -> String {
    let directory = url.deletingLastPathComponent().path
    var template = Array("\(directory)/.\(url.lastPathComponent).tmp-XXXXXX".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
      guard let base = buffer.baseAddress else { return -1 }
      return mkstemp(base)
    }
    guard fd >= 0 else {
      throw GeomapError(.output, url.path, "cannot create a file in \(directory): \(errnoText())")
    }
    let tempPath = String(
      decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var ok = true
    var reason = ""
    data.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        let n = Foundation.write(fd, raw.baseAddress?.advanced(by: offset), raw.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          ok = false
          reason = errnoText()
          return
        }
        offset += n
      }
    }
    if ok && fsync(fd) != 0 {
      ok = false
      reason = errnoText()
    }
    close(fd)
    // mkstemp creates 0600; output files are ordinary shareable files.
    if ok && chmod(tempPath, 0o644) != 0 {
      ok = false
      reason = errnoText()
    }
    if !ok {
      unlink(tempPath)
      throw GeomapError(.output, url.path, "cannot write: \(reason)")
    }
    return tempPath
  }

  private static func errnoText() -> String { String(cString: strerror(errno)).lowercased() }
}
