/// The general control frames, read behind the specific rules of `ControlExtractor`.
///
/// News wires state control in a few grammatical frames whatever the cue word:
/// - a nominalisation whose possessor or agent takes, holds, besieges or loses the place: "the
///   army's recapture of X", "the seizure of X by Y", "the fall of X to Y", «سيطرة قوات النظام على
///   X», «خسارة تنظيم داعش لمدينة X»;
///   a noun of taking with no owner beside it, in a sentence naming no actor, is the paragraph
///   subject's («بعد أسبوعين من استعادة مدينة القائم»);
/// - a passive of expulsion whose agent takes the place: "ISIS was driven from X by Y"; an
///   expulsion whose subject stands apart from its verb ("The army and its allies pushed IS out of X");
/// - a siege laid by an agent: "the siege imposed by Y on X";
/// - fighting between two sides in a place, the place after them or as the subject before:
///   «اشتباكات بين A وB داخل X», «وشهدت مدينة X معارك بين A وB»;
/// - order restored: «إعادة الأمن والاستقرار إلى X», "restored security to X" (SANA's word for a taking);
/// - a clause with a control cue whose subject is not named there: an Arabic verb with its subject
///   dropped («وسيطرت خلال ساعات على مدينة تدمر»), "it", "they", "the militants", «عناصره»; the
///   owner is then the subject of the paragraph (`carriedOwner`); and subjects set apart from
///   their verb by a relative clause or a time phrase (`relativeHead`, `distantSubject`), which the
///   specific verb rule asks for when it finds no subject of its own.
/// It exists because the specific rules, tuned over four rounds on three diagnosis sets, read the
/// sentences those sets used and little else. The frames here add a claim only for a place no
/// specific rule read a claim on (`ControlExtractor.extract`), so the tuned readings stand.
struct ControlFallback {
  let rules: ControlExtractor
  var ctx: RelationContext { rules.ctx }

  /// A claim on place `k`, with the token where the place is named (the order claims are kept in).
  func claim(
    _ actor: Actor, on k: Int, _ control: ControlStatus, _ status: ClaimStatus, _ sentence: Range<Int>,
    carried: ActorMention? = nil
  ) -> TokenClaim {
    TokenClaim(
      rules.claim(actor, ctx.places[k], control, rules.partial(k), status, sentence, carried: carried),
      ctx.places[k].recognized.firstToken
    )
  }

  /// The cues the frames start from (one or two per frame; see `claims`).
  static let cues = CueIndex.bits([
    .englishControlNouns, .arabicControlNouns, .expelledWords, .clashNouns, .laidSieges, .expellingWords,
    .securityWords, .passiveTakings, .arabicPassiveAuxiliaries, .resumptives, .participles,
  ])

  /// Claims of the nominal, expulsion and clash frames in `sentence`, whose cue bits are `present`
  /// (`CueIndex.mask(ofSentence:)`).
  ///
  /// Each frame visits only its cue's tokens, so a frame whose cue is not in the sentence is not
  /// asked. Written for speed: nine frames per sentence, each building an empty list, joined with
  /// `+`, were two thirds of the fallback's time.
  func claims(in sentence: Range<Int>, present: UInt64, statusAt: (Int) -> ClaimStatus) -> [TokenClaim] {
    func has(_ cue: CueIndex.Cue) -> Bool { present & CueIndex.bit(cue) != 0 }
    var out: [TokenClaim] = []
    if has(.englishControlNouns) {
      ControlExtractor.add(englishNominals(in: sentence, statusAt: statusAt), to: &out)
    }
    if has(.arabicControlNouns) {
      ControlExtractor.add(arabicNominals(in: sentence, statusAt: statusAt), to: &out)
    }
    if has(.expelledWords) { ControlExtractor.add(drivenFrom(in: sentence, statusAt: statusAt), to: &out) }
    if has(.clashNouns) { ControlExtractor.add(clashesBetween(in: sentence, statusAt: statusAt), to: &out) }
    if has(.laidSieges) { ControlExtractor.add(laidSieges(in: sentence, statusAt: statusAt), to: &out) }
    if has(.expellingWords) { ControlExtractor.add(expulsions(in: sentence, statusAt: statusAt), to: &out) }
    if has(.securityWords) { ControlExtractor.add(restoredOrder(in: sentence, statusAt: statusAt), to: &out) }
    if has(.passiveTakings) || has(.arabicPassiveAuxiliaries) {
      ControlExtractor.add(agentlessPassives(in: sentence, statusAt: statusAt), to: &out)
    }
    if has(.resumptives) {
      ControlExtractor.add(droppedRelativeSubjects(in: sentence, statusAt: statusAt), to: &out)
    }
    if has(.participles) {
      ControlExtractor.add(participleClauses(in: sentence, statusAt: statusAt), to: &out)
    }
    return out
  }

  // MARK: Nominalisations

  /// "capture", "seizure", "loss", "fall": English nouns of control and what their owner did.
  static let englishNouns: [String: ControlStatus] = [
    "capture": .captured, "recapture": .captured, "seizure": .captured, "takeover": .captured,
    "liberation": .captured, "retaking": .captured, "storming": .captured, "conquest": .captured,
    "loss": .lost, "fall": .captured, "encirclement": .besieged, "blockade": .besieged,
  ]
  static let englishNounWords = WordSet(words: Array(englishNouns.keys) + ["control"])
  /// Words before a noun of taking that make it an aim, a fear or a plan, not a fact ("plans for
  /// the capture of", "a bid to", "fears of the fall of").
  static let intentWords: WordSet = WordSet(
    words: [
      "محاولة", "محاولات", "بهدف", "هدف", "تسعى", "يسعى", "خطة", "خطط", "منع", "إمكانية", "احتمال", "تهدد",
      "يهدد", "تمكين", "أجل", "دون", "عدم", "رفض", "ترفض", "يرفض", "تريد", "يريد", "تحاول", "يحاول", "تخشى",
      "يخشى", "خشية", "مخاوف", "تحذر", "يحذر", "حذرت", "حذر", "تحذير", "لم", "لن", "إفشال", "التصدي",
    ].map(ArabicWord.lexiconForm) + [
      "to", "plan", "plans", "planned", "planning", "attempt", "attempts", "bid", "aim", "aims", "aimed",
      "prevent", "prevented", "toward", "towards", "await", "awaiting", "expected", "prepare", "prepares",
      "preparing", "for", "possible", "imminent", "eventual", "fears", "fear", "feared", "threat",
      "threatens",
      "no", "not", "without", "push", "race",
    ])
  static let of: WordSet = ["of", "over"]
  static let agentWords: WordSet = ["by"]
  static let gainerWords: WordSet = ["to"]

  /// "The Syrian army's recapture of Palmyra", "the seizure of Tabqa by the SDF", "the fall of Mosul
  /// to the Islamic State", "ISIS's loss of Raqqa to the SDF".
  func englishNominals(in sentence: Range<Int>, statusAt: (Int) -> ClaimStatus) -> [TokenClaim] {
    let doc = ctx.doc
    var out: [TokenClaim] = []
    for t in ctx.cues.tokens(.englishControlNouns, in: sentence)
    where t + 2 < sentence.upperBound && doc.tokens[t].script == .latin
      && !doc.forms[t].isDisjoint(with: Self.englishNounWords) && !doc.forms[t + 1].isDisjoint(with: Self.of)
    {
      // "ISIS's control over Raqqa": control is a noun of state, read with its possessor only.
      let state = doc.tokens[t].text == "control"
      if state && ctx.actor(endingAt: t) == nil { continue }
      guard let value = state ? .holds : Self.englishNouns[doc.tokens[t].text],
        !hasIntent(before: t, in: sentence),
        let first = placeAfterOf(t + 1, in: sentence)
      else { continue }
      let list = ctx.listFrom(first, limit: sentence.upperBound)
      guard let last = list.last else { continue }
      let e = ctx.places[last].recognized.endToken
      let possessor = ctx.actor(endingAt: t).flatMap {
        sentence.contains($0.firstToken) && !rules.isBacker($0) ? $0 : nil
      }
      // "the Government's recapture of": a bare owner word the "X-held" compounds use.
      let ownerWord = t > sentence.lowerBound ? ControlExtractor.heldPrefix[doc.tokens[t - 1].text] : nil
      // The agent after the place: "by X" for the taker, "to X" for who a place fell or was lost to.
      var agent: ActorMention?
      if e + 1 < sentence.upperBound {
        let word = doc.forms[e]
        let isAgent =
          value == .lost || doc.tokens[t].text == "fall"
          ? !word.isDisjoint(with: Self.gainerWords)
          : !word.isDisjoint(with: Self.agentWords)
        // "by Turkish-backed non-state armed groups": a compound adjective or a descriptor may stand
        // between "by" and the agent.
        if isAgent, let a = ctx.actor(after: e, window: 4, limit: sentence.upperBound),
          a.firstToken <= e + 2
            || ((e + 1)..<a.firstToken).allSatisfy({ u in
              rules.isHyphenated(u) || rules.isHyphenated(u + 1)
                || !doc.forms[u].isDisjoint(with: RelationContext.descriptors)
            })
        {
          agent = a
        }
      }
      var found: [(Actor, ControlStatus)] = []
      var carried: ActorMention?
      if value == .lost {
        if let owner = possessor?.actor ?? ownerWord { found.append((owner, .lost)) }
        if let agent { found.append((agent.actor, .captured)) }
      } else if let owner = agent?.actor
        ?? (doc.tokens[t].text == "fall" ? nil : possessor?.actor ?? ownerWord)
      {
        found.append((owner, value))
      } else if doc.tokens[t].text != "fall", let owner = ownerless(t, in: sentence) {
        // "After the recapture of Palmyra, the troops pushed east": no owner named with the noun
        // nor in the sentence; the paragraph's subject.
        found.append((owner.actor, value))
        carried = sentence.contains(owner.firstToken) ? nil : owner
      }
      for (actor, control) in found {
        for k in list {
          out.append(
            claim(actor, on: k, control, statusAt(t), sentence, carried: carried))
        }
      }
    }
    return out
  }

  /// The owner of a noun of taking named with no owner, in a sentence that names no actor: the
  /// paragraph's subject. (An actor named in the sentence may be the loser: "ISIS fighters fled
  /// after the recapture of Palmyra".)
  /// An actor the sentence names is the owner only when every actor it names is that paragraph
  /// subject («أعلن قائد العمليات … وتقدمت القطعات العسكرية … بعد أسبوعين من استعادة مدينة القائم»).
  func ownerless(_ t: Int, in sentence: Range<Int>) -> ActorMention? {
    let named = ctx.actorsStarting(from: sentence.lowerBound, before: sentence.upperBound).filter {
      sentence.contains($0.firstToken)
    }
    if let first = named.first {
      guard let subject = antecedent(before: sentence.lowerBound, in: sentence),
        named.allSatisfy({ $0.actor == subject.actor })
      else { return nil }
      return speechBefore(t, in: sentence) ? nil : first
    }
    // «وقال قائد ميداني إن استعادة بيجي …»: reported speech of someone unnamed may be either side's.
    if speechBefore(t, in: sentence) { return nil }
    return antecedent(before: sentence.lowerBound, in: sentence)
  }

  /// «وقال قائد ميداني إن استعادة بيجي …»: reported speech before token `t` in its sentence.
  func speechBefore(_ t: Int, in sentence: Range<Int>) -> Bool {
    (sentence.lowerBound..<t).contains { !ctx.doc.forms[$0].isDisjoint(with: RelationContext.speech) }
  }

  /// The place after "of" at token `of`, with only articles, adjectives and place heads between
  /// ("of the historic town of Palmyra"); nil for "of weapons", "of an ISIS commander near Raqqa".
  func placeAfterOf(_ of: Int, in sentence: Range<Int>) -> Int? {
    let window = (of + 1)..<min(sentence.upperBound, of + 6)
    guard let k = ctx.firstPlace(in: window) else {
      return nil
    }
    let gap = (of + 1)..<ctx.places[k].recognized.firstToken
    guard gap.allSatisfy({ rules.isPlaceObjectWord($0) && ctx.actor(startingAt: $0) == nil }) else {
      return nil
    }
    return ctx.named(k, limit: sentence.upperBound)
  }

  /// True when a word of aim, fear, plan or negation stands in the three words before token `t`
  /// (or the Arabic noun carries the purpose clitic «ل»).
  func hasIntent(before t: Int, in sentence: Range<Int>) -> Bool {
    if rules.hasPurposeClitic(t) { return true }
    let lead = max(sentence.lowerBound, t - 3)..<t
    return lead.contains { !ctx.doc.forms[$0].isDisjoint(with: Self.intentWords) }
  }

  /// «لم», «لن», «عدم», "not", "no": a negation in the four words before token `t`.
  func hasNegation(before t: Int, in sentence: Range<Int>) -> Bool {
    let lead = max(sentence.lowerBound, t - 4)..<t
    return lead.contains { !ctx.doc.forms[$0].isDisjoint(with: Self.negations) }
  }
  static let negations: WordSet = WordSet(
    words: ["لم", "لن", "عدم", "دون"].map(ArabicWord.lexiconForm) + ["not", "no", "never", "without"])

  /// Arabic nouns of control in construct with their owner («سيطرة قوات النظام على», «خسارة داعش لـ»).
  static let arabicNouns = PhraseMatcher(
    [
      ("سيطرة", ControlStatus.captured), ("استعادة", .captured), ("تحرير", .captured), ("دخول", .captured),
      ("اقتحام", .captured), ("انتزاع", .captured), ("استرجاع", .captured), ("خسارة", .lost),
      ("فقدان", .lost),
      ("محاصرة", .besieged), ("حصار", .besieged), ("تطويق", .besieged),
    ], exact: true)
  /// What may stand between the owner of an Arabic noun and its place: «على», «إلى», place nouns.
  static let arabicLinks: WordSet = WordSet(
    words: ["على", "إلى", "الى", "كامل", "كامل", "معظم", "أجزاء", "بعض", "داخل"].map(ArabicWord.lexiconForm))

  /// «وجاءت سيطرة قوات النظام على مدينة تدمر بعد …», «بعد استعادة الجيش العراقي مدينة الموصل»,
  /// «خسارة تنظيم داعش لمدينة تدمر»: the actor right after the noun owns it.
  func arabicNominals(in sentence: Range<Int>, statusAt: (Int) -> ClaimStatus) -> [TokenClaim] {
    let doc = ctx.doc
    var out: [TokenClaim] = []
    for m in Self.arabicNouns.matches(
      doc, in: sentence, candidates: ctx.cues.tokens(.arabicControlNouns, in: sentence))
    {
      let t = m.range.lowerBound
      guard doc.tokens[t].script == .arabic, !hasIntent(before: t, in: sentence),
        !hasNegation(before: t, in: sentence)
      else { continue }
      let clause = ctx.clause(of: t, in: sentence)
      // «بعد أسبوعين من استعادة مدينة القائم»: a noun in construct with its place, no owner named
      // with it, in a sentence naming no actor: the paragraph's subject. «سيطرة» and «دخول» are left out:
      // «مناطق سيطرة», «دخول المساعدات» name states and convoys more often than takings.
      var carried: ActorMention?
      var agent: ActorMention?
      let construct = ctx.actor(startingAt: m.range.upperBound)
      if construct == nil {
        // The place in construct with the noun: «استعادة مدينة القائم», «السيطرة على تدمر».
        var u = m.range.upperBound
        while u < min(clause.upperBound, m.range.upperBound + 2), ctx.place(startingAt: u) == nil,
          !doc.forms[u].isDisjoint(with: Self.arabicLinks)
            || doc.forms[u].contains(where: { PlaceContext.triggers[$0] != nil })
        {
          u += 1
        }
        guard let p = ctx.place(startingAt: u) else { continue }
        // «السيطرة على مدينة تدمر من قبل قوات النظام»: the agent after «من قبل».
        let e = ctx.places[p].recognized.endToken
        if e + 2 < clause.upperBound, !doc.forms[e].isDisjoint(with: MovementExtractor.originWords),
          !doc.forms[e + 1].isDisjoint(with: Self.beforeWord)
        {
          agent = ctx.actor(startingAt: e + 2)
        }
        if agent == nil {
          guard m.value != .besieged, !doc.forms[t].isDisjoint(with: Self.ownerlessNouns),
            u <= m.range.upperBound + 1, let owner = ownerless(t, in: sentence)
          else { continue }
          carried = sentence.contains(owner.firstToken) ? nil : owner
        }
      }
      guard let owner = construct ?? agent ?? carried ?? ownerless(t, in: sentence) else { continue }
      // «سيطرة قوات النظام مدعمة بحزب الله اللبناني ومسلحين موالين لها على مطار …», «… بدعم من
      // الطيران الروسي على بلدة …»: the owner's backers stand between it and «على» (up to eight
      // words; the first «على» after them ends the phrase).
      var from = construct?.endToken ?? m.range.upperBound
      if construct != nil, from < clause.upperBound, !doc.forms[from].isDisjoint(with: ControlExtractor.backing),
        let on = (from + 1..<min(clause.upperBound, from + 9)).first(where: { !doc.forms[$0].isDisjoint(with: MovementExtractor.onWords) })
      {
        from = on
      }
      let window = from..<max(from, min(clause.upperBound, from + 4))
      guard let k = ctx.firstPlace(in: window) else {
        continue
      }
      // Only «على», «إلى», the clitic «ل» (on the place's own token) and place nouns between: «في»
      // or «مع» makes the place where something else was controlled or lost.
      let gap = from..<ctx.places[k].recognized.firstToken
      guard
        gap.allSatisfy({ u in
          !doc.forms[u].isDisjoint(with: Self.arabicLinks)
            || !doc.forms[u].isDisjoint(with: ControlExtractor.placeObjects)
            || doc.forms[u].contains(where: { PlaceContext.triggers[$0] != nil })
        })
      else { continue }
      for j in ctx.listFrom(k, limit: clause.upperBound) {
        out.append(
          claim(owner.actor, on: j, m.value, statusAt(t), sentence, carried: carried))
      }
    }
    return out
  }
  /// «قبل» of «من قبل» ("by"), the agent of an Arabic noun or passive.
  static let beforeWord: WordSet = WordSet(words: ["قبل"].map(ArabicWord.lexiconForm))
  /// Nouns of taking read with no owner beside them.
  static let ownerlessNouns: WordSet = WordSet(
    words: ["استعادة", "تحرير", "اقتحام", "انتزاع", "استرجاع", "خسارة", "فقدان"].map(ArabicWord.lexiconForm))

  // MARK: Sieges laid by an agent

  static let siegeWords: WordSet = ["siege", "blockade", "encirclement"]
  static let layingWords: WordSet = ["imposed", "laid", "maintained", "enforced", "kept"]
  static let siegeObjectWords: WordSet = ["on", "of", "around", "upon"]

  /// "The siege imposed by government forces on Yarmouk camp": the agent besieges the place.
  func laidSieges(in sentence: Range<Int>, statusAt: (Int) -> ClaimStatus) -> [TokenClaim] {
    let doc = ctx.doc
    var out: [TokenClaim] = []
    for t in ctx.cues.tokens(.laidSieges, in: sentence)
    where t + 3 < sentence.upperBound && doc.tokens[t].script == .latin
      && !doc.forms[t].isDisjoint(with: Self.siegeWords)
      && !doc.forms[t + 1].isDisjoint(with: Self.layingWords)
      && !doc.forms[t + 2].isDisjoint(with: Self.agentWords)
    {
      guard let agent = ctx.actor(after: t + 2, window: 2, limit: sentence.upperBound),
        agent.endToken < sentence.upperBound,
        !doc.forms[agent.endToken].isDisjoint(with: Self.siegeObjectWords),
        let k = placeAfterOf(agent.endToken, in: sentence)
      else { continue }
      // "on Fuaa and Kafraya": every place of the list is besieged.
      for j in ctx.listFrom(k, limit: sentence.upperBound) {
        out.append(claim(agent.actor, on: j, .besieged, statusAt(t), sentence))
      }
    }
    return out
  }

  // MARK: Expulsions with a wider subject

  static let expellingWords: WordSet = WordSet(
    words: ["طرد", "طردت", "طردوا", "أخرج", "أخرجت", "أخرجوا"].map(ArabicWord.lexiconForm) + [
      "drove", "expelled", "ousted", "pushed", "evicted", "routed", "chased", "cleared",
    ])

  /// "The Syrian army and its allies pushed Islamic State out of Albukamal": the subject is the
  /// nearest actor before the verb in its clause (not only one ending right at it).
  func expulsions(in sentence: Range<Int>, statusAt: (Int) -> ClaimStatus) -> [TokenClaim] {
    let doc = ctx.doc
    var out: [TokenClaim] = []
    for t in ctx.cues.tokens(.expellingWords, in: sentence)
    where !doc.forms[t].isDisjoint(with: Self.expellingWords) {
      let clause = rules.span(of: t, in: sentence)
      let arabic = doc.tokens[t].script == .arabic
      let subject =
        arabic
        ? ctx.actor(after: t, window: 2, limit: clause.upperBound)
        : ctx.actorsStarting(from: clause.lowerBound, before: t).last {
          $0.endToken <= t && $0.firstToken >= clause.lowerBound && !rules.isBacker($0)
        }
      guard let subject,
        let object = ctx.actor(after: max(t, subject.endToken - 1), window: 3, limit: clause.upperBound),
        object.actor != subject.actor
      else { continue }
      var u = object.endToken
      while u < min(clause.upperBound, object.endToken + 2),
        !doc.forms[u].isDisjoint(with: ControlExtractor.outOf)
      {
        u += 1
      }
      guard u > object.endToken,
        let k = ctx.place(startingAt: u) ?? ctx.placesAfter(u - 1, limit: clause.upperBound).first
      else { continue }
      // «أخرجوا التنظيم من بلدتي السعدية وجلولاء»: every place of the list was taken.
      for j in ctx.listFrom(k, limit: clause.upperBound) {
        out.append(claim(subject.actor, on: j, .captured, statusAt(t), sentence))
      }
    }
    return out
  }

  // MARK: Order restored

  /// «إعادة الأمن والاستقرار إلى», "restored security and stability to": SANA's and the Syrian
  /// army's words for a place taken.
  static let securityWords: WordSet = WordSet(
    words: ["الأمن", "الامن", "الأمان"].map(ArabicWord.lexiconForm) + ["security", "order"])
  static let restoring: WordSet = WordSet(
    words: ["إعادة", "أعادت", "أعاد", "أعادوا", "عودة", "تعيد", "يعيد"].map(ArabicWord.lexiconForm) + [
      "restored", "restores", "restoring", "restore", "reestablished", "re-established",
    ])
  static let toWords: WordSet = WordSet(words: ["إلى", "الى"].map(ArabicWord.lexiconForm) + ["to", "in"])

  /// «أعلنت القيادة العامة للجيش السوري إعادة الأمن والاستقرار إلى مدينة تدمر»: the actor of the
  /// sentence (else the paragraph's) took the place.
  func restoredOrder(in sentence: Range<Int>, statusAt: (Int) -> ClaimStatus) -> [TokenClaim] {
    let doc = ctx.doc
    var out: [TokenClaim] = []
    for t in ctx.cues.tokens(.securityWords, in: sentence)
    where !doc.forms[t].isDisjoint(with: Self.securityWords) {
      // «أعادت وحدات من الجيش العربي السوري الأمن»: the subject may stand between the verb and «الأمن»
      // (the words between are the subject's: no place, no «إلى»).
      let lead = max(sentence.lowerBound, t - 8)..<t
      guard let r = lead.last(where: { !doc.forms[$0].isDisjoint(with: Self.restoring) }),
        r >= t - 4
          || ((r + 1)..<t).allSatisfy({
            ctx.place(startingAt: $0) == nil && doc.forms[$0].isDisjoint(with: Self.toWords)
          }),
        !hasIntent(before: r, in: sentence) && !hasNegation(before: r, in: sentence)
      else { continue }
      // "security and stability to", «الأمن والاستقرار إلى»: the place follows the destination word.
      let ahead = (t + 1)..<min(sentence.upperBound, t + 4)
      guard let to = ahead.first(where: { !doc.forms[$0].isDisjoint(with: Self.toWords) }),
        let k = ctx.placesAfter(to, limit: sentence.upperBound).first
      else { continue }
      let clause = ctx.clause(of: r, in: sentence)
      let named = ctx.actors.first {
        clause.contains($0.firstToken) && $0.actor != .un && !rules.isBacker($0)
      }
      let carried = named == nil ? antecedent(before: clause.lowerBound, in: sentence) : nil
      guard let owner = named ?? carried else { continue }
      var list = ctx.listFrom(k, limit: sentence.upperBound)
      // «إلى مدينة يبرود منتصف آذار الماضي، ثم إلى بلدة فليطة»: a later «ثم إلى» goes on the list.
      if let last = list.last {
        var u = ctx.places[last].recognized.endToken
        // A few words may stand between (a date: «منتصف آذار الماضي»), not a whole long sentence.
        var reach = u + 8
        while u + 1 < min(sentence.upperBound, reach) {
          if !doc.forms[u].isDisjoint(with: Self.thenWords), !doc.forms[u + 1].isDisjoint(with: Self.toWords),
            let next = ctx.placeRange(after: u + 1, limit: sentence.upperBound).first,
            // A place named there («ثم إلى المدينة» gives an anaphor's earlier place: not taken again).
            (u + 2...u + 4).contains(ctx.places[next].recognized.firstToken)
          {
            let more = ctx.listFrom(next, limit: sentence.upperBound)
            list += more
            // Always on: the scan never goes back.
            u = max(u + 2, ctx.places[more.last ?? next].recognized.endToken)
            reach = u + 8
          } else {
            u += 1
          }
        }
      }
      for j in list {
        out.append(
          claim(owner.actor, on: j, .captured, statusAt(r), sentence, carried: carried))
      }
    }
    return out
  }
  /// «ثم» (then): «إلى يبرود … ثم إلى فليطة».
  static let thenWords: WordSet = WordSet(words: ["ثم"].map(ArabicWord.lexiconForm))

  // MARK: Expulsion passives

  static let expelledWords: WordSet = [
    "driven", "pushed", "ousted", "expelled", "evicted", "forced", "chased", "kicked", "routed", "flushed",
  ]
  static let fromWords: WordSet = ["from", "out", "of"]

  /// "Islamic State fighters were driven from Mayadin by government forces": the agent took the place.
  func drivenFrom(in sentence: Range<Int>, statusAt: (Int) -> ClaimStatus) -> [TokenClaim] {
    let doc = ctx.doc
    var out: [TokenClaim] = []
    for t in ctx.cues.tokens(.expelledWords, in: sentence)
    where doc.tokens[t].script == .latin && !doc.forms[t].isDisjoint(with: Self.expelledWords) {
      var u = t + 1
      while u < min(sentence.upperBound, t + 3), !doc.forms[u].isDisjoint(with: Self.fromWords) { u += 1 }
      guard u > t + 1, let k = ctx.placesAfter(u - 1, limit: sentence.upperBound).first else { continue }
      let list = ctx.listFrom(k, limit: sentence.upperBound)
      guard let last = list.last else { continue }
      let e = ctx.places[last].recognized.endToken
      guard e < sentence.upperBound, !doc.forms[e].isDisjoint(with: Self.agentWords),
        let agent = ctx.actor(after: e, window: 2, limit: sentence.upperBound)
      else { continue }
      for j in list {
        out.append(
          claim(agent.actor, on: j, .captured, statusAt(t), sentence))
      }
    }
    return out
  }

  // MARK: Fighting between two sides

  /// «اشتباكات بين قوات النظام وتنظيم داعش داخل مدينة دير الزور», "clashes between the SDF and ISIS
  /// in Raqqa": both sides contest the place named after them.
  func clashesBetween(in sentence: Range<Int>, statusAt: (Int) -> ClaimStatus) -> [TokenClaim] {
    let doc = ctx.doc
    var out: [TokenClaim] = []
    for t in ctx.cues.tokens(.clashNouns, in: sentence)
    where !doc.forms[t].isDisjoint(with: ControlExtractor.clashNouns) {
      let ahead = (t + 1)..<min(sentence.upperBound, t + 4)
      guard let b = ahead.first(where: { !doc.forms[$0].isDisjoint(with: ControlExtractor.between) }),
        let first = ctx.actor(after: b, window: 2, limit: sentence.upperBound),
        let second = ctx.actor(after: first.endToken - 1, window: 2, limit: sentence.upperBound),
        second.actor != first.actor
      else { continue }
      let rest = second.endToken..<max(second.endToken, min(sentence.upperBound, second.endToken + 3))
      let after = rest.first(where: { !doc.forms[$0].isDisjoint(with: MovementExtractor.inWords) }).flatMap {
        ctx.placesAfter($0, limit: sentence.upperBound).first
      }
      // «وشهدت مدينة الموصل معارك عنيفة بين …», "Mosul saw heavy fighting between …": the place
      // is the subject of the verb before the noun.
      let clause = ctx.clause(of: t, in: sentence)
      let before = ctx.places.lastIndex {
        $0.recognized.endToken <= t && $0.recognized.endToken >= t - 3
          && clause.contains($0.recognized.firstToken)
      }
      guard let k = after ?? before else { continue }
      for a in [first, second] {
        out.append(
          claim(a.actor, on: k, .contested, statusAt(t), sentence))
      }
    }
    return out
  }

  // MARK: The owner from an earlier sentence

  /// English subjects that name no actor and refer back to one: pronouns and armed plurals after
  /// an article or a possessive ("they", "the militants", "its fighters").
  static let genericSubjects: WordSet = WordSet(
    words: ["القوات", "عناصره", "عناصرها", "مقاتلوه", "مقاتليه", "مقاتلوها", "وحداته", "قواته", "قواتها"].map(
      ArabicWord.lexiconForm) + [
        "militants", "jihadists", "troops", "fighters", "forces", "soldiers", "extremists", "units", "gunmen",
        "group", "groups", "factions", "alliance", "coalition",
      ])
  /// "the jihadist group", "the militant group": adjectives that keep a generic subject generic.
  static let armedAdjectives: WordSet = [
    "jihadist", "extremist", "militant", "hardline", "radical", "insurgent",
  ]
  static let determiners: WordSet = ["the", "its", "their", "his", "her"]
  /// Words between a subject and its verb: auxiliaries and adverbs ("it had", "they also", "the
  /// militants still").
  static let auxiliaries: WordSet = [
    "had", "has", "have", "also", "then", "later", "now", "still", "again", "quickly", "finally",
    "reportedly",
    "eventually", "swiftly", "soon", "had", "were", "was", "fully", "largely",
    // "who had been deployed in", "that have been stationed in": the perfect of a passive state.
    "been",
    // "continues to hold": a verb of going on before the control verb.
    "continues", "continue", "continued", "to",
  ]
  /// Words after an Arabic verb whose subject is dropped: prepositions and time words («وسيطرت
  /// خلال ساعات على», «واستعادت اليوم»); a noun there is the subject («سيطر الهدوء على»).
  static let subjectlessFollowers: WordSet = WordSet(
    words: [
      "على", "من", "إلى", "الى", "في", "خلال", "اليوم", "أمس", "صباح", "مساء", "فجر", "ظهر", "ليل", "ليلة",
      "بعد",
      "عقب", "منذ", "بالكامل", "مجددا", "مجدداً", "أيضا", "أيضاً", "كذلك",
    ].map(ArabicWord.lexiconForm))
  /// Particles that may open an Arabic clause before its verb («وقد سيطرت», «ثم استعادت»).
  static let openingParticles: WordSet = WordSet(
    words: [
      "قد", "ثم", "كما", "لقد", "كان", "كانت", "كانوا",
      // «حيث لا يزال يسيطر على مدينة الفلوجة»: "where it still holds" («لا»/«ما» only before «يزال»).
      "حيث", "يزال", "تزال", "زال", "زالت",
    ].map(ArabicWord.lexiconForm))
  /// «لا», «ما» of «لا يزال», «ما زال» ("still"); alone they negate the verb.
  static let stillNegations: WordSet = WordSet(words: ["لا", "ما"].map(ArabicWord.lexiconForm))
  static let stillVerbs: WordSet = WordSet(
    words: ["يزال", "تزال", "زال", "زالت"].map(ArabicWord.lexiconForm))

  /// The owner of a control cue at `verb` whose clause names no subject: the subject of the
  /// paragraph, when the subject slot is empty (Arabic) or holds a pronoun or armed plural.
  func carriedOwner(verb: Range<Int>, clause: Range<Int>, sentence: Range<Int>) -> ActorMention? {
    guard subjectIsOpen(verb: verb, clause: clause) else { return nil }
    // "Iraqi troops retook Nimrud from Islamic State militants … the militants still hold most of
    // Mosul": a noun for insurgents stands for the insurgent side named before, not for the
    // paragraph's subject (as for a participle's subject, `mainSubject`).
    if let noun = englishSubject(verb: verb, clause: clause),
      !ctx.doc.forms[noun].isDisjoint(with: Self.insurgentSubjects)
    {
      return insurgentSide(before: noun)
    }
    guard let a = antecedent(before: clause.lowerBound, in: sentence) else { return nil }
    // «قال مصدر في الجيش الوطني إن الوحدات تقدمت …، وسيطرت على …»: a unit noun after the name stands
    // for its force as the subject the verb goes on from, and the verb agrees with that noun.
    let doc = ctx.doc
    if a.endToken < clause.lowerBound,
      let unit = (a.endToken..<clause.lowerBound).last(where: {
        !doc.forms[$0].isDisjoint(with: Self.unitSubjects)
      })
    {
      return agrees(verb: verb.lowerBound, head: unit) ? a : nil
    }
    // «هاجم تنظيم داعش … وسيطرت على …»: a feminine verb does not refer back to a masculine name.
    return agrees(verb: verb.lowerBound, with: a) ? a : nil
  }
  /// «الوحدات», «القوات», «الفصائل», «القطعات»: the definite unit nouns a report names a force by once
  /// it has named it («قوات النظام … القوات»).
  static let unitSubjects: WordSet = WordSet(
    words: ["الوحدات", "القوات", "الفصائل", "القطعات", "الكتائب"].map(ArabicWord.lexiconForm))

  /// False when the Arabic verb at `v` and the actor's head word differ in gender: «سيطرت» is
  /// feminine (for «قوات», «فصائل», «هيئة», countries), «سيطر», «يسيطر» masculine (for «تنظيم»,
  /// «الجيش», «النظام», «الحشد»). English verbs, plurals and unknown heads agree with anything.
  func agrees(verb v: Int, with a: ActorMention) -> Bool { agrees(verb: v, head: a.firstToken) }
  /// False when the Arabic verb at `v` and the noun at `h` differ in gender (`agrees(verb:with:)`).
  func agrees(verb v: Int, head h: Int) -> Bool {
    let doc = ctx.doc
    guard doc.tokens[v].script == .arabic, doc.tokens[h].script == .arabic else { return true }
    let word = doc.tokens[v].text
    // (`PlainArabic`: the word's affixes are read from its bytes, not compared by characters.)
    let clitic = PlainArabic.hasPrefix(word, "و") || PlainArabic.hasPrefix(word, "ف")
    let stem = clitic ? String(word.dropFirst()) : word
    let verbFeminine: Bool?
    if PlainArabic.hasSuffix(stem, "وا") || PlainArabic.hasSuffix(stem, "ون")
      || PlainArabic.hasSuffix(stem, "ا")
    {
      verbFeminine = nil
    } else if PlainArabic.hasSuffix(stem, "ت") {
      verbFeminine = true
    } else if PlainArabic.hasPrefix(stem, "ي") || (stem.count <= 5 && !PlainArabic.hasPrefix(stem, "ت")) {
      // «تمكن», «تقدم» (past, masculine) and «تسيطر» (present, feminine) both open with «ت».
      verbFeminine = false
    } else {
      verbFeminine = nil
    }
    let head = doc.forms[h]
    let actorFeminine: Bool? =
      !head.isDisjoint(with: Self.feminineHeads)
      ? true : (!head.isDisjoint(with: Self.masculineHeads) ? false : nil)
    guard let verbFeminine, let actorFeminine else { return true }
    return verbFeminine == actorFeminine
  }
  /// False when the Arabic pronoun suffix of token `t` and the actor's head word differ in gender:
  /// «سيطرته», «حصاره» are masculine (for «تنظيم», «الجيش»), «سيطرتها» feminine (for «قوات»,
  /// «فصائل»). A plural or dual suffix, and an unknown head, agree with anything.
  func agreesInGender(pronoun t: Int, with a: ActorMention) -> Bool {
    let doc = ctx.doc
    guard doc.tokens[t].script == .arabic, doc.tokens[a.firstToken].script == .arabic else { return true }
    let word = doc.tokens[t].text
    let pronounFeminine: Bool
    if PlainArabic.hasSuffix(word, "هم") || PlainArabic.hasSuffix(word, "هما") {
      return true
    } else if PlainArabic.hasSuffix(word, "ها") {
      pronounFeminine = true
    } else if PlainArabic.hasSuffix(word, "ه") {
      pronounFeminine = false
    } else {
      return true
    }
    let head = doc.forms[a.firstToken]
    if !head.isDisjoint(with: Self.feminineHeads) { return pronounFeminine }
    if !head.isDisjoint(with: Self.masculineHeads) { return !pronounFeminine }
    return true
  }
  static let feminineHeads: WordSet = WordSet(
    words: [
      "قوات", "فصائل", "وحدات", "هيئة", "جبهة", "الولايات", "تركيا", "روسيا", "إيران", "واشنطن", "موسكو",
      "أنقرة",
      "المعارضة", "الميليشيات", "الشرطة", "الفصائل", "المجموعات", "القيادة", "الحكومة", "الإدارة", "الوحدات",
    ].map(ArabicWord.lexiconForm))
  static let masculineHeads: WordSet = WordSet(
    words: ["تنظيم", "داعش", "الجيش", "جيش", "النظام", "حزب", "الحشد", "التحالف", "فيلق", "الحرس", "التنظيم"]
      .map(
        ArabicWord.lexiconForm))

  /// The subject word of the English verb at `verb`: the word before it, past auxiliaries and
  /// adverbs ("the militants still hold"); nil for an Arabic verb or none in the clause.
  func englishSubject(verb: Range<Int>, clause: Range<Int>) -> Int? {
    let doc = ctx.doc
    guard doc.tokens[verb.lowerBound].script == .latin else { return nil }
    var s = verb.lowerBound - 1
    while s >= clause.lowerBound, !doc.forms[s].isDisjoint(with: Self.auxiliaries) { s -= 1 }
    return s >= clause.lowerBound ? s : nil
  }

  /// True when the subject of the verb at `verb` is dropped or is a word that refers back.
  func subjectIsOpen(verb: Range<Int>, clause: Range<Int>) -> Bool {
    let doc = ctx.doc
    if doc.tokens[verb.lowerBound].script == .latin {
      guard let s = englishSubject(verb: verb, clause: clause) else { return false }
      if !doc.forms[s].isDisjoint(with: RelationContext.pronounSubjects) { return true }
      // "The troops", "Its fighters", "the jihadist group": not "Kurdish forces" (an adjective of
      // nation names someone else).
      guard !doc.forms[s].isDisjoint(with: Self.genericSubjects) else { return false }
      var d = s - 1
      if d >= clause.lowerBound, !doc.forms[d].isDisjoint(with: Self.armedAdjectives) { d -= 1 }
      return d < clause.lowerBound || !doc.forms[d].isDisjoint(with: Self.determiners)
    }
    // Arabic: the verb opens its clause (after «قد», «ثم»), and what follows is no noun of its own.
    guard clause.lowerBound <= verb.lowerBound else { return false }
    let opening = (clause.lowerBound..<verb.lowerBound).allSatisfy {
      !doc.forms[$0].isDisjoint(with: Self.openingParticles)
        || (!doc.forms[$0].isDisjoint(with: Self.stillNegations) && $0 + 1 < verb.lowerBound
          && !doc.forms[$0 + 1].isDisjoint(with: Self.stillVerbs))
    }
    guard opening || joinsOpenVerb(verb, clause: clause), verb.upperBound < clause.upperBound else {
      return false
    }
    return followsSubjectless(verb.upperBound)
  }
  /// True when the word at `next`, right after an Arabic verb, is no noun of its own: a preposition,
  /// a time word, a place («وأحكمت حصارها على»: the verb's own object names its owner with a pronoun).
  func followsSubjectless(_ next: Int) -> Bool {
    let doc = ctx.doc
    return !doc.forms[next].isDisjoint(with: Self.subjectlessFollowers)
      || !doc.forms[next].isDisjoint(with: Self.genericSubjects) || ctx.place(startingAt: next) != nil
      || !doc.forms[next].isDisjoint(with: ControlExtractor.siegeNouns)
      || doc.forms[next].contains { PlaceContext.triggers[$0] != nil }
  }
  /// «ثم تقدموا إلى ناحية زمار وسيطروا على سد الموصل»: an Arabic verb joined with «و» to the verb
  /// that opens its clause shares that verb's subject, and that verb has none of its own (no actor
  /// stands between the two, and what follows the first verb is no noun of its own).
  func joinsOpenVerb(_ verb: Range<Int>, clause: Range<Int>) -> Bool {
    let doc = ctx.doc
    guard PlainArabic.hasPrefix(doc.tokens[verb.lowerBound].text, "و"),
      let first = (clause.lowerBound..<verb.lowerBound).first(where: {
        doc.forms[$0].isDisjoint(with: Self.openingParticles)
      }),
      first + 1 < verb.lowerBound, followsSubjectless(first + 1),
      ControlExtractor.verbMatcher.match(doc, at: first) != nil
        || MovementExtractor.triggerMatcher.match(doc, at: first) != nil
    else { return false }
    return ctx.actorsStarting(from: clause.lowerBound, before: verb.lowerBound).allSatisfy {
      !(clause.lowerBound..<verb.lowerBound).contains($0.firstToken)
    }
  }

  /// The head a relative or parenthetical clause hangs on, as the subject of an English verb: "ISIS
  /// militants, who have held Raqqa" (the verb inside the relative clause), "The Syrian army, which
  /// has fought ISIS for months, captured Mayadin" (the verb right after it).
  func relativeHead(verb: Range<Int>, sentence: Range<Int>) -> ActorMention? {
    let doc = ctx.doc
    guard doc.tokens[verb.lowerBound].script == .latin else { return nil }
    var s = verb.lowerBound - 1
    while s > sentence.lowerBound, !doc.forms[s].isDisjoint(with: Self.auxiliaries) { s -= 1 }
    guard s > sentence.lowerBound else { return nil }
    if !doc.forms[s].isDisjoint(with: Self.relatives) {
      // "Islamic State militants, who": a generic noun may follow the actor's name.
      var e = s
      if e - 1 > sentence.lowerBound, !doc.forms[e - 1].isDisjoint(with: Self.genericSubjects) { e -= 1 }
      return (ctx.actor(endingAt: s) ?? ctx.actor(endingAt: e)).flatMap { rules.isBacker($0) ? nil : $0 }
    }
    // The verb opens a clause after a parenthetical that opens with "which", "who" or a backing word.
    let clauses = doc.clauses(in: sentence)
    guard let i = clauses.firstIndex(where: { $0.contains(verb.lowerBound) }), i >= 2,
      (clauses[i].lowerBound..<verb.lowerBound).allSatisfy({
        !doc.forms[$0].isDisjoint(with: Self.auxiliaries)
      }),
      case let opener = doc.forms[clauses[i - 1].lowerBound],
      case let appositive = !opener.isDisjoint(with: Self.indefinites) || !opener.isDisjoint(with: Self.mainly),
      appositive || !opener.isDisjoint(with: Self.relatives) || !opener.isDisjoint(with: ControlExtractor.backing)
        || ControlExtractor.including.match(doc, at: clauses[i - 1].lowerBound) != nil
    else { return nil }
    if let head = rules.head(endingAt: clauses[i - 1].lowerBound) { return rules.isBacker(head) ? nil : head }
    // "Liwa al-Haqq, an Islamic State affiliate, continues to hold": a subject the lexicon does not
    // know is what its apposition says it is; "Armed groups, mainly Hayat Tahrir al-Sham, control":
    // a generic subject is chiefly the group its apposition names.
    guard appositive else { return nil }
    let apposition = clauses[i - 1]
    return ctx.actorsStarting(from: apposition.lowerBound, before: apposition.upperBound).first {
      apposition.contains($0.firstToken) && !rules.isBacker($0)
    }
  }
  /// "X, a coalition of rebel factions, took …": an apposition between a subject and its verb.
  static let indefinites: WordSet = ["a", "an"]
  /// "Armed groups, mainly HTS, …": an apposition naming the chief member of a plural subject.
  static let mainly: WordSet = ["mainly", "primarily", "mostly", "chiefly", "predominantly", "principally"]
  static let relatives: WordSet = ["who", "which", "that"]

  /// «سيطرت صباح اليوم وحدات من الجيش السوري على مدينة البوكمال»: the first actor after an Arabic
  /// verb, past a time phrase and a unit noun, before any place and within six words.
  func distantSubject(verb: Range<Int>, clause: Range<Int>) -> ActorMention? {
    let doc = ctx.doc
    guard doc.tokens[verb.lowerBound].script == .arabic,
      let a = ctx.actor(after: verb.upperBound - 1, window: 6, limit: clause.upperBound),
      !rules.isBacker(a),
      ctx.firstPlace(in: verb.upperBound..<a.firstToken) == nil,
      (verb.upperBound..<a.firstToken).allSatisfy({ u in
        !doc.forms[u].isDisjoint(with: Self.subjectlessFollowers)
          || !doc.forms[u].isDisjoint(with: Self.unitNouns)
          || !doc.forms[u].isDisjoint(with: Self.timeNouns)
      })
    else { return nil }
    return a
  }
  /// «وحدات من», «عناصر من», «مقاتلون من»: the part of a force named before the force.
  static let unitNouns: WordSet = WordSet(
    words: [
      "وحدات", "عناصر", "مقاتلو", "مقاتلون", "مقاتلين", "قوات", "أرتال", "رتل", "مجموعات", "كتائب", "من",
    ].map(
      ArabicWord.lexiconForm))
  /// «ومقاتلو», «ووحدات»: a unit noun with «و» before a second actor's name.
  static let joinedUnitNouns: WordSet = WordSet(
    words: [
      "ومقاتلو", "ومقاتلي", "ووحدات", "وعناصر", "وقوات", "وفصائل", "ومسلحو", "ومسلحي", "ومتطوعي", "ومتطوعو",
      // «قوات النظام والمجموعات الموالية لإيران»: groups and militias named by their loyalty.
      "والمجموعات", "والجماعات", "والميليشيات", "والمليشيات",
    ].map(
      ArabicWord.lexiconForm))

  /// Words an Arabic aside set off by commas opens with: a relative pronoun, a backer, a date or
  /// time, a source («بحسب», «وفق»), an operation («ضمن عملية»), a span («بعد معارك»).
  static let asideOpeners: WordSet = WordSet(
    words: [
      "التي", "الذي", "الذين", "المدعومة", "المدعوم", "مدعومة", "مدعوما", "مدعوماً", "بدعم", "بغطاء", "بإسناد",
      "بمساندة", "بقيادة", "بحسب", "حسب", "وفق", "وفقا", "وفقاً", "نقلا", "نقلاً", "ضمن", "بعد", "إثر", "عقب",
      // «دخلت قوات النظام، برفقة الشرطة العسكرية الروسية، مدينة طفس»: who came along.
      "برفقة", "بمرافقة", "بمشاركة", "ترافقها", "يرافقها",
      // «، ومن بينها هيئة تحرير الشام،», «، بما فيها …،»: the groups a subject includes.
      "ومن", "بما", "ومنها", "بينها",
      // «، الذراع العسكرية لحزب …،», «، الجناح المسلح لـ …،»: what the subject is.
      "الذراع", "الجناح",
      "وذلك", "يوم", "اليوم", "أمس", "صباح", "مساء", "فجر", "ظهر", "ليل", "ليلة", "الأحد", "الاثنين",
      "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "خلال", "منذ", "قبل",
    ].map(ArabicWord.lexiconForm))

  /// The first token of an Arabic verb's object («على مدينة X», «السيطرة على X», «مدينة X») when the
  /// subject ending at `subjectEnd` closes its clause and one to three asides set off by commas
  /// follow it: «سيطرت قوات النظام، اليوم الأحد، على مدينة تدمر», «سيطرت قسد، التي تقودها الوحدات
  /// الكردية، على الطبقة». Nil when no aside stands between, or the clause after them is no object.
  func objectAfterAsides(subjectEnd: Int, in sentence: Range<Int>) -> Int? {
    let doc = ctx.doc
    // The subject's clause ends with it («حزب الله اللبناني»: one adjective may follow).
    // (The clauses are found one by one from the subject's, `ctx.clause(of:in:)`: listing every
    // clause of the sentence built an array per question.)
    let last = max(sentence.lowerBound, subjectEnd - 1)
    guard sentence.contains(last) else { return nil }
    var c = ctx.clause(of: last, in: sentence)
    guard c.upperBound <= subjectEnd + 1 else { return nil }
    // The three clauses after it.
    for step in 1...3 {
      guard c.upperBound < sentence.upperBound else { return nil }
      c = ctx.clause(of: c.upperBound, in: sentence)
      let f = c.lowerBound
      guard doc.tokens[f].script == .arabic else { return nil }
      if step > 1 {
        // «على مدينة تدمر», «السيطرة على مدينة تدمر», «مركز مدينة حمص»: the object.
        if !doc.forms[f].isDisjoint(with: MovementExtractor.onWords) { return f }
        if f + 1 < c.upperBound, !doc.forms[f].isDisjoint(with: Self.controlNouns),
          !doc.forms[f + 1].isDisjoint(with: MovementExtractor.onWords)
        {
          return f
        }
        if ctx.place(startingAt: f) != nil
          || doc.forms[f].contains(where: { PlaceContext.triggers[$0] != nil })
        {
          return f
        }
      }
      // Anything else than an aside ends the search.
      guard !doc.forms[f].isDisjoint(with: Self.asideOpeners) || doc.tokens[f].text.allSatisfy(\.isNumber)
      else { return nil }
    }
    return nil
  }
  /// «السيطرة» before «على»: the noun a verb of taking has as its object («استعادت … السيطرة على»).
  static let controlNouns: WordSet = WordSet(words: ["السيطرة"].map(ArabicWord.lexiconForm))

  /// Day, part-of-day and span words of Arabic time phrases («صباح اليوم», «خلال ساعات»).
  static let timeNouns: WordSet = WordSet(
    words: [
      "اليوم", "أمس", "صباح", "مساء", "فجر", "ظهر", "ليل", "ليلة", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء",
      "الخميس", "الجمعة", "السبت", "ساعات", "أيام", "أسابيع", "الماضي", "الجاري", "خلال",
    ].map(ArabicWord.lexiconForm))

  /// The first token from `t` (before `limit`) that is neither a time word («صباح اليوم», «يوم
  /// الثلاثاء», «الأسبوع الماضي») nor an adjective of completeness («الكاملة», «بالكامل»); at most
  /// five are passed.
  static func pastModifiers(from t: Int, in doc: ReportText, limit: Int) -> Int {
    var u = t
    while u < min(limit, t + 5),
      !doc.forms[u].isDisjoint(with: timeNouns) || !doc.forms[u].isDisjoint(with: modifierWords)
    {
      u += 1
    }
    return u
  }
  /// Words of completeness and time that `pastModifiers` passes beside `timeNouns`.
  static let modifierWords: WordSet = WordSet(
    words: [
      "الكاملة", "الكامل", "التامة", "التام", "بالكامل", "يوم", "الأسبوع", "الشهر", "مجددا", "مجدداً",
    ].map(ArabicWord.lexiconForm))

  /// The actor a clause starting at `t` refers back to: the last armed actor earlier in its
  /// sentence, else the first of the nearest of the two sentences before (the paragraph's subject).
  /// `accepting` passes over actors the clause's pronoun cannot stand for (`agreesInGender`).
  func antecedent(
    before t: Int, in sentence: Range<Int>, accepting: (ActorMention) -> Bool = { _ in true }
  ) -> ActorMention? {
    let doc = ctx.doc
    // «أبرز معاقل التنظيم», "areas held by ISIS": an actor named as whose a place is, is no subject.
    func usable(_ a: ActorMention) -> Bool {
      a.actor != .un && !rules.isBacker(a) && !ctx.isSponsor(a) && !saysSomething(a) && !isPossessor(a)
        && accepting(a)
    }
    // (Searched through the actor index: a scan of every actor per question grew with the report.)
    if let a = ctx.actorsStarting(from: sentence.lowerBound, before: t).last(where: {
      $0.endToken <= t && $0.firstToken >= sentence.lowerBound && usable($0)
        && !inCircumstance($0, sentence: sentence)
    }) {
      return a
    }
    let s = doc.sentenceOfToken[sentence.lowerBound]
    for back in 1...2 where s - back >= 0 {
      let prev = doc.sentences[s - back]
      if let a = ctx.actorsStarting(from: prev.lowerBound, before: prev.upperBound).first(where: {
        prev.contains($0.firstToken) && usable($0)
      }) {
        return a
      }
    }
    return nil
  }

  /// The side a pronoun suffix on the Arabic token `t` refers to («معقله», «مقاتلوها»): the usable
  /// actor named last before it (`antecedent`) that agrees with the pronoun in gender.
  func pronounReferent(of t: Int, in sentence: Range<Int>) -> ActorMention? {
    antecedent(before: t, in: sentence) { agreesInGender(pronoun: t, with: $0) }
  }

  /// «…، إثر انسحاب قوات البيشمركة من سنجار، ثم تقدموا …», "after the withdrawal of": an actor in an
  /// aside opened by a preposition of time or cause and a noun (not «بعد أن» and a verb) is the
  /// noun's genitive, no subject a later verb goes on from.
  func inCircumstance(_ a: ActorMention, sentence: Range<Int>) -> Bool {
    let doc = ctx.doc
    var c = a.firstToken
    while c > sentence.lowerBound, !doc.clauseBreakBefore[c] { c -= 1 }
    guard c + 1 < a.firstToken,
      !doc.forms[c].isDisjoint(with: Self.circumstances)
    else { return false }
    return doc.forms[c + 1].isDisjoint(with: Self.complementizers)
  }
  /// «إثر», «عقب», «بعد», «قبل», «وسط»: prepositions an Arabic aside of time or cause opens with.
  static let circumstances: WordSet = WordSet(
    words: ["إثر", "اثر", "عقب", "بعد", "قبل", "وسط", "جراء", "بسبب"].map(ArabicWord.lexiconForm))
  /// «أن», «ما»: what turns «بعد», «قبل» into a conjunction before a verb with its own subject.
  static let complementizers: WordSet = WordSet(words: ["أن", "ان", "ما"].map(ArabicWord.lexiconForm))

  /// True when the actor is named as whose a stronghold, pocket or area is («معاقل التنظيم», "held by",
  /// "rebel-held").
  func isPossessor(_ a: ActorMention) -> Bool {
    let doc = ctx.doc
    if rules.isHeldModifier(a) { return true }
    // (Within the actor's sentence: "…, the group's de facto capital. Islamic State still holds X"
    // names Islamic State as a subject, not as whose the capital is.)
    let lead = max(doc.sentence(of: a.firstToken).lowerBound, a.firstToken - 2)..<a.firstToken
    return lead.contains { u in
      ControlExtractor.strongholds.match(doc, at: u) != nil
        || ControlExtractor.heldBy.match(doc, at: u) != nil
        || !doc.forms[u].isDisjoint(with: ControlExtractor.holdouts)
        || !doc.forms[u].isDisjoint(with: MovementExtractor.areaWords)
    }
  }

  /// "Russia said", «قالت روسيا»: an actor named as who speaks is no paragraph subject.
  func saysSomething(_ a: ActorMention) -> Bool {
    let doc = ctx.doc
    let after = a.endToken..<min(doc.tokens.count, a.endToken + 2)
    return after.contains { !doc.forms[$0].isDisjoint(with: RelationContext.speech) && $0 < doc.tokens.count }
  }
}
