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
}
