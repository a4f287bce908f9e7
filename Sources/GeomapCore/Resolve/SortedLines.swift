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
  /// Sampled lines, in file order: a look-up narrows its range by them in memory before searching
  /// the file (see `Samples`); nil unless asked for. One reference: the gazetteer copies its
  /// `SortedLines` out of its storage at every look-up, retaining what they hold.
  private let samples: Samples?

  /// The lines of `memory` (a mapped file) after its header line; with a sampled line every
  /// `sampleSpacing` bytes when given (see `Samples`).
  init(memory: MappedBytes, sampleSpacing: Int? = nil) {
    self.memory = memory
    bytes = memory.bytes
    bodyStart = Self.afterFirstLine(bytes)
    samples = Samples(bytes, from: bodyStart, spacing: sampleSpacing)
  }

  /// The lines of a copy of `data` (an index built in memory) from `bodyStart` on; sampled as
  /// `init(memory:sampleSpacing:)` samples.
  init(data: Data, bodyStart: Int, sampleSpacing: Int? = nil) {
    memory = MappedBytes(copying: data)
    bytes = memory.bytes
    self.bodyStart = bodyStart
    samples = Samples(bytes, from: bodyStart, spacing: sampleSpacing)
  }

  /// The first line starting at or after every `spacing` bytes of the file, with its first 8 bytes
  /// (`word(_:at:)`).
  ///
  /// Sampling names.idx every 8 KB (some 1,900 lines, read once per process) leaves a look-up
  /// some 10 steps of its binary search over the file instead of 20: each step there finds a line
  /// start by `memchr` and compares, together some 2.7k instructions a new key.
  private final class Samples: Sendable {
    let starts: [Int]
    let words: [UInt64]

    /// nil when no spacing is given.
    init?(_ bytes: UnsafeBufferPointer<UInt8>, from bodyStart: Int, spacing: Int?) {
      guard let spacing else { return nil }
      precondition(spacing > 0, "a positive sample spacing")
      var starts: [Int] = []
      var words: [UInt64] = []
      starts.reserveCapacity((bytes.count - bodyStart) / spacing)
      words.reserveCapacity((bytes.count - bodyStart) / spacing)
      var at = bodyStart + spacing
      while at < bytes.count {
        let start = bytes.index(of: 0x0A, from: at - 1) + 1
        if start < bytes.count, start > starts.last ?? bodyStart {
          starts.append(start)
          words.append(SortedLines.word(bytes, at: start))
        }
        at += spacing
      }
      self.starts = starts
      self.words = words
    }

    /// The range of line starts `lo..<hi` within `lines` that the line of `key` lies in, if any:
    /// `lo` the last sampled line certainly before it, `hi` the first certainly after it.
    func range(_ key: KeyWords, in lines: (lo: Int, hi: Int)) -> (lo: Int, hi: Int) {
      // The first sample not below `key.low`, then the first above `key.high`.
      var a = 0
      var b = words.count
      while a < b {
        let m = (a + b) / 2
        if words[m] < key.low { a = m + 1 } else { b = m }
      }
      var c = a
      // Most keys are 8 bytes or more (`low` is `high`), and no sample starts as they do: `c` is `a`.
      if c < words.count && words[c] <= key.high {
        c += 1
        b = words.count
        while c < b {
          let m = (c + b) / 2
          if words[m] <= key.high { c = m + 1 } else { b = m }
        }
      }
      return (a > 0 ? starts[a - 1] : lines.lo, c < starts.count ? starts[c] : lines.hi)
    }
  }

  /// The 8 bytes from `start` (a line's start) as a big-endian number, zeros past the end of
  /// `bytes`.
  @inline(__always)
  static func word(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> UInt64 {
    precondition(start >= 0 && start < bytes.count, "a start inside the buffer")
    if start + 8 <= bytes.count {
      return UInt64(bigEndian: UnsafeRawPointer(bytes.baseAddress! + start).loadUnaligned(as: UInt64.self))
    }
    var word: UInt64 = 0
    withUnsafeMutableBytes(of: &word) {
      $0.baseAddress!.copyMemory(from: bytes.baseAddress! + start, byteCount: bytes.count - start)
    }
    return UInt64(bigEndian: word)
  }

  /// A key's first 8 bytes as two big-endian numbers, padded with 0x00 (`low`) and with 0xFF
  /// (`high`), which order most lines against the key from a line's `word` alone.
  ///
  /// The key's bytes are none below 0x0B, and the bytes after a line's key (a tab, a newline, the
  /// next line, zeros past the end) all are. So a line whose word is below `low` differs from
  /// the key first at one of the key's bytes, and there is smaller: its key sorts before. A line
  /// whose word is above `high` differs first at one of the key's bytes too, and is larger: its
  /// key sorts after. The lines between (whose keys start as this key does) need their bytes
  /// compared.
  struct KeyWords {
    let low: UInt64
    let high: UInt64

    init(_ key: UnsafeBufferPointer<UInt8>) {
      guard let base = key.baseAddress, !key.isEmpty else {
        // The empty key: no word decides (the empty key sorts first, before a key's tab).
        low = 0
        high = .max
        return
      }
      var word: UInt64 = 0
      withUnsafeMutableBytes(of: &word) { $0.baseAddress!.copyMemory(from: base, byteCount: min(8, key.count)) }
      low = UInt64(bigEndian: word)
      high = low | UInt64.max >> (8 * min(8, key.count))
    }
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
      // The line of `key`, if any, starts in `lo..<hi`. The line compared is the first one starting
      // at or after the middle, found forward by `memchr` (scanning back to the middle's line start
      // a byte at a time, and comparing the keys a byte at a time, cost 3.8k instructions a
      // look-up of a new key); a line before the key moves `lo` just past its start (not to its
      // end, which took a second `memchr`).
      let words = KeyWords(target)
      var (lo, hi) = samples?.range(words, in: (bodyStart, bytes.count)) ?? (bodyStart, bytes.count)
      while lo < hi {
        var start = lineStart(atOrAfter: (lo + hi) / 2)
        // No line starts in the upper half: the range's first line is compared instead.
        if start >= hi {
          start = lineStart(atOrAfter: lo)
          if start >= hi { return nil }
        }
        let n = min(target.count, bytes.count - start)
        // Most lines are ordered by their first 8 bytes (`KeyWords`), without a `memcmp` call.
        let word = Self.word(bytes, at: start)
        var order = word < words.low ? -1 : word > words.high ? 1 : 0
        if order == 0, n > 0 { order = Int(memcmp(bytes.baseAddress! + start, target.baseAddress!, n)).signum() }
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
        } else if order < 0 {
          lo = start + 1
        } else {
          let keyEnd = start + n
          let valueStart = keyEnd < bytes.count && bytes[keyEnd] == 0x09 ? keyEnd + 1 : keyEnd
          return body(UnsafeBufferPointer(rebasing: bytes[valueStart..<bytes.index(of: 0x0A, from: valueStart)]))
        }
      }
      return nil
    }
  }

  /// The first line start at or after byte `p` (`bytes.count` when none).
  @inline(__always)
  private func lineStart(atOrAfter p: Int) -> Int {
    if p <= bodyStart { return bodyStart }
    if bytes[p - 1] == 0x0A { return p }
    return min(bytes.index(of: 0x0A, from: p) + 1, bytes.count)
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
