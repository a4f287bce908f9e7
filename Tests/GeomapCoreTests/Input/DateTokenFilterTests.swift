import Foundation
import Testing

@testable import GeomapCore

/// The token-level test before dating a claim's span: it may let through a span without a date,
/// never drop one with a date.
@Suite struct DateTokenFilterTests {
  let ref = CalendarDate(iso: "2017-07-04")!

  func mayHoldDate(_ text: String) -> Bool {
    let doc = ReportText(text)
    return DateTokenFilter(doc: doc).mayHoldDate(0..<doc.scalars.count)
  }

  @Test func sentencesWithoutDateWordsAreSkipped() {
    #expect(!mayHoldDate("خروج مقاتلي التنظيم من الرقة باتجاه ريف حمص الجنوبي"))
    #expect(!mayHoldDate("The convoy left Raqqa toward Palmyra, officials said."))
  }

  @Test func dateWordsAnywhereInATokenPass() {
    #expect(mayHoldDate("وصلت القافلة إلى البوكمال يوم السبت"))
    #expect(mayHoldDate("انسحب المقاتلون بالأمس من الحي"))  // «الأمس» inside «بالأمس»
    #expect(mayHoldDate("The convoy left Raqqa Yesterday's evening"))
    #expect(mayHoldDate("في ٤ تموز ٢٠١٧"))  // Arabic-Indic year
    #expect(mayHoldDate("strikes in mid-July"))
  }

  /// Scalars that case folding or canonical equivalence could turn into a trigger let the span
  /// through, whether a token takes them or not.
  @Test func scalarsOutsideThePlainLettersPass() {
    #expect(mayHoldDate("ا\u{0654}مس"))  // «أمس» with a combining hamza
    #expect(mayHoldDate("last wee\u{212A}"))  // Kelvin sign for "k"
    #expect(mayHoldDate("convoy \u{0654} left"))
    #expect(mayHoldDate("قافلة\u{200C}"))  // an invisible mark left in a gap or a token
  }

  /// On every sentence of every fixture report, a span the filter skips has no date phrase.
  @Test func skippedSentencesHaveNoDatePhrase() throws {
    var skipped = 0
    var total = 0
    for path in DateWindowsTests.reports {
      let doc = ReportText(try String(contentsOfFile: path, encoding: .utf8))
      let filter = DateTokenFilter(doc: doc)
      for sentence in doc.sentences where !sentence.isEmpty {
        let span = doc.tokens[sentence.lowerBound].start..<doc.tokens[sentence.upperBound - 1].end
        total += 1
        guard !filter.mayHoldDate(span) else { continue }
        skipped += 1
        let found = RelativeDateResolver.find(in: doc.scalars[span], reference: ref)
        #expect(found.isEmpty, "\(path): \(found.map(\.text))")
      }
    }
    // Not a filter that lets everything through: most sentences name no date.
    #expect(skipped * 3 > total, "skipped \(skipped) of \(total)")
  }
}
