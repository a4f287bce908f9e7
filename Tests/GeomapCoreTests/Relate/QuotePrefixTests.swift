import Testing

@testable import GeomapCore

@Suite struct QuotePrefixTests {
  @Test func sameAsStringPrefix() {
    let quotes = [
      "انسحب عناصر تنظيم داعش من مدينة الرقة باتجاه البادية السورية ومدينة الميادين بريف دير الزور الشرقي",
      "قُتل عشرات العناصر بغارات روسية استهدفت قوافل التنظيم المتجهة من الرقة نحو تدمر وريف حمص الجنوبي",
      "ISIS fighters left Raqqa for Mayadin – some 300 of them – on Tuesday, sources said\r\nlater",
      "short «quote»", "", String(repeating: "😀 ", count: 50), String(repeating: "ت", count: 79) + "\u{0600}١", "ا", String(repeating: "ب", count: 80), String(repeating: "ب", count: 81),
      String(repeating: "ب", count: 80) + "\u{064E}", String(repeating: "a", count: 79) + "\r\n" + "b",
      // Harakat join the character before them, whatever it is but a control.
      String(repeating: "شن هجوماً على مواقع قوّات النظام، ", count: 4),
      String(repeating: "ب", count: 79) + "\u{0651}\u{064B}ت\u{064E}" + String(repeating: "ا", count: 9),
      String(repeating: "ب", count: 79) + " \u{064B}\u{0650}ت", "\u{064B}" + String(repeating: "ت", count: 90),
      String(repeating: "ت", count: 50) + "\n\u{064B}" + String(repeating: "ت", count: 40),
      String(repeating: "ت", count: 50) + "\u{0085}\u{0651}" + String(repeating: "ت", count: 40),
      // Soft hyphen and Arabic letter mark are controls too (found in review of round 10).
      "\u{061C}\u{064E}" + String(repeating: "ب", count: 90), "\u{00AD}\u{064E}" + String(repeating: "ب", count: 90),
      String(repeating: "ب", count: 79) + "\u{061C}\u{0651}ت",
      String(repeating: "ت\u{0651}", count: 30), String(repeating: "ت\u{0651}\u{0670}", count: 30),
    ]
    for q in quotes {
      for n in [0, 1, 40, 60, 79, 80, 81] {
        // Compared as scalars: `==` on strings would also accept a canonically equivalent cut.
        #expect(Array(QuotePrefix.of(q, n).unicodeScalars) == Array(q.prefix(n).unicodeScalars))
      }
    }
  }

  @Test func leadingScalarsDecodeEveryWidth() {
    for text in ["abc", "الرقة – «دير الزور»", "a😀b\u{1F1FA}\u{1F1F8}é\u{301}", "", "ـــ\u{2026}\u{10FFFF}"] {
      let values = text.unicodeScalars.map(\.value)
      let all = LeadingScalars.count(text) { _ in true }
      #expect(all?.scalars == values.count && all?.bytes == text.utf8.count)
      // Stopped at the first scalar above U+FFFF (four bytes) or at the limit.
      let bmp = LeadingScalars.count(text, limit: 3) { $0 <= 0xFFFF }
      let expected = min(3, values.firstIndex { $0 > 0xFFFF } ?? values.count)
      #expect(bmp?.scalars == expected)
      #expect(bmp?.bytes == text.unicodeScalars.prefix(expected).reduce(0) { $0 + String($1).utf8.count })
    }
  }

  /// Every scalar told a lone character stays one beside itself and beside scalars of every kind.
  @Test func loneScalarsNeverJoinANeighbour() {
    let ranges: [ClosedRange<UInt32>] = [
      0...0x2FF, 0x0600...0x06FF, 0x2000...0x2030,
    ]
    let lone = ranges.flatMap { $0 }.compactMap(Unicode.Scalar.init).filter { QuotePrefix.isLoneCharacter($0.value) }
    #expect(lone.count > 900)
    let partners: [Unicode.Scalar] = ["a", "\u{0627}", " ", "\n", "«", "\u{2013}", "\u{0663}", "\u{06D5}", "\u{0606}"]
    for x in lone {
      for y in partners + [x] {
        var s = String.UnicodeScalarView()
        s.append(x)
        s.append(y)
        #expect(String(s).count == 2, "U+\(String(x.value, radix: 16)) joins U+\(String(y.value, radix: 16))")
      }
    }
    // A haraka joins a lone character exactly when `takesMarks` says so.
    for x in lone {
      var s = String.UnicodeScalarView()
      s.append(x)
      s.append("\u{064E}")
      #expect(String(s).count == (QuotePrefix.takesMarks(x.value) ? 1 : 2), "U+\(String(x.value, radix: 16))")
    }
    #expect(!QuotePrefix.isLoneCharacter(Unicode.Scalar("\u{064E}").value))
    #expect(!QuotePrefix.isLoneCharacter(Unicode.Scalar("\r").value))
    #expect(!QuotePrefix.isLoneCharacter(Unicode.Scalar("\u{0600}").value))
  }
}
