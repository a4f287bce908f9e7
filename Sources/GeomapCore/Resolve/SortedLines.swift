import Foundation

/// A memory-mapped text file of `key<TAB>value` lines sorted by the key's UTF-8 bytes, searched in place.
///
/// Binary search over the mapped bytes (the way `look(1)` searches a sorted file) makes a cold lookup
/// touch a few pages instead of parsing the whole index; no listed package offers this.
struct SortedLines: Sendable {
  let data: Data
  /// Byte offset of the first line after the header.
  let bodyStart: Int

  init(data: Data, bodyStart: Int) {
    self.data = data
    self.bodyStart = bodyStart
  }

  /// The value of the line whose key equals `key`, if any.
  func value(for key: String) -> Substring? {
    let target = Array(key.utf8)
    return data.withUnsafeBytes { raw -> Substring? in
      let bytes = raw.bindMemory(to: UInt8.self)
      var lo = bodyStart
      var hi = bytes.count
      while lo < hi {
        let mid = (lo + hi) / 2
        var start = mid
        while start > lo && bytes[start - 1] != 0x0A { start -= 1 }
        var end = start
        while end < bytes.count && bytes[end] != 0x0A { end += 1 }
        var tab = start
        while tab < end && bytes[tab] != 0x09 { tab += 1 }
        let order = compare(bytes, start, tab, target)
        if order == 0 {
          let valueStart = min(tab + 1, end)
          return String(decoding: UnsafeBufferPointer(rebasing: bytes[valueStart..<end]), as: UTF8.self)[...]
        }
        if order < 0 { lo = end + 1 } else { hi = start }
      }
      return nil
    }
  }

  /// Calls `body` with each (key, value) line in file order.
  func forEach(_ body: (Substring, Substring) -> Void) {
    data.withUnsafeBytes { raw in
      let bytes = raw.bindMemory(to: UInt8.self)
      var start = bodyStart
      while start < bytes.count {
        var end = start
        while end < bytes.count && bytes[end] != 0x0A { end += 1 }
        let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        if let tab = line.firstIndex(of: "\t") {
          body(line[..<tab], line[line.index(after: tab)...])
        } else {
          body(line[...], ""[...])
        }
        start = end + 1
      }
    }
  }

  /// Calls `body` with the FNV-1a hash of each line's key and whether its value is non-empty,
  /// without building Strings.
  func forEachKeyHash(_ body: (UInt64, Bool) -> Void) {
    data.withUnsafeBytes { raw in
      let bytes = raw.bindMemory(to: UInt8.self)
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
  }

  /// The line starting at byte `offset`, without its newline.
  func line(at offset: Int) -> Substring? {
    guard offset >= 0, offset < data.count else { return nil }
    return data.withUnsafeBytes { raw -> Substring in
      let bytes = raw.bindMemory(to: UInt8.self)
      var end = offset
      while end < bytes.count && bytes[end] != 0x0A { end += 1 }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self)[...]
    }
  }

  private func compare(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ target: [UInt8]
  ) -> Int {
    let n = min(end - start, target.count)
    for i in 0..<n where bytes[start + i] != target[i] {
      return bytes[start + i] < target[i] ? -1 : 1
    }
    return (end - start) - target.count
  }

  /// Byte offset just past the first line (the header).
  static func afterFirstLine(_ data: Data) -> Int {
    guard let newline = data.firstIndex(of: 0x0A) else { return data.count }
    return newline - data.startIndex + 1
  }
}
