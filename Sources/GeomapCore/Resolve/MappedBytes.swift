import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Bytes read in place for as long as this object lives: a file's, memory-mapped, or memory handed
/// over (allocated here, and freed with it). Never written after `init` (hence `@unchecked
/// Sendable`), so its pointer can be read from any thread without a lock.
///
/// The gazetteer's index files and hash table are read through it: a `Data`'s `withUnsafeBytes`
/// on every look-up (its representation copied, retained and switched on each time) cost some 1k
/// instructions per new name key.
final class MappedBytes: @unchecked Sendable {
  let base: UnsafeRawPointer?
  let count: Int
  private let isMapped: Bool

  /// Adopts `base` (`count` bytes, from `UnsafeMutableRawPointer.allocate`), freed with this object.
  init(adopting base: UnsafeMutableRawPointer, count: Int) {
    self.base = UnsafeRawPointer(base)
    self.count = count
    isMapped = false
  }

  /// A copy of `data`.
  convenience init(copying data: Data) {
    let memory = UnsafeMutableRawPointer.allocate(byteCount: max(1, data.count), alignment: 8)
    data.copyBytes(to: memory.assumingMemoryBound(to: UInt8.self), count: data.count)
    self.init(adopting: memory, count: data.count)
  }

  private init(mapped base: UnsafeRawPointer?, count: Int) {
    self.base = base
    self.count = count
    isMapped = true
  }

  /// The file at `path`, memory-mapped (an empty file maps to no bytes); nil when it cannot be
  /// opened or mapped.
  static func map(path: String) -> MappedBytes? {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { return nil }
    let size = Int(info.st_size)
    guard size > 0 else { return MappedBytes(mapped: nil, count: 0) }
    guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else { return nil }
    return MappedBytes(mapped: UnsafeRawPointer(base), count: size)
  }

  deinit {
    guard let base else { return }
    if isMapped { munmap(UnsafeMutableRawPointer(mutating: base), count) } else { base.deallocate() }
  }

  /// The bytes (valid while this object lives).
  var bytes: UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: base?.assumingMemoryBound(to: UInt8.self), count: count)
  }
}
