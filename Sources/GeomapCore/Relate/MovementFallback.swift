/// The general movement reader: the frame «MOVER + motion cue + from X + to Y» read over a whole
/// sentence and across up to three sentences, behind the specific rules of `MovementExtractor`.
///
/// Why it exists: news wording spreads one movement over its sentence and over the report. The
/// origin and the destination sit in different sentences ("… pulled out of X on Tuesday. The convoy
/// reached Y by nightfall", «انسحب مقاتلو … من X. ووصلت الحافلات إلى Y»); the origin is the place the
/// report is about (its dateline, the town of the sentence before); or everything is in one sentence
/// but in a frame the specific rules were not tuned on (a clause between verb and places, a nominal
/// motion, "rolled into Y from X", "reached the outskirts of Y"). The specific rules read clause
/// groups in the word orders they were tuned on; this reader only runs on a sentence they read no
/// movement in, so what they read stays as it was.
///
/// Per sentence: every motion cue (the specific triggers and the wider `cues` below); an origin after a
/// from-word or a leaving verb, a destination after a to-word or an arrival verb, each near a cue; the
/// mover is the subject named in the sentence, else — when the sentence refers to movers ("they",
/// "the fighters", «العناصر», «القافلة») — the actor of the last movement or the last armed actor of
/// the two sentences before. A missing origin comes from that mover's open movement (an origin read
/// with nowhere to go) in the two sentences before, else from where the mover was said to be in the
/// sentence, else from the report's focus place (its dateline) when the sentence leaves it. A missing
/// destination leaves the movement open for the next two sentences. Civilians with no armed actor
/// named move nobody (README convention). A date between an end and the next preposition keeps the
/// frame open; the ends after a later cue with movers of its own, or with civilians as movers, are
/// not this mover's; "the militants", «المسلحين» name the side an earlier sentence named so.
extension MovementExtractor {
  /// An origin read with nowhere to go yet (a later sentence may say where the mover went), or a
  /// destination with no origin (a later sentence may say where the mover came from).
  struct OpenMove {
    var actor: Actor
    var origins: [GazetteerEntry]
    var destinations: [GazetteerEntry] = []
    var sentence: Int
    var kind: MovementKind
  }

  /// Motion cues the specific triggers lack: nominal motion, participles of coming and marching,
  /// entering, abandoning, the future of leaving. Only read by this reader.
  static let cues = PhraseMatcher<MovementKind>([
    ("departure", .evacuation), ("abandoned", .withdrawal), ("abandon", .withdrawal),
    ("streaming", .withdrawal), ("streamed", .withdrawal), ("poured", .advance), ("rolled", .advance),
    ("marched", .advance), ("march", .advance), ("entered", .advance), ("bound for", .redeployment),
    ("driven", .evacuation), ("taken", .evacuation), ("returned", .redeployment),
    ("زحف", .advance), ("قادما", .redeployment), ("قادمة", .redeployment), ("قادمين", .redeployment),
    ("قادمون", .redeployment), ("أخلوا", .withdrawal), ("سيخرج", .evacuation), ("ستخرج", .evacuation),
    ("سيتوجه", .redeployment), ("ستتوجه", .redeployment), ("يتوجه", .redeployment), ("دخل", .advance),
    ("دخلت", .advance), ("دخلوا", .advance), ("رحلة", .evacuation), ("الوصول", .advance),
    // «على أن تدخل الشرطة العسكرية الروسية من مدينة البعث إلى أم باطنة»: entering in a deal's terms.
    ("تدخل", .advance), ("يدخل", .advance), ("ستدخل", .advance), ("سيدخل", .advance),
    ("pulling", .withdrawal), ("fleeing", .withdrawal), ("regrouped", .redeployment),
    ("settled", .redeployment), ("عادت", .redeployment), ("عاد", .redeployment), ("عادوا", .redeployment),
    // «اتفاق ينص على … عودة عناصر "الهيئة" من عفرين وكفرجنة إلى إدلب», "the return of the fighters
    // from Afrin to Idlib": the nominal return, as the verbs above.
    ("عودة", .redeployment), ("العودة", .redeployment), ("return", .redeployment),
    ("took refuge", .withdrawal), ("تمركزوا", .redeployment), ("لجأ", .withdrawal), ("لجأوا", .withdrawal),
    // "They had come from Hermel", "The column had set out from Sukhnah": where movers named in the
    // sentence before came from.
    ("come", .redeployment), ("came", .redeployment), ("set out", .convoy), ("sets out", .convoy),
  ])
  /// Words of limit or of granting access around «الوصول» (see `isAccess`).
  static let accessLimits: WordSet = WordSet(
    words: [
      "محدود", "محدودا", "محدودة", "صعب", "صعبا", "متعذر", "متعذرا", "مقيد", "مقيدا", "ممنوع", "ممنوعا",
      "تسهيل", "إمكانية", "امكانية", "منع", "يتعذر", "تعذر", "يصعب", "دون", "عرقلة", "إيصال",
    ].map(ArabicWord.lexiconForm))
  static let accessNoun: WordSet = WordSet(words: ["الوصول"].map(ArabicWord.lexiconForm))
  /// «لا يزال الوصول إلى جاسم محدوداً», «تسهيل الوصول إلى»: «الوصول» at token `t` as access (the
  /// humanitarian notes' word), not an arrival — a word of limit or of granting access around it.
  static func isAccess(_ doc: ReportText, _ t: Int, in range: Range<Int>) -> Bool {
    guard !doc.forms[t].isDisjoint(with: Self.accessNoun) else { return false }
    let around = max(range.lowerBound, t - 2)..<min(range.upperBound, t + 7)
    return around.contains { !doc.forms[$0].isDisjoint(with: Self.accessLimits) }
  }

  /// Verbs of coming back: the movers leave where their last movement took them.
  static let returnWords: WordSet = WordSet(
    words: ["عادت", "عاد", "عادوا", "عودة", "العودة"].map(ArabicWord.lexiconForm) + ["returned", "return", "returning"])
  /// Cues after which «في»/"in" names where the movers end up ("regrouped in Mayadin", «تمركزوا في»).
  static let settlingCues: WordSet = WordSet(
    words: ["تمركزوا", "استقروا", "استقر", "لجأ", "لجأوا", "تجمعوا"].map(ArabicWord.lexiconForm)
      + ["regrouped", "settled", "refuge", "redeployed", "relocated"])
  /// Cues after which the place named next is where the movers arrive ("entered Afrin", "reached the
  /// western edges of Raqqa", «دخل رتل … مدينة إدلب»).
  static let enteringCues: WordSet = WordSet(
    words: ["دخل", "دخلت", "دخلوا"].map(ArabicWord.lexiconForm) + arrivals.map(ArabicWord.lexiconForm)
      + ["entered", "reached", "arrived", "arrive", "reach"])
  /// Cues whose object is the place left ("abandoned their positions in Hawija", «أخلوا مواقعهم في X»).
  static let leavingCues: WordSet = WordSet(
    words: ["أخلوا"].map(ArabicWord.lexiconForm) + ["abandoned", "abandon", "fleeing"])
  /// Words between an arrival cue and its place: "the southern outskirts of", «مشارف», «أطراف».
  static let outskirtsWords: WordSet = WordSet(
    words: ["مشارف", "أطراف", "تخوم", "مداخل", "مدخل", "محيط", "ضواحي"].map(ArabicWord.lexiconForm)
      + [
        "outskirts", "edges", "edge", "gates", "outer", "the", "of", "on", "at", "in", "northern", "southern",
        "eastern", "western", "near", "city", "town",
      ])
  /// Who moves, when no actor is named: pronouns and nouns for the armed men or their vehicles.
  static let moverReferences: WordSet = WordSet(
    words: [
      "المقاتلون", "المقاتلين", "العناصر", "المسلحون", "المسلحين", "القافلة", "الحافلات", "الرافضون",
      "الرافضين",
      "الباصات", "القوافل", "الأرتال", "الرتل", "الدفعة", "دفعة", "التعزيزات",
    ].map(ArabicWord.lexiconForm)
      + [
        "they", "them", "their", "fighters", "militants", "rebels", "gunmen", "convoy", "convoys", "buses",
        "column", "columns", "troops", "hundreds", "dozens", "batch", "batches", "reinforcements",
      ])
  /// «أحياء من», «أجزاء من», "parts of": «من» after them names a part of a place.
  static let partitiveHeads: WordSet = WordSet(
    words: ["أحياء", "أجزاء", "بعض", "جزء", "قسم"].map(ArabicWord.lexiconForm) + [
      "parts", "part", "some", "most",
    ])
  /// English motion nouns, whose agent follows them ("the evacuation of ISIS fighters").
  static let nominalCues: WordSet = [
    "departure", "evacuation", "withdrawal", "movement", "transfer", "relocation", "convoy", "convoys",
    "passage", "return",
    "column", "columns",
  ]
  /// "Idlib-bound": with a hyphen after a place, where the movers go.
  static let boundWords: WordSet = ["bound"]
  /// Prepositions that name an origin for the general reader.
  static let fromWords: WordSet = ["من", "from"]
  /// Prepositions that name a destination for the general reader.
  static let toWords: WordSet = WordSet(
    words: ["إلى", "الى", "نحو", "باتجاه", "اتجاه", "صوب"].map(ArabicWord.lexiconForm) + [
      "to", "toward", "towards", "into",
    ])
  /// "left for Idlib", "bound for Jarablus": "for" names a destination only right after a leaving cue.
  static let forWords: WordSet = ["for"]
  /// How far (in tokens) a from- or to-word may stand from the nearest cue and still belong to it.
  static let cueReach = 10

  /// Reads sentence `s` with the general frame, when the specific rules read no movement in it.
  /// `masks`: each token's scan classes (`CueIndex.scanClasses`, see `read(group:…)`).
  func readGenerally(
    sentence s: Int, masks: [UInt32], scratch: inout Scratch, drafts: inout [Draft], open: inout [OpenMove],
    pending: Pending,
    focus: GazetteerEntry?
  ) {
    let doc = ctx.doc
    let range = doc.sentences[s]
    // An arrival with its place past "the western edges of" is a motion the specific check misses.
    // (Filtered in place, and merged only when both lists hold cues: each is in text order, so
    // either alone is already sorted. Written for speed: the general reader runs on every sentence
    // with a motion word where the specific rules read nothing, and these arrays showed.)
    // (Into the report's buffers, given back on return.)
    var triggerCues = scratch.generalTriggers.takeEmptied()
    var extraCues = scratch.generalCues.takeEmptied()
    defer {
      scratch.generalTriggers = triggerCues
      scratch.generalCues = extraCues
    }
    // (Kept or dropped as they are found, as `read` does: `removeAll(where:)` retained and released
    // the extractor's references and the report for its closure, and partitioned each list.)
    let triggerCandidates = ctx.cues.tokens(.motionTriggers, in: range)
    Self.triggerMatcher.forEachMatch(doc, in: range, candidates: triggerCandidates) {
      if (isMotion($0.range, group: range, masks: masks)
        || (masks[$0.range.lowerBound].has(.arrival)
          && placeAfterOutskirts($0.range.upperBound, limit: range.upperBound) != nil))
        // "The army expelled journalists from Raqqa": an expulsion moves only an armed side it names.
        && (!isExpulsion($0.range) || expelled(at: $0.range, before: range.upperBound) != nil)
        && !Self.isAccess(doc, $0.range.lowerBound, in: range)
      {
        triggerCues.append($0)
      }
    }
    Self.cues.forEachMatch(doc, in: range, candidates: ctx.cues.tokens(.fallbackMotion, in: range)) {
      if isMotion($0.range, group: range, masks: masks) && !isAdjectivalParticiple($0.range.lowerBound)
        && !Self.isAccess(doc, $0.range.lowerBound, in: range)
      {
        extraCues.append($0)
      }
    }
    let cues =
      extraCues.isEmpty
      ? triggerCues
      : triggerCues.isEmpty
        ? extraCues : (triggerCues + extraCues).sorted { $0.range.lowerBound < $1.range.lowerBound }
    guard let firstCue = cues.first else { return }
    // Civilians with nobody armed among them move nobody the README counts.
    // (From the sentence's scan classes, not a word set lookup per form of every token.)
    let armed = range.contains { masks[$0].has(.fighters) }
    // ("residents said" only speaks.) Written for speed: asked only with nobody armed, and only at
    // the sentence's civilian cue words (`isCivilian` is false elsewhere), not at every token.
    if !armed,
      ctx.cues.tokens(.civilians, in: range).contains(where: { c in
        isCivilian(c)
          && !(c + 1 < range.upperBound && !doc.forms[c + 1].isDisjoint(with: RelationContext.speech))
      })
    {
      return
    }
    var (origins, destinations) = frameEnds(in: range, cues: cues, masks: masks)
    // A place after the first cue is never a civilians' end (see `civiliansEnd`): with one cue
    // nothing is removed.
    if cues.count > 1 {
      dropCiviliansEnds(&origins, place: { $0 }, cues: cues, in: range)
      dropCiviliansEnds(&destinations, place: { $0 }, cues: cues, in: range)
    }
    guard !origins.isEmpty || !destinations.isEmpty else { return }

    // The mover: the subject named in the sentence, else the movers an earlier sentence named.
    let ends = (origins + destinations).map { ctx.places[$0].recognized.firstToken }
    // «لإخراج عناصر التنظيم إلى …», "the departure of HTS fighters": the agent right after a cue,
    // before the next place (English only after a noun: a verb's subject stands before it).
    let agent =
      cues.lazy.filter { c in
        doc.tokens[c.range.lowerBound].script == .arabic
          || !doc.forms[c.range.lowerBound].isDisjoint(with: Self.nominalCues)
      }.compactMap { c -> ActorMention? in
        let nextPlace = ends.filter { $0 > c.range.lowerBound }.min() ?? range.upperBound
        return self.expelled(at: c.range, before: nextPlace)
          ?? self.ctx.actor(after: c.range.lowerBound, window: 6, limit: nextPlace)
      }.first { !ctx.isSource($0) && !ctx.isSponsor($0) }
    let named =
      agent ?? cues.lazy.compactMap { nationalForce(at: $0.range, group: range) }.first
      // «وأضاف البيان أن رتلاً من الدبابات التركية دخل …»: the force noun as the subject.
      ?? (range.lowerBound..<firstCue.range.lowerBound).lazy.compactMap {
        self.nationalForce(at: $0..<$0 + 1, group: range)
      }.first
      ?? subordinateSubject(at: firstCue.range, sentence: s)
      ?? ctx.actor(before: firstCue.range.lowerBound, in: range, movers: true)
    // "the militants", «المسلحين»: the side named before as armed men, when nearer than any actor.
    let referred = winningReference(over: named, at: firstCue.range, sentence: s)?.mention
    let subject = referred ?? named.map { specified($0) }
    // "They headed", «ووصلت القافلة إلى …»: the reference stands before the places, on either side
    // of the verb.
    let moverSpan = range.lowerBound..<max(firstCue.range.upperBound, ends.min() ?? range.upperBound)
    // «وتوجهوا إلى الرقة»: an Arabic verb in the plural carries its subject, "they".
    let pluralVerb = cues.contains { c in
      c.range.count == 1 && doc.tokens[c.range.lowerBound].script == .arabic
        && doc.withFoldedScalars(c.range.lowerBound) { $0.suffix(2).elementsEqual("وا".unicodeScalars) }
    }
    let refersToMovers =
      pluralVerb
      || moverSpan.contains {
        !doc.forms[$0].isDisjoint(with: Self.moverReferences)
      }
    var actor: Actor
    var carriedFrom: Int?
    // The movers of the last movement read go on ("Later batches are expected to head to Idlib").
    var continuing: Draft?
    var notes = ["read by the general movement reader"]
    let recentOpen = open.last { $0.sentence >= s - 2 && $0.sentence < s && !$0.origins.isEmpty }
    let placeEntries = (origins + destinations).map { ctx.places[$0].mention.entry }
    // «ووصلت قافلة مساعدات إلى إدلب» after fighters left somewhere: an aid convoy nobody names is
    // not the movers of an earlier sentence.
    if subject == nil, carriesAid(before: firstCue.range, in: range) { return }
    if let m = subject {
      actor = m.actor
    } else if let army = nationalArmy(at: firstCue.range, in: range, places: placeEntries) {
      // «ووصلت وحدات من الجيش من حلب إلى منبج»: the army of the country the movement is in.
      actor = army
      notes.append("movers: the army of the country, \(army.rawValue)")
    } else if refersToMovers, let o = recentOpen {
      actor = o.actor
      notes.append("movers: \(o.actor.rawValue), who were leaving in an earlier sentence")
    } else if refersToMovers,
      let o = open.last(where: { $0.sentence >= s - 2 && $0.sentence < s && !$0.destinations.isEmpty })
    {
      // "Syrian army units reached Deir ez-Zor. The column had set out from Sukhnah": the movers who
      // arrived, with no origin yet.
      actor = o.actor
      notes.append("movers: \(o.actor.rawValue), who arrived in an earlier sentence")
    } else if refersToMovers, let last = Self.recent(drafts, since: s - 2, where: { $0.sentence < s }),
      last.movement.actor != .unknown
    {
      actor = last.movement.actor
      continuing = last
      notes.append("movers: \(actor.rawValue), of the last movement read")
    } else if refersToMovers, armed || !destinations.isEmpty && !origins.isEmpty,
      let a = ctx.actors.last(where: {
        $0.firstToken < range.lowerBound && doc.sentenceOfToken[$0.firstToken] >= s - 2
          && !ctx.isSource($0) && !ctx.isSponsor($0) && $0.actor != .unknown
      })
    {
      actor = a.actor
      notes.append("movers: \(a.actor.rawValue), the armed actor named before")
    } else {
      return
    }
    // "Residents said the militants fled toward Hit": movers named only as insurgents are the
    // insurgent side named lately, not the army of the last movement.
    if referred == nil, let noun = insurgentSubject(at: firstCue.range, in: range),
      subject.map({ isBareArmedMen($0) || isOwnSubject(noun, of: firstCue.range, after: $0) }) ?? true
    {
      if let side = insurgentSide(before: noun) {
        if side.actor != actor {
          notes.append("movers: «\(doc.original(noun))», the insurgents named before as «\(side.surface)»")
          actor = side.actor
          continuing = nil
        }
      } else if subject == nil, !Self.insurgentSides.contains(actor) {
        return
      }
    }
    guard actor != .unknown else { return }
    // «انسحب مقاتلو الفصائل من يبرود …، بعد أن تقدم مقاتلو الحزب من جهة النبك»: the ends after a
    // later motion word with movers of its own are that motion's.
    let othersCues = cues.dropFirst().map(\.range).filter { hasOtherMovers($0, than: actor, in: range) }
    if !othersCues.isEmpty {
      let theirs: (Int) -> Bool = { k in
        let t = self.ctx.places[k].recognized.firstToken
        guard let c = cues.last(where: { $0.range.upperBound <= t }) else { return false }
        return othersCues.contains(c.range)
      }
      origins.removeAll(where: theirs)
      destinations.removeAll(where: theirs)
      guard !origins.isEmpty || !destinations.isEmpty else { return }
    }

    var originEntries = origins.map { ctx.places[$0].mention.entry }
    var destinationEntries = destinations.map { ctx.places[$0].mention.entry }
    if originEntries.isEmpty {
      if let o = open.last(where: {
        $0.actor == actor && $0.sentence >= s - 2 && $0.sentence < s && !$0.origins.isEmpty
      }) {
        originEntries = o.origins
        carriedFrom = o.sentence
        notes.append("origin carried over from an earlier sentence")
      } else if let p = pending[actor], p.sentence >= s - 2, p.sentence < s {
        originEntries = p.entries
        carriedFrom = p.sentence
        notes.append("origin carried over from an earlier sentence (where the movers were)")
      } else if let last = continuing, cues.contains(where: { !doc.forms[$0.range.lowerBound].isDisjoint(with: Self.returnWords) }) {
        // "The convoy returned to Damascus", «وعادت القافلة إلى دمشق»: they come back from where the
        // last movement took them.
        originEntries = [last.movement.destination]
        carriedFrom = last.sentence
        notes.append("origin: \(last.movement.destination.name), where the last movement took them")
      } else if let last = continuing {
        originEntries = [last.movement.origin]
        carriedFrom = last.sentence
        notes.append("origin carried over from the last movement read")
      } else if let here = whereSaidToBe(before: firstCue.range.lowerBound, in: range)
        ?? subject.flatMap({ whereHeldOut($0, after: firstCue.range, in: range) })
      {
        originEntries = [here]
        notes.append("origin: where the movers were said to be")
      } else if let f = focus, cues.contains(where: { [.evacuation, .withdrawal].contains($0.value) }),
        !destinationEntries.contains(where: { $0.hasSameID(as: f) })
      {
        originEntries = [f]
        notes.append("origin: \(f.name), the place the report is about")
      } else if let (place, from) = dealPlace(before: s, cues: cues, destinations: destinationEntries) {
        // "Nawa surrendered on 17 July … Under the deal, fighters … are to be bused to Idlib".
        originEntries = [place]
        carriedFrom = from
        notes.append("origin: \(place.name), the place the deal of the sentence before is about")
      }
    }
    guard !originEntries.isEmpty else {
      open.append(
        OpenMove(
          actor: actor, origins: [], destinations: destinationEntries, sentence: s, kind: firstCue.value))
      return
    }
    // "A convoy carrying ISIS fighters reached Abu Kamal. The convoy had left Qalamoun a week
    // earlier": the movers referred to came from here to where an earlier sentence took them.
    if destinationEntries.isEmpty, refersToMovers, named == nil || referred != nil,
      let o = open.last(where: {
        $0.actor == actor && $0.sentence >= s - 2 && $0.sentence < s && !$0.destinations.isEmpty
      })
    {
      destinationEntries = o.destinations.filter { d in
        !originEntries.contains { Self.sameDestination($0, d) }
      }
      carriedFrom = o.sentence
      notes.append("destination carried over from an earlier sentence")
    }
    guard !destinationEntries.isEmpty else {
      open.append(OpenMove(actor: actor, origins: originEntries, sentence: s, kind: firstCue.value))
      return
    }
    // Status: the sentence's cue, else the cue of the sentence the origin came from.
    let span = (carriedFrom.map { doc.sentences[$0].lowerBound } ?? range.lowerBound)..<range.upperBound
    var status = StatusLexicon.status(doc, in: range, cues: ctx.cues)
    if status == nil, let c = carriedFrom {
      status = StatusLexicon.status(doc, in: doc.sentences[c], cues: ctx.cues)
    }
    let advance = cues.contains { $0.value == .advance && !isIntended($0.range) }
    let spoken = span.contains { !doc.forms[$0].isDisjoint(with: RelationContext.speech) }
    let finalStatus = status ?? (advance && !spoken ? .completed : .reported)
    if status == nil { notes.append("no hedging cue; status defaults to \(finalStatus.rawValue)") }
    let told = cues.filter { doc.forms[$0.range.lowerBound].isDisjoint(with: Self.arrivalWords) }
    var kind = (told.first { $0.value != .convoy } ?? told.first ?? firstCue).value
    if Self.wounded.contains(doc, in: range, candidates: ctx.cues.tokens(.wounded, in: range)) {
      kind = .transferOfWounded
    }
    if kind == .displacement { kind = .withdrawal }
    let conf = StatusLexicon.confidence(finalStatus) * 0.6
    for o in originEntries {
      for d in destinationEntries where !d.hasSameID(as: o) && !Self.sameFamily(o, d) {
        let m = Movement(
          actor: actor, kind: kind, status: finalStatus, origin: o, destination: d,
          evidence: ctx.evidence(span, confidence: conf), notes: notes)
        drafts.append(
          Draft(
            movement: m, sentence: s, originIndex: nil, token: firstCue.range.lowerBound, originDirect: false)
        )
      }
    }
  }

  /// The origins and destinations of the motion frame in sentence `range`: places after from- and
  /// to-words that follow a cue, after arrival and entering verbs, objects of leaving verbs, and
  /// "X-bound".
  /// `masks`: each token's scan classes (`CueIndex.scanClasses`, see `read(group:…)`):
  /// the word tests below read them (`masks[t].has(.x)` for `!doc.forms[t].isDisjoint(with: x)`),
  /// not a word set per form of every token near a cue.
  func frameEnds(
    in range: Range<Int>, cues: [(range: Range<Int>, value: MovementKind)], masks: [UInt32]
  ) -> (origins: [Int], destinations: [Int]) {
    let doc = ctx.doc
    // A from- or to-word belongs to a cue before it ("rolled into Afrin from Azaz", «قادماً من X»):
    // one before every cue is another clause's («قصفها لأحياء من مخيم اليرموك، فيما … لإخراج»).
    // (Local functions, not closure values: those were heap contexts per sentence read.)
    func near(_ t: Int) -> Bool {
      cues.contains { t >= $0.range.upperBound - 1 && t - $0.range.upperBound < Self.cueReach }
    }
    var origins: [Int] = []
    var destinations: [Int] = []
    // "from X to Y": a preposition right after an end read goes on with the same frame.
    var frameEnd = -10
    // «من يبرود ليلة السبت باتجاه فليطة», "from Tabqa on Tuesday toward Raqqa": a date between an end
    // and the next preposition does not end the frame.
    func afterDate(_ t: Int) -> Bool {
      t - frameEnd >= 2 && t - frameEnd <= 5
        && (masks[t].has(.toWords) || masks[t].has(.fromWords))
        && ctx.isDate(frameEnd..<t)
    }
    // Nothing is read before the first token `near` a cue: an end read (`frameEnd`) only follows
    // one. Written for speed: `near` scanned the cues at every token of the sentence.
    var first = range.upperBound
    for cue in cues { first = min(first, cue.range.upperBound - 1) }
    for t in max(range.lowerBound, first)..<range.upperBound
    where near(t) || t - frameEnd <= 1 || afterDate(t) {
      let f = masks[t]
      let outOf = f.has(.of) && t > range.lowerBound && masks[t - 1].has(.out)
      // (Asked only before "for": per token it was a scan of the cues.)
      func afterLeaving() -> Bool {
        t > range.lowerBound && cues.contains { $0.range.upperBound == t && $0.value != .advance }
      }
      if f.has(.fromWords) || outOf {
        // "backed by Russia", «المدعومة من تركيا»: a backer is no origin.
        if t > range.lowerBound, masks[t - 1].has(.backedBy) { continue }
        // «أحياء من مخيم اليرموك», "parts of": a part of the place, not a place left.
        if t > range.lowerBound, masks[t - 1].has(.partitiveHeads) { continue }
        let found = placesAfterPreposition(t, limit: range.upperBound)
        origins += found
        if let k = found.last { frameEnd = ctx.places[k].recognized.endToken }
      } else if f.has(.toWords) || (f.has(.forWords) && afterLeaving())
        || (f.has(.inWords)
          && cues.contains {
            $0.range.upperBound == t
              && !doc.forms[$0.range.upperBound - 1].isDisjoint(with: Self.settlingCues)
          })
      {
        if (max(range.lowerBound, t - 2)..<t).contains(where: { masks[$0].has(.supply) }) {
          continue
        }
        let found = placesAfterPreposition(t, limit: range.upperBound)
        destinations += found
        if let k = found.last { frameEnd = ctx.places[k].recognized.endToken }
      }
    }
    for cue in cues {
      let head = doc.forms[cue.range.lowerBound]
      // "bound for Jarablus": the cue ends in its own to-word.
      if !doc.forms[cue.range.upperBound - 1].isDisjoint(with: Self.forWords) {
        destinations += ctx.placeRange(after: cue.range.upperBound - 1, limit: range.upperBound)
      }
      // "reached the outskirts of Raqqa"; «دخل رتل عسكري تركي مدينة إدلب»: the object after the subject.
      if !head.isDisjoint(with: Self.enteringCues),
        let k = placeAfterOutskirts(cue.range.upperBound, limit: range.upperBound)
          ?? objectPlace(after: cue.range, limit: range.upperBound),
        !destinations.contains(k), !origins.contains(k)
      {
        destinations.append(k)
      }
      // "entered Syria through the Bab al-Hawa crossing", «دخل رتل … عبر معبر باب الهوى»: the way in
      // is where the movers come from, when nothing else is.
      if !head.isDisjoint(with: Self.enteringCues), origins.isEmpty,
        let k = passagePlace(after: cue.range, limit: range.upperBound), !destinations.contains(k)
      {
        origins.append(k)
      }
      let leaving = !head.isDisjoint(with: Self.leavingCues) || !head.isDisjoint(with: Self.transitiveLeaving)
      if leaving, origins.isEmpty, let k = objectPlace(after: cue.range, limit: range.upperBound),
        !destinations.contains(k)
      {
        origins.append(k)
      }
    }
    // "pushed east from the Afrin enclave and seized the Menagh air base", «تقدمت وحدات الجيش من
    // خناصر وسيطرت على بلدة السفيرة»: an advance from a place with nowhere to go ends where the verb
    // of taking joined to it by "and"/«و» takes.
    if destinations.isEmpty, !origins.isEmpty, let advance = cues.first(where: { $0.value == .advance }) {
      let reach = advance.range.upperBound..<min(range.upperBound, advance.range.upperBound + Self.cueReach + 4)
      if let v = reach.first(where: { isJoinedTaking($0) }),
        let k = takenPlace(after: v, limit: range.upperBound), !origins.contains(k)
      {
        destinations.append(k)
      }
    }
    // "an Idlib-bound convoy": the place before "-bound" is where the movers go.
    for t in range {
      guard let k = ctx.place(startingAt: t) else { continue }
      let next = ctx.places[k].recognized.endToken
      if next < range.upperBound, !doc.forms[next].isDisjoint(with: Self.boundWords),
        doc.slice(doc.tokens[next - 1].end, doc.tokens[next].start) == "-"
      {
        destinations.append(k)
      }
    }
    origins = uniqueIndices(origins)
    destinations = uniqueIndices(destinations).filter { !origins.contains($0) }
    return (origins, destinations)
  }

  /// The places after a from- or to-word: as the specific rules read them, else past up to five
  /// words of approach nouns, links and generic heads («من مواقعها في مدينة القصير»).
  func placesAfterPreposition(_ t: Int, limit: Int) -> Range<Int> {
    let direct = ctx.placeRange(after: approachEnd(after: t, limit: limit), limit: limit)
    guard direct.isEmpty else { return direct }
    let doc = ctx.doc
    var u = t + 1
    while u < limit, u - t <= 5, doc.isNear(before: u), ctx.place(startingAt: u) == nil {
      let f = doc.forms[u]
      let skippable =
        !f.isDisjoint(with: Self.approachNouns) || !f.isDisjoint(with: Self.approachLinks)
        || !f.isDisjoint(with: RelationContext.descriptors) || f.contains { PlaceContext.triggers[$0] != nil }
      guard skippable else { return 0..<0 }
      u += 1
    }
    guard u < limit, u > t + 1, let k = ctx.place(startingAt: u) else { return 0..<0 }
    return ctx.listRange(k, limit: limit)
  }

  /// «قادماً», «قادمين»: participles of coming, a motion only when circumstantial (indefinite).
  static let participleCues: WordSet = WordSet(
    words: ["قادما", "قادمة", "قادمين", "قادمون"].map(ArabicWord.lexiconForm))

  /// «عناصر التنظيم القادمين من الرقة»: with the article the participle describes the movers (where
  /// they once came from); it tells no motion a later verb's destination completes.
  func isAdjectivalParticiple(_ t: Int) -> Bool {
    let doc = ctx.doc
    guard !doc.forms[t].isDisjoint(with: Self.participleCues) else { return false }
    return doc.withFoldedScalars(t) { written in
      let bare =
        written.first.map { "وفبل".unicodeScalars.contains($0) } ?? false ? written.dropFirst() : written[...]
      return bare.starts(with: "ال".unicodeScalars) || written.starts(with: "لل".unicodeScalars)
    }
  }

  /// Deal stages: a leaving told under one leaves the place the deal is about. (A switch, not a
  /// `Set`: see `isLeaving`.)
  static func isDealStage(_ status: ClaimStatus) -> Bool {
    switch status {
    case .agreed, .agreedInPrinciple, .proposed, .underNegotiation: true
    default: false
    }
  }

  /// The one town (city, village, neighbourhood, camp) the sentence before names, when this or that
  /// sentence tells a deal and this one a leaving: the place the deal is about.
  func dealPlace(
    before s: Int, cues: [(range: Range<Int>, value: MovementKind)], destinations: [GazetteerEntry]
  )
    -> (GazetteerEntry, Int)?
  {
    guard s > 0, cues.contains(where: { [.evacuation, .withdrawal, .convoy].contains($0.value) }) else {
      return nil
    }
    let doc = ctx.doc
    let deal = [s, s - 1].contains {
      StatusLexicon.status(doc, in: doc.sentences[$0], cues: ctx.cues).map(Self.isDealStage)
        ?? false
    }
    guard deal else { return nil }
    let settlements: Set<PlaceKind> = [.city, .town, .village, .neighbourhood, .camp]
    let previous = doc.sentences[s - 1]
    // "DAMASCUS, Dec 29 (AFP) - Rebels holed up in Beit Jinn have agreed …": a wire bureau's dateline
    // says where the story was filed, not where the deal is.
    let bureau = ctx.datelinePlace().flatMap { RelationContext.isBureau($0.mention.entry) ? $0.recognized.firstToken : nil }
    let named = previous.filter { $0 != bureau }.compactMap { ctx.place(startingAt: $0) }
      .map { ctx.places[$0].mention.entry }
      .filter { e in settlements.contains(e.kind) && !destinations.contains { Self.sameDestination($0, e) } }
    guard let only = named.first, named.allSatisfy({ Self.sameDestination($0, only) }) else { return nil }
    return (only, s - 1)
  }

  /// The place right after an arrival cue, past "the western edges of", «مشارف».
  func placeAfterOutskirts(_ t: Int, limit: Int) -> Int? {
    var u = t
    while u < limit, u - t < 6, ctx.place(startingAt: u) == nil {
      guard
        !ctx.doc.forms[u].isDisjoint(with: Self.outskirtsWords)
          || ctx.doc.forms[u].contains(PlaceRecognizer.the)
      else { return nil }
      u += 1
    }
    guard u < limit, let k = ctx.place(startingAt: u) else { return nil }
    return k
  }

  /// The place a leaving verb takes as its object: up to eight tokens on, past the subject and
  /// «مواقعهم في», "their positions in", with no preposition of its own before it.
  func objectPlace(after cue: Range<Int>, limit: Int) -> Int? {
    let doc = ctx.doc
    var u = cue.upperBound
    while u < min(limit, cue.upperBound + 8) {
      // "entered Syria through the Bab al-Hawa crossing": a place past "through" is the way, not the object.
      if !doc.forms[u].isDisjoint(with: Self.passageWords) { return nil }
      if let k = ctx.place(startingAt: u) {
        let before = doc.forms[u - 1]
        let prepositional =
          u > cue.upperBound
          && (!before.isDisjoint(with: Self.toWords) || !before.isDisjoint(with: Self.fromWords))
        return prepositional ? nil : k
      }
      u += 1
    }
    return nil
  }

  /// Verbs of taking a place that may follow an advance, joined to it: "and seized", «وسيطرت على».
  static let joinedTakings: WordSet = {
    let arabic = ["سيطرت", "سيطروا", "سيطر", "اقتحمت", "اقتحموا", "اقتحم", "حررت", "حرروا", "استعادت", "استعادوا"]
    return WordSet(
      words: (arabic + arabic.map { "و" + $0 }).map(ArabicWord.lexiconForm) + [
        "captured", "seized", "stormed", "overran", "recaptured", "retook",
      ])
  }()
  /// True when token `t` is a verb of taking joined to what comes before it: "and seized",
  /// «وسيطرت».
  func isJoinedTaking(_ t: Int) -> Bool {
    let doc = ctx.doc
    guard t > 0, !doc.forms[t].isDisjoint(with: Self.joinedTakings) else { return false }
    return doc.tokens[t].script == .arabic ? ctx.startsWith(t, "و") : ctx.isWord(t - 1, "and")
  }

  /// «على», "control", "full": words between a verb of taking and the place taken, besides a trigger
  /// noun, "the"/"of" and the words of outskirts.
  static let takenObjectWords: WordSet = WordSet(
    words: ["على", "كامل", "معظم"].map(ArabicWord.lexiconForm) + [
      "control", "full", "most", "much", "key", "strategic", "military", "army",
    ])

  /// The place a verb of taking at `v` takes: the next place, with only a trigger noun, "the"/"of",
  /// words of outskirts or of control before it ("seized the Menagh air base", «سيطرت على بلدة
  /// السفيرة»; "captured dozens of fighters near X" takes no place).
  func takenPlace(after v: Int, limit: Int) -> Int? {
    let doc = ctx.doc
    var u = v + 1
    while u < limit, u - v <= 5, ctx.place(startingAt: u) == nil {
      let f = doc.forms[u]
      guard
        f.contains(where: { PlaceContext.triggers[$0] != nil }) || !f.isDisjoint(with: RelationContext.englishLinks)
          || !f.isDisjoint(with: Self.takenObjectWords) || !f.isDisjoint(with: Self.outskirtsWords)
      else { return nil }
      u += 1
    }
    return u < limit ? ctx.place(startingAt: u) : nil
  }

  /// "through", "via", «عبر»: the way movers take.
  static let passageWords: WordSet = WordSet(words: ["عبر"].map(ArabicWord.lexiconForm) + ["through", "via"])

  /// The place after "through"/«عبر» within eight tokens of a cue, with no place before it: the way
  /// the movers take ("entered Syria through the Bab al-Hawa crossing").
  func passagePlace(after cue: Range<Int>, limit: Int) -> Int? {
    var u = cue.upperBound
    while u < min(limit, cue.upperBound + 8), ctx.place(startingAt: u) == nil {
      if !ctx.doc.forms[u].isDisjoint(with: Self.passageWords) {
        return placesAfterPreposition(u, limit: limit).first
      }
      u += 1
    }
    return nil
  }

  /// "Opposition fighters, who had held out in al-Waer …, boarded buses": the place after «في»/"in"
  /// before the cue in the sentence, when it follows the movers named there.
  func whereSaidToBe(before t: Int, in range: Range<Int>) -> GazetteerEntry? {
    let doc = ctx.doc
    guard let mover = (range.lowerBound..<t).lazy.compactMap({ self.ctx.actor(startingAt: $0) }).first else {
      return nil
    }
    // (The mover starts before `t` but is found by its start alone: a name running over the cue
    // would end past it, and the words between would be an inverted range. None between, then.)
    for u in mover.endToken..<max(mover.endToken, t) where !doc.forms[u].isDisjoint(with: Self.inWords) {
      if let k = ctx.placeRange(after: u, limit: t).first { return ctx.places[k].mention.entry }
    }
    return nil
  }

  /// Verbs of staying put in a relative clause about the movers («الذين تحصنوا في», «الذين كانوا
  /// محاصرين في», "who had held out in").
  static let stayingVerbs: WordSet = WordSet(
    words: ["تحصنوا", "تمركزوا", "كانوا", "حوصروا", "يتحصنون", "يتمركزون", "المحاصرين", "محاصرين", "بقوا"]
      .map(ArabicWord.lexiconForm) + ["held", "holed", "besieged", "trapped", "based", "entrenched"])
  /// Relative pronouns that open a clause about the movers.
  static let relativePronouns: WordSet = WordSet(
    words: ["الذين", "التي", "الذي"].map(ArabicWord.lexiconForm) + ["who", "which"])

  /// «وغادر مقاتلو هيئة تحرير الشام، الذين تحصنوا في جرود عرسال منذ سنوات، إلى إدلب»: the movers
  /// named after the cue, and a relative clause about them that says where they stayed, before the
  /// next to-word.
  func whereHeldOut(_ mover: ActorMention, after cue: Range<Int>, in range: Range<Int>) -> GazetteerEntry? {
    let doc = ctx.doc
    guard mover.firstToken >= cue.upperBound else { return nil }
    let start = mover.endToken
    guard let relative = (start..<min(range.upperBound, start + 2)).first(where: {
      !doc.forms[$0].isDisjoint(with: Self.relativePronouns)
    }) else { return nil }
    var u = relative + 1
    var staying = false
    while u < min(range.upperBound, relative + 8), doc.forms[u].isDisjoint(with: Self.toWords) {
      if !doc.forms[u].isDisjoint(with: Self.stayingVerbs) { staying = true }
      if staying, !doc.forms[u].isDisjoint(with: Self.inWords),
        let k = ctx.placeRange(after: u, limit: range.upperBound).first
      {
        return ctx.places[k].mention.entry
      }
      u += 1
    }
    return nil
  }

  /// The dateline town ("MAYADIN, Syria (AP) —", «دير الزور - عنب بلدي:»): the report's focus. A
  /// wire bureau's city ("BEIRUT —", "DAMASCUS, Sept 5 (Reuters)") is not: only a town or a smaller
  /// city of Syria or Iraq counts.
  func datelinePlace() -> GazetteerEntry? {
    guard let e = ctx.datelinePlace()?.mention.entry, !RelationContext.isBureau(e),
      [.city, .town, .village, .neighbourhood].contains(e.kind)
    else { return nil }
    return e
  }

  /// With no dateline town, the first Syrian or Iraqi town, village or facility the headline and lead
  /// name ("BAGHDAD (AP) - Iraqi troops … recaptured the town of Karmah"): what the report is about.
  /// Returned with its sentence: only a later sentence may take it as given.
  func leadPlace() -> (entry: GazetteerEntry, sentence: Int)? {
    let doc = ctx.doc
    for p in ctx.places {
      let s = doc.sentenceOfToken[p.recognized.firstToken]
      guard s < 3 else { return nil }
      let e = p.mention.entry
      if Self.isLeadKind(e.kind), !RelationContext.isBureau(e) {
        return (e, s)
      }
    }
    return nil
  }

  /// The kinds of place `leadPlace` takes. (A switch, not a `Set` literal in `leadPlace`: the set
  /// was built per report, hashing each kind's name, 8–20k instructions.)
  static func isLeadKind(_ kind: PlaceKind) -> Bool {
    switch kind {
    case .city, .town, .village, .neighbourhood, .facility: true
    default: false
    }
  }

  func uniqueIndices(_ ks: [Int]) -> [Int] {
    // A frame has a few ends: a scan of those kept is cheaper than a set built per sentence (a set
    // still for a long list, which a scan would make quadratic).
    guard ks.count <= 16 else {
      var seen = Set<Int>()
      return ks.filter { seen.insert($0).inserted }
    }
    var out: [Int] = []
    for k in ks where !out.contains(k) { out.append(k) }
    return out
  }

  /// True when the motion word at `cue` names movers of its own other than `actor`: an agent right
  /// after it in Arabic («تقدم مقاتلو الحزب», «تقدمت قوات النظام»), or a subject right before it in
  /// English ("after Hezbollah fighters advanced").
  func hasOtherMovers(_ cue: Range<Int>, than actor: Actor, in range: Range<Int>) -> Bool {
    let doc = ctx.doc
    let arabic = doc.tokens[cue.lowerBound].script == .arabic
    let window =
      arabic
      ? cue.upperBound..<min(range.upperBound, cue.upperBound + 3)
      : max(range.lowerBound, cue.lowerBound - 3)..<cue.lowerBound
    let named =
      window.lazy.compactMap { self.ctx.actor(startingAt: $0) }.first
      ?? window.lazy.compactMap { self.ctx.actor(endingAt: $0 + 1) }.first
    if let m = named, !ctx.isSponsor(m) {
      return m.actor != actor
    }
    // Fighters with no side read: other movers unless the noun is the cue's first word after it.
    let noun = arabic ? cue.upperBound : cue.lowerBound - 1
    return window.contains(noun) && !doc.forms[noun].isDisjoint(with: Self.fighterWords)
  }
}

/// Movers described by a relative clause of motion, and the main verb that says where they went:
/// «إن قطعات الجيش وفصائل الحشد، التي تحركت من بعقوبة قبل أيام، دخلت السعدية», "Iraqi troops, who set
/// out from Baquba on Monday, entered Saadiya". The clause after the movers («التي تحركت من X», "who
/// set out from X") gives the origin, the entering or arrival verb that opens the next clause gives
/// the destination, and each of the coordinated movers before the clause («X وY», "X and Y") made the
/// journey. The specific rules read each clause alone (the origin clause names no mover, the verb's
/// clause no origin), and the general reader does not run on a sentence they read another movement
/// in («…، فيما تقدمت قوات البيشمركة من خانقين نحو جلولاء»).
extension MovementExtractor {
  /// A conjunction joining two movers: «و» on its own, "and".
  static let moverConjunctions: WordSet = ["و", "and"]

  /// Reads the relative-clause journeys of sentence `s`, whose clause groups are `groups`; adds a
  /// movement only where no draft since `sentenceStart` already has its actor and both ends.
  func readRelativeJourneys(
    groups: [Range<Int>], sentence s: Int, masks: [UInt32], sentenceStart: Int, drafts: inout [Draft]
  ) {
    let doc = ctx.doc
    guard groups.count >= 3 else { return }
    for g in 1..<groups.count - 1 {
      let clause = groups[g]
      // (One look-up, at the clause's first token: the work below is for relative clauses only.)
      guard !doc.forms[clause.lowerBound].isDisjoint(with: Self.relativePronouns) else { continue }
      guard let cue = firstMotionCue(in: clause, masks: masks),
        let origin = (cue.range.upperBound..<clause.upperBound).lazy.filter({
          masks[$0].has(.fromWords) || masks[$0].has(.of) && masks[$0 - 1].has(.out)
        }).compactMap({ self.placesAfterPreposition($0, limit: clause.upperBound).first }).first
      else { continue }
      let main = groups[g + 1]
      let verb = main.lowerBound
      guard verb + 1 < main.upperBound, !doc.forms[verb].isDisjoint(with: Self.enteringCues) else { continue }
      // «دخلت السعدية», «دخلت بلدة مورك», "entered the town of Saadiya"; «وصلت إلى تكريت», "arrived in Tikrit".
      let preposition = masks[verb + 1].has(.toWords) || masks[verb + 1].has(.arrivalPrepositions)
      guard
        let destination = preposition
          ? placesAfterPreposition(verb + 1, limit: main.upperBound).first
          : placeAfterOutskirts(verb + 1, limit: main.upperBound)
            ?? ctx.placeRange(after: verb, limit: main.upperBound).first
      else { continue }
      let movers = coordinatedMovers(endingAt: groups[g - 1])
      guard !movers.isEmpty else { continue }
      let o = ctx.places[origin].mention.entry
      let d = ctx.places[destination].mention.entry
      guard !d.hasSameID(as: o), !Self.sameFamily(o, d) else { continue }
      // Entering is an advance; an arrival keeps the kind the clause told («انطلقت», "set out").
      let kind = doc.forms[verb].isDisjoint(with: Self.arrivalWords) ? MovementKind.advance : cue.value
      let span = doc.sentences[s]
      // The main verb tells the journey done, unless the sentence hedges it.
      let status = StatusLexicon.status(doc, in: span, cues: ctx.cues) ?? .completed
      for actor in movers
      where !drafts[sentenceStart...].contains(where: {
        $0.movement.actor == actor && $0.movement.origin.hasSameID(as: o)
          && $0.movement.destination.hasSameID(as: d)
      }) {
        let m = Movement(
          actor: actor, kind: kind == .displacement ? .withdrawal : kind, status: status, origin: o,
          destination: d,
          evidence: ctx.evidence(span, confidence: StatusLexicon.confidence(status) * 0.7),
          notes: ["movers of a relative clause of motion; destination from the main verb"])
        drafts.append(
          Draft(
            movement: m, sentence: s, originIndex: origin, token: cue.range.lowerBound, originDirect: true))
      }
    }
  }

  /// The first motion word of `clause`, of the specific triggers or the general reader's cues.
  func firstMotionCue(in clause: Range<Int>, masks: [UInt32]) -> (range: Range<Int>, value: MovementKind)? {
    let doc = ctx.doc
    var found: (range: Range<Int>, value: MovementKind)?
    let triggers = ctx.cues.tokens(.motionTriggers, in: clause)
    Self.triggerMatcher.forEachMatch(doc, in: clause, candidates: triggers) {
      if found == nil, isMotion($0.range, group: clause, masks: masks) { found = $0 }
    }
    if let f = found { return f }
    Self.cues.forEachMatch(doc, in: clause, candidates: ctx.cues.tokens(.fallbackMotion, in: clause)) {
      if found == nil { found = $0 }
    }
    return found
  }

  /// The actors that end clause `group`, the antecedent of the relative pronoun after it: the last
  /// one, and those joined to it by «و»/"and" («قطعات الجيش وفصائل الحشد الشعبي», "Iraqi troops and
  /// Popular Mobilisation Forces fighters"). A speaker or a backer is no mover.
  func coordinatedMovers(endingAt group: Range<Int>) -> [Actor] {
    let doc = ctx.doc
    let indices = ctx.actorIndices(startingIn: group)
    guard let i = indices.last, ctx.actors[i].endToken >= group.upperBound - 1 else { return [] }
    var actors: [Actor] = []
    var next: ActorMention?
    for m in indices.reversed().lazy.map({ self.ctx.actors[$0] }) {
      if let n = next {
        // «وفصائل الحشد»: the conjunction glued to the next head noun, or standing alone.
        let gap = m.endToken..<n.firstToken
        guard gap.count <= 2, let j = gap.first,
          !doc.forms[j].isDisjoint(with: Self.moverConjunctions)
            || doc.withFoldedScalars(j, { $0.count > 2 && $0.first == "و" })
        else { break }
      }
      guard !ctx.isSource(m), !ctx.isSponsor(m), m.actor != .unknown else { break }
      if !actors.contains(m.actor) { actors.append(m.actor) }
      next = m
    }
    return actors
  }
}
