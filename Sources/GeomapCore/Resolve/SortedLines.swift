import Foundation

/// A memory-mapped text file of `key<TAB>value` lines sorted by the key's UTF-8 bytes, searched in place.
///
/// Binary search over the mapped bytes (the way `look(1)` searches a sorted file) makes a cold lookup
/// touch a few pages instead of parsing the whole index; no listed package offers this.
struct SortedLines: @unchecked Sendable {
  /// The file's bytes (`memory`'s, never written: hence `@unchecked Sendable`).
  let bytes: UnsafeBufferPointer<UInt8>
  /// The file (or copy) `bytes` lie in.
  let memory: MappedBytes
  /// Byte offset of the first line after the header.
  let bodyStart: Int

  /// The lines of `memory` (a mapped file) after its header line.
  init(memory: MappedBytes) {
    self.memory = memory
    bytes = memory.bytes
    bodyStart = Self.afterFirstLine(bytes)
  }

  /// The lines of a copy of `data` (an index built in memory) from `bodyStart` on.
  init(data: Data, bodyStart: Int) {
    memory = MappedBytes(copying: data)
    bytes = memory.bytes
    self.bodyStart = bodyStart
  }

  /// The value of the line whose key equals `key`, if any.
  func value(for key: String) -> Substring? {
    withValue(for: key) { String(decoding: $0, as: UTF8.self)[...] }
  }

  /// `body` over the UTF-8 bytes of the value of the line whose key equals `key`; nil when no line
  /// has that key.
  func withValue<R>(for key: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
    var key = key
    return key.withUTF8 { target in
      // No key holds a control character (keys are tokens joined by spaces), so a key that does is
      // on no line; for every other key the tab or newline ending a line's key is a smaller byte
      // than any of the key's, and comparing bytes orders the line as comparing keys does.
      if target.contains(where: { $0 < 0x0B }) { return nil }
      // `lo` and `hi` are line starts (or the end); the line compared is the first one starting at
      // or after the middle, found forward by `memchr` (scanning back to the middle's line start
      // a byte at a time, and comparing the keys a byte at a time, cost 3.8k instructions a
      // look-up of a new key).
      var lo = bodyStart
      var hi = bytes.count
      while lo < hi {
        let mid = (lo + hi) / 2
        var start = mid == lo ? lo : bytes.index(of: 0x0A, from: mid - 1) + 1
        // No line starts in the upper half: the range's first line is compared instead.
        if start >= hi { start = lo }
        let n = min(target.count, bytes.count - start)
        var order = n == 0 ? 0 : Int(memcmp(bytes.baseAddress! + start, target.baseAddress!, n)).signum()
        if order == 0 {
          if n < target.count {
            order = -1
          } else if start + n < bytes.count && bytes[start + n] != 0x09 && bytes[start + n] != 0x0A {
            // The line's key goes on past `key`.
            order = 1
          }
        }
        if order > 0 {
          hi = start
          continue
        }
        let keyEnd = start + n
        let valueStart = order == 0 && keyEnd < bytes.count && bytes[keyEnd] == 0x09 ? keyEnd + 1 : keyEnd
        let end = bytes.index(of: 0x0A, from: order == 0 ? valueStart : start)
        if order == 0 { return body(UnsafeBufferPointer(rebasing: bytes[valueStart..<end])) }
        lo = end + 1
      }
      return nil
    }
  }

  /// Calls `body` with each (key, value) line in file order.
  func forEach(_ body: (Substring, Substring) -> Void) {
    var start = bodyStart
    while start < bytes.count {
      let end = bytes.index(of: 0x0A, from: start)
      let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
      if let tab = line.firstIndex(of: "\t") {
        body(line[..<tab], line[line.index(after: tab)...])
      } else {
        body(line[...], ""[...])
      }
      start = end + 1
    }
  }

  /// Calls `body` with the FNV-1a hash of each line's key and whether its value is non-empty,
  /// without building Strings.
  func forEachKeyHash(_ body: (UInt64, Bool) -> Void) {
    var start = bodyStart
    while start < bytes.count {
      var tab = start
      while tab < bytes.count && bytes[tab] != 0x09 && bytes[tab] != 0x0A { tab += 1 }
      var end = tab
      while end < bytes.count && bytes[end] != 0x0A { end += 1 }
      let hash = FNV1a.hash64(bytes: UnsafeBufferPointer(rebasing: bytes[start..<tab]))
      body(hash, end > tab + 1)
      start = end + 1
    }
  }

  /// The line of `bytes` (a `SortedLines.bytes`) starting at byte `offset`, without its newline;
  /// nil when `offset` is outside them.
  static func line(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
    guard offset >= 0, offset < bytes.count else { return nil }
    return UnsafeBufferPointer(rebasing: bytes[offset..<bytes.index(of: 0x0A, from: offset)])
  }

  /// Byte offset just past the first line (the header).
  static func afterFirstLine(_ data: Data) -> Int {
    guard let newline = data.firstIndex(of: 0x0A) else { return data.count }
    return newline - data.startIndex + 1
  }

  /// `afterFirstLine` of bytes in place.
  static func afterFirstLine(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    min(bytes.index(of: 0x0A, from: 0) + 1, bytes.count)
  }
}

extension UnsafeBufferPointer<UInt8> {
  /// The index of the first `byte` at or after `start`, `count` when there is none. By `memchr`,
  /// which tests many bytes a step: a gazetteer row runs to kilobytes of variant names, and loops
  /// over its bytes a byte at a time (for its end, its tabs and its "|"s) were a sixth of parsing it.
  func index(of byte: UInt8, from start: Int) -> Int {
    precondition(start >= 0, "a start inside the buffer")
    guard start < count, let base = baseAddress, let hit = memchr(base + start, Int32(byte), count - start)
    else { return count }
    return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
  }
}
