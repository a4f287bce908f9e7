/// Places and movers a motion names only by reference: «انسحابهم منها» (the place named before),
/// "from positions near X" (a place reached through a noun), "A and B withdrew" (two movers).
extension MovementExtractor {
  /// «منها», «منه», «منهما»: "from it / from both", the place named before the motion. «منهم» and
  /// «منهن» are people («وفرّ الناجون منهم», "the survivors among them"): places, as non-human
  /// plurals, take «منها».
  static let pronounOrigins: WordSet = WordSet(
    words: ["منها", "منه", "منهما"].map(ArabicWord.lexiconForm))

  /// «إليها», «إليه», «إليهما»: "to it / to both", the place named before as where the motion goes.
  /// «إليهم» is people ("joined them"), as «منهم» is.
  static let pronounDestinations: WordSet = WordSet(
    words: ["إليها", "إليه", "إليهما"].map(ArabicWord.lexiconForm))

  /// Words after «في»/"in" or a compass word that make a place say where the place before it lies
  /// («حمورية وسقبا في القطاع الأوسط من الغوطة», «حي الجولان شمال غرب الفلوجة»).
  static let locatingWords: WordSet = WordSet(
    words: ["في", "قرب", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي"].map(ArabicWord.lexiconForm)
      + ["in", "near", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"])

  /// "from the direction of X", "toward the front line near X", «من محور X», «من مواقعها قرب X», "from
  /// Iraqi territory near X", «من معقله في X»: nouns
  /// between a motion's preposition and its place that place the movers at or by it. Also the sites
  /// movers are taken to or leave, named by their place: "to camps in X", "from our warehouse in X",
  /// "to a reception centre in X", "the observation post near X", «إلى مستشفيات بغداد», «من قرى X»,
  /// «باتجاه مركز مدينة X», «إلى محيط البلدة».
  static let approachNouns: WordSet = WordSet(
    words: [
      "محور", "محاور", "مواقع", "مواقعها", "مواقعه", "مواقعهم", "جهة", "جبهة", "جبهات", "معقل", "معقله", "معقلها",
      "مناطق", "معاقل", "مخيم", "مخيمات", "مستشفى", "مستشفيات", "مركز", "مراكز", "قرى", "نقطة", "نقاط", "محيط",
      "أطراف", "مشارف",
    ].map(ArabicWord.lexiconForm)
      + [
        "direction", "front", "line", "lines", "frontline", "frontlines", "positions", "position", "territory",
        "stronghold", "bastion", "areas", "area", "edges", "edge", "outskirts", "fringes", "approaches",
        "strongholds", "bases", "base", "camp", "camps", "centre", "center", "centres", "centers", "hospital",
        "hospitals", "warehouse", "warehouses", "point", "points", "post", "posts", "hills", "mountains",
        "villages", "countryside",
      ])
  /// Words that join an approach noun to its place ("of", "near", «قرب», «في»).
  static let approachLinks: WordSet = WordSet(
    words: ["قرب", "بالقرب", "من", "في"].map(ArabicWord.lexiconForm)
      + ["the", "of", "near", "around", "in", "their", "its", "a", "an", "on", "our"])

  /// The places «منها» refers back to: the last place list of the sentence before token `t`, not
  /// counting places that only say where another lies.
  func antecedentPlaces(before t: Int, sentence: Range<Int>) -> [Int] {
    let before = ctx.placeIndices(startingIn: sentence).filter {
      sentence.contains(ctx.places[$0].recognized.firstToken) && ctx.places[$0].recognized.endToken <= t
    }
    guard let k = before.last(where: { !isLocating($0) }) else { return [] }
    // The head of the list holding `k` («بلدتي حمورية وسقبا … منهما»: both towns).
    var head = k
    while let prev = before.last(where: { $0 < head }), ctx.listRange(prev, limit: t).contains(k) { head = prev }
    return Array(ctx.listRange(head, limit: t))
  }

  /// "Opposition groups including Faylaq al-Rahman and HTS advanced": the members listed after
  /// "including" are part of the group named before the list, which is the mover.
  static let including: Word = "including"
  static let listJoiners: WordSet = ["and", "the", "as", "well"]

  /// The actor named right before "including" when mention `m` ends such a list of members (only
  /// actor names, "and", "the" between), if it is another actor; else nil.
  func listHead(of m: ActorMention, in sentence: Range<Int>) -> ActorMention? {
    let doc = ctx.doc
    var u = m.firstToken - 1
    while u > sentence.lowerBound {
      if let other = ctx.actor(endingAt: u + 1), other.firstToken <= u, other.firstToken < m.firstToken {
        u = other.firstToken - 1
      } else if !doc.forms[u].isDisjoint(with: Self.listJoiners) {
        u -= 1
      } else {
        break
      }
    }
    guard u > sentence.lowerBound, doc.forms[u].contains(Self.including) else { return nil }
    // "Opposition groups including": one noun may follow the group's name.
    guard let head = ctx.actor(endingAt: u) ?? ctx.actor(endingAt: u - 1), head.firstToken >= sentence.lowerBound,
      head.actor != m.actor, head.actor != .unknown
    else { return nil }
    return head
  }

  /// "from both villages", «من القريتين»: a plural place noun after "both", or an Arabic dual, that
  /// names the two places of a list told before.
  static let both: Word = "both"
  static let pluralPlaceNouns: WordSet = [
    "villages", "towns", "cities", "districts", "neighbourhoods", "neighborhoods", "camps", "areas", "positions",
  ]
  static let dualPlaceNouns: WordSet = WordSet(
    words: ["البلدتين", "القريتين", "المدينتين", "البلدتان", "القريتان", "المدينتان"].map(ArabicWord.lexiconForm))

  /// The two places "both villages" at token `u` refers to: the last list of exactly two places
  /// named in sentence `s` or the three before, before `u`. Nil when `u` opens no such phrase.
  func bothPlaces(at u: Int, limit: Int, sentence s: Int) -> [Int]? {
    let doc = ctx.doc
    guard u < limit else { return nil }
    let english = doc.forms[u].contains(Self.both) && u + 1 < limit
      && !doc.forms[u + 1].isDisjoint(with: Self.pluralPlaceNouns)
    guard english || !doc.forms[u].isDisjoint(with: Self.dualPlaceNouns) else { return nil }
    var pair: [Int]?
    _ = ctx.lastPlace(before: u, fromSentence: max(0, s - 3)) { k in
      let first = self.ctx.places[k].recognized.firstToken
      let end = min(u, doc.sentences[doc.sentenceOfToken[first]].upperBound)
      let list = self.ctx.listRange(k, limit: end)
      guard list.count == 2, k == 0 || !self.ctx.listRange(k - 1, limit: end).contains(k) else { return false }
      pair = Array(list)
      return true
    }
    return pair
  }

  /// True when place `k` follows another place and says where that one lies.
  func isLocating(_ k: Int) -> Bool {
    guard k > 0 else { return false }
    let prev = ctx.places[k - 1].recognized
    let first = ctx.places[k].recognized.firstToken
    guard prev.endToken <= first, first - prev.endToken <= 4,
      ctx.doc.sentenceOfToken[prev.firstToken] == ctx.doc.sentenceOfToken[first]
    else { return false }
    // «مخيم اليرموك جنوب دمشق»: the compass word may open the place mention itself.
    return !ctx.doc.forms[prev.endToken].isDisjoint(with: Self.locatingWords)
  }

  /// The token to read places after, for the preposition at `t`: past "the front line near", «مواقعها
  /// قرب», "the direction of" when a place follows them; else `t`. Up to two words that are neither
  /// may modify an approach noun: before it in English ("a reception centre", "the rugged hills"),
  /// after it in Arabic («المناطق الصحراوية غربي الأنبار»). A word before anything but a noun ends the
  /// phrase: "to reinforce the front in X" names no site of the movers.
  func approachEnd(after t: Int, limit: Int) -> Int {
    let doc = ctx.doc
    // Written for speed: the phrase reaches past `t` only through an approach noun, so the words the
    // walk below may pass are first looked over for one (a word set look-up each). Most from- and
    // to-words have none before their place or the end of the phrase, and their walk costs an anaphor
    // test and up to four word set and dictionary look-ups per word (this function: 552k → 283k
    // instructions on the second reading of the 92 Arabic labelled reports).
    var v = t + 1
    while v < limit, v - t <= 8, doc.isNear(before: v), ctx.place(startingAt: v) == nil,
      doc.forms[v].isDisjoint(with: Self.approachNouns)
    {
      v += 1
    }
    guard v < limit, v - t <= 8, doc.isNear(before: v), ctx.place(startingAt: v) == nil else { return t }
    var u = t + 1
    var nouns = 0
    // Modifiers since the last noun, and whether that noun stands right before them.
    var loose = 0
    var afterNoun = false
    while u < limit, u - t <= 8, doc.isNear(before: u), ctx.place(startingAt: u) == nil {
      // «نحو المدينة من محور أعزاز»: "the city" is the end itself, read by `placeRange`.
      if ctx.anaphor(at: u) != nil { return t }
      let f = doc.forms[u]
      if !f.isDisjoint(with: Self.approachNouns) {
        // «لتعزيز الجبهة في X»: in Arabic a word before the noun is a verb or a verbal noun governing it.
        guard loose == 0 || doc.tokens[u].script != .arabic else { return t }
        nouns += 1
        loose = 0
        afterNoun = true
      } else if !f.isDisjoint(with: Self.approachLinks) || !f.isDisjoint(with: RelationContext.descriptors)
        || !f.isDisjoint(with: Self.locatingWords) || f.contains(where: { PlaceContext.triggers[$0] != nil })
      {
        guard loose == 0 || (afterNoun && doc.tokens[u].script == .arabic) else { return t }
        loose = 0
        afterNoun = false
      } else {
        guard loose < 2 else { return t }
        loose += 1
      }
      u += 1
    }
    // «من القرى القريبة نحو دهوك»: an Arabic modifier is followed by a link, never by the place.
    guard nouns > 0, loose == 0, u < limit, ctx.place(startingAt: u) != nil
    else { return t }
    return u - 1
  }

  /// Actors joined to the mover by «و» / "and" ("regime forces and Iran-backed militias fled",
  /// «انسحاب هيئة تحرير الشام وفصائل المعارضة»): each moves too. Sponsors and sources excluded.
  func coordinated(with m: ActorMention) -> [Actor] {
    var out: [Actor] = []
    var cur = m
    while let p = partner(before: cur) {
      if !isProxy(p) { out.append(p.actor) }
      cur = p
    }
    cur = m
    while let p = partner(after: cur) {
      if !isProxy(p) { out.append(p.actor) }
      cur = p
    }
    if let g = groundBacker(of: m) { out.append(g.actor) }
    // (Most movers have no partner: no set is built for them.)
    guard !out.isEmpty else { return out }
    var seen: Set<Actor> = [m.actor, .unknown]
    return out.filter { seen.insert($0).inserted }
  }

  /// «قوات الأسد مدعومة بمقاتلي حزب الله», "backed by Hezbollah fighters": a backer named by its
  /// fighters fights beside the mover and moves with it; one named otherwise ("backed by coalition
  /// air strikes", "backed by Turkey") does not.
  func groundBacker(of m: ActorMention) -> ActorMention? {
    let doc = ctx.doc
    guard
      let b = ctx.actorsStarting(from: m.endToken, before: min(doc.tokens.count, m.endToken + 5)).first,
      // Backed, not surrendered to ("fighters had surrendered to Peshmerga forces").
      (m.endToken..<b.firstToken).contains(where: {
        !doc.forms[$0].isDisjoint(with: RelationContext.sponsoring)
          || !doc.forms[$0].isDisjoint(with: RelationContext.backing)
      }),
      ctx.isSponsor(b)
    else { return nil }
    let fighters = { (t: Int) in t < doc.tokens.count && !doc.forms[t].isDisjoint(with: Self.fighterWords) }
    return (m.endToken..<b.firstToken).contains(where: fighters) || fighters(b.endToken) ? b : nil
  }

  /// "Iran-backed militias", «الميليشيات المدعومة إيرانياً»: words that name a state's proxy by its
  /// backer.
  static let proxyWords: WordSet = WordSet(
    words: ["المدعومة", "مدعومة", "المدعوم", "مدعوم"].map(ArabicWord.lexiconForm) + ["backed", "aligned"])

  /// True when the mention is a state's proxy named by its backer ("Iran-backed militias" read as
  /// IRAN): joined by "and" to a side, it fights as that side ("regime forces and Iran-backed
  /// militias fled" is the regime's retreat; gold conventions of heldout2, heldout7).
  func isProxy(_ p: ActorMention) -> Bool {
    Self.foreignForces.contains(p.actor)
      && (p.firstToken..<p.endToken).contains { !ctx.doc.forms[$0].isDisjoint(with: Self.proxyWords) }
  }

  /// Names whose first letter is «و» without being "and" («وحدات حماية الشعب»).
  static let wawInitialNames = ["وحدات", "وزارة", "وكالات"]

  /// `wawInitialNames` as scalars, for the fast path of `startsWithAnd`.
  static let wawInitialScalars: [[Unicode.Scalar]] = wawInitialNames.map { Array($0.unicodeScalars) }

  /// True for a base Arabic letter (hamza to ghain, feh to yeh): never a combining mark, never
  /// combined with the scalar before it, its own NFC form, so it is one character on its own.
  static func isBaseArabicLetter(_ c: Unicode.Scalar) -> Bool {
    (0x0621...0x063A).contains(c.value) || (0x0641...0x064A).contains(c.value)
  }

  /// True when Arabic token `t` opens with the conjunction «و».
  private func startsWithAnd(_ t: Int) -> Bool {
    let doc = ctx.doc
    guard doc.tokens[t].script == .arabic else { return false }
    // Written for speed (asked for every actor met, building the token's String and comparing by
    // characters was ~0.6 % of a 2 MB Arabic run): a token of base Arabic letters only has one
    // scalar per character, so comparing its scalars gives `hasPrefix`'s answers. Any other token
    // (harakat, tatweel, marks) takes the String path below.
    let lo = doc.tokens[t].start
    let hi = min(doc.tokens[t].end, doc.scalars.count)
    if lo < hi, (lo..<hi).allSatisfy({ Self.isBaseArabicLetter(doc.scalars[$0]) }) {
      let letters = doc.scalars[lo..<hi]
      guard letters.first == "و" else { return false }
      return letters.starts(with: ["و", "و"] as [Unicode.Scalar])
        || !Self.wawInitialScalars.contains { letters.starts(with: $0) }
    }
    guard ctx.startsWith(t, "و") else { return false }
    let o = ctx.doc.original(t)
    return o.hasPrefix("وو") || !Self.wawInitialNames.contains { o.hasPrefix($0) }
  }

  /// True when token `t` is "the" in any case. Written for speed: an Arabic token never is, and is
  /// not lowercased and compared (a new string and a comparison by characters, per actor asked).
  private func isThe(_ t: Int) -> Bool {
    ctx.doc.tokens[t].script != .arabic && ctx.doc.tokens[t].text.lowercased() == "the"
  }

  private func partner(before m: ActorMention) -> ActorMention? {
    let doc = ctx.doc
    let t = m.firstToken
    var p: ActorMention?
    // "Hezbollah and the Syrian army advanced": the article may stand between "and" and the name.
    var a = t > 0 && isThe(t - 1) && doc.isNear(before: t) ? t - 1 : t
    // "Turkish troops and allied Syrian rebels".
    if a > 0, ctx.isWord(a - 1, "allied"), doc.isNear(before: a) { a -= 1 }
    if startsWithAnd(t) {
      p = ctx.actor(endingAt: t)
    } else if t > 0, doc.isNear(before: t), !doc.forms[t - 1].isDisjoint(with: ControlFallback.joinedUnitNouns) {
      // «قطعات الجيش ومتطوعي "الحشد الشعبي"»: «و» and the partner's men before its name.
      p = ctx.actor(endingAt: t - 1)
    } else if a >= 3, ctx.isWord(a - 1, "of"), !doc.forms[a - 2].isDisjoint(with: Self.fighterWords),
      ctx.isWord(a - 3, "and")
    {
      // "army units and fighters of the Popular Mobilization Forces": the first side's men may
      // follow its name too.
      p =
        ctx.actor(endingAt: a - 3)
        ?? (a >= 4 && !doc.forms[a - 4].isDisjoint(with: Self.englishUnitWords) ? ctx.actor(endingAt: a - 4) : nil)
    } else if a > 0, ctx.isWord(a - 1, "and") {
      // "Hezbollah fighters and Syrian troops advanced": the partner's men may follow its name.
      p =
        ctx.actor(endingAt: a - 1)
        ?? (a >= 2 && !doc.forms[a - 2].isDisjoint(with: Self.fighterWords) ? ctx.actor(endingAt: a - 2) : nil)
    }
    // "The spokesman said regime forces and Iran-backed militias fled": the first of the pair may
    // look like a speaker's subject; joined to the mover, it moves too.
    guard let p, doc.isNear(before: t), !ctx.isSponsor(p), opensSubject(p) else { return nil }
    return p
  }

  /// "army units", "government troops": the men after an English side's name.
  static let englishUnitWords: WordSet = ["units", "troops", "soldiers", "forces", "fighters"]

  /// Words after which an actor may open the subject of a motion: "that", «إن», "after", "as".
  static let subjectOpeners: WordSet = WordSet(
    words: ["إن", "أن", "بأن", "بعد", "حيث", "كما", "فيما", "بينما"].map(ArabicWord.lexiconForm)
      + ["that", "after", "as", "while", "when", "before", "since", "because", "but", "and"])

  /// True when actor `p` stands where a subject opens: at its clause's start, after a speech verb,
  /// "that" or a conjunction. "Regime forces shelled rebels and ISIS fighters fled": «rebels» is
  /// the object of the verb before it, not a second mover.
  func opensSubject(_ p: ActorMention) -> Bool {
    let doc = ctx.doc
    var u = p.firstToken
    // "the regime and …": the article belongs to the name.
    while doc.isNear(before: u), isThe(u - 1) { u -= 1 }
    guard doc.isNear(before: u) else { return true }
    let f = doc.forms[u - 1]
    return !f.isDisjoint(with: Self.subjectOpeners) || !f.isDisjoint(with: RelationContext.speech)
  }

  private func partner(after m: ActorMention) -> ActorMention? {
    let doc = ctx.doc
    let e = m.endToken
    guard e < doc.tokens.count, doc.isNear(before: e) else { return nil }
    var p: ActorMention?
    if startsWithAnd(e) {
      p = ctx.actor(startingAt: e)
    } else if e + 1 < doc.tokens.count, ctx.isWord(e, "and") {
      let the = e + 2 < doc.tokens.count && isThe(e + 1)
      p = ctx.actor(startingAt: e + 1) ?? (the ? ctx.actor(startingAt: e + 2) : nil)
    }
    guard let p, !p.coreference, !ctx.isSource(p) else { return nil }
    return p
  }

  /// «قسم منهم», «بعض», "some": quantities before a pronoun that count people.
  static let quantityWords: WordSet = WordSet(
    words: ["قسم", "بعض", "عدد", "جزء", "معظم", "أغلب", "كثير", "مئات", "آلاف", "عشرات", "العديد", "أي", "كل"]
      .map(ArabicWord.lexiconForm))

  /// «طرق الإمداد», "supply lines": a destination word after them is where supplies run.
  static let supplyWords: WordSet = WordSet(words: ["الإمداد", "إمداد"].map(ArabicWord.lexiconForm) + ["supply"])

  /// «الأنظار», "attention", "eyes": what turns to a place without moving there.
  static let gazeWords: WordSet = WordSet(
    words: ["الأنظار", "أنظار", "الاهتمام", "الأضواء"].map(ArabicWord.lexiconForm) + ["attention", "eyes", "focus"])

  /// Forces reports name that have no actor code (Peshmerga, Asayish, tribal fighters): when they are
  /// the movers, the movement is not the last named actor's.
  static let unmappedForces: WordSet = WordSet(
    words: ["البيشمركة", "بيشمركة", "البيشمركه", "الأسايش", "أسايش", "العشائر"].map(ArabicWord.lexiconForm)
      + ["peshmerga", "asayish", "tribesmen"])

  /// True when a force with no actor code stands as the subject right before the motion word, or
  /// as its agent right after it, with no actor between.
  func namesUnmappedForce(around trigger: Range<Int>, group: Range<Int>) -> Bool {
    let doc = ctx.doc
    let near = max(group.lowerBound, trigger.lowerBound - 4)..<min(group.upperBound, trigger.upperBound + 3)
    return near.contains { t in
      !trigger.contains(t) && !doc.forms[t].isDisjoint(with: Self.unmappedForces)
    }
  }

  /// "its units", «مقاتليها»: a possessive force noun makes its owner the mover ("The YPG said its
  /// units had withdrawn from Manbij"; see `ownedForces(at:sentence:)`).
  static let ownForces: WordSet = ["units", "fighters", "forces", "troops", "members", "militants"]
  static let possessives: WordSet = ["its", "their"]

  /// True when `between` names someone's own forces: "its units", «عناصرها».
  func ownsForces(between: Range<Int>) -> Bool {
    between.contains(where: isOwnForces)
  }

  static let arabicOwnForces: WordSet = WordSet(
    words: [
      "مقاتليه", "مقاتليها", "مقاتليهم", "مقاتلوه", "مقاتلوها", "مقاتلوهم", "عناصره", "عناصرها",
      "عناصرهم", "قواته", "قواتها", "قواتهم", "وحداته", "وحداتها", "مسلحيه", "مسلحوه",
    ].map(ArabicWord.lexiconForm))

  /// Force nouns a nationality adjective can qualify («رتل عسكري تركي», "Turkish reinforcements").
  static let forceNouns: WordSet = WordSet(
    words: ["رتل", "أرتال", "قافلة", "قوافل", "تعزيزات", "رتلا"].map(ArabicWord.lexiconForm)
      + ["convoy", "convoys", "column", "columns", "reinforcements"])
  /// Nationality adjectives of the actors that are states.
  static let nationalityActors: [Word: Actor] = {
    var out: [Word: Actor] = [:]
    let arabic: [(String, Actor)] = [
      ("تركي", .tur), ("تركية", .tur), ("روسي", .rus), ("روسية", .rus), ("أمريكي", .usa), ("أمريكية", .usa),
      ("أميركي", .usa), ("أميركية", .usa), ("إيراني", .iran), ("إيرانية", .iran), ("عراقي", .iraq),
      ("عراقية", .iraq),
    ]
    for (w, a) in arabic { out[Word(ArabicWord.lexiconForm(w))] = a }
    for (w, a) in [("turkish", Actor.tur), ("russian", .rus), ("american", .usa), ("iranian", .iran), ("iraqi", .iraq)] {
      out[Word(w)] = a
    }
    return out
  }()

  /// The actor a nationality adjective names when it qualifies the force noun at `trigger`: after it
  /// in Arabic (one word may stand between: «عسكري»), before it in English ("Turkish military convoy").
  func nationalForce(at trigger: Range<Int>, group: Range<Int>) -> ActorMention? {
    let doc = ctx.doc
    guard trigger.count == 1, !doc.forms[trigger.lowerBound].isDisjoint(with: Self.forceNouns) else { return nil }
    let arabic = doc.tokens[trigger.lowerBound].script == .arabic
    // «رتلاً من الدبابات والعربات المدرعة التركية»: in Arabic the adjective closes the noun phrase,
    // up to five words on, before the verb.
    let window =
      arabic
      ? trigger.upperBound..<min(group.upperBound, trigger.upperBound + 5)
      : max(group.lowerBound, trigger.lowerBound - 2)..<trigger.lowerBound
    for u in window {
      guard doc.isNear(before: arabic ? u : u + 1) else { break }
      if arabic, Self.triggerMatcher.match(doc, at: u) != nil || ctx.place(startingAt: u) != nil
        || ctx.actor(startingAt: u) != nil
      {
        break
      }
      guard let actor = doc.forms[u].lazy.compactMap({ Self.nationalityActors[$0] }).first else { continue }
      if arabic, let leader = leader(after: u) { return leader }
      return ActorMention(actor: actor, tokens: u, count: 1, of: doc, coreference: false)
    }
    return nil
  }

  /// «التي تقودها», «بقيادة», «التي تدعمها»: "which … leads", "led by" — words after which the side
  /// that leads a force is named.
  static let leaderWords: WordSet = WordSet(
    words: ["تقودها", "يقودها", "بقيادة", "تدعمها", "يدعمها"].map(ArabicWord.lexiconForm))

  /// «تعزيزات من المليشيات العراقية والأفغانية التي تقودها إيران»: the side named as leading the
  /// force, within four words after its nationality adjective (which then names where its men come
  /// from, not whose they are).
  func leader(after u: Int) -> ActorMention? {
    let doc = ctx.doc
    var v = u + 1
    while v + 1 < min(doc.tokens.count, u + 5), doc.isNear(before: v) {
      if !doc.forms[v].isDisjoint(with: Self.leaderWords), doc.isNear(before: v + 1),
        let m = ctx.actor(startingAt: v + 1), m.actor != .unknown
      {
        return m
      }
      v += 1
    }
    return nil
  }

  /// The place the actor (or, with `allies`, an ally: `Actor.isAlly`) was read to take or hold, named in this or the two sentences before token
  /// `t` (as `placeJustLost` looks), that is none of the origins: "SDF seized the Tishreen Dam. …
  /// The operation began with an advance south from Kobani".
  /// With no actor given, any actor's claim counts, and the taker is returned.
  func placeJustTaken(
    by actor: Actor?, allies: Bool = false, before t: Int, sentence s: Int, from origins: [GazetteerEntry]
  ) -> (actor: Actor, entry: GazetteerEntry, note: String)?
  {
    let doc = ctx.doc
    let window = doc.sentences[max(0, s - 2)].lowerBound..<t
    // By index (as in `placeJustLost`): binding each claim copied it and retained its strings.
    var taken: Int?
    var takenAt = t
    for i in control.indices where window.contains(controlTokens[i]) {
      guard actor.map({ control[i].actor == $0 || allies && control[i].actor.isAlly(of: $0) })
        ?? (control[i].actor != .unknown),
        [.captured, .holds].contains(control[i].control), control[i].status != .denied, !control[i].partial,
        // Neighbours stay: al-Qaim → Albukamal is a crossing of ten kilometres.
        !origins.contains(where: {
          Self.sameFamily($0, control[i].place) || Self.sameDestination($0, control[i].place)
        })
      else { continue }
      taken = i
      takenAt = controlTokens[i]
    }
    guard let i = taken else { return nil }
    let k = control[i]
    // "Regime forces captured Aleppo in December. In Hama, the army advanced from Souran": a place
    // this sentence names before the motion, other than its origins, sets it elsewhere than the
    // place taken in the sentence before.
    if takenAt < doc.sentences[s].lowerBound {
      // Two sentences back, the sentence between must name no other place either: "SDF seized the
      // dam. In Deir ez-Zor, jets struck ISIS. The operation began with an advance from Kobani" has
      // moved elsewhere. (Only the mentions starting there are searched; the rest fail the test.)
      let takenIn = doc.sentenceOfToken[takenAt]
      let from = takenIn + 1 < s ? doc.sentences[takenIn + 1].lowerBound : doc.sentences[s].lowerBound
      let framed = ctx.placesStarting(in: from..<max(from, t)).contains { p in
        let r = p.recognized
        return r.firstToken >= from && r.endToken <= t && !isCorrespondentPlace(r.firstToken)
          && !origins.contains(where: { Self.sameFamily($0, p.mention.entry) })
          && !Self.sameFamily(k.place, p.mention.entry)
      }
      if framed { return nil }
    }
    return (k.actor, k.place, "destination: \(k.place.name), just taken or relieved by \(k.actor.rawValue)")
  }

  /// «المسلحين», «المجموعات المسلحة», "insurgents": names of armed men that say nothing of their side.
  /// They are Syria's rebels in Syrian reports; in Iraq they are militias or ISIS
  /// («انسحبت المجموعات المسلحة من محيط المنطقة الخضراء في بغداد»).
  static let armedMenNames: WordSet = WordSet(
    words: ["المسلحين", "المسلحون", "المسلحة", "مسلحين", "مسلحون"].map(ArabicWord.lexiconForm)
      + ["insurgents", "gunmen", "militants"])

  /// True when the mention names armed men only, not a side.
  func namesArmedMenOnly(_ m: ActorMention) -> Bool {
    m.endToken > m.firstToken && !ctx.doc.forms[m.endToken - 1].isDisjoint(with: Self.armedMenNames)
  }

  /// The admin1 name the gazetteer gives places in Idlib province.
  static let idlibProvince = "Idlib"
}

/// Movers a report names only by what they are: "the militants", «المسلحين», «العناصر» refer back to
/// the side named with such a noun before; a gerund after "after" («بعد تقدمها») has the main clause's
/// subject; families and residents who flee are civilians.
extension MovementExtractor {
  /// Nouns for armed men that name no side (article stripped, as forms are), one set per noun: "the
  /// militants" refers to the side named with "militants", not to "fighters of the PMF" named since.
  /// The words news use for insurgents («مسلحين», «عناصر», "militants", "gunmen") go together;
  /// «مقاتلين», "fighters" are said of every side.
  static let armedMenNouns: [WordSet] = [
    WordSet(
      // «قتل ٤٧ إرهابياً»: the singular accusative after a number, as «مسلحاً».
      words: ["مسلحين", "مسلحون", "مسلحو", "مسلحي", "مسلحاً", "عناصر", "إرهابيين", "إرهابيون", "إرهابياً"]
        .map(ArabicWord.lexiconForm)),
    WordSet(words: ["مقاتلين", "مقاتلون", "مقاتلو", "مقاتلي"].map(ArabicWord.lexiconForm)),
    ["militants", "insurgents", "gunmen", "extremists", "jihadists"], ["fighters"],
    // «سيطرت ميليشيا "وحدات حماية الشعب" … وكانت الميليشيا قد بدأت هجومها», «قطعات قيادة العمليات
    // … انطلقت القطعات»: the militia, the units named so before.
    WordSet(words: ["ميليشيا", "ميليشيات", "مليشيا", "مليشيات"].map(ArabicWord.lexiconForm) + ["militia", "militias"]),
    WordSet(words: ["قطعات"].map(ArabicWord.lexiconForm)),
  ]

  /// The noun set of the armed-men noun at `t`, if it is one.
  func armedMenNoun(at t: Int) -> WordSet? {
    // (A word with none of the nouns, most words, is answered from the cue index.)
    guard ctx.cues.occurs(.armedMen, at: t) else { return nil }
    return Self.armedMenNouns.first { !ctx.doc.forms[t].isDisjoint(with: $0) }
  }
  /// Words that may stand between such a noun and the side's name ("militants of the Islamic State",
  /// «عناصر من تنظيم داعش»).
  static let armedMenLinks: WordSet = WordSet(
    words: ["من", "تنظيم"].map(ArabicWord.lexiconForm) + ["of", "from", "the"])

  /// True when the word at `t` carries the article: «المسلحين», "the militants".
  func isDefinite(_ t: Int) -> Bool {
    let doc = ctx.doc
    guard doc.tokens[t].script == .arabic else {
      return t > 0 && doc.isNear(before: t) && doc.forms[t - 1].contains(PlaceRecognizer.the)
    }
    return doc.withFoldedScalars(t) { written in
      let bare =
        written.first.map { "وف".unicodeScalars.contains($0) } ?? false ? written.dropFirst() : written[...]
      return bare.starts(with: "ال".unicodeScalars)
    }
  }

  /// The definite noun for armed men that is the subject of the motion at `trigger`: right after an
  /// Arabic verb («انسحب المسلحون»), else the last one shortly before it ("the militants had fled").
  func armedMenReference(at trigger: Range<Int>, in sentence: Range<Int>) -> Int? {
    // (A sentence with no armed-men noun, most sentences with a motion word, is answered from the
    // cue index: the noun test below asks it per word, up to eight words per motion.)
    guard ctx.cues.occurs(.armedMen, in: sentence) else { return nil }
    return subjectNoun(at: trigger, in: sentence, reach: 6) { t in self.armedMenNoun(at: t) != nil && self.isDefinite(t) }
  }

  /// The token `isNoun` accepts that is the subject of the motion at `trigger`: within two words
  /// after an Arabic verb (verb-subject order), else the last one up to `reach` words before it.
  /// A collective noun of movement heads its movers in both languages ("columns of militants were
  /// moving", "a convoy of the gunmen", «رتل من المسلحين»): the noun it heads comes first.
  func subjectNoun(at trigger: Range<Int>, in sentence: Range<Int>, reach: Int, where isNoun: (Int) -> Bool)
    -> Int?
  {
    if !ctx.doc.forms[trigger.upperBound - 1].isDisjoint(with: Self.forceNouns),
      let u = headedNoun(after: trigger.upperBound - 1, in: sentence, where: isNoun)
    {
      return u
    }
    if ctx.doc.tokens[trigger.lowerBound].script == .arabic,
      let u = (trigger.upperBound..<min(sentence.upperBound, trigger.upperBound + 2)).first(where: isNoun)
    {
      return u
    }
    return (max(sentence.lowerBound, trigger.lowerBound - reach)..<trigger.lowerBound).last(where: isNoun)
  }

  /// The side an earlier mention named as armed men ("Islamic State militants", «مسلحو تنظيم داعش»,
  /// "gunmen from the Islamic State group") in the sentence of token `t` or the three before: what
  /// "the militants" at `t` refers to. "The militants", «المسلحين», naming insurgents only, may
  /// refer back further, to the report's lead ("Iraqi troops drove Islamic State militants out of
  /// X … [five sentences on] … some of the militants had fled X toward Y"), when none is nearer.
  func armedMenAntecedent(before t: Int) -> ActorMention? {
    let doc = ctx.doc
    guard let noun = armedMenNoun(at: t) else { return nil }
    // «المسلحين», "the insurgents" are never a state's forces: «مقتل ستة من عناصر الجيش» named
    // since («عناصر» is said of every side) is not who they are; «العناصر» may be.
    let insurgentsOnly = !doc.forms[t].isDisjoint(with: Self.armedMenNames)
    let near = doc.sentences[max(0, doc.sentenceOfToken[t] - 3)].lowerBound
    if let m = armedMenAntecedent(before: t, from: near, noun: noun, insurgentsOnly: insurgentsOnly) { return m }
    guard insurgentsOnly, near > 0 else { return nil }
    return armedMenAntecedent(before: near, from: 0, noun: noun, insurgentsOnly: true)
  }

  private func armedMenAntecedent(before t: Int, from: Int, noun: WordSet, insurgentsOnly: Bool)
    -> ActorMention?
  {
    let doc = ctx.doc
    let isNoun: (Int) -> Bool = { !doc.forms[$0].isDisjoint(with: noun) }
    let named: (ActorMention) -> Bool = { m in
      guard m.firstToken >= from, m.actor != .unknown, m.actor != .un, !self.namesArmedMenOnly(m),
        !(insurgentsOnly && Self.stateForces.contains(m.actor)),
        m.endToken - m.firstToken > 1 || !isNoun(m.firstToken)
      else { return false }
      if m.endToken < t, isNoun(m.endToken) { return true }
      var u = m.firstToken - 1
      while u >= from, m.firstToken - u <= 3, !doc.forms[u].isDisjoint(with: Self.armedMenLinks) { u -= 1 }
      return u >= from && m.firstToken - u <= 3 && isNoun(u)
    }
    // Walk back over the few sentences by token (an index look-up each), not over every actor.
    var end = t
    while end > from {
      if let m = ctx.actor(endingAt: end), named(m) { return m }
      end -= 1
    }
    return nil
  }

  /// The movers "the militants" at the motion `trigger` refer to, with the token of the reference.
  func referredMovers(at trigger: Range<Int>, sentence s: Int) -> (token: Int, mention: ActorMention)? {
    if let r = armedMenReference(at: trigger, in: ctx.doc.sentences[s]), let m = armedMenAntecedent(before: r) {
      return (r, m)
    }
    guard let r = attackersReference(at: trigger, in: ctx.doc.sentences[s]), let m = attackingSide(before: r)
    else { return nil }
    return (r, m)
  }

  /// «بعد», "after": a motion word right after them may be the main clause's, with its subject.
  static let subordinators: WordSet = WordSet(
    words: ["بعد", "قبل", "عقب", "إثر"].map(ArabicWord.lexiconForm) + ["after", "before", "while"])

  /// "Pro-regime forces seized Maskanah, ISIS's last stronghold, after advancing from Deir Hafer",
  /// «سيطرت قوات النظام على …، معقل تنظيم داعش، بعد تقدمها من …»: a gerund, or a verbal noun with a
  /// pronoun, after "after" has the subject of the main clause — the first actor of the sentence
  /// that does not speak — not an actor named in an apposition between.
  func subordinateSubject(at trigger: Range<Int>, sentence s: Int) -> ActorMention? {
    let doc = ctx.doc
    let t = trigger.lowerBound
    let sentence = doc.sentences[s]
    guard t > sentence.lowerBound, doc.isNear(before: t), !doc.forms[t - 1].isDisjoint(with: Self.subordinators)
    else { return nil }
    let gerund: Bool
    if doc.tokens[t].script == .arabic {
      // «تقدمها», «انسحابهم»: the pronoun is the subject; «بعد انسحاب X» names its own agent.
      gerund =
        trigger.count == 1
        && doc.withFoldedScalars(t) { w in
          w.reversed().starts(with: "اه".unicodeScalars) || w.reversed().starts(with: "مه".unicodeScalars)
        }
    } else {
      gerund = doc.original(t).hasSuffix("ing")
    }
    guard gerund else { return nil }
    // "The YPG said its fighters, joined by FSA rebels, had swept in … after advancing from Kobani".
    let named = (sentence.lowerBound..<t - 1).lazy.compactMap { self.ctx.actor(startingAt: $0) }.filter {
      $0.endToken < t - 1
    }
    if let first = named.first, ctx.isSource(first), ownsForces(between: first.endToken..<t) { return first }
    return named.first { !ctx.isSource($0) && !ctx.isSponsor($0) }
  }

  /// Families, as movers: civilians unless they are the fighters' own ("fighters and their families",
  /// «المقاتلين وعائلاتهم»).
  static let familyWords: WordSet = WordSet(
    // «ألفي عائلة», «500 أسرة»: Arabic counts hundreds and thousands with the singular.
    words: ["عائلات", "عوائل", "مواطنين", "مواطنون", "لاجئين", "عائلة", "أسرة", "أسر"].map(ArabicWord.lexiconForm)
      + ["families", "villagers", "refugees", "households"])
  static let ownerPossessives: WordSet = ["their", "its", "his"]

  /// True when the word at `t` names civilians.
  func isCivilian(_ t: Int) -> Bool {
    let doc = ctx.doc
    // (A word with no civilian or family word, most words, is answered from the cue index.)
    guard ctx.cues.occurs(.civilians, at: t) else { return false }
    if !doc.forms[t].isDisjoint(with: Self.civilianWords) { return true }
    guard !doc.forms[t].isDisjoint(with: Self.familyWords) else { return false }
    if doc.tokens[t].script == .arabic {
      // «عائلة» ends in ta marbuta, which folding writes as «ه»: no possessive.
      if doc.originalScalars(t).last == "ة" { return true }
      return doc.withFoldedScalars(t) { folded in
        let w = folded.reversed()
        return !(w.starts(with: "مه".unicodeScalars) || w.starts(with: "اه".unicodeScalars)
          || w.starts(with: "ه".unicodeScalars))
      }
    }
    return !(t > 0 && !doc.forms[t - 1].isDisjoint(with: Self.ownerPossessives))
  }
}

extension MovementExtractor {
  /// True when the movers of the motion word at `cue` are civilians: a civilian word within three
  /// words before it or four after, no fighters there, and no actor between («نزح آلاف المواطنين»,
  /// "hundreds of families fled"). "Residents said" only speaks.
  func civilianMovers(at cue: Range<Int>, in range: Range<Int>) -> Bool {
    let doc = ctx.doc
    // (No civilian word from seven words before the motion to four after it, the widest `around`
    // below, is answered from the cue index: `isCivilian` is false at every other word.)
    let widest = max(range.lowerBound, cue.lowerBound - 7)
    guard ctx.cues.occurs(.civilians, in: widest..<max(widest, min(range.upperBound, cue.upperBound + 4))) else {
      return false
    }
    // «قد دفع آلاف العائلات الكردية والعربية إلى النزوح»: back to a causative verb's object.
    let causative = (max(range.lowerBound, cue.lowerBound - 7)..<cue.lowerBound).last {
      !doc.forms[$0].isDisjoint(with: Self.causativeWords)
    }
    let around =
      min(causative.map { $0 + 1 } ?? Int.max, max(range.lowerBound, cue.lowerBound - 3))..<min(
        range.upperBound, cue.upperBound + 4)
    guard let c = around.first(where: { isCivilian($0) }),
      !around.contains(where: { !doc.forms[$0].isDisjoint(with: Self.fighterWords) }),
      !(c + 1 < doc.tokens.count && !doc.forms[c + 1].isDisjoint(with: RelationContext.speech))
    else { return false }
    let between = c < cue.lowerBound ? c..<cue.lowerBound : cue.upperBound..<max(c, cue.upperBound)
    return !between.contains { ctx.actor(startingAt: $0) != nil }
  }

  /// «انسحب مقاتلو التنظيم من X، فيما نزح آلاف المواطنين نحو Y»: the places after a later motion
  /// word whose movers are civilians are the civilians' ends, not the armed movers'.
  func civiliansEnd(_ token: Int, cues: [Trigger], in range: Range<Int>) -> Bool {
    guard let c = cues.last(where: { $0.range.upperBound <= token })?.range, c != cues.first?.range else {
      return false
    }
    return civilianMovers(at: c, in: range)
  }

  /// Drops from `ends` the civilians' ends (`civiliansEnd`), keeping the order of the rest; `place`
  /// gives an element's place mention. Written for speed: `removeAll(where:)` with a closure asking
  /// `civiliansEnd` retained and released the extractor's references for each list and partitioned
  /// it, for every group with two motion words.
  func dropCiviliansEnds<E>(_ ends: inout [E], place: (E) -> Int, cues: [Trigger], in range: Range<Int>) {
    var kept = 0
    for i in ends.indices {
      let e = ends[i]
      if civiliansEnd(ctx.places[place(e)].recognized.firstToken, cues: cues, in: range) { continue }
      ends[kept] = e
      kept += 1
    }
    ends.removeLast(ends.count - kept)
  }
}

extension MovementExtractor {
  /// «عشرات المسلحين من تنظيم داعش», "insurgents of the Islamic State": a name for armed men that
  /// says no side, followed by the side it belongs to, is that side.
  func specified(_ m: ActorMention) -> ActorMention {
    guard namesArmedMenOnly(m) || m.endToken - m.firstToken == 1 && armedMenNoun(at: m.firstToken) != nil
    else { return m }
    let doc = ctx.doc
    var u = m.endToken
    while u < doc.tokens.count, u - m.endToken < 3, doc.isNear(before: u), ctx.actor(startingAt: u) == nil,
      !doc.forms[u].isDisjoint(with: Self.armedMenLinks)
    {
      u += 1
    }
    guard u > m.endToken, u < doc.tokens.count, doc.isNear(before: u), let side = ctx.actor(startingAt: u) else {
      return m
    }
    return side
  }
}

/// Movers named only as insurgents ("many militants", «مسلحين», "Insurgents escaped") are an
/// insurgent side the report names, not the army named last nor, in Iraq, nobody.
extension MovementExtractor {
  /// The sides news call "militants", "insurgents", «المسلحين» without naming them: armed groups, not
  /// states or the forces fighting beside a state.
  static let insurgentSides: Set<Actor> = [.isis, .hts, .opposition]
  /// The sides that are states' armies («الجيش», «القوات الأمنية», "security forces"), which news
  /// never call "militants" or «المسلحين».
  static let stateForces: Set<Actor> = [.regime, .iraq, .rus, .usa, .coalition]
  /// Nouns for insurgents that name no side ("militants", "insurgents", "gunmen", «مسلحين», «عناصر»);
  /// "fighters", «مقاتلين» are said of every side.
  static let insurgentNouns: WordSet = WordSet(armedMenNouns[0].words + armedMenNouns[2].words)

  /// True when the mention is only a noun for armed men ("insurgents", «المسلحين»), naming no side.
  func isBareArmedMen(_ m: ActorMention) -> Bool {
    namesArmedMenOnly(m) || m.endToken - m.firstToken == 1 && armedMenNoun(at: m.firstToken) != nil
  }

  /// The insurgent noun that is the subject of the motion at `trigger`: right after an Arabic verb
  /// («فرّ المسلحون»), else within four words before it ("many militants had pulled back").
  func insurgentSubject(at trigger: Range<Int>, in sentence: Range<Int>) -> Int? {
    let doc = ctx.doc
    // (The insurgent nouns are armed-men nouns: a sentence with none is answered from the cue index.)
    guard ctx.cues.occurs(.armedMen, in: sentence) else { return nil }
    return subjectNoun(at: trigger, in: sentence, reach: 4) { !doc.forms[$0].isDisjoint(with: Self.insurgentNouns) }
  }

  /// The word `isNoun` accepts right after token `t`, or past at most two links ("of the",
  /// «من»): the noun a remnant word at `t` heads ("the rest of the militants").
  func headedNoun(after t: Int, in sentence: Range<Int>, where isNoun: (Int) -> Bool) -> Int? {
    let doc = ctx.doc
    var u = t + 1
    while u < sentence.upperBound, u - t <= 3, doc.isNear(before: u) {
      if isNoun(u) { return u }
      // Past links only ("of the", «من»): another word ends the phrase without the noun.
      guard !doc.forms[u].isDisjoint(with: Self.armedMenLinks) else { return nil }
      u += 1
    }
    return nil
  }

  /// Words for the rest of a group: «فرّ من تبقى منهم», «من بقي من المسلحين», «الباقون», "others
  /// fled", "the rest of the militants".
  static let remnantWords: WordSet = WordSet(
    words: ["تبقى", "بقي", "الباقون", "الباقين", "البقية", "بقية", "آخرون", "آخرين", "فلول"].map(ArabicWord.lexiconForm)
      + ["others", "rest", "remainder", "remaining", "survivors", "remnants"])
  /// «المجموعات الإرهابية», «الجماعات المسلحة»: a group noun and the adjective that makes its men
  /// insurgents, the remnant's group («فلول المجموعات الإرهابية فرت», SANA's wording).
  static let groupNouns: WordSet = WordSet(
    words: ["المجموعات", "مجموعات", "الجماعات", "جماعات", "التنظيمات", "تنظيمات"].map(ArabicWord.lexiconForm))
  static let insurgentAdjectives: WordSet = WordSet(
    words: ["الإرهابية", "إرهابية", "الارهابية", "ارهابية", "المسلحة", "مسلحة"].map(ArabicWord.lexiconForm))
  /// «منهم», "of them": the remnant is of the group named before.
  static let ofThem: WordSet = WordSet(words: ["منهم"].map(ArabicWord.lexiconForm) + ["them"])
  /// «عناصر» ("members") is said of every side's men: with no side named it names none.
  static let anySideNouns: WordSet = WordSet(words: ["عناصر"].map(ArabicWord.lexiconForm))

  /// The insurgent noun the remnant subject of the motion at `trigger` is the rest of: "dozens of
  /// militants were killed and others fled", «قتل ٤٧ إرهابياً … فيما فرّ من تبقى منهم», «من تبقى من
  /// الإرهابيين فرّوا». The remnant stands right after an Arabic verb or shortly before the motion;
  /// the group is named right after it ("the rest of the militants") or, when it is bare («من تبقى
  /// منهم», "others"), is the last insurgent noun before it in the sentence with no civilians named
  /// between. A remnant of another group ("the remaining civilians") names none.
  func remnantNoun(at trigger: Range<Int>, in sentence: Range<Int>) -> Int? {
    let doc = ctx.doc
    let isRemnant: (Int) -> Bool = { !doc.forms[$0].isDisjoint(with: Self.remnantWords) }
    // «فلول المجموعات الإرهابية فرت من المدينة»: the remnant of a group its adjective names as
    // insurgents (the group noun stands for them; no noun for armed men need be in the sentence).
    func insurgentGroup(after r: Int) -> Int? {
      guard r + 2 < sentence.upperBound, !doc.forms[r + 1].isDisjoint(with: Self.groupNouns),
        !doc.forms[r + 2].isDisjoint(with: Self.insurgentAdjectives)
      else { return nil }
      return r + 1
    }
    // «فيما لاذ من تبقى منهم في تل ملح بالفرار»: where the remnant was stands between it and the motion.
    let reach = 4 + (remnantPlace(before: trigger, in: sentence).map { max(0, trigger.lowerBound - $0.inWord) } ?? 0)
    guard ctx.cues.occurs(.armedMen, in: sentence) else {
      return subjectNoun(at: trigger, in: sentence, reach: reach, where: isRemnant).flatMap(insurgentGroup)
    }
    guard let r = subjectNoun(at: trigger, in: sentence, reach: reach, where: isRemnant) else { return nil }
    let isNoun: (Int) -> Bool = { !doc.forms[$0].isDisjoint(with: Self.insurgentNouns) }
    if let u = headedNoun(after: r, in: sentence, where: isNoun) ?? insurgentGroup(after: r) { return u }
    // Bare: followed by «منهم», "of them", or by no link to another group ("the rest of the
    // civilians"); "remaining" is bare only with its noun.
    let next = r + 1
    let bare =
      next >= sentence.upperBound || !doc.isNear(before: next) || !doc.forms[next].isDisjoint(with: Self.ofThem)
      || (doc.forms[next].isDisjoint(with: Self.armedMenLinks) && !ctx.isWord(r, "remaining"))
      // «وفر آخرون من الجبين»: «من» before a place says where they fled from, no other group.
      || (!doc.forms[next].isDisjoint(with: Self.originWords) && ctx.place(startingAt: next + 1) != nil)
      || (next + 1 < sentence.upperBound && !doc.forms[next + 1].isDisjoint(with: Self.ofThem))
    guard bare, let u = (sentence.lowerBound..<r).last(where: isNoun) else { return nil }
    // "Militants shelled the town, killing ten residents; others fled": the rest of the civilians
    // named since.
    return (u + 1..<r).contains(where: isCivilian) ? nil : u
  }

  /// Where the rest of a group was when it moved: «فيما لاذ من تبقى منهم في تل ملح بالفرار باتجاه
  /// كفرزيتا», "the remaining militants in the town fled towards …": a remnant word, at most two words
  /// («منهم», "militants"), «في»/"in" and a place, all before the motion word at `trigger`. Returns
  /// the in-word and the places after it.
  /// After an Arabic verb the remnant may follow it, and a to-word its place: «فيما فر من تبقى منهم
  /// في اللطامنة باتجاه كفرزيتا».
  func remnantPlace(before trigger: Range<Int>, in sentence: Range<Int>) -> (inWord: Int, places: Range<Int>)? {
    let doc = ctx.doc
    let isRemnant: (Int) -> Bool = { !doc.forms[$0].isDisjoint(with: Self.remnantWords) }
    let lower = max(sentence.lowerBound, trigger.lowerBound - 9)
    // The remnant before the motion word, its place ending at it; or right after an Arabic verb,
    // its place ending at a to-word.
    let before = (lower..<trigger.lowerBound).last(where: isRemnant)
    let after =
      doc.tokens[trigger.lowerBound].script == .arabic
      ? (trigger.upperBound..<min(sentence.upperBound, trigger.upperBound + 2)).first(where: isRemnant) : nil
    guard let r = before ?? after else { return nil }
    let limit = before != nil ? trigger.lowerBound : sentence.upperBound
    var u = r + 1
    while u < limit, u - r <= 3, doc.isNear(before: u) {
      if !doc.forms[u].isDisjoint(with: Self.inWords) {
        let k = ctx.placeRange(after: u, limit: limit)
        guard let last = k.last else { return nil }
        let end = ctx.places[last].recognized.endToken
        // The place ends the phrase: the motion word, or a to-word, follows it.
        if before != nil { return end == trigger.lowerBound ? (u, k) : nil }
        return end < limit && !doc.forms[end].isDisjoint(with: Self.destinationWords) ? (u, k) : nil
      }
      u += 1
    }
    return nil
  }

  /// True when the insurgent noun at `noun` is the motion's own subject though actor `m` is named
  /// before it («قال قائد في البيشمركة إن نحو 120 مسلحاً تقدموا», "Iraqi police said gunmen fled"):
  /// right after an Arabic verb, or at most one word before the motion word with no "and" between
  /// ("the army killed militants and advanced" is the army's advance).
  func isOwnSubject(_ noun: Int, of trigger: Range<Int>, after m: ActorMention) -> Bool {
    let doc = ctx.doc
    guard m.endToken <= noun, !Self.insurgentSides.contains(m.actor) else { return false }
    if noun >= trigger.upperBound { return true }
    guard trigger.lowerBound - noun <= 2 else { return false }
    if doc.tokens[trigger.lowerBound].script == .arabic { return !ctx.startsWith(trigger.lowerBound, "و") }
    return !(noun + 1..<trigger.lowerBound).contains { ctx.isWord($0, "and") }
  }

  /// The insurgent side named last before token `t`, in its sentence or the six before, by a name
  /// of its own ("the Islamic State group", «تنظيم داعش»), not as armed men only or as a speaker.
  func insurgentSide(before t: Int) -> ActorMention? {
    let doc = ctx.doc
    // Wire reports name the side once in the lead and call its men "militants" paragraphs later.
    let from = doc.sentences[max(0, doc.sentenceOfToken[t] - 6)].lowerBound
    return ctx.actorsStarting(from: from, before: t).last {
      $0.endToken <= t && Self.insurgentSides.contains($0.actor) && !isBareArmedMen($0) && !ctx.isSource($0)
        && !isQualified($0)
    }
  }

  /// The side of the insurgent noun at `noun`: named right after it («عناصر داعش», "militants of
  /// the Islamic State"), else the insurgent side named last before it (`insurgentSide(before:)`).
  func insurgentSide(of noun: Int) -> ActorMention? {
    let doc = ctx.doc
    var u = noun + 1
    while u < doc.tokens.count, u - noun <= 3, doc.isNear(before: u), ctx.actor(startingAt: u) == nil,
      !doc.forms[u].isDisjoint(with: Self.armedMenLinks)
    {
      u += 1
    }
    if u < doc.tokens.count, doc.isNear(before: u), let side = ctx.actor(startingAt: u), side.actor != .unknown,
      !ctx.isSponsor(side)
    {
      return side
    }
    return insurgentSide(before: noun)
  }

  /// «فصائل من الحشد الشعبي», "factions of the PMF": a group noun whose side follows it is that side.
  func isQualified(_ m: ActorMention) -> Bool {
    let doc = ctx.doc
    let u = m.endToken
    guard u + 1 < doc.tokens.count, !doc.forms[u].isDisjoint(with: Self.armedMenLinks) else { return false }
    let next = ctx.actor(startingAt: u + 1) ?? (u + 2 < doc.tokens.count ? ctx.actor(startingAt: u + 2) : nil)
    return next.map { $0.actor != m.actor } ?? false
  }
}

/// Reinforcements nobody names are the forces of the side fighting for where they go, not of the
/// enemy named last ("… clashes with ISIS fighters. Reinforcements arrived from Homs").
extension MovementExtractor {
  /// «تعزيزات», "reinforcements": sent by a side to its own front.
  static let reinforcementWords: WordSet = WordSet(
    words: ["تعزيزات", "التعزيزات", "تعزيزاتها", "تعزيزاته"].map(ArabicWord.lexiconForm) + ["reinforcements"])
  /// «أدى إلى نزوح», «دفع … إلى النزوح», "forced … to flee": the people made to move are the object.
  static let causativeWords: WordSet = WordSet(
    words: ["أدى", "ادى", "دفع", "أجبر", "اضطر", "أرغم", "تسبب", "دفعت", "أجبرت"].map(ArabicWord.lexiconForm)
      + ["forced", "forcing", "drove", "driving", "prompted", "prompting", "caused", "causing"])

  /// The side unnamed reinforcements at `trigger` belong to: the one read to take, hold or besiege a
  /// destination, else the first side the report's lead names as acting (not speaking, sponsoring).
  func reinforcedSide(at trigger: Range<Int>, group: Range<Int>, destinations: [GazetteerEntry]) -> (
    actor: Actor, note: String
  )? {
    let doc = ctx.doc
    let window = max(group.lowerBound, trigger.lowerBound - 3)..<min(group.upperBound, trigger.upperBound + 3)
    guard window.contains(where: { !doc.forms[$0].isDisjoint(with: Self.reinforcementWords) }) else { return nil }
    // Who took, holds or besieges a place fights for it. (A switch, not a `Set`: building the set the
    // first time looked up its `Hashable` conformance, ~430k instructions, and each look-up hashed
    // the case's name.)
    func fighting(_ control: ControlStatus) -> Bool {
      switch control {
      case .captured, .holds, .besieged: true
      case .contested, .lost: false
      }
    }
    if let c = control.first(where: { c in
      fighting(c.control) && c.status != .denied && c.actor != .unknown
        && destinations.contains { Self.sameDestination($0, c.place) }
    }) {
      return (c.actor, "movers: reinforcements of \(c.actor.rawValue), who fights for \(c.place.name)")
    }
    let lead = 0..<doc.sentences[min(doc.sentences.count - 1, 2)].upperBound
    guard
      let first = ctx.actorsStarting(from: 0, before: lead.upperBound).first(where: {
        !$0.coreference && $0.actor != .unknown && !ctx.isSource($0) && !ctx.isSponsor($0) && !isOpponent($0)
      }), first.firstToken < trigger.lowerBound
    else { return nil }
    return (first.actor, "movers: reinforcements of \(first.actor.rawValue), the side the report leads with")
  }
}

extension MovementExtractor {
  /// «اشتباكات مع مقاتلي جبهة النصرة», "clashes with", "against ISIS": the side fought, named after
  /// its opponent acted. («من» is left out: «وحدات من الجيش» are the army's own units.)
  static let opponentWords: WordSet = WordSet(
    words: ["مع", "ضد"].map(ArabicWord.lexiconForm) + ["with", "against"])

  /// True when the mention follows «مع», «ضد», "with", "against" within three words (past «مقاتلي»,
  /// "the"): an opponent, not who acts.
  func isOpponent(_ m: ActorMention) -> Bool {
    let doc = ctx.doc
    return (max(0, m.firstToken - 3)..<m.firstToken).contains { !doc.forms[$0].isDisjoint(with: Self.opponentWords) }
  }
}

/// "army units", «الجيش» with no country named are the army of the country the movement is in.
extension MovementExtractor {
  /// «الجيش», "army": the state's army when no nationality or side is named with it.
  /// States whose troops fight in Syria and Iraq without being either country's army.
  static let foreignForces: Set<Actor> = [.tur, .usa, .rus, .coalition, .iran]
  static let armyWords: WordSet = WordSet(
    words: ["الجيش", "للجيش", "والجيش", "جنود", "الجنود"].map(ArabicWord.lexiconForm) + ["army", "soldiers", "troops"])

  /// The army of the one country (Syria, Iraq) all of `places` lie in, when a bare army word that no
  /// actor name covers is the motion's subject: within four words before `trigger`, or right after
  /// an Arabic verb.
  /// (`places` is asked for only once an army word is found: the caller builds its list per group.)
  func nationalArmy(
    at trigger: Range<Int>, in sentence: Range<Int>, places: @autoclosure () -> [GazetteerEntry]
  ) -> Actor? {
    let doc = ctx.doc
    // "an army checkpoint", «حاجز للجيش»: an army word qualifying a thing is no subject.
    func isArmy(_ t: Int) -> Bool {
      !doc.forms[t].isDisjoint(with: Self.armyWords) && !ActorLexicon.qualifiesAThing(doc, at: t)
        && ctx.actor(startingAt: t) == nil
        && ctx.actor(endingAt: t + 1) == nil
        && !(t > sentence.lowerBound && ctx.actor(startingAt: t - 1).map { $0.endToken > t } ?? false)
    }
    let after =
      doc.tokens[trigger.lowerBound].script == .arabic
      ? (trigger.upperBound..<min(sentence.upperBound, trigger.upperBound + 3)).contains(where: isArmy) : false
    let before = max(sentence.lowerBound, trigger.lowerBound - 4)..<trigger.lowerBound
    guard after || before.contains(where: isArmy) else { return nil }
    let places = places()
    guard let country = places.first?.country, places.allSatisfy({ $0.country == country }) else {
      return nil
    }
    // "Turkish troops entered al-Bab. The troops then advanced …": soldiers after a foreign force
    // named in this or the sentence before are that force's, not the country's army.
    let s = doc.sentenceOfToken[trigger.lowerBound]
    if let last = ctx.actor(before: trigger.lowerBound, in: doc.sentences[max(0, s - 1)].lowerBound..<trigger.lowerBound),
      Self.foreignForces.contains(last.actor)
    {
      return nil
    }
    switch country {
    case "SY": return .regime
    case "IQ": return .iraq
    default: return nil
    }
  }
}

/// «وذكر مراسل سانا في حماة أن وحدات الجيش …», "an AFP correspondent in Idlib said": where the
/// correspondent is tells where the news came from, not where the movers went or were; it does not set
/// the sentence elsewhere than the place just taken (`placeJustTaken`) nor is it where the movers
/// leave from (`placesSaidToBeIn`).
extension MovementExtractor {
  static let correspondentWords: WordSet = WordSet(
    words: ["مراسل", "مراسلة", "مراسلنا", "مراسلو", "مراسلي"].map(ArabicWord.lexiconForm) + [
      "correspondent", "correspondents", "reporter", "reporters",
    ])

  /// True when the place mention starting at token `f` follows «في»/"in" after a correspondent
  /// (within four words: «مراسل عنب بلدي في ريف إدلب»).
  func isCorrespondentPlace(_ f: Int) -> Bool {
    let doc = ctx.doc
    guard f >= 2, !doc.forms[f - 1].isDisjoint(with: Self.inWords) else { return false }
    return (max(0, f - 5)..<(f - 1)).contains { !doc.forms[$0].isDisjoint(with: Self.correspondentWords) }
  }
}

/// "A joint UN-SARC convoy delivered food to Al-Houla … On 25 May, a convoy of 35 trucks departed Homs
/// city", «وصلت قافلة الأمم المتحدة إلى مضايا … وغادرت القافلة»: a convoy the sentence names no side of
/// is the convoy named before with its side, not the side named last (the besieger of the place).
extension MovementExtractor {
  /// The side named with the last earlier convoy word (right before it: "UN convoy", "UN-SARC convoy";
  /// right after it: «قافلة الأمم المتحدة», «قافلة تابعة للأمم المتحدة»), when `group` names a convoy.
  func earlierConvoySide(in group: Range<Int>) -> ActorMention? {
    let doc = ctx.doc
    guard ctx.cues.tokens(.convoyWords, in: group).contains(where: { Self.convoyWords.match(doc, at: $0) != nil })
    else { return nil }
    // The last few convoy words before the group, from the nearest (looked up in the cue index).
    for c in ctx.cues.tokens(.convoyWords, in: 0..<group.lowerBound).reversed().prefix(4)
    where Self.convoyWords.match(doc, at: c) != nil {
      if let a = ctx.actorsStarting(from: max(0, c - 3), before: c).last(where: { $0.endToken == c || $0.endToken == c - 1 }),
        a.actor != .unknown
      {
        return a
      }
      if let a = ctx.actor(after: c, window: 2, limit: doc.tokens.count), a.actor != .unknown,
        doc.tokens[c].script == .arabic
      {
        return a
      }
    }
    return nil
  }
}

/// "advanced approximately 10 km north from Salma to reach Kinsabba": a destination the sentence names
/// but the gazetteer does not know is not replaced by a guess (the place just taken, the report's
/// topic).
extension MovementExtractor {
  /// "to", "toward", "reach": words a named English destination follows.
  static let destinationLeads: WordSet = ["to", "toward", "towards", "into", "reach", "reached", "reaching"]

  /// True when, after the English motion word at `trigger`, a destination word is followed by a
  /// capitalised word that is no recognised place or actor.
  func namesUnknownEnd(after trigger: Range<Int>, in group: Range<Int>) -> Bool {
    let doc = ctx.doc
    guard doc.tokens[trigger.lowerBound].script == .latin else { return false }
    // (From the motion word's own last word: "to reach Kinsabba" may be the motion word.)
    var t = trigger.upperBound - 1
    while t + 1 < min(group.upperBound, trigger.upperBound + 12) {
      if !doc.forms[t].isDisjoint(with: Self.destinationLeads),
        doc.originalScalars(t + 1).first?.properties.isUppercase == true,
        !ctx.isInsidePlace(t + 1), !ctx.isInsideActor(t + 1)
      {
        return true
      }
      t += 1
    }
    return false
  }
}
