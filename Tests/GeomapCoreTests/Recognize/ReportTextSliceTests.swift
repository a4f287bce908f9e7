import Testing

@testable import GeomapCore

/// `ReportText.slice` copies out of the report's `String` between byte offsets: it must give the
/// scalars of the range exactly, as decoding the range's bytes does, also where a range starts or
/// ends inside a character (a mark after its letter, CR LF, an emoji sequence).
@Suite struct ReportTextSliceTests {
  static let texts = [
    "سيطرت قوات النظام على مدينةُ تدمر، وَبِالمدينة\r\nمن جديد. Raqqa fell 👍🏽 to the SDF.",
    "e\u{301}te\u{301} — «الرقة» 🇸🇾 done\r\n\r\nend",
    "",
  ]

  @Test(arguments: texts) func slicesAreTheScalarsOfTheirRange(_ text: String) {
    let doc = ReportText(text)
    let scalars = Array(text.unicodeScalars)
    func expected(_ lo: Int, _ hi: Int) -> String {
      var s = String.UnicodeScalarView()
      s.append(contentsOf: scalars[lo..<hi])
      return String(s)
    }
    var compared = 0
    for lo in 0...scalars.count {
      for hi in lo...scalars.count {
        let got = doc.slice(lo, hi)
        #expect(Array(got.unicodeScalars) == Array(scalars[lo..<hi]), "\(lo)..<\(hi)")
        #expect(got == expected(lo, hi))
        compared += 1
      }
    }
    // Out-of-range offsets are clamped to the text.
    #expect(doc.slice(-3, scalars.count + 5) == text)
    #expect(doc.slice(scalars.count + 1, scalars.count + 2) == "")
    #expect(compared >= 1)
    // Token slices, as quotes and surfaces use them.
    for t in doc.tokens.indices {
      #expect(doc.original(t) == expected(doc.tokens[t].start, doc.tokens[t].end))
    }
  }
}
