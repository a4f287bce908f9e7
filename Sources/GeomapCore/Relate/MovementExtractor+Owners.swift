/// "its fighters", «مقاتليه», «عناصرها»: forces named by a possessive are the actor named last before
/// them — the speaker ("Hezbollah's television said its fighters …", «قالت فصائل المعارضة إن
/// مقاتليها …»), the other party of a deal («اتفاقاً مع جيش الإسلام ينص على خروج مقاتليه») or the
/// side just fought ("clashed with ISIS, and its fighters withdrew") — not an actor the sentence
/// named earlier as acting, nor the forces joined to them by "and".
extension MovementExtractor {
  /// True when the word at `u` names someone's own forces: «عناصرها» (Arabic carries the possessive
  /// on the noun), "its units" (English puts "its"/"their" before it).
  func isOwnForces(_ u: Int) -> Bool {
    let doc = ctx.doc
    guard ctx.cues.occurs(.ownForces, at: u) else { return false }
    return doc.tokens[u].script == .arabic
      ? !doc.forms[u].isDisjoint(with: Self.arabicOwnForces)
      : !doc.forms[u].isDisjoint(with: Self.ownForces) && u > 0
        && !doc.forms[u - 1].isDisjoint(with: Self.possessives)
  }

  /// The possessive force noun that is the subject of the motion at `trigger`, with the actor it
  /// belongs to: the last one named before it in its sentence or the one before, that neither backs
  /// nor brokers ("backed by", «برعاية»). The owner wins over any actor named before the noun; an
  /// actor between the noun and the motion is a nearer subject unless "and" joins it to the noun.
  func ownedForces(at trigger: Range<Int>, sentence s: Int) -> (token: Int, mention: ActorMention)? {
    let doc = ctx.doc
    let sentence = doc.sentences[s]
    guard ctx.cues.occurs(.ownForces, in: sentence),
      let u = subjectNoun(at: trigger, in: sentence, reach: 8, where: isOwnForces)
    else { return nil }
    // "its fighters, backed by Syrian army units, advanced": a backer between is no nearer subject.
    if u < trigger.lowerBound,
      let between = ctx.actorsStarting(from: u + 1, before: trigger.lowerBound).first(where: { !ctx.isSponsor($0) }),
      !(between.firstToken == u + 2 && ctx.isWord(u + 1, "and"))
        && !(between.firstToken == u + 1 && doc.tokens[u + 1].script == .arabic && ctx.startsWith(u + 1, "و"))
    {
      return nil
    }
    // "its" stands before the English noun; the owner is named before that.
    let p = doc.tokens[u].script == .arabic ? u : u - 1
    let from = doc.sentences[max(0, s - 1)].lowerBound
    guard
      let owner = ctx.actorsStarting(from: from, before: p).last(where: { m in
        m.endToken <= p && m.actor != .unknown && m.actor != .un && (!ctx.isSponsor(m) || isParty(m))
          && !isAttacked(m) && !namesAttack(m)
      })
    else { return nil }
    return (u, owner)
  }

  /// The movers a reference at the motion `trigger` names, when it is nearer the motion than the
  /// actor `named` otherwise: forces a possessive gives an owner, else "the militants", "the
  /// attackers" named before (`referredMovers`). Both movement readers ask this one question.
  func winningReference(over named: ActorMention?, at trigger: Range<Int>, sentence s: Int)
    -> (token: Int, mention: ActorMention)?
  {
    if let owned = ownedForces(at: trigger, sentence: s) { return owned }
    guard let r = referredMovers(at: trigger, sentence: s) else { return nil }
    let nearer =
      named.map { $0.endToken <= r.token || ($0.firstToken..<$0.endToken).contains(r.token) } ?? true
    return nearer ? r : nil
  }

  /// «هجوماً على نقاط للجيش», "an assault on army positions": the side attacked, named within three
  /// words after «على», «ضد», "on", "against", does not own the forces named next.
  func isAttacked(_ m: ActorMention) -> Bool {
    let doc = ctx.doc
    return (max(0, m.firstToken - 3)..<m.firstToken).contains {
      !doc.forms[$0].isDisjoint(with: Self.attackTargets)
    }
  }

  /// "an HTS attack", "an ISIS assault": an actor named as the attack's modifier is not the subject
  /// "its" refers back to ("The army said it repelled an HTS attack, and its troops moved …").
  func namesAttack(_ m: ActorMention) -> Bool {
    m.endToken < ctx.doc.tokens.count && !ctx.doc.forms[m.endToken].isDisjoint(with: Self.attackNouns)
  }

  /// «اتفاق مع X», "clashes with X": named after "with", a side is a party to a deal or a fight (which
  /// `isSponsor` counts as not moving), and may own the forces named next.
  func isParty(_ m: ActorMention) -> Bool {
    let doc = ctx.doc
    var u = m.firstToken - 1
    if u >= 0, ctx.isWord(u, "the") { u -= 1 }
    return u >= 0 && (!doc.forms[u].isDisjoint(with: RelationContext.arabicWith) || ctx.isWord(u, "with"))
  }
}

extension MovementExtractor {
  /// True when the motion word at `trigger` is an expulsion verb («طرد», "expelled").
  func isExpulsion(_ trigger: Range<Int>) -> Bool {
    trigger.count == 1 && !ctx.doc.forms[trigger.lowerBound].isDisjoint(with: Self.expulsionWords)
  }

  /// Who an expulsion verb at `trigger` moves: the last actor named after it before `limit` (the
  /// origin), its object — «طردت قوات النظام عناصر تنظيم داعش من …» (the subject comes first in
  /// Arabic), "Iraqi troops drove ISIS militants from …". Nil for other motion words.
  func expelled(at trigger: Range<Int>, before limit: Int) -> ActorMention? {
    guard isExpulsion(trigger) else { return nil }
    return ctx.actorsStarting(from: trigger.upperBound, before: min(limit, trigger.upperBound + 8)).last {
      !ctx.isSponsor($0) && $0.actor != .unknown
    }
  }
}

extension MovementExtractor {
  /// Verbs whose subject carries their object: «نقلت», «أجلت», "moved", "transported", "evacuated".
  static let transportVerbs: WordSet = WordSet(
    words: ["نقل", "نقلت", "نقلوا", "أجلى", "أجلت", "أجلوا", "أقلت", "حملت"].map(ArabicWord.lexiconForm) + [
      "moved", "transported", "evacuated", "bused", "bussed", "carried", "ferried", "relocated", "trucked",
    ])

  /// True when the civilians at `c` are the object of the transport verb at `trigger`. People moved
  /// who belong to no side are not the movers: the one who moves them is («القوات الأمنية نقلت أكثر
  /// من ألفي عائلة», "ISIL moved thousands of civilians", "the ISF transported 9,000 people"), as the
  /// gold reads them; the caller asks it only when that subject is named in the sentence.
  func carriesCivilians(_ c: Int, at trigger: Range<Int>) -> Bool {
    c >= trigger.upperBound && trigger.count == 1
      && !ctx.doc.forms[trigger.lowerBound].isDisjoint(with: Self.transportVerbs)
  }

  /// "94 families were transported by the Iraqi authorities from X to Y": in the passive, the civilians
  /// named before the transport verb are carried by its agent after "by", who is the mover, as the
  /// active voice reads ("the Iraqi authorities transported 94 families"). `agent` is the motion's
  /// agent, found after the verb.
  func carriesCiviliansPassively(_ c: Int, at trigger: Range<Int>, agent: ActorMention) -> Bool {
    let doc = ctx.doc
    guard c < trigger.lowerBound, trigger.count == 1, agent.firstToken >= trigger.upperBound + 1,
      agent.firstToken - trigger.upperBound <= 2,
      !doc.forms[trigger.lowerBound].isDisjoint(with: Self.transportVerbs)
    else { return false }
    return doc.forms[trigger.upperBound].contains(Self.by)
  }
  static let by: Word = "by"
}

extension MovementExtractor {
  /// Vehicles a side's name may follow as their owner: «شاحنات قسد», «حافلات النظام».
  static let ownedVehicles: WordSet = WordSet(
    words: ["شاحنات", "الشاحنات", "حافلات", "الحافلات", "باصات", "الباصات", "سيارات", "آليات"].map(
      ArabicWord.lexiconForm))
  /// «عناصر من التنظيم»: the side after «من» the people belong to.
  static let partitiveWords: WordSet = WordSet(words: ["من"].map(ArabicWord.lexiconForm))

  /// «ونقلت شاحنات قسد عائلات التنظيم من الباغوز إلى …»: after a transport verb, the side named as
  /// the vehicles' owner only carries; the people carried, named with their own side right after
  /// («عائلات التنظيم», «مقاتلي المعارضة», «عناصر من التنظيم»), are the movers, as the gold reads
  /// "buses carrying Jaish al-Islam fighters". Nil when `agent` owns no vehicle or no side follows.
  func carriedSide(by agent: ActorMention, at trigger: Range<Int>) -> ActorMention? {
    let doc = ctx.doc
    let f = agent.firstToken
    let p = agent.endToken
    guard trigger.count == 1,
      !doc.forms[trigger.lowerBound].isDisjoint(with: Self.transportVerbs)
        || !doc.forms[trigger.lowerBound].isDisjoint(with: Self.carryingWords),
      f > trigger.upperBound, !doc.forms[f - 1].isDisjoint(with: Self.ownedVehicles),
      p + 1 < doc.tokens.count,
      !doc.forms[p].isDisjoint(with: Self.fighterWords) || !doc.forms[p].isDisjoint(with: Self.familyWords)
    else { return nil }
    let side =
      ctx.actor(startingAt: p + 1)
      ?? (doc.forms[p + 1].isDisjoint(with: Self.partitiveWords) ? nil : ctx.actor(startingAt: p + 2))
    guard let side, side.actor != agent.actor, side.actor != .unknown, !ctx.isSponsor(side) else { return nil }
    return side
  }
}
