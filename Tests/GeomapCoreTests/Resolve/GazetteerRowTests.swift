import Foundation
import Testing

@testable import GeomapCore

/// Rows are split over scalars; the pieces must be the Character split's.
@Suite struct GazetteerRowTests {
  func characterSplit(_ text: Substring, _ separator: Character, _ omitting: Bool) -> [String] {
    text.split(separator: separator, omittingEmptySubsequences: omitting).map(String.init)
  }

  @Test func splitsAsCharactersDo() {
    let cases: [Substring] = [
      "الرقة|Raqqa|Ar Raqqah", "|a||b|", "", "|", "Ḩamāh|حماة", "تل|ً|x",  // a haraka after "|"
      "\u{0600}|x",  // a prepend before "|" joins it
      "a|\u{301}b", "a\tb\t\tc\t", "\r\n|\r\n",
      "کفر|ی|Ḩ|ṣ‘|’x", "ی|\u{0670}", "\u{06DD}|ک", "ۓ|\u{06D6}",  // a prepend or mark beside one
    ]
    for text in cases {
      #expect(GazetteerRow.split(text, at: "|", omittingEmpty: true).map(String.init) == characterSplit(text, "|", true))
      #expect(GazetteerRow.split(text, at: "|", omittingEmpty: false).map(String.init) == characterSplit(text, "|", false))
      #expect(GazetteerRow.split(text, at: "\t", omittingEmpty: false).map(String.init) == characterSplit(text, "\t", false))
    }
  }

  /// Every 25th row of the bundled gazetteer splits into the same fields and variants.
  @Test(.enabled(if: GeodataFilesDirectory() != nil)) func bundledRowsSplitAsCharactersDo() throws {
    let dir = try #require(GeodataFilesDirectory())
    let text = try String(contentsOf: dir.appendingPathComponent("places.tsv"), encoding: .utf8)
    var rows = 0
    for (n, line) in text.split(separator: "\n").enumerated() where n % 25 == 0 {
      let fields = GazetteerRow.split(line, at: "\t", omittingEmpty: false)
      #expect(fields.map(String.init) == characterSplit(line, "\t", false))
      if fields.count > 12 {
        #expect(GazetteerRow.split(fields[12], at: "|", omittingEmpty: true).map(String.init) == characterSplit(fields[12], "|", true))
      }
      rows += 1
    }
    #expect(rows > 1000)
  }
}
