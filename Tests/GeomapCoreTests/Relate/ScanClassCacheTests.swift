import Testing

@testable import GeomapCore

/// `CueIndex.scanClasses` (each token's movement scan classes, remembered by spelling) is what the
/// movement rules computed per token before: `MovementExtractor.scanClasses.mask(doc.forms[t])`,
/// bit for bit `!doc.forms[t].isDisjoint(with: class.words)`.
@Suite struct ScanClassCacheTests {
  @Test func everyFixtureTokenHasItsFormsClasses() throws {
    let texts = try RelateFastPathTests.reports()
    #expect(texts.count > 150)
    var marked = 0
    // Twice: the first pass may work spellings out, the second reads them from the cache.
    for _ in 0..<2 {
      for text in texts {
        let doc = ReportText(text)
        let classes = CueIndex(doc).scanClasses
        #expect(classes.count == doc.tokens.count)
        for t in doc.tokens.indices {
          let expected = MovementExtractor.scanClasses.mask(doc.forms[t])
          #expect(classes[t] == expected)
          if expected != 0 { marked += 1 }
        }
      }
    }
    #expect(marked > 1000)
  }

  @Test func classBitsAreTheWordSetTests() {
    // Words of several classes, unseen words, Arabic clitics and an empty report.
    for text in [
      "", "انسحب المقاتلون من مدينة الرقة إلى دير الزور عبر طريق الإمداد",
      "The fighters pulled out of Homs and headed to Idlib in buses backed by Turkey.",
      "وصلت الحافلات إلى جرابلس، تقل مقاتلين ومدنيين. xyzzyq qwertyuiop",
    ] {
      let doc = ReportText(text)
      let classes = CueIndex(doc).scanClasses
      #expect(classes.count == doc.tokens.count)
      for t in doc.tokens.indices {
        for c in MovementExtractor.ScanClass.allCases {
          #expect(classes[t].has(c) == !doc.forms[t].isDisjoint(with: c.words))
        }
      }
    }
  }
}
