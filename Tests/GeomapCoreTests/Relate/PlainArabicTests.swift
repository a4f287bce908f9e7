import Foundation
import Testing

@testable import GeomapCore

/// The byte tests of `PlainArabic` and `ActorLexicon.holds` answer as the `String` methods they stand
/// for, on every token of every Arabic and English fixture report and on crafted edge cases (harakat,
/// decomposed hamzas, tatweel next to the affix).
@Suite struct PlainArabicTests {
  /// The affixes the control rules and the actor scan ask, and a few that must fall back (not plain).
  static let affixes = [
    "ال", "من", "و", "ف", "ل", "لا ", "لل", "ها", "ه", "هم", "هما", "ت", "وا", "ون", "ا", "ي", "ية",
    "الناحية", "على", "علي", "أ", "آل", "ـ", "a", "",
  ]
  static let crafted = [
    "الرقة", "اَلرقة", "ال", "الّ", "اـل", "ا\u{0654}لف", "أحمد", "ا\u{0653}", "منها", "مِن", "من",
    "من\u{064B}", "سيطرتها", "سيطرتهاَ", "سيطرته\u{0651}", "لا شيء", "لا", "الناحية", "بالناحية",
    "ناحية\u{0301}", "\u{0301}ها", "ها", "a", "",
  ]

  @Test func bytesAnswerAsTheStringMethods() throws {
    var texts = try RelateFastPathTests.reports()
    texts.append(Self.crafted.joined(separator: " "))
    var (prefixed, suffixed, equal) = (0, 0, 0)
    for text in texts {
      let doc = ReportText(text)
      for t in doc.tokens.indices {
        let original = doc.original(t)
        let folded = doc.tokens[t].text
        for affix in Self.affixes {
          let p = original.hasPrefix(affix)
          let s = original.hasSuffix(affix)
          let e = original == affix
          (prefixed, suffixed, equal) = (prefixed + (p ? 1 : 0), suffixed + (s ? 1 : 0), equal + (e ? 1 : 0))
          #expect(PlainArabic.original(of: t, in: doc, hasPrefix: affix) == p, "«\(original)» «\(affix)»")
          #expect(PlainArabic.original(of: t, in: doc, hasSuffix: affix) == s, "«\(original)» «\(affix)»")
          #expect(PlainArabic.original(of: t, in: doc, is: affix) == e, "«\(original)» «\(affix)»")
          #expect(PlainArabic.hasPrefix(folded, affix) == folded.hasPrefix(affix), "«\(folded)» «\(affix)»")
          #expect(PlainArabic.hasSuffix(folded, affix) == folded.hasSuffix(affix), "«\(folded)» «\(affix)»")
        }
      }
    }
    // Real reports hold the affixes: tests that never answered true would pass the checks above.
    #expect(prefixed > 10000 && suffixed > 10000 && equal > 200)
  }

  /// The strings alone, not cut from a report: marks and controls at either end of the affix.
  @Test func craftedStringsAnswerAsTheStringMethods() {
    for text in Self.crafted + Self.crafted.map({ "\u{0654}" + $0 + "\u{0651}" }) {
      for affix in Self.affixes {
        #expect(PlainArabic.hasPrefix(text, affix) == text.hasPrefix(affix), "«\(text)» «\(affix)»")
        #expect(PlainArabic.hasSuffix(text, affix) == text.hasSuffix(affix), "«\(text)» «\(affix)»")
      }
    }
  }

  /// `ActorLexicon.holds` is Foundation's `contains` for the short names' heads, on every run of one
  /// to four tokens of every report and on crafted surfaces.
  @Test func surfaceHoldsTheHeadAsFoundationSays() throws {
    let heads = ActorLexicon.shortNameHeads.values.flatMap { $0 } + ["ال", "a"]
    var held = 0
    var surfaces = [
      "وحدات حماية الشعب", "الوحدات", "وحداتٌ", "وحدات\u{0651}", "ي ب ك", "هيئة تحرير الشام", "حشد",
    ]
    for text in try RelateFastPathTests.reports() {
      let doc = ReportText(text)
      for t in doc.tokens.indices {
        for n in 1...4 where t + n <= doc.tokens.count {
          surfaces.append(doc.slice(doc.tokens[t].start, doc.tokens[t + n - 1].end))
        }
      }
    }
    for surface in surfaces {
      for head in heads {
        let expected = surface.contains(head)
        if expected { held += 1 }
        #expect(ActorLexicon.holds(surface, head) == expected, "«\(surface)» «\(head)»")
      }
    }
    #expect(held > 1000)
  }
}
