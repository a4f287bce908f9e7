import GeomapCore
import Testing

@testable import geomap

/// Every message is one terminal line whatever a file name or report holds; `mayNeedEscape` is the
/// byte-level shortcut that lets nearly every message through untouched, so it must never miss a
/// scalar `oneLine` escapes.
@Suite struct OneLineTests {
  /// The scalars a message must not carry raw: controls but tab, C1 controls, line and paragraph
  /// separators, bidi embeddings and overrides, bidi isolates.
  static func mustEscape(_ v: UInt32) -> Bool {
    (v < 0x20 && v != 0x09) || (0x7F...0x9F).contains(v) || (0x2028...0x202E).contains(v)
      || (0x2066...0x2069).contains(v)
  }

  /// Every scalar of the Basic Multilingual Plane up to U+2FFF, and some beyond, between letters.
  static var probes: [Unicode.Scalar] {
    (Array(0..<0x3000) + [0xFEFF, 0xFFFD, 0x1F600, 0x10FFFF]).compactMap(Unicode.Scalar.init)
  }

  @Test func theShortcutFindsExactlyTheScalarsToEscape() {
    let wrong = Self.probes.filter { s in
      mayNeedEscape("ab\(Character(s))cd") != Self.mustEscape(s.value)
    }
    #expect(wrong.isEmpty, "\(wrong.prefix(5).map { String($0.value, radix: 16) })")
  }

  @Test func oneLineLeavesNoScalarToEscapeAndKeepsTheRest() {
    for s in Self.probes {
      let text = "الرقة \(Character(s)) Raqqa"
      let line = oneLine(text)
      #expect(!line.unicodeScalars.contains { Self.mustEscape($0.value) })
      if !Self.mustEscape(s.value) { #expect(line == text) }
    }
    #expect(oneLine("a\nb\u{202E}c\td") == "a\\nb\\u{202E}c\td")
  }

  /// Diagnostics written as bytes are the lines `printErrors` writes of their `formatted` text,
  /// with and without a location, with sources and messages that need escaping.
  @Test func diagnosticLinesAreTheFormattedLinesEscaped() {
    // "é" written NFC then NFD: two files whose names are canonically equal, each kept as written.
    let sources = ["report.txt", "تقرير\u{202E}.txt", "a\nb.txt", "-", "r\u{E9}.txt", "re\u{301}.txt"]
    var diagnostics: [Diagnostic] = []
    for (k, source) in sources.enumerated() {
      diagnostics.append(Diagnostic(message: "'تل رفعت' has 3 candidates", source: source, line: k + 1, column: 14))
      diagnostics.append(Diagnostic(severity: .note, message: "line\r\nbreak \u{2066}x\u{0}", source: source, line: 1_234_567))
      diagnostics.append(Diagnostic(message: "no location", source: source))
      diagnostics.append(Diagnostic(message: "", source: source, line: nil, column: 3))
    }
    let expected = diagnostics.map { oneLine($0.formatted) + "\n" }.joined()
    // Compared as bytes: `==` on strings would accept a canonically equivalent line.
    #expect(diagnosticLines(diagnostics) == Array(expected.utf8))
    #expect(diagnosticLines([]).isEmpty)
  }
}
