import Foundation
import Testing

@testable import GeomapCore

/// `ArabicWord.lacksArticle` reads a token's bytes; its answers must be those of the Character
/// test it replaced, on every token of the fixture reports, Arabic and English.
@Suite struct ArabicWordTests {
  /// The replaced test: the article as Characters, at the start or after the first Character.
  func characterAnswer(_ folded: String) -> Bool {
    !(folded.hasPrefix("ال") || folded.dropFirst().hasPrefix("ال") || folded.hasPrefix("لل"))
  }

  @Test func answersAsCharactersDo() {
    let words = [
      "البادية", "بادية", "وبادية", "والبادية", "للبادية", "بالبادية", "ال", "ا", "", "لل", "ل",
      "شمالي", "الشمالي", "south", "al", "xال", "وال", "ـالرقة",
    ]
    for w in words {
      #expect(ArabicWord.lacksArticle(w) == characterAnswer(w), "\(w)")
    }
  }

  @Test func fixtureTokensAnswerAsCharactersDo() throws {
    let (reports, _) = try ScanWordFastPathTests.texts()
    var tokens = 0
    var withArticle = 0
    for report in reports {
      for t in ReportText(report).tokens {
        let answer = characterAnswer(t.text)
        if ArabicWord.lacksArticle(t.text) != answer { Issue.record("differs: \(t.text)") }
        tokens += 1
        if !answer { withArticle += 1 }
      }
    }
    #expect(tokens > 25_000)
    #expect(withArticle > 3_000)
  }
}
