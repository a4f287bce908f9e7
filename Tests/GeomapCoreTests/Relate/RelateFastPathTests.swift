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
      // Letters at the edges of the two-byte test (U+0620, U+0621, U+064A, U+064B), a haraka after
      // the last letter, composing hamza and madda, Hangul jamo and syllables, Quranic marks.
      "\u{0620}\u{0621}\u{064A}\u{064B}", "\u{064A}\u{0652}\u{064E}", "\u{0648}\u{0654}", "\u{0627}\u{0653}",
      "\u{1100}\u{1161}", "\u{D55C}\u{AE00}", "ب\u{06D6}", "\u{0621}", "\u{064A}",
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

  /// `LeadingScalars.isArabicLetter` (two bytes read as one number) tells what decoding the scalar
  /// tells: for every scalar of the Basic Multilingual Plane and a few beyond it, alone and before
  /// other text, and at every scalar of every report.
  @Test func arabicLetterByBytesIsByDecoding() throws {
    func check(_ text: String) -> Int {
      var letters = 0
      Array(text.utf8).withUnsafeBufferPointer { p in
        var i = 0
        while i < p.count {
          let (v, width) = LeadingScalars.decode(p, at: i)
          let expected = (0x0621...0x064A).contains(v)
          #expect(LeadingScalars.isArabicLetter(p, at: i) == expected, "U+\(String(v, radix: 16))")
          if expected { letters += 1 }
          i += width
        }
      }
      return letters
    }
    var letters = 0
    for v in Array(0...0xFFFF) + [0x1_0000, 0x1_F600, 0x10_FFFF] {
      guard let scalar = Unicode.Scalar(UInt32(v)) else { continue }
      letters += check(String(scalar))
      _ = check(String(scalar) + "ب a")
    }
    // U+0621–U+064A: 42 letters.
    #expect(letters == 42)
    var inReports = 0
    for text in try Self.reports() { inReports += check(text) }
    #expect(inReports > 10000)
  }

  /// `RelationContext.isDatelineMark(_:from:to:)` and `holdsDatelineMark` answer as reading the text
  /// as a string did (`datelinePlace`: the token after the place is one mark, or the gap before it
  /// holds one): for every token of every report (as the token after a dateline's place) and every
  /// gap between tokens, and for each mark alone, after a combining mark and before one.
  @Test func datelineMarksAreReadAsOnTheirStrings() throws {
    let marks = RelationContext.datelineMarks
    var marked = 0
    func check(_ doc: ReportText, _ start: Int, _ end: Int) {
      let text = doc.slice(start, end)
      let one = text.count == 1 && text.allSatisfy { marks.contains($0) }
      let holds = text.contains { marks.contains($0) }
      if holds { marked += 1 }
      #expect(RelationContext.isDatelineMark(doc, from: start, to: end) == one, "«\(text)»")
      #expect(RelationContext.holdsDatelineMark(doc, from: start, to: end) == holds, "«\(text)»")
    }
    let crafted =
      marks.map { "Idlib \($0) x" } + marks.map { "Idlib \($0)\u{0301} x" }
      + marks.map { "Idlib \u{0600}\($0) x" }
      + ["\u{0301}- x", "Idlib x", "Idlib -\u{0301}- x"]
    for text in try Self.reports() + crafted {
      let doc = ReportText(text)
      for t in doc.tokens.indices {
        check(doc, doc.tokens[t].start, doc.tokens[t].end)
        if t > 0 { check(doc, doc.tokens[t - 1].end, doc.tokens[t].start) }
        // A token with the gaps around it: marks next to letters.
        let before = t > 0 ? doc.tokens[t - 1].end : 0
        check(doc, before, t + 1 < doc.tokens.count ? doc.tokens[t + 1].start : doc.scalars.count)
      }
      // Clamped to the text, as `slice` clamps.
      check(doc, doc.scalars.count - 1, doc.scalars.count + 5)
    }
    // Real reports hold marks there: a test never asked about one would pass the checks above.
    #expect(marked > 1000)
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

  /// `ReportText.withFoldedScalars` (folded from the token's scalars in place) is what folding the
  /// token's original string gives, and `originalScalars` that string's scalars: at every token of
  /// every report, and of crafted text with harakat, tatweel, invisibles, combining Latin accents,
  /// CR LF, scalars beyond the fold table and an empty-looking token.
  @Test func foldedScalarsAreTheOriginalsFolded() throws {
    let crafted = [
      "وَصَلَت قوّاتٌ الـمسلحين إلى\u{200F}الرقة؛ انسحـابهم", "café cafe\u{301} ＡＢＣ ﻻ ١٢٣ 𝐀 😀",
      "line\r\nnext\u{200B}word \u{0640}\u{0640} \u{064E}", "«المسلحون» (عناصر) - قاموا",
    ]
    var folded = 0
    for text in try Self.reports() + crafted {
      let doc = ReportText(text)
      for t in doc.tokens.indices {
        let expected = FoldedText(doc.original(t)).scalars
        #expect(doc.withFoldedScalars(t) { Array($0) } == expected, "«\(doc.original(t))»")
        #expect(Array(doc.originalScalars(t)) == Array(doc.original(t).unicodeScalars), "«\(doc.original(t))»")
        if expected != Array(doc.originalScalars(t)) { folded += 1 }
      }
    }
    // Tokens that folding changes (hamza forms, harakat, tatweel, case) are among them.
    #expect(folded > 100)
  }

  /// `PhraseMatcher.match(_:at:)` (phrases indexed by first and second word) finds the phrase its
  /// reference below finds, at every token of every report, for the actor, motion and control
  /// matchers; and on crafted text where phrases share first words, end the report, or meet a
  /// clause break after their first word.
  @Test func phraseMatchIsTheFirstListedThatMatches() throws {
    func same<V>(_ pairs: [(String, V)], _ matcher: PhraseMatcher<V>, exact: Bool = false, in doc: ReportText) -> Int {
      let reference = ReferencePhraseMatcher(pairs, exact: exact)
      var found = 0
      for i in doc.tokens.indices {
        let m = matcher.match(doc, at: i)
        let expected = reference.match(doc, at: i)
        #expect(m?.length == expected?.length && m.map { "\($0.value)" } == expected.map { "\($0.value)" })
        if expected != nil { found += 1 }
      }
      return found
    }
    var found = 0
    for text in try Self.reports() {
      let doc = ReportText(text)
      found += same(ActorLexicon.names + ActorLexicon.loyalties, ActorLexicon.nameMatcher, in: doc)
      found += same(ActorLexicon.roles, ActorLexicon.roleMatcher, in: doc)
      found += same(ActorLexicon.references, ActorLexicon.referenceMatcher, in: doc)
      found += same(MovementExtractor.triggers, MovementExtractor.triggerMatcher, in: doc)
      found += same(ControlExtractor.verbs, ControlExtractor.verbMatcher, exact: true, in: doc)
    }
    #expect(found > 2000)
    let pairs = [
      ("قوات", 1), ("قوات النظام", 2), ("قوات سوريا الديمقراطية", 3), ("قوات سوريا", 4), ("قوات الأمن", 5),
      ("government", 6), ("government forces", 7), ("government troops", 8), ("forces", 9),
      ("قوات النظام السوري", 10), ("قوات الحرس الثوري", 11),
    ]
    let matcher = PhraseMatcher(pairs)
    var crafted = 0
    for text in [
      "دخلت قوات النظام السوري وقوات سوريا الديمقراطية، ثم قوات. قوات سوريا وقوات الأمن قوات",
      "The government forces and government troops met government, forces. Government",
      "قوات، النظام قوات الحرس الثوري قوات سوريا",
    ] {
      crafted += same(pairs, matcher, in: ReportText(text))
    }
    #expect(crafted > 12)
  }
}

/// `PhraseMatcher.match(_:at:)` as it was written before the phrases were indexed by second word:
/// the first phrase (longest first, then as listed) whose words are forms of the tokens from `i` on,
/// with no clause break between.
struct ReferencePhraseMatcher<Value> {
  let phrases: [(tokens: [Word], value: Value)]
  let exact: Bool

  init(_ pairs: [(String, Value)], exact: Bool = false) {
    self.exact = exact
    phrases = pairs.map { pair in
      let toks = Tokenizer.tokens(in: pair.0).map { t in
        Word(t.script == .arabic ? ArabicWord.stripArticle(t.text) : t.text)
      }
      return (tokens: toks, value: pair.1)
    }
    .filter { !$0.tokens.isEmpty }
    .sorted { $0.tokens.count > $1.tokens.count }
  }

  func match(_ doc: ReportText, at i: Int) -> (length: Int, value: Value)? {
    let forms = exact ? doc.plainForms : doc.forms
    for phrase in phrases where i + phrase.tokens.count <= doc.tokens.count {
      let all = phrase.tokens.indices.allSatisfy { k in
        (k == 0 || doc.isNear(before: i + k)) && forms.contains(phrase.tokens[k], at: i + k)
      }
      if all { return (phrase.tokens.count, phrase.value) }
    }
    return nil
  }
}
