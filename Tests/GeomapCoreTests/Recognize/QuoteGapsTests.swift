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
}
