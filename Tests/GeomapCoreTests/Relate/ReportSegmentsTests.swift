import Foundation
import Testing

@testable import GeomapCore

@Suite struct ReportSegmentsTests {
  @Test func segmentsCoverTheTextAndCutAtParagraphs() {
    let paragraph = String(repeating: "خرج مقاتلو التنظيم من الرقة باتجاه تدمر. ", count: 40)
    let text = Array(repeating: paragraph, count: 12).joined(separator: "\n\n")
    let ranges = ReportSegments.ranges(of: text, targetLength: 5_000)
    let scalars = Array(text.unicodeScalars)
    #expect(ranges.count > 1)
    #expect(ranges.first?.lowerBound == 0 && ranges.last?.upperBound == scalars.count)
    for (a, b) in zip(ranges, ranges.dropFirst()) { #expect(a.upperBound == b.lowerBound) }
    for r in ranges.dropLast() {
      #expect(scalars[r.upperBound - 1] == "\n", "cut inside a paragraph at \(r.upperBound)")
      #expect(r.count <= 5_000)
    }
  }

  @Test func oneHugeLineIsCutAtSentencesOrSpaces() {
    let text = String(repeating: "ISIS fighters left Raqqa for Palmyra. ", count: 2_000)
    let ranges = ReportSegments.ranges(of: text, targetLength: 3_000)
    let scalars = Array(text.unicodeScalars)
    // Cut after a full stop that ends a sentence, never inside a word.
    for r in ranges.dropLast() { #expect(scalars[r.upperBound - 1] == ".") }
    #expect(ranges.reduce(0) { $0 + $1.count } == scalars.count)
  }

  /// Cuts found over UTF-8 bytes fall where a walk over decoded scalars puts them, on text of one-
  /// to four-byte scalars (Latin, Arabic with harakat, CJK, emoji), odd spaces and sentence marks.
  @Test func byteWalkCutsWhereTheScalarWalkDoes() {
    let pieces = [
      "ISIS fighters left Raqqa. ", "خرج مقاتلو التنظيم مِنَ الرقة؟ ", "🙂🚚 convoy ", "北京\u{3000}",
      "a\u{00A0}b\u{2029}", "end!\n", "\n\n", "۔ ", "é ", "x",
    ]
    var text = ""
    var k = 0
    while text.unicodeScalars.count < 3_000 {
      text += pieces[(k * 7 + k / 3) % pieces.count]
      k += 1
    }
    let scalars = Array(text.unicodeScalars)
    for target in [2, 7, 50, 333, 1_000] {
      let segments = ReportSegments.segments(of: text, targetLength: target)
      #expect(segments.map(\.offsets) == Self.scalarWalkRanges(scalars, target), "target \(target)")
      for s in segments {
        #expect(Array(s.text.unicodeScalars) == Array(scalars[s.offsets]), "target \(target)")
      }
      // The lines before each segment, counted with the cuts, are the newlines before its start.
      for p in ReportSegments.parts(of: text, targetLength: target) {
        #expect(p.lines == scalars[..<p.offsets.lowerBound].filter { $0 == "\n" }.count, "target \(target)")
      }
    }
  }

  /// The cut rule over decoded scalars: the last paragraph break in the second half of a window,
  /// else the last sentence end, else the last whitespace, else the window's end.
  static func scalarWalkRanges(_ s: [Unicode.Scalar], _ target: Int) -> [Range<Int>] {
    func isEnd(_ c: Unicode.Scalar, _ next: Unicode.Scalar?) -> Bool {
      c == "\n" || (".!?\u{061F}\u{06D4}".unicodeScalars.contains(c) && (next?.properties.isWhitespace ?? false))
    }
    var out: [Range<Int>] = []
    var start = 0
    while start < s.count {
      let limit = min(start + target, s.count)
      var cut = limit
      if limit < s.count {
        var sentence: Int?
        var space: Int?
        var paragraph: Int?
        var i = limit
        while i - start > (limit - start) / 2 {
          let after = i
          i -= 1
          if s[i] == "\n", i > start, s[i - 1] == "\n" {
            paragraph = after
            break
          }
          if sentence == nil, isEnd(s[i], s[after]) { sentence = after }
          if space == nil, s[i].properties.isWhitespace { space = after }
        }
        cut = paragraph ?? sentence ?? space ?? limit
      }
      out.append(start..<cut)
      start = cut
    }
    return out
  }

  /// A long report read in segments keeps every span pointing at its surface in the whole text.
  @Test func longReportSpansPointIntoTheWholeText() throws {
    let gazetteer = try Gazetteer.bundled()
    let seed = try String(contentsOf: fixtureURL("reports/seed-000.ar.txt"), encoding: .utf8)
    let text = Array(repeating: seed, count: 8).joined(separator: "\n\n")
    let report = try ReportDecoder.decode(Data(text.utf8), source: "long.txt")
    let reader = ReportReader(gazetteer: gazetteer)
    let whole = reader.read(report, date: nil)
    let single = reader.read(try ReportDecoder.decode(Data(seed.utf8), source: "seed"), date: nil)
    #expect(ReportSegments.ranges(of: report.text).count > 1)
    #expect(whole.date?.description == "2017-07-04")
    #expect(whole.mentions.count == single.mentions.count * 8)
    let scalars = Array(report.text.unicodeScalars)
    for m in whole.mentions {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[m.start..<m.end])
      #expect(String(view) == m.surface)
    }
    for m in whole.movements {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[m.evidence.start..<m.evidence.end])
      #expect(String(view) == m.evidence.quote)
    }
  }
}
