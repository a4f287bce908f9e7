import Testing

@testable import GeomapCore

/// `PlaceRecognizer.articleWritten` answers no from a span's first scalar when that is an Arabic
/// letter folding to neither ا nor ل: it must answer as folding the span's first scalars does.
@Suite struct ArticleWrittenTests {
  /// `articleWritten` before its first-scalar answer: the first three kept folded scalars.
  static func reference(_ doc: ReportText, _ m: CandidateSpan) -> Bool {
    var kept: [Unicode.Scalar] = []
    let lo = max(0, min(m.start, doc.scalars.count))
    for s in doc.scalars[lo..<max(lo, min(m.end, doc.scalars.count))] {
      if case .keep(let f) = Folding.fold(s) { kept.append(f) }
      if kept.count > 2 { break }
    }
    guard kept.count > 2 else { return false }
    return kept[0] == "ا" && kept[1] == "ل" || kept[0] == "ل" && kept[1] == "ل"
  }

  /// Every token of every fixture report, from each of its first four scalars to its end and to the
  /// next token's end, and crafted words opening on every Arabic letter, mark and tatweel.
  @Test func answersAsFoldingTheFirstScalars() throws {
    let recognizer = PlaceRecognizer(gazetteer: try makeTestGazetteer())
    var crafted: [String] = []
    for v in UInt32(0x0600)...UInt32(0x06FF) {
      guard let s = Unicode.Scalar(v) else { continue }
      crafted += ["\(s)الرقة", "\(s)لرقة", "\(s)\(s)ل", "\(s)", "\(s)ـالباب"]
    }
    crafted += ["ـالرقة", "ٱلرقة", "أل", "آلرقة", "إلرقة", "للرقة", "بالرقة", "الـرقة", "ال", "al-Bab"]
    var checked = 0
    var yes = 0
    for text in try ScanWordFastPathTests.texts().reports + [crafted.joined(separator: " ")] {
      let doc = ReportText(text)
      for (t, token) in doc.tokens.enumerated() {
        let ends = [token.end] + (t + 1 < doc.tokens.count ? [doc.tokens[t + 1].end] : [])
        for start in token.start..<min(token.start + 4, token.end) {
          for end in ends {
            let m = CandidateSpan(start: start, end: end, firstToken: t, endToken: t + 1)
            let answer = recognizer.articleWritten(doc, m)
            #expect(answer == Self.reference(doc, m), "\(doc.slice(start, end))")
            if answer { yes += 1 }
            checked += 1
          }
        }
      }
    }
    #expect(checked > 100_000)
    #expect(yes > 1_000)
  }
}
