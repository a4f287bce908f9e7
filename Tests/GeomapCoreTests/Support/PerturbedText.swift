/// A labelled report's text changed at Unicode scalar offsets (the offsets every stage reports), for
/// the generator tests that read every report again with one construction added everywhere it can
/// stand (`LostToAnaphorTests`, `JoinedSubjectTrapTests`, `ControlNounCommaTrapTests`).
enum PerturbedText {
  /// The labelled reports a generator reads: every labelled set but heldout11 and heldout12, the
  /// unseen sets that no rule may be fitted on (no generator opens them).
  static func developmentReports() throws -> [GoldIntegrityTests.Annotated] {
    try (["devset", "reports", "heldout"] + (2...10).map { "heldout\($0)" }).flatMap(GoldIntegrityTests.load)
  }

  /// Whether the report is written in Arabic (judged from its first 400 scalars, the headline and lead).
  static func isArabic(_ text: String) -> Bool {
    text.unicodeScalars.prefix(400).contains { (0x0600...0x06FF).contains($0.value) }
  }

  /// `text` with each span (scalar offsets into `text`, not overlapping) replaced by what `replacement`
  /// gives for it; spans may come in any order.
  static func replacing(_ spans: [Range<Int>], in text: String, with replacement: (Range<Int>) -> String)
    -> String
  {
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    var at = 0
    for span in spans.sorted(by: { $0.lowerBound < $1.lowerBound }) {
      precondition(span.lowerBound >= at && span.upperBound <= scalars.count, "overlapping or outside span \(span)")
      out.append(contentsOf: scalars[at..<span.lowerBound])
      out.append(contentsOf: replacement(span).unicodeScalars)
      at = span.upperBound
    }
    out.append(contentsOf: scalars[at...])
    return String(out)
  }

  /// `text` with what `insertion` gives for each offset inserted there (offsets into `text`).
  static func inserting(at offsets: [Int], in text: String, _ insertion: (Int) -> String) -> String {
    replacing(Set(offsets).map { $0..<$0 }, in: text) { insertion($0.lowerBound) }
  }
}
