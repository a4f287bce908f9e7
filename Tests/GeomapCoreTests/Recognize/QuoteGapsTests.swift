import Testing

@testable import GeomapCore

@Suite struct QuoteGapsTests {
  @Test func countsGapsHoldingQuoteMarks() {
    // Tokens: أطلق(0) حملة(1) «الرقة(2) تذبح(3) بصمت»(4) في(5) المدينة(6)
    let doc = ReportText("أطلق حملة «الرقة تذبح بصمت» في المدينة")
    #expect(doc.tokens.count == 7)
    let quotes = QuoteGaps(doc)
    #expect(quotes.anyMark(before: 2...2))
    #expect(quotes.anyMark(before: 5...5))
    #expect(!quotes.anyMark(before: 3...4))
    #expect(!quotes.anyMark(before: 6...7))
    #expect(quotes.anyMark(before: -3...3))
  }

  @Test func textAfterTheLastTokenIsTheLastGap() {
    let doc = ReportText("\"Raqqa is being slaughtered silently\"")
    let quotes = QuoteGaps(doc)
    let n = doc.tokens.count
    #expect(quotes.anyMark(before: n...(n + 3)))
    #expect(!quotes.anyMark(before: 1...(n - 1)))
    #expect(quotes.anyMark(before: 0...0))
  }

  /// The answers `QuoteGaps` gave when it read every gap of the report's scalars: a running count
  /// of the gaps holding a mark, a range holding one when the count rose across it.
  static func referenceAnyMark(_ doc: ReportText) -> (ClosedRange<Int>) -> Bool {
    var counts = [0]
    var running = 0
    for i in 0...doc.tokens.count {
      let lo = i == 0 ? 0 : doc.tokens[i - 1].end
      let hi = min(i < doc.tokens.count ? doc.tokens[i].start : doc.scalars.count, doc.scalars.count)
      if lo < hi, doc.scalars[lo..<hi].contains(where: PlaceRecognizer.isQuoteMark) { running += 1 }
      counts.append(running)
    }
    return { range in
      let lo = max(0, range.lowerBound)
      let hi = min(doc.tokens.count, range.upperBound)
      guard lo <= hi else { return false }
      return counts[hi + 1] > counts[lo]
    }
  }

  /// Every range `quotedName` asks of (seven gaps around a span of one to three tokens) and a few
  /// wider and narrower ones, on every fixture report and on crafted texts: marks at both ends,
  /// inside tokens, several in one gap, and the bytes around them (« is C2 AB, “ is E2 80 9C).
  @Test func answersAsReadingEveryGap() throws {
    let crafted = [
      "", "\"", "«»", "\"Raqqa\"", "«الرقة»", " «الرقة تذبح بصمت» ", "عملية “عاصفة الجزيرة” في",
      "a \" b", "x«", "»x", "\"a\" \"b\" \"c\"", "a «« b »» c", "a\u{00A0}b ‘c’ d – e", "Kafr“Nabl” x",
      "ا\u{00AA}ب \u{2018}ج\u{201E} د", "x \u{201C}", "\u{201D}",
    ]
    var checked = 0
    var marked = 0
    for text in try ScanWordFastPathTests.texts().reports + crafted {
      let doc = ReportText(text)
      let quotes = QuoteGaps(doc)
      let reference = Self.referenceAnyMark(doc)
      let n = doc.tokens.count
      for first in -2...(n + 1) {
        for length in [0, 1, 2, 3, 7] {
          for range in [(first - 3)...(first + length + 3), first...(first + length)] {
            let answer = quotes.anyMark(before: range)
            #expect(answer == reference(range), "\(range) in \(text.prefix(60))")
            if answer { marked += 1 }
            checked += 1
          }
        }
      }
    }
    #expect(checked > 100_000)
    #expect(marked > 1_000)
  }
}
