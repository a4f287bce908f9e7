import Testing

@testable import GeomapCore

@Suite struct QuotePrefixTests {
  @Test func sameAsStringPrefix() {
    let quotes = [
      "انسحب عناصر تنظيم داعش من مدينة الرقة باتجاه البادية السورية ومدينة الميادين بريف دير الزور الشرقي",
      "قُتل عشرات العناصر بغارات روسية استهدفت قوافل التنظيم المتجهة من الرقة نحو تدمر وريف حمص الجنوبي",
      "ISIS fighters left Raqqa for Mayadin – some 300 of them – on Tuesday, sources said\r\nlater",
      "short «quote»", "", "ا", String(repeating: "ب", count: 80), String(repeating: "ب", count: 81),
      String(repeating: "ب", count: 80) + "\u{064E}", String(repeating: "a", count: 79) + "\r\n" + "b",
    ]
    for q in quotes {
      for n in [0, 1, 40, 60, 80] { #expect(QuotePrefix.of(q, n) == q.prefix(n)) }
    }
  }

  /// Every scalar told a lone character stays one beside itself and beside scalars of every kind.
  @Test func loneScalarsNeverJoinANeighbour() {
    let ranges: [ClosedRange<UInt32>] = [
      0...0x2FF, 0x0600...0x06FF, 0x2000...0x2030,
    ]
    let lone = ranges.flatMap { $0 }.compactMap(Unicode.Scalar.init).filter(QuotePrefix.isLoneCharacter)
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
    #expect(!QuotePrefix.isLoneCharacter("\u{064E}"))
    #expect(!QuotePrefix.isLoneCharacter("\r"))
    #expect(!QuotePrefix.isLoneCharacter("\u{0600}"))
  }
}
