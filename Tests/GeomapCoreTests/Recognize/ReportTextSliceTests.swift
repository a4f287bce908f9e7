import Testing

@testable import GeomapCore

/// `ReportText.slice` decodes a short range from the report's bytes and copies a long one out of
/// its `String` between byte offsets: both must give the scalars of the range exactly, also where a
/// range starts or ends inside a character (a mark after its letter, CR LF, an emoji sequence).
/// The first text is long enough for both ways.
@Suite struct ReportTextSliceTests {
  static let texts = [
    "سيطرت قوات النظام على مدينةُ تدمر، وَبِالمدينة\r\nمن جديد. Raqqa fell 👍🏽 to the SDF.",
    "e\u{301}te\u{301} — «الرقة» 🇸🇾 done\r\n\r\nend",
    "",
  ]

  @Test(arguments: texts) func slicesAreTheScalarsOfTheirRange(_ text: String) {
    let doc = ReportText(text)
    let scalars = Array(text.unicodeScalars)
    if text == Self.texts[0] { #expect(text.utf8.count > ReportText.decodedSliceBytes) }
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
