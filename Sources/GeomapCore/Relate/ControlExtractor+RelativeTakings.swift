/// Relative clauses of taking whose object is the place named before the relative pronoun:
/// «بلدة الطبقة، التي استعادها الجيش قبل أسبوع», «معبري نصيب ودرعا، اللذين سيطر عليهما المعارضون»,
/// «إلى بلدة حيش على الطريق الدولي، التي سيطروا عليها». The verb carries the place as its pronoun
/// object («استعادها», «حررتهما») or takes it back with «عليها»; the taker is the side named right
/// after the verb, else the verb's dropped subject (the side named before the place). Every place of
/// a list before the relative pronoun is taken («اللذين», «اللتين», «التي» of a plural).
extension ControlExtractor {
  /// The past verbs of taking that carry an object pronoun («استعادها», «حررتهما», «اقتحموها»).
  static let cliticTakingStems = [
    "استعاد", "استعادت", "استعادو", "حرر", "حررت", "حررو", "استرجع", "استرجعت", "استرجعو", "اقتحم", "اقتحمت",
    "اقتحمو", "انتزع", "انتزعت", "انتزعو", "احتل", "احتلت", "احتلو",
  ]
  static let cliticTakings: WordSet = WordSet(
    words: cliticTakingStems.flatMap { s in objectSuffixes.map { s + $0 } }.map(ArabicWord.lexiconForm))

  /// Words after a verb that show its subject is not named after it: prepositions and time words.
  static let afterDroppedSubject: WordSet = WordSet(
    words: [
      "في", "منذ", "بعد", "قبل", "خلال", "مطلع", "أواخر", "أوائل", "أمس", "اليوم", "يوم", "الأسبوع", "الشهر",
      "العام", "بشكل", "إثر", "عقب", "مع", "حتى", "فجر", "صباح", "مساء", "ليلة", "بالكامل", "بعيد",
    ].map(ArabicWord.lexiconForm))

  /// The place the relative clause of the verb at `t` is about: an anaphor right before the relative
  /// pronoun («المدينة التي سيطر عليها»: its antecedent), else the place named before it
  /// (`stateAntecedent`), only when no clause break stands between them but one right before the
  /// pronoun («أربيل والموصل، تمهيداً لمعركة استعادة المدينة التي»: Erbil is not what was taken).
  func takenAntecedent(before t: Int, in sentence: Range<Int>) -> (place: Int, anaphor: Bool)? {
    let doc = ctx.doc
    var r = t - 1
    while r > sentence.lowerBound, !doc.forms[r].isDisjoint(with: Self.stateWords) { r -= 1 }
    guard r > sentence.lowerBound, !doc.forms[r].isDisjoint(with: Self.stateRelatives) else { return nil }
    if let a = ctx.anaphor(at: r - 1) { return (a, true) }
    guard let (k, _) = stateAntecedent(before: t, in: sentence) else { return nil }
    let end = ctx.places[k].recognized.endToken
    guard end <= r, r - end <= 4, (end..<r).allSatisfy({ !doc.clauseBreakBefore[$0] }) else { return nil }
    return (k, false)
  }

  /// Claims of relative clauses of taking or holding in `sentence` whose object is the antecedent place.
  func relativeTakings(in sentence: Range<Int>, statusAt: (Int) -> ClaimStatus) -> [TokenClaim] {
    let doc = ctx.doc
    var verbs: [(verb: Int, end: Int, value: ControlStatus)] = []
    // Looked up from the verbs with an object pronoun and from the rare «عليها», not by matching
    // every verb of the sentence.
    for t in ctx.cues.tokens(.relativeTakings, in: sentence)
    where doc.tokens[t].script == .arabic && !doc.forms[t].isDisjoint(with: Self.cliticTakings) {
      verbs.append((t, t + 1, .captured))
    }
    for e in ctx.cues.tokens(.resumptives, in: sentence)
    where e > sentence.lowerBound && doc.tokens[e].script == .arabic
      && !doc.forms[e].isDisjoint(with: ControlFallback.resumptives)
    {
      guard let v = Self.verbMatcher.match(doc, at: e - 1), v.length == 1, v.value == .captured || v.value == .holds
      else { continue }
      verbs.append((e - 1, e + 1, v.value))
    }
    guard !verbs.isEmpty else { return [] }
    let fallback = ControlFallback(rules: self)
    var out: [TokenClaim] = []
    for (t, end, value) in verbs {
      // The relative pronoun right before the verb («التي استعادها», «التي لا تزال تسيطر عليها»).
      guard t - 1 > sentence.lowerBound, !hasPurposeClitic(t), !fallback.hasNegation(before: t, in: sentence),
        let (k, anaphor) = takenAntecedent(before: t, in: sentence)
      else { continue }
      // The side right after the verb and «عليها» («التي سيطر عليها المعارضون»); not who the place
      // was taken from («التي استعادها من التنظيم»).
      let named = ctx.actor(after: end - 1, window: 2, limit: sentence.upperBound).flatMap { a in
        doc.forms[a.firstToken - 1].isDisjoint(with: MovementExtractor.originWords) && !isPartner(a)
          && !isBacker(a) ? a : nil
      }
      // A dropped subject only when no noun follows the verb as its subject: a plural verb
      // («سيطروا عليها»), or the clause's end, a preposition or a time word after it («التي سيطرت
      // عليها قبل أيام»); «التي سيطر عليها المعارضون» names a side the lexicon may not know.
      let word = doc.tokens[t].text
      let plural = PlainArabic.hasSuffix(word, "وا") || Self.objectSuffixes.contains { PlainArabic.hasSuffix(word, "و" + $0) }
      let subjectless =
        plural || end >= sentence.upperBound || doc.clauseBreakBefore[end]
        || !doc.forms[end].isDisjoint(with: Self.afterDroppedSubject)
      // «في بلدة الحاضر، التي تسيطر عليها»: the dropped subject of «عليها» right after its place is
      // `ControlFallback.droppedRelativeSubjects`'s (it joins the sides named before).
      let adjacent = ctx.places[k].recognized.endToken >= t - 2
      if named == nil, !subjectless || (end > t + 1 && adjacent) { continue }
      guard let (actor, carried) = subject(named: named, verb: t, place: k, in: sentence, fallback) else { continue }
      // (An anaphor's antecedent alone: «بين أربيل والموصل … المدينة التي» is Mosul.)
      for j in anaphor ? [k] : listBack(ctx.places[k]) {
        out.append(
          TokenClaim(
            claim(actor.actor, ctx.places[j], value, partial(j), statusAt(t), sentence, carried: carried),
            ctx.places[j].recognized.firstToken
          ))
      }
    }
    return out
  }
}

/// «في مدينة تل أبيض حيث تتمركز القوات النظامية في مقر الأمن العسكري», «قرب منبج، حيث لا تزال تنتشر
/// قوات سوريا الديمقراطية»: an Arabic clause opened by «حيث» ("where") whose verb of holding has no
/// place of its own is about the place named right before «حيث» (as `whereAntecedent` reads "where").
extension ControlExtractor {
  static let arabicWhere: WordSet = WordSet(words: ["حيث"].map(ArabicWord.lexiconForm))

  /// The place before «حيث» when the verb `verb` follows it (past «لا تزال» at most) and `actor`, its
  /// subject, follows the verb.
  func arabicWhereAntecedent(after actor: ActorMention, verb: Range<Int>, in sentence: Range<Int>) -> Int? {
    let doc = ctx.doc
    guard doc.tokens[verb.lowerBound].script == .arabic, actor.firstToken >= verb.upperBound,
      actor.firstToken <= verb.upperBound + 1
    else { return nil }
    var w = verb.lowerBound - 1
    while w > sentence.lowerBound, verb.lowerBound - w <= 3, !doc.forms[w].isDisjoint(with: Self.stateWords) { w -= 1 }
    guard w > sentence.lowerBound, !doc.forms[w].isDisjoint(with: Self.arabicWhere) else { return nil }
    return ctx.placeIndices(startingIn: max(sentence.lowerBound, w - 8)..<w).last {
      ctx.places[$0].recognized.endToken == w
    }
  }
}
