import Testing

@testable import GeomapCore

/// `ReportText.slice` copies a range's bytes out of the report's UTF-8 without validating them again:
/// it must give the scalars of the range exactly, also where a range starts or ends inside a
/// character (a mark after its letter, CR LF, an emoji sequence), and on real reports.
@Suite struct ReportTextSliceTests {
  static let texts = [
    "سيطرت قوات النظام على مدينةُ تدمر، وَبِالمدينة\r\nمن جديد. Raqqa fell 👍🏽 to the SDF.",
    "e\u{301}te\u{301} — «الرقة» 🇸🇾 done\r\n\r\nend",
    "",
  ]

  /// The string of `scalars`, appended one by one (the slow way `slice` must agree with).
  static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var s = String.UnicodeScalarView()
    s.append(contentsOf: scalars)
    return String(s)
  }

  /// `clauses(in:)` (the breaks read eight flags at a time) cuts a range where the plain loop over
  /// each token's `clauseBreakBefore` cuts it: on every fixture report, Arabic and English, for
  /// each sentence and each of its tails and heads (so groups of eight fall at every offset).
  @Test func clausesAreCutAtEveryBreak() throws {
    func reference(_ doc: ReportText, _ range: Range<Int>) -> [Range<Int>] {
      var out: [Range<Int>] = []
      var start = range.lowerBound
      for i in range where i > range.lowerBound && doc.clauseBreakBefore[i] {
        out.append(start..<i)
        start = i
      }
      if start < range.upperBound { out.append(start..<range.upperBound) }
      return out
    }
    let reports = try ScanWordFastPathTests.texts().reports
    #expect(reports.count > 150)
    var ranges = 0
    var cut = 0
    for report in reports {
      let doc = ReportText(report)
      for sentence in doc.sentences + [0..<doc.tokens.count] {
        for k in 0...min(sentence.count, 20) {
          for range in [(sentence.lowerBound + k)..<sentence.upperBound, sentence.lowerBound..<(sentence.upperBound - k)] {
            let got = doc.clauses(in: range)
            // Recorded only when they differ: `#expect` per range made the run much longer.
            if got != reference(doc, range) { Issue.record("\(range) in \(report.prefix(40))") }
            ranges += 1
            if got.count > 1 { cut += 1 }
          }
        }
      }
    }
    #expect(ranges > 10_000 && cut > 1_000)
  }

  @Test(arguments: texts) func slicesAreTheScalarsOfTheirRange(_ text: String) {
    let doc = ReportText(text)
    let scalars = Array(text.unicodeScalars)
    func expected(_ lo: Int, _ hi: Int) -> String { Self.string(scalars[lo..<hi]) }
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

  /// Every token, sentence and line of real Arabic and English reports, as the scalars of its range.
  @Test(arguments: [
    "devset/ar-01-ghouta-harasta.txt", "devset/ar-02-aleppo-east.txt", "reports/seed-000.en.txt",
  ])
  func reportSlicesAreTheirScalars(_ path: String) throws {
    let text = try Fixtures.text(path)
    let doc = ReportText(text)
    let scalars = Array(text.unicodeScalars)
    func expected(_ lo: Int, _ hi: Int) -> String { Self.string(scalars[lo..<hi]) }
    var ranges = doc.tokens.map { $0.start..<$0.end }
    ranges += doc.sentences.filter { !$0.isEmpty }.map {
      doc.tokens[$0.lowerBound].start..<doc.tokens[$0.upperBound - 1].end
    }
    ranges += zip(doc.lineStarts, doc.lineStarts.dropFirst().map { $0 - 1 } + [scalars.count]).map { $0..<$1 }
    for r in ranges {
      let got = doc.slice(r.lowerBound, r.upperBound)
      let want = expected(r.lowerBound, r.upperBound)
      #expect(got == want && Array(got.utf8) == Array(want.utf8), "\(r)")
    }
    #expect(ranges.count > 50)
  }
}
