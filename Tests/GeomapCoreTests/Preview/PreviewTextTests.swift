import Foundation
import Testing

@testable import GeomapCore

@Suite struct PreviewTextTests {
  @Test func escapesMarkupQuotesAndCDATAEnd() {
    let hostile = "<b>\"Raqqa\" & 'Mayadin' ]]> </kml>"
    #expect(
      PreviewText.escape(hostile)
        == "&lt;b&gt;&quot;Raqqa&quot; &amp; &#39;Mayadin&#39; ]]&gt; &lt;/kml&gt;")
  }

  @Test func dropsBidiOverridesButKeepsArabic() {
    // U+202E RIGHT-TO-LEFT OVERRIDE would reverse the text after it on the page.
    let s = "الرقة\u{202E}lamakubla\u{202C} \u{2067}x\u{2069}"
    let escaped = PreviewText.escape(s)
    #expect(escaped == "الرقةlamakubla x")
    #expect(
      !escaped.unicodeScalars.contains {
        (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value)
      })
  }

  @Test func dropsCharactersXMLForbids() {
    #expect(PreviewText.escape("a\u{0}b\u{1B}c\u{FFFE}d\te") == "abcd\te")
  }

  @Test func directionFollowsFirstStrongLetter() {
    #expect(PreviewText.startsRightToLeft("داعش (ISIS)"))
    #expect(!PreviewText.startsRightToLeft("ISIS (داعش)"))
    #expect(PreviewText.startsRightToLeft("100 كم"))
    #expect(!PreviewText.startsRightToLeft("2017-07-04"))
  }
}

@Suite struct PreviewTermTests {
  @Test func arabicReportsGetArabicTermsEnglishGetReadableCodes() {
    #expect(PreviewLanguage.arabic.term("safe_passage") == "ممر آمن")
    #expect(PreviewLanguage.arabic.term("agreed_in_principle") == "متفق عليه مبدئياً")
    #expect(PreviewLanguage.english.term("agreed_in_principle") == "agreed in principle")
    #expect(PreviewLanguage.arabic.term("something_new") == "something new")
  }

  @Test func everyModelCodeHasAnArabicTerm() {
    let codes =
      MovementKind.allCases.map(\.rawValue) + PlaceKind.allCases.map(\.rawValue)
      + ClaimStatus.allCases.map(\.rawValue) + ["holds", "contested"]
    for code in codes {
      #expect(PreviewText.isArabic(PreviewLanguage.arabic.term(code)), "\(code) has no Arabic term")
    }
  }
}
