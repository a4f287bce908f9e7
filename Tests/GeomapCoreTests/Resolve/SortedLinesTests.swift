import Foundation
import Testing

@testable import GeomapCore

/// `SortedLines.withValue` (binary search by `memcmp` over the mapped bytes) must answer as a walk
/// over every line does.
@Suite struct SortedLinesTests {
  /// Every key's value by walking the lines.
  func walked(_ lines: SortedLines) -> [String: String] {
    var values: [String: String] = [:]
    lines.forEach { key, value in values[String(key)] = values[String(key)] ?? String(value) }
    return values
  }

  func check(_ lines: SortedLines, keys: [String]) {
    let values = walked(lines)
    for key in keys {
      #expect(lines.value(for: key).map(String.init) == values[key], "key «\(key)»")
    }
  }

  @Test func keysThatArePrefixesOfOthers() {
    let text = "#header\n\ta0\nab\t1\nab c\t2\nabc\t\nabd\t4,5\nb\t6\nz\t9\nقرية\t7\nقرية الف\t8"
    let data = Data(text.utf8)
    let lines = SortedLines(data: data, bodyStart: SortedLines.afterFirstLine(data))
    check(
      lines,
      keys: ["", "a", "ab", "ab ", "ab c", "ab cd", "abc", "abd", "abe", "b", "ba", "قرية", "قري",
        "قرية ال", "قرية الف", "z", "zz", "0", "ab\tc", "ab\nb"])
  }

  @Test func bundledNameIndex() throws {
    let dir = try #require(GeodataFilesDirectory())
    // Mapped, as the gazetteer reads it.
    let lines = SortedLines(memory: try #require(MappedBytes.map(path: dir.appendingPathComponent("names.idx").path)))
    var sample: [String] = []
    var n = 0
    lines.forEach { key, _ in
      if n % 4_999 == 0 {
        let key = String(key)
        sample += [key, key + " ا", key + "a", String(key.dropLast())]
      }
      n += 1
    }
    var found: [String: String] = [:]
    lines.forEach { key, value in
      if found[String(key)] == nil, sample.contains(String(key)) { found[String(key)] = String(value) }
    }
    for key in sample {
      #expect(lines.value(for: key).map(String.init) == found[key], "key «\(key)»")
    }
  }

  /// A mapped file answers as a copy of its bytes does; a file of only a header, or empty, has no
  /// lines; a missing file maps to nil.
  @Test func mappedFileAnswersAsItsBytes() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sorted-lines-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let texts = ["#header\n\ta0\nab\t1\nab c\t2\nabc\t\nabd\t4,5\nb\t6\nz\t9\nقرية\t7\nقرية الف\t8", "#header", "#header\n", ""]
    for (n, text) in texts.enumerated() {
      let url = dir.appendingPathComponent("\(n).idx")
      let data = Data(text.utf8)
      try data.write(to: url)
      let mapped = SortedLines(memory: try #require(MappedBytes.map(path: url.path)))
      let copied = SortedLines(data: data, bodyStart: SortedLines.afterFirstLine(data))
      #expect(mapped.bodyStart == copied.bodyStart, "text \(n)")
      #expect(Array(mapped.bytes) == Array(copied.bytes), "text \(n)")
      for key in ["", "a", "ab", "ab c", "abc", "abd", "b", "قرية", "قرية الف", "z", "zz", "#header"] {
        #expect(mapped.value(for: key) == copied.value(for: key), "text \(n), key «\(key)»")
      }
    }
    #expect(MappedBytes.map(path: dir.appendingPathComponent("missing.idx").path) == nil)
  }

  /// The search as it was before sampled lines and 8-byte words (`memcmp` at every step, `lo` a
  /// line start): the reference the narrowed search must answer as.
  static func referenceValue(_ lines: SortedLines, _ key: String) -> String? {
    let bytes = lines.bytes
    let target = Array(key.utf8)
    if target.contains(where: { $0 < 0x0B }) { return nil }
    var lo = lines.bodyStart
    var hi = bytes.count
    while lo < hi {
      let mid = (lo + hi) / 2
      var start = mid == lo ? lo : bytes.index(of: 0x0A, from: mid - 1) + 1
      if start >= hi { start = lo }
      let n = min(target.count, bytes.count - start)
      var order = 0
      for k in 0..<n where bytes[start + k] != target[k] {
        order = bytes[start + k] < target[k] ? -1 : 1
        break
      }
      if order == 0 {
        if n < target.count {
          order = -1
        } else if start + n < bytes.count && bytes[start + n] != 0x09 && bytes[start + n] != 0x0A {
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
      if order == 0 { return String(decoding: UnsafeBufferPointer(rebasing: bytes[valueStart..<end]), as: UTF8.self) }
      lo = end + 1
    }
    return nil
  }

  /// Keys found on the lines, and keys beside them: cut short, run on, and off by a last byte.
  static func keysAround(_ key: String) -> [String] {
    var bytes = Array(key.utf8)
    var around = [key, key + " ا", key + "a", key + "\u{7F}", String(key.dropLast()), String(key.unicodeScalars.dropLast())]
    if let last = bytes.popLast() {
      around.append(String(decoding: bytes + [last &+ 1], as: UTF8.self))
      around.append(String(decoding: bytes + [last &- 1], as: UTF8.self))
    }
    return around
  }

  /// Sampled every 1 to 40 bytes (every line, lines of one sample each, several lines a sample):
  /// the same values as the reference search, for keys on the lines, beside them, and of every
  /// length around the 8 bytes a word holds.
  @Test func sampledSearchAnswersAsTheReference() {
    var keys = ["a", "ab", "ab c", "abc", "abcdefg", "abcdefgh", "abcdefghi", "abcdefgh j", "abcdefgi", "b", "bcdefghijk", "z"]
    keys += ["قرية", "قرية ال", "قرية الف", "قريتين", "ق", "قر", "مدينة حلب الجديدة", "~"]
    keys.sort { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    let numbered: String = keys.enumerated().map { (k: Int, key: String) -> String in key + "\t\(k)" }.joined(separator: "\n")
    let emptyValues: String = keys.map { (key: String) -> String in key + "\t" }.joined(separator: "\n")
    let noTabs: String = keys.joined(separator: "\n")
    let texts: [String] = [
      "#header\n" + numbered, "#header\n" + numbered + "\n", "#header\n\ta0\n" + emptyValues, "#header\n" + noTabs,
      "#header\nab\t1", "#header\n", "#header", "",
    ]
    var asked = ["", "\t", "ab\tc", "ab\nb", "aa", "zz", "\u{7F}"]
    for key in keys { asked += Self.keysAround(key) }
    for (t, text) in texts.enumerated() {
      let data = Data(text.utf8)
      for spacing in [nil] + Array(1...40) {
        let lines = SortedLines(data: data, bodyStart: SortedLines.afterFirstLine(data), sampleSpacing: spacing)
        for key in asked {
          #expect(lines.value(for: key).map(String.init) == Self.referenceValue(lines, key), "text \(t), spacing \(spacing ?? 0), key «\(key)»")
        }
      }
    }
  }

  /// The bundled name index, sampled as the gazetteer samples it and every 64 bytes: every 97th
  /// key and keys beside it, and the loose keys of every run of one to three tokens of every
  /// fixture report, answer as the reference search.
  @Test(.enabled(if: GeodataFilesDirectory() != nil)) func bundledIndexSampledAnswersAsTheReference() throws {
    let dir = try #require(GeodataFilesDirectory())
    let memory = try #require(MappedBytes.map(path: dir.appendingPathComponent("names.idx").path))
    var asked = Set<String>()
    var n = 0
    SortedLines(memory: memory).forEach { key, _ in
      if n % 97 == 0 { asked.formUnion(Self.keysAround(String(key))) }
      n += 1
    }
    let reports = try RelateFastPathTests.reports()
    #expect(reports.count > 150)
    for text in reports {
      let tokens = Tokenizer.tokens(in: text).map(\.text)
      for i in tokens.indices {
        for length in 1...3 where i + length <= tokens.count {
          asked.insert(NameKey.loose(tokens: Array(tokens[i..<(i + length)])))
        }
      }
    }
    var found = 0
    for spacing in [8192, 64] {
      let lines = SortedLines(memory: memory, sampleSpacing: spacing)
      for key in asked {
        let value = lines.value(for: key).map(String.init)
        if value != Self.referenceValue(lines, key) { Issue.record("spacing \(spacing), key «\(key)»") }
        if value != nil { found += 1 }
      }
    }
    #expect(found > 10_000)
  }
}
