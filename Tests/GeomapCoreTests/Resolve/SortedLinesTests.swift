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
    let data = try Data(contentsOf: dir.appendingPathComponent("names.idx"), options: .alwaysMapped)
    let lines = SortedLines(data: data, bodyStart: SortedLines.afterFirstLine(data))
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
}
