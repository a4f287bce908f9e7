/// Participial clauses of taking and siege: "ISIS fighters advanced towards Azaz, taking several
/// villages", "Regime units cut the road … and effectively encircling the Lajat", "The militants began
/// their push, … overrunning army checkpoints and the Shaer gas field". An English present participle
/// that opens a clause (after a comma or "and") has no subject of its own: it is the main clause's.
/// The specific verb rule reads only finite verbs with a subject beside them, so these clauses gave
/// nothing.
extension ControlFallback {
  /// The participles of the verbs of taking and siege, and what each says of their subject.
  /// ("surrounding" is left out: in news prose it is nearly always the adjective, "Mosul and
  /// surrounding villages".)
  static let participles: [String: ControlStatus] = [
    "capturing": .captured, "seizing": .captured, "taking": .captured, "retaking": .captured,
    "recapturing": .captured, "overrunning": .captured, "storming": .captured, "liberating": .captured,
    "securing": .captured, "encircling": .besieged, "besieging": .besieged,
  ]
  static let participleWords = WordSet(words: Array(participles.keys))
  /// Words that may stand between the clause's opening and its participle ("and effectively
  /// encircling", ", also taking").
  static let participleAdverbs: WordSet = [
    "effectively", "also", "thereby", "then", "eventually", "quickly", "finally", "later", "briefly",
    "subsequently", "swiftly", "reportedly",
  ]
  static let andWords: WordSet = ["and"]
  /// The nouns for insurgents a wire calls the side by once it has named it ("the militants").
  static let insurgentSubjects: WordSet = ["militants", "insurgents", "extremists", "jihadists", "gunmen"]

  /// Claims of the participial clauses in `sentence`.
  func participleClauses(in sentence: Range<Int>, statusAt: (Int) -> ClaimStatus) -> [TokenClaim] {
    let doc = ctx.doc
    var out: [TokenClaim] = []
    for t in ctx.cues.tokens(.participles, in: sentence)
    where doc.tokens[t].script == .latin && t > sentence.lowerBound {
      guard let value = Self.participles[doc.tokens[t].text] else { continue }
      let clause = ctx.clause(of: t, in: sentence)
      // The clause opens with the participle (after a comma), or "and" joins it to another one.
      var s = t - 1
      while s >= clause.lowerBound, !doc.forms[s].isDisjoint(with: Self.participleAdverbs) { s -= 1 }
      let opens = s < clause.lowerBound && clause.lowerBound > sentence.lowerBound
      guard opens || (s >= clause.lowerBound && !doc.forms[s].isDisjoint(with: Self.andWords)),
        !hasNegation(before: t, in: sentence)
      else { continue }
      // The object: the first place after it with only object words between ("taking part in",
      // "taking refuge in" name no place taken).
      let window = (t + 1)..<max(t + 1, min(clause.upperBound, t + 9))
      guard let k = ctx.firstPlace(in: window),
        (t + 1..<ctx.places[k].recognized.firstToken).allSatisfy(rules.isPlaceObjectWord),
        let owner = mainSubject(before: t, in: sentence)
      else { continue }
      for j in ctx.listFrom(k, limit: clause.upperBound) {
        out.append(
          claim(
            owner.actor, on: j, value, statusAt(t), sentence,
            carried: sentence.contains(owner.firstToken) ? nil : owner))
      }
    }
    return out
  }

  /// The subject of the main clause a participle at `t` hangs on: the first side named before it
  /// that is no backer or speaker; else, when the sentence opens with a noun that refers back ("The
  /// militants began …", "The troops …"), the side it refers to — for a noun for insurgents the
  /// insurgent side the report named last (not the army named since), for another the paragraph's
  /// subject (`antecedent`).
  func mainSubject(before t: Int, in sentence: Range<Int>) -> ActorMention? {
    if let a = rules.sentenceSubject(before: t, in: sentence) { return a }
    let doc = ctx.doc
    var h = sentence.lowerBound
    if h < t, !doc.forms[h].isDisjoint(with: Self.determiners) { h += 1 }
    if h < t, !doc.forms[h].isDisjoint(with: Self.armedAdjectives) { h += 1 }
    guard h < t, !doc.forms[h].isDisjoint(with: Self.genericSubjects) else { return nil }
    if !doc.forms[h].isDisjoint(with: Self.insurgentSubjects) { return insurgentSide(before: sentence.lowerBound) }
    return antecedent(before: sentence.lowerBound, in: sentence)
  }

  /// The insurgent side named last before token `t`, in the six sentences before, by a name of its
  /// own ("the Islamic State group", «تنظيم داعش»), not as armed men only or as a speaker: wires
  /// name the side once in the lead and call its men "militants" paragraphs later.
  func insurgentSide(before t: Int) -> ActorMention? {
    let doc = ctx.doc
    guard t > 0 else { return nil }
    let from = doc.sentences[max(0, doc.sentenceOfToken[t - 1] - 5)].lowerBound
    return ctx.actorsStarting(from: from, before: t).last {
      $0.endToken <= t && MovementExtractor.insurgentSides.contains($0.actor) && !$0.coreference
        && doc.forms[$0.endToken - 1].isDisjoint(with: MovementExtractor.armedMenNames) && !ctx.isSource($0)
    }
  }
}
