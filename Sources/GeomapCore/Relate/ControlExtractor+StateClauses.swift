/// States named after their place, in a relative clause or an apposition: "Deir ez-Zor, parts of
/// which are still held by ISIS", "Ain Issa, a town to the south that remains in Islamic State
/// hands", «مدينة أعزاز القريبة من الحدود، التي لا تزال تحت سيطرة المعارضة», "Nawa, one of the
/// largest rebel-held towns".
extension ControlExtractor {
  /// Words between a relative pronoun and a state cue ("which is still", «التي لا تزال»; the duals
  /// «لا تزالان», «لا يزالان» after «اللتين», «اللذين»).
  static let stateWords: WordSet = WordSet(
    words: [
      "لا", "تزال", "يزال", "زالت", "ما", "كانت", "كان", "باتت", "بات", "أصبحت", "أصبح", "تبقى", "يبقى",
      "ظلت",
      "ظل", "تزالان", "يزالان", "كانتا", "كانا",
    ].map(ArabicWord.lexiconForm) + [
      "is", "are", "was", "were", "remains", "remain", "remained", "still", "now", "largely", "mostly",
      "partly", "already", "been", "has", "have", "had", "firmly", "effectively", "entirely", "fully",
    ])
  /// The relative pronouns a state clause opens with ("who" is for people, not places): «اللتين»,
  /// «اللذين» and their nominatives refer back to two places («بلدتي نبل والزهراء اللتين …»).
  static let stateRelatives: WordSet = WordSet(
    words: ["التي", "الذي", "اللتين", "اللذين", "اللتان", "اللذان"].map(ArabicWord.lexiconForm) + [
      "which", "that",
    ])
  /// "parts of which", "most of which": only part of the place.
  static let partOfWhich: WordSet = ["parts", "part", "most", "much", "half", "some", "areas"]
  /// "Aleppo near Homs, which", «الباب القريبة من حلب، التي»: a place after these words inside a
  /// description of the place before it is not what the relative clause is about.
  static let describingPrepositions: WordSet = WordSet(
    words: ["من", "قرب", "بالقرب"].map(ArabicWord.lexiconForm) + ["from", "near", "of"])

  /// The place a state cue at token `t` is about when a relative clause stands between them: back
  /// over "is still", «لا تزال» to "which", "that", «التي», then the place named before it (within
  /// twelve words, past a description such as "a town to the south" or «القريبة من حلب»).
  func stateAntecedent(before t: Int, in sentence: Range<Int>) -> (place: Int, partial: Bool)? {
    let doc = ctx.doc
    var r = t - 1
    while r > sentence.lowerBound, !doc.forms[r].isDisjoint(with: Self.stateWords) { r -= 1 }
    guard r > sentence.lowerBound, !doc.forms[r].isDisjoint(with: Self.stateRelatives) else { return nil }
    var head = r
    var partial = false
    if r - 2 >= sentence.lowerBound, doc.tokens[r - 1].text == "of",
      !doc.forms[r - 2].isDisjoint(with: Self.partOfWhich)
    {
      head = r - 2
      partial = true
    }
    // Places starting in the twelve words before (looked up by token, not by scanning all places).
    let candidates = (max(sentence.lowerBound, head - 12)..<head).compactMap { u in
      ctx.place(startingAt: u).flatMap { ctx.places[$0].recognized.endToken <= head ? $0 : nil }
    }
    for (n, k) in candidates.enumerated().reversed() {
      let f = ctx.places[k].recognized.firstToken
      let described =
        n > 0 && f > sentence.lowerBound && !doc.forms[f - 1].isDisjoint(with: Self.describingPrepositions)
        // "the Division 17 barracks on the northern edge of Raqqa, which is now surrounded": a head
        // noun and "on the northern edge of" stand between.
        && ctx.places[candidates[n - 1]].recognized.endToken >= f - 6
      // "Hawija, a pocket south-west of Kirkuk that", "the Tishreen Dam south-east of Manbij, which":
      // a direction span ("east of Kirkuk", read as one mention) after a place, with no preposition
      // or "and" between, describes that place ("to eastern Deir ez-Zor, which" does not). Spans can
      // overlap: "Raqqa countryside north of Raqqa" reads "Raqqa countryside north" and "north of
      // Raqqa", sharing "north", and the words between them are then none.
      let before = n > 0 ? ctx.places[candidates[n - 1]].recognized.endToken : f
      let directed =
        n > 0 && ctx.places[k].recognized.direction != nil
        && before >= f - 5
        && (min(before, f)..<f).allSatisfy { u in
          doc.forms[u].isDisjoint(with: PlaceContext.prepositions) && !ctx.isWord(u, "and")
        }
      if !described && !directed && !ctx.isLocativeQualifier(k) { return (k, partial) }
    }
    return nil
  }

  /// Generic heads an apposition names a place with ("a rebel-held town", "one of the last ISIS-held
  /// cities").
  static let appositionHeads: WordSet = [
    "town", "towns", "city", "cities", "village", "villages", "district", "districts", "neighbourhood",
    "neighbourhoods", "neighborhood", "neighborhoods", "suburb", "suburbs", "enclave", "area", "camp",
  ]
  /// Words between the comma of an apposition and its "X-held" compound ("one of the last", "a").
  static let appositionLeads: WordSet = [
    "a", "an", "the", "one", "of", "last", "largest", "biggest", "main", "remaining", "few", "key",
    "major", "strategic", "only", "several", "other", "another", "two", "three", "small", "large", "nearby",
  ]

  /// "which remains", "which is still", "which has been": a relative clause before a held compound
  /// that is its predicate.
  static let heldPredicateLeads: WordSet = [
    "which", "remains", "remained", "is", "was", "has", "had", "been", "still", "now", "largely", "mostly", "firmly",
  ]

  /// The place an apposition "X, a regime-held city" or "X, one of the largest rebel-held towns"
  /// describes, for the compound starting at `start` whose "held" is token `held`.
  func heldApposition(start: Int, held: Int, in sentence: Range<Int>) -> Int? {
    let doc = ctx.doc
    var s = start
    if held + 1 >= sentence.upperBound || doc.clauseBreakBefore[held + 1] {
      // "Taybat al-Imam, which remains regime-held": a relative clause whose predicate the compound
      // is, ending its clause.
      while s - 1 > sentence.lowerBound, !doc.forms[s - 1].isDisjoint(with: Self.heldPredicateLeads) { s -= 1 }
      guard s < start, ctx.isWord(s, "which") else { return nil }
    } else {
      // "X, a regime-held city": a generic head after the compound.
      guard !doc.forms[held + 1].isDisjoint(with: Self.appositionHeads) else { return nil }
      while s - 1 > sentence.lowerBound, !doc.forms[s - 1].isDisjoint(with: Self.appositionLeads) { s -= 1 }
    }
    // The apposition opens after a comma, right after the place.
    guard s > start - 6, s > sentence.lowerBound, doc.clauseBreakBefore[s] else { return nil }
    return (max(sentence.lowerBound, s - 8)..<s).reversed().lazy.compactMap { u in
      self.ctx.place(startingAt: u).flatMap { self.ctx.places[$0].recognized.endToken == s ? $0 : nil }
    }.first
  }

  /// Siege verbs: with a pronoun object after a relative pronoun («اللتين تحاصرهما», «الذي حاصره»)
  /// the pronoun is the place named before the relative.
  static let siegeVerbs: WordSet = WordSet(
    words: ["حاصر", "حاصرت", "حاصروا", "حاصرا", "يحاصر", "تحاصر", "يحاصرون", "يحاصران", "تحاصران"].map(
      ArabicWord.lexiconForm))
  /// The object pronouns an Arabic verb carries («تحاصرها», «يحاصرهما», «حاصره», «حاصرتهم»).
  static let objectSuffixes = ["ه", "ها", "هما", "هم"]

  /// «بلدتي مضايا والزبداني، اللتين يحاصرهما حزب الله», «مطار كويرس العسكري، الذي حاصره إرهابيو
  /// تنظيم داعش», «إلى بلدتي نبل والزهراء اللتين تحاصرهما» (its subject named before): a relative
  /// clause whose siege verb carries the place as its pronoun object. The besieger is the actor
  /// right after the verb, else the side named before the place (the verb's dropped subject); every
  /// place of a list before the relative is besieged.
  func besiegedByRelative(in sentence: Range<Int>, statusAt: (Int) -> ClaimStatus) -> [TokenClaim] {
    let doc = ctx.doc
    var out: [TokenClaim] = []
    for t in ctx.cues.tokens(.siegeVerbs, in: sentence)
    where t > sentence.lowerBound && doc.tokens[t].script == .arabic
      && !doc.forms[t].isDisjoint(with: Self.siegeVerbs)
    {
      let word = doc.tokens[t].text
      guard Self.objectSuffixes.contains(where: { PlainArabic.hasSuffix(word, $0) }),
        let (k, _) = stateAntecedent(before: t, in: sentence)
      else { continue }
      let fallback = ControlFallback(rules: self)
      if fallback.hasNegation(before: t, in: sentence) { continue }
      let named = ctx.actor(after: t, window: 3, limit: sentence.upperBound)
      guard let (actor, carried) = subject(named: named, verb: t, place: k, in: sentence, fallback) else { continue }
      for j in listBack(ctx.places[k]) {
        out.append(
          TokenClaim(
            claim(actor.actor, ctx.places[j], .besieged, partial(j), statusAt(t), sentence, carried: carried),
            ctx.places[j].recognized.firstToken
          ))
      }
    }
    return out
  }

  /// What may follow an English control verb whose object is the relative pronoun: the clause's
  /// end or an adverbial ("which ISIS has held since 2014", "that rebels captured in March").
  static let afterRelativeVerb: WordSet = [
    "since", "for", "until", "in", "on", "at", "after", "before", "during", "last", "early", "late",
    "earlier", "now", "today", "firmly",
  ]

  /// "Hawija, a pocket south-west of Kirkuk that the group still holds", "Mosul, which Islamic State
  /// has held since June", "Raqqa, which it still holds": an English control verb whose object is
  /// "which" or "that" before its subject (an actor, "it" or "they") takes the place that relative
  /// clause is about (`stateAntecedent`: within twelve words, past a description such as "a pocket
  /// south-west of Kirkuk"). Nil when the verb has an object of its own ("that ISIS seized weapons").
  func englishRelativeAntecedent(verb: Range<Int>, in sentence: Range<Int>) -> Int? {
    let doc = ctx.doc
    guard doc.tokens[verb.lowerBound].script == .latin else { return nil }
    let next = verb.upperBound
    guard next >= sentence.upperBound || doc.clauseBreakBefore[next]
      || !doc.forms[next].isDisjoint(with: Self.afterRelativeVerb)
    else { return nil }
    var s = verb.lowerBound - 1
    while s > sentence.lowerBound, !doc.forms[s].isDisjoint(with: ControlFallback.auxiliaries) { s -= 1 }
    guard s > sentence.lowerBound else { return nil }
    let subjectStart =
      !doc.forms[s].isDisjoint(with: RelationContext.pronounSubjects) ? s : ctx.actor(endingAt: s + 1)?.firstToken
    guard var subjectStart, subjectStart > sentence.lowerBound else { return nil }
    // "the town that the army recaptured": the article of a subject named with one.
    if subjectStart - 1 > sentence.lowerBound, ctx.isWord(subjectStart - 1, "the") { subjectStart -= 1 }
    if ctx.isWord(subjectStart - 1, "which") || ctx.isWord(subjectStart - 1, "that") {
      return stateAntecedent(before: subjectStart, in: sentence)?.place
    }
    return contactAntecedent(before: subjectStart, in: sentence)
  }

  /// "Jisr al-Shughur, the town they captured in April", "Tabqa, a city the group has held since
  /// 2014": a relative clause with no relative pronoun after an apposition's generic head is about the
  /// place named right before the apposition's comma.
  func contactAntecedent(before subjectStart: Int, in sentence: Range<Int>) -> Int? {
    let doc = ctx.doc
    let head = subjectStart - 1
    guard head - 1 > sentence.lowerBound, !doc.forms[head].isDisjoint(with: Self.appositionHeads),
      ctx.isWord(head - 1, "the") || ctx.isWord(head - 1, "a"), doc.clauseBreakBefore[head - 1]
    else { return nil }
    return ctx.placeIndices(startingIn: max(sentence.lowerBound, head - 9)..<(head - 1)).last {
      ctx.places[$0].recognized.endToken == head - 1
    }
  }
}

/// "Raqqa has been almost completely surrounded by the SDF", "Kobani was by then largely encircled by
/// ISIS": the subject of an English passive, before its auxiliaries and adverbs of degree however many
/// (the passive rule looked only three words back).
extension ControlExtractor {
  /// Adverbs of degree a passive may carry besides `stateWords` ("almost completely", "nearly").
  static let degreeAdverbs: WordSet = [
    "almost", "nearly", "completely", "totally", "virtually", "practically", "wholly", "reportedly", "by", "then",
  ]

  /// The place ending right before the auxiliaries and adverbs that stand before the participle at `t`.
  func passiveSubject(before t: Int, in sentence: Range<Int>) -> Int? {
    let doc = ctx.doc
    guard doc.tokens[t].script == .latin else { return nil }
    var u = t
    while u - 1 > sentence.lowerBound, t - u < 7,
      !doc.forms[u - 1].isDisjoint(with: Self.stateWords) || !doc.forms[u - 1].isDisjoint(with: Self.degreeAdverbs)
    {
      u -= 1
    }
    guard u < t, !doc.clauseBreakBefore[u] else { return nil }
    return ctx.placeIndices(startingIn: max(sentence.lowerBound, u - 8)..<u).last {
      ctx.places[$0].recognized.endToken == u
    }
  }
}

extension ControlExtractor {
  /// The side of the verb at `t` whose object is place `k`: `named` (the side named after the verb),
  /// else the verb's dropped subject, the side named before the place that agrees with the verb
  /// (`ControlFallback.antecedent`), `carried` when it stands in an earlier sentence.
  func subject(
    named: ActorMention?, verb t: Int, place k: Int, in sentence: Range<Int>, _ fallback: ControlFallback
  ) -> (actor: ActorMention, carried: ActorMention?)? {
    if let named { return (named, nil) }
    guard let actor = fallback.antecedent(before: ctx.places[k].recognized.firstToken, in: sentence),
      fallback.agrees(verb: t, with: actor)
    else { return nil }
    return (actor, sentence.contains(actor.firstToken) ? nil : actor)
  }
}
