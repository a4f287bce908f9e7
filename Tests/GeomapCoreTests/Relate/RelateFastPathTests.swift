import Foundation
import Testing

@testable import GeomapCore

/// The relate stage's hand-written fast paths answer as the code they replace, on every Arabic and
/// English fixture report and on crafted edge cases.
@Suite struct RelateFastPathTests {
  /// Every fixture report: each folder's `ar*.txt` and `en*.txt` (as `files.sh` reads them).
  static func reports() throws -> [String] {
    let root = InputFixtures.root
    var texts: [String] = []
    for folder in try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() {
      let dir = root.appendingPathComponent(folder)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
      for name in names.sorted()
      where (name.hasPrefix("ar") || name.hasPrefix("en")) && name.hasSuffix(".txt") {
        texts.append(try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8))
      }
    }
    return texts
  }

  /// `PhraseMatcher.firstMatch(_:in:candidates:)` is `matches(_:in:candidates:).first`: over every
  /// sentence, clause and sentence tail of every report, for the matchers the movement rules ask.
  @Test func firstMatchIsTheFirstOfTheMatches() throws {
    let texts = try Self.reports()
    #expect(texts.count > 150)
    var found = 0
    for text in texts {
      let doc = ReportText(text)
      let cues = CueIndex(doc)
      withExtendedLifetime(cues) {
        for sentence in doc.sentences {
          let ranges =
            [sentence] + doc.clauses(in: sentence)
            + [(sentence.lowerBound + sentence.count / 2)..<sentence.upperBound, sentence.lowerBound..<sentence.lowerBound]
          for range in ranges {
            func same<V>(_ matcher: PhraseMatcher<V>, _ cue: CueIndex.Cue) {
              let expected = matcher.matches(doc, in: range, candidates: cues.tokens(cue, in: range)).first
              let first = matcher.firstMatch(doc, in: range, candidates: cues.tokens(cue, in: range))
              #expect(first?.range == expected?.range)
              // Candidates past either end of the range are passed over, as the view passes them.
              let wide = max(0, range.lowerBound - 5)..<min(doc.tokens.count, range.upperBound + 5)
              #expect(matcher.firstMatch(doc, in: range, candidates: cues.tokens(cue, in: wide))?.range == expected?.range)
              if expected != nil { found += 1 }
            }
            same(StatusLexicon.allegingCues, .allegingCues)
            same(MovementExtractor.triggerMatcher, .motionTriggers)
            same(MovementExtractor.convoyWords, .convoyWords)
            same(StatusLexicon.matcher, .statusCues)
          }
        }
      }
    }
    // Real reports hold these cues: a matcher that finds nothing would pass the comparisons above.
    #expect(found > 1000)
  }

  /// `NoteSet.isStableNFC`'s byte loop (ASCII passed without decoding) tells what asking every
  /// scalar tells, as the loop did before.
  @Test func stableNFCByBytesIsByScalars() throws {
    func byScalars(_ text: String) -> Bool {
      var order = NoteSet.MarkOrder()
      return text.unicodeScalars.allSatisfy { order.accepts($0.value) }
    }
    let crafted = [
      "a\u{064E}", "\u{064E}", " \u{0651}\u{064E}", " \u{064E}\u{0651}", "x\u{0652}\u{064B}", "\t\u{0651}",
      "ت\u{0651}a\u{064E}", "ت\u{0651} \u{064B}", "«\u{0651}\u{064E}»", "cafe\u{301}", "\u{7F}\u{064E}\u{064B}", "",
    ]
    var unstable = 0
    for text in try Self.reports() + crafted {
      for line in text.split(separator: "\n", omittingEmptySubsequences: false) + [Substring(text)] {
        let line = String(line)
        #expect(NoteSet.isStableNFC(line) == byScalars(line), "\(line.prefix(40))")
        if !byScalars(line) { unstable += 1 }
      }
    }
    // Some lines (harakat out of order, composing marks) must be told unstable.
    #expect(unstable > 3)
  }

  /// `QuotePrefix.of` (ASCII passed without decoding) is `String.prefix` on every line of every
  /// report (the crafted edge cases are in `QuotePrefixTests`).
  @Test func quotePrefixIsStringPrefixOnEveryLine() throws {
    for text in try Self.reports() {
      for line in text.split(separator: "\n") {
        let line = String(line)
        for n in [0, 1, 7, 60, 80] {
          #expect(Array(QuotePrefix.of(line, n).unicodeScalars) == Array(line.prefix(n).unicodeScalars))
        }
      }
    }
  }
}
