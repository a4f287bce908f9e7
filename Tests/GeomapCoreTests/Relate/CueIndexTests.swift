import Testing

@testable import GeomapCore

/// The cue index must name exactly the tokens a rule's own scan would find, and the phrase matchers
/// must find the same matches from its candidates as from every token.
@Suite struct CueIndexTests {
  static let reports =
    [
      "seed-000.ar.txt", "seed-000.en.txt",
    ].map { "reports/\($0)" } + [
      "devset/ar-01-ghouta-harasta.txt", "devset/ar-02-aleppo-east.txt",
    ]

  /// Every token whose forms hold one of the cue's words, found by asking each token.
  func scanned(_ cue: CueIndex.Cue, _ doc: ReportText) -> [Int] {
    let (words, plain) = cue.words
    let set = WordSet(words)
    return doc.tokens.indices.filter { t in
      !(plain ? doc.plainForms[t] : doc.forms[t]).isDisjoint(with: set)
    }
  }

  @Test(arguments: reports) func tokensAreTheScannedOnes(_ path: String) throws {
    let doc = ReportText(try Fixtures.text(path))
    let index = CueIndex(doc)
    var found = 0
    // (The index hands out views of memory it owns: it must outlive their use.)
    withExtendedLifetime(index) {
      for cue in CueIndex.Cue.allCases {
        let expected = scanned(cue, doc)
        found += expected.count
        #expect(Array(index.tokens(cue, in: 0..<doc.tokens.count)) == expected, "\(cue)")
        for (s, sentence) in doc.sentences.enumerated() {
          let inSentence = expected.filter { sentence.contains($0) }
          #expect(Array(index.tokens(cue, in: sentence)) == inSentence, "\(cue) \(sentence)")
          #expect(index.occurs(cue, in: sentence) == !inSentence.isEmpty)
          // The rules skip a sentence whose mask lacks their cue's bit.
          #expect((index.mask(ofSentence: s) & CueIndex.bit(cue) != 0) == !inSentence.isEmpty, "\(cue) \(s)")
          // Parts of a sentence, and ranges running into the next one.
          for part in doc.clauses(in: sentence) + [
            sentence.lowerBound..<min(doc.tokens.count, sentence.upperBound + 3)
          ] {
            #expect(
              Array(index.tokens(cue, in: part)) == expected.filter { part.contains($0) }, "\(cue) \(part)")
          }
        }
        for t in doc.tokens.indices.prefix(400) {
          #expect(index.occurs(cue, at: t) == expected.contains(t))
        }
      }
    }
    // Real reports hold cues: an index that marks nothing would pass the comparisons above.
    #expect(found > 20)
  }

  /// A report's second index reads every spelling's cue bits from the process-wide table of them
  /// (worked out once per spelling): it marks the tokens the scan finds, as the first index does.
  @Test(arguments: reports) func knownSpellingsMarkTheScannedTokens(_ path: String) throws {
    let doc = ReportText(try Fixtures.text(path))
    let first = CueIndex(doc)
    let second = CueIndex(doc)
    withExtendedLifetime((first, second)) {
      for cue in CueIndex.Cue.allCases {
        let expected = scanned(cue, doc)
        #expect(Array(first.tokens(cue, in: 0..<doc.tokens.count)) == expected, "\(cue)")
        #expect(Array(second.tokens(cue, in: 0..<doc.tokens.count)) == expected, "\(cue)")
      }
    }
  }

  @Test(arguments: reports) func matchersFindTheSameFromCandidates(_ path: String) throws {
    let doc = ReportText(try Fixtures.text(path))
    let index = CueIndex(doc)
    func same<V: Equatable>(_ m: PhraseMatcher<V>, _ cue: CueIndex.Cue) -> Int {
      var n = 0
      for sentence in doc.sentences {
        let all = m.matches(doc, in: sentence)
        let fromIndex = m.matches(doc, in: sentence, candidates: index.tokens(cue, in: sentence))
        #expect(all.map(\.range) == fromIndex.map(\.range), "\(cue)")
        #expect(all.map(\.value) == fromIndex.map(\.value), "\(cue)")
        var walked: [Range<Int>] = []
        m.forEachMatch(doc, in: sentence, candidates: index.tokens(cue, in: sentence)) {
          walked.append($0.range)
        }
        #expect(walked == all.map(\.range), "\(cue)")
        #expect(
          m.contains(doc, in: sentence)
            == m.contains(doc, in: sentence, candidates: index.tokens(cue, in: sentence)))
        n += all.count
      }
      return n
    }
    let matches = withExtendedLifetime(index) {
      same(MovementExtractor.triggerMatcher, .motionTriggers)
        + same(ControlExtractor.verbMatcher, .controlVerbs)
        + same(StatusLexicon.matcher, .statusCues) + same(ControlExtractor.heldBy, .heldBy)
        + same(ControlExtractor.announcedNouns, .announcedNouns)
        + same(ControlFallback.arabicNouns, .arabicControlNouns)
        + same(MovementExtractor.cues, .fallbackMotion) + same(ControlExtractor.partitive, .partitive)
        + same(ActorLexicon.nameMatcher, .actorNames) + same(ControlExtractor.heldByPronoun, .heldByPronoun)
    }
    #expect(matches > 0)
    // The status the cue index's candidates give (walked with `forEachMatch`) is the full scan's,
    // per sentence and per clause.
    var statuses = 0
    withExtendedLifetime(index) {
      for sentence in doc.sentences {
        for part in [sentence] + doc.clauses(in: sentence) {
          let expected = StatusLexicon.status(doc, in: part)
          if expected != nil { statuses += 1 }
          #expect(StatusLexicon.status(doc, in: part, cues: index) == expected, "\(part)")
        }
      }
    }
    #expect(statuses > 0)
    withExtendedLifetime(index) {
      _ = Self.sameRanges(ActorLexicon.roleMatcher, .actorRoles, doc, index)
      _ = Self.sameRanges(ActorLexicon.referenceMatcher, .actorReferences, doc, index)
    }
  }

  /// The actor scan tries the role and reference matchers only where the index marks them; their
  /// values are not `Equatable`, so the phrases found are compared by range. Returns how many.
  static func sameRanges<V>(_ m: PhraseMatcher<V>, _ cue: CueIndex.Cue, _ doc: ReportText, _ index: CueIndex)
    -> Int
  {
    var n = 0
    for sentence in doc.sentences {
      let all = m.matches(doc, in: sentence).map(\.range)
      #expect(all == m.matches(doc, in: sentence, candidates: index.tokens(cue, in: sentence)).map(\.range))
      n += all.count
    }
    return n
  }

  /// Roles and references, Arabic and English, are found from the index's candidates.
  @Test func actorRolesAndReferencesFromCandidates() {
    let doc = ReportText(
      "قالت القوات الأمنية إن التنظيم انسحب من المدينة. Security forces said the group had withdrawn; "
        + "the latter denied it.")
    let index = CueIndex(doc)
    withExtendedLifetime(index) {
      #expect(Self.sameRanges(ActorLexicon.roleMatcher, .actorRoles, doc, index) >= 2)
      #expect(Self.sameRanges(ActorLexicon.referenceMatcher, .actorReferences, doc, index) >= 3)
    }
  }

  /// `armedMenReference` and `insurgentSubject` pass a sentence with no `.armedMen` cue: every word
  /// their noun tests accept must be one of the cue's words.
  @Test func armedMenCueHoldsTheSubjectNouns() {
    let cue = Set(CueIndex.Cue.armedMen.words.words)
    #expect(!MovementExtractor.insurgentNouns.words.isEmpty)
    #expect(Set(MovementExtractor.insurgentNouns.words).isSubset(of: cue))
    for nouns in MovementExtractor.armedMenNouns {
      #expect(Set(nouns.words).isSubset(of: cue))
    }
  }

  /// `RelationContext.isSponsor` answers false when no `.sponsorship` cue stands in the eight words
  /// before the actor: every word set it asks there must be among the cue's words.
  @Test func sponsorshipCueHoldsTheSponsorWords() {
    let cue = Set(CueIndex.Cue.sponsorship.words.words)
    for words in [
      RelationContext.yielding, RelationContext.arabicWith, RelationContext.sponsoring, RelationContext.backing,
    ] {
      #expect(!words.words.isEmpty)
      #expect(Set(words.words).isSubset(of: cue))
    }
  }

  /// Each cue is one bit of a `UInt64`.
  @Test func cuesFitTheirBits() {
    #expect(CueIndex.Cue.allCases.count <= 64)
    #expect(CueIndex.Cue.allCases.map(\.rawValue) == Array(0..<CueIndex.Cue.allCases.count))
  }

  /// A candidate list that starts inside a match, or runs past the range, finds what a full scan finds.
  @Test func candidatesSkipWhatAMatchCovers() {
    let doc = ReportText("سيطرت قوات النظام على مدينة تدمر. تحت سيطرة تنظيم داعش")
    let m = ControlExtractor.heldBy
    let all = 0..<doc.tokens.count
    #expect(m.matches(doc, in: all, candidates: all).map(\.range) == m.matches(doc, in: all).map(\.range))
    #expect(!m.matches(doc, in: all).isEmpty)
  }
}
