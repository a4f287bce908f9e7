/// Finds who moves from where to where: one `Movement` per origin → destination pair.
struct MovementExtractor {
  static let triggers: [(String, MovementKind)] =
    [
      ("إخلاء", .evacuation), ("إجلاء", .evacuation), ("الإجلاء", .evacuation), ("ترحيل", .evacuation),
      ("إخراج", .evacuation), ("خروج", .evacuation), ("الخروج", .evacuation),
      ("خرج", .evacuation), ("خرجت", .evacuation), ("خرجوا", .evacuation), ("يخرج", .evacuation),
      ("أخلى", .evacuation), ("أخلت", .evacuation), ("انسحبوا", .withdrawal), ("ينسحب", .withdrawal),
      ("تحركت", .redeployment), ("توجهت", .redeployment), ("توجهوا", .redeployment), ("نقلت", .evacuation),
      ("هربوا", .displacement), ("فروا", .displacement), ("نزحوا", .displacement),
      ("تهجير", .displacement), ("نزوح", .displacement), ("نزح", .displacement),
      ("انسحاب", .withdrawal), ("انسحب", .withdrawal), ("انسحبت", .withdrawal),
      ("إعادة التموضع", .redeployment), ("التموضع", .redeployment), ("تمركز", .redeployment),
      ("التحرك", .redeployment), ("تحرك", .redeployment), ("توجه", .redeployment), ("نقل", .evacuation),
      ("تقدم", .advance), ("تقدمت", .advance), ("هجوم", .advance), ("ممر آمن", .safePassage),
      ("ممرا آمنا", .safePassage),
      ("قافلة", .convoy), ("مواكب", .convoy), ("حافلات", .convoy), ("حافلة", .convoy), ("الحافلات", .convoy),
      ("أقلت", .convoy), ("نقلوا", .evacuation), ("استقروا", .redeployment), ("استقر", .redeployment),
      ("غادر", .evacuation), ("غادرت", .evacuation), ("غادروا", .evacuation), ("انتقل", .redeployment),
      ("انتقلت", .redeployment), ("انتقلوا", .redeployment), ("اتجهت", .redeployment), ("زحفت", .advance),
      ("وصول", .advance), ("انطلقت", .convoy), ("انطلق", .convoy), ("set off", .convoy),
      ("في طريقها", .evacuation), ("في طريقهم", .evacuation),
      ("on its way", .evacuation), ("on their way", .evacuation), ("passage", .evacuation),
      ("evacuate", .evacuation), ("evacuated", .evacuation), ("evacuation", .evacuation),
      ("evacuating", .evacuation), ("leaving", .evacuation), ("depart", .evacuation),
      ("departed", .evacuation),
      ("withdrawing", .withdrawal),
      ("retreating", .withdrawal), ("fleeing", .displacement), ("heading", .redeployment),
      ("advancing", .advance), ("pushed", .advance), ("push", .advance), ("crossed", .advance),
      ("deployed", .redeployment), ("relocating", .redeployment),
      ("leave", .evacuation), ("left", .evacuation), ("exit", .evacuation),
      ("withdraw", .withdrawal), ("withdrew", .withdrawal), ("withdrawal", .withdrawal),
      ("retreated", .withdrawal), ("pulled out", .withdrawal), ("fell back", .withdrawal),
      ("pulled back", .withdrawal),
      ("redeploy", .redeployment), ("redeployed", .redeployment), ("relocate", .redeployment),
      ("relocated", .redeployment), ("moved", .redeployment), ("move", .redeployment),
      ("moving", .redeployment), ("movement", .redeployment), ("headed", .redeployment),
      ("advanced", .advance), ("advance", .advance), ("pushed", .advance),
      ("safe passage", .safePassage), ("displaced", .displacement), ("fled", .displacement),
      ("displacement", .displacement), ("convoy", .convoy), ("convoys", .convoy), ("bused", .convoy),
      ("bussed", .convoy), ("buses", .convoy), ("transferred", .transferOfWounded),
      // Round 3: flight, reinforcements, columns and boarding.
      ("فر", .displacement), ("فرت", .displacement), ("هرب", .displacement), ("هربت", .displacement),
      ("فرار", .displacement), ("escaped", .withdrawal), ("escape", .withdrawal),
      ("sent", .redeployment), ("send", .redeployment), ("dispatched", .redeployment),
      ("reinforcements", .redeployment), ("أرسل", .redeployment), ("أرسلت", .redeployment),
      ("ترسل", .redeployment), ("يرسل", .redeployment), ("تعزيزات", .redeployment), ("أرتال", .convoy),
      ("رتل", .convoy), ("column", .convoy), ("columns", .convoy),
      ("boarded", .convoy), ("استقل", .convoy), ("استقلوا", .convoy), ("استقلت", .convoy),
      ("taken by bus", .convoy), ("taken by buses", .convoy), ("transported", .evacuation),
      ("ferried", .convoy),
      ("انتقال", .redeployment), ("مغادرة", .evacuation), ("made their way", .redeployment),
      ("making their way", .redeployment), ("make their way", .redeployment), ("head", .redeployment),
      ("heads", .redeployment), ("handed over", .withdrawal), ("slipped into", .displacement),
      ("slipped out of", .displacement), ("slipped", .displacement), ("تسلل", .displacement),
      ("تسللوا", .displacement),
      // Round 4: perfect participles, passives of carrying, future heading, a convoy that follows.
      ("withdrawn", .withdrawal), ("taken to", .evacuation), ("followed by", .evacuation),
      ("اتجه", .redeployment), ("اتجهوا", .redeployment), ("تتجه", .redeployment), ("يتجه", .redeployment),
      ("ستتجه", .redeployment), ("سيتجه", .redeployment), ("انطلاقا", .advance), ("هجوما", .advance),
      // Round 8: the plural and the present of advancing and withdrawing («تقدموا», «قبل أن تنسحب
      // منها»), gathering somewhere («تجمعوا في»).
      ("تقدموا", .advance), ("يتقدم", .advance), ("تتقدم", .advance), ("تنسحب", .withdrawal),
      ("ينسحبوا", .withdrawal), ("ينسحبون", .withdrawal), ("تجمعوا", .redeployment),
      // Round 9: expelled in the passive ("were forced out of Tal Abyad toward Raqqa").
      ("forced out", .withdrawal), ("driven out", .withdrawal), ("pushed out", .withdrawal),
      // Session 33: the other persons and tenses of the English verbs above ("its fighters would pull
      // back from the western Manbij countryside to Manbij city", headlines' "ISIS withdraws from").
      ("withdraws", .withdrawal), ("retreat", .withdrawal), ("retreats", .withdrawal),
      ("pull back", .withdrawal), ("pulls back", .withdrawal), ("pulling back", .withdrawal),
      ("pull out", .withdrawal), ("pulls out", .withdrawal), ("pulling out", .withdrawal),
      ("fall back", .withdrawal), ("falls back", .withdrawal), ("falling back", .withdrawal),
      // Session 34: the participle ("a report that army units had fallen back from Dour to Samarra").
      ("fallen back", .withdrawal),
      ("evacuates", .evacuation), ("leaves", .evacuation), ("departs", .evacuation), ("advances", .advance),
      ("relocates", .redeployment), ("redeploys", .redeployment), ("moves", .redeployment),
      ("flee", .displacement), ("flees", .displacement),
      // … and of the Arabic ones: retreating («تراجعت القوات من … إلى»), leaving, going out, heading,
      // advancing, pushing in («توغلت»), crossing, evacuating («أجلت»), flight («هروب»).
      ("تراجع", .withdrawal), ("تراجعت", .withdrawal), ("تراجعوا", .withdrawal), ("يتراجع", .withdrawal),
      ("تتراجع", .withdrawal), ("انسحبا", .withdrawal), ("يغادر", .evacuation), ("تغادر", .evacuation),
      ("يغادرون", .evacuation), ("سيغادر", .evacuation), ("ستغادر", .evacuation), ("يخرجون", .evacuation),
      ("سيخرجون", .evacuation), ("تخرج", .evacuation), ("أجلت", .evacuation), ("أجلى", .evacuation),
      ("يتوجهون", .redeployment), ("يتقدمون", .advance), ("زحفوا", .advance), ("توغلت", .advance),
      ("توغل", .advance), ("توغلوا", .advance), ("عبرت", .advance), ("عبروا", .advance),
      ("هروب", .displacement),
    ] + arrivals.map { ($0, .redeployment) } + expulsions.map { ($0, .withdrawal) }
  /// «طردت قوات النظام عناصر داعش من الميادين باتجاه البوكمال», "troops drove ISIS from Tikrit toward
  /// Baiji": who is expelled moves — the verb's object, named last before the origin (`expelled`).
  static let expulsions = [
    "طرد", "طردت", "طردوا", "دحر", "دحرت", "دحروا", "drove", "expelled", "ousted", "chased",
  ]
  /// "Others moved on to Haditha", «وتوجه آخرون إلى …»: movers set against those of the movement
  /// told before, so neither its actor nor its origin.
  static let otherMovers: WordSet = WordSet(words: ["آخرون", "آخرين"].map(ArabicWord.lexiconForm) + ["others"])
  static let expulsionWords: WordSet = WordSet(words: expulsions.map(ArabicWord.lexiconForm))
  /// "arrived in Raqqa from Palmyra", "It later reached Raqqa", «ووصلت الحافلات إلى الرقة»: arrival
  /// names a destination. Only a motion when a place follows ("reached an agreement" is none).
  static let arrivals = [
    "arrived", "arrive", "arrives", "arriving", "reached", "reach", "reaches", "وصلت", "وصل", "وصلوا",
    "تصل", "يصل", "ستصل",
  ]
  static let arrivalWords: WordSet = WordSet(words: arrivals.map(ArabicWord.lexiconForm))
  /// "arrived in", "arrived at": the place after is where the movers arrive.
  static let arrivalPrepositions: WordSet = ["in", "at", "to", "في"]
  static let triggerMatcher = PhraseMatcher(triggers)
  static let wounded = PhraseMatcher([("جرحى", true), ("الجرحى", true), ("wounded", true), ("injured", true)])
  static let safePassage = PhraseMatcher([
    ("ممر آمن", true), ("ممرا آمنا", true), ("safe passage", true), ("safe corridor", true),
  ])
  static let originWords: WordSet = ["من", "from"]
  static let inWords: WordSet = ["في", "in", "داخل", "inside"]
  /// "troops stationed at al-Qaim", «قوات كانت تنتشر في الميادين», «القوات المتمركزة في»: words
  /// between an actor and «في»/"in"/"at" that say where its men are posted (a participle or verb of
  /// being posted, or the copula before one), so the place is where they are (`locationFacts`).
  static let stationingWords: WordSet = WordSet(
    words: [
      "المتمركزة", "المتمركزين", "المتمركزون", "متمركزة", "متمركزين", "المنتشرة", "المنتشرين", "المنتشرون",
      "منتشرة", "المتواجدة", "المتواجدين", "المتواجدون", "الموجودة", "الموجودين", "الموجودون", "المرابطة",
      "المرابطين", "تنتشر", "ينتشر", "ينتشرون", "تتمركز", "يتمركز", "يتمركزون", "ترابط", "كانت", "كانوا", "كان",
    ].map(ArabicWord.lexiconForm) + [
      "stationed", "based", "positioned", "garrisoned", "posted", "were", "was",
    ])
  /// "stationed at al-Qaim": "at" names where the men are only after a stationing word.
  static let atWords: WordSet = ["at"]
  /// "the areas under their control", «مناطق سيطرته»: an area of the actor's, not a named place.
  static let areaWords: WordSet = ["مناطق", "منطقه", "احياء", "areas", "territory", "territories", "area"]
  static let civilianWords: WordSet = WordSet(
    words: ["المدنيين", "مدنيين", "الأهالي", "السكان", "النازحين", "المدنيون"].map(ArabicWord.lexiconForm)
      + ["civilians", "residents", "displaced"]
      // «ونزح أهلها إلى دهوك» (its people), «أهالي البلدة», «سكانها», "its population fled".
      + ["أهالي", "أهلها", "أهله", "أهلهم", "سكانها", "سكانه", "سكان"].map(ArabicWord.lexiconForm)
      + ["population", "villagers", "inhabitants"]
      // "tens of thousands of Yazidis fled to Duhok": the communities the war drove out.
      + ["الإيزيديين", "الإيزيديون", "الايزيديين", "المسيحيين", "المسيحيون"].map(ArabicWord.lexiconForm)
      + ["yazidis", "yezidis", "christians"]
      // "women and children were taken to camps", «نقل النساء والأطفال»: the people a war moves who are
      // not its fighters.
      + ["النساء", "نساء", "الأطفال", "أطفال"].map(ArabicWord.lexiconForm) + ["women", "children"])
  static let onForm = Word(ArabicWord.lexiconForm("على"))
  static let onWords: WordSet = [onForm, "on"]
  /// «في»/"in" after a redeployment verb: where the movers settle.
  static let settleWords: WordSet = ["في", "in"]
  static let inWord = Word("in")
  /// «مناطق سيطرته», "areas under its control", "territory it holds".
  static let areaControlNouns: WordSet = ["سيطره", "نفوذ", "control", "controls", "held", "holds"]
  /// «المناطق التي يسيطر عليها»: the verb, then its preposition.
  static let areaControlVerbs: WordSet = ["يسيطر", "تسيطر"]
  /// Nouns whose «على»/"on" names the place attacked: where an advance goes.
  static let assaultNouns: WordSet = WordSet(
    words: ["الهجوم", "هجوم", "الزحف"].map(ArabicWord.lexiconForm) + [
      "assault", "offensive", "attack", "push",
    ])
  /// Words for armed men, which make a group of movers more than civilians.
  static let fighterWords: WordSet = WordSet(
    words: // «400 مقاتل»: the singular after a number.
    [
      "المقاتلين", "مقاتلين", "المسلحين", "مسلحين", "مقاتلي", "مسلحي", "مقاتلو", "مسلحو", "عناصر", "مقاتل",
      "مسلح", "عنصر",
    ]
    .map(ArabicWord.lexiconForm)
      + ["fighters", "militants", "gunmen", "rebels"])
  /// English verbs whose object is the place left ("leave the city of Raqqa").
  static let transitiveLeaving: WordSet = WordSet(
    words: [
      "leave", "left", "evacuate", "evacuated", "abandon", "abandoned", "quit", "leaving", "evacuating",
      "fled",
      "escaped", "deserted", "evacuation", "handed", "departed", "depart", "exited",
    ]
      + ["غادر", "غادرت", "غادروا", "أخلى", "أخلت", "إخلاء", "مغادرة"].map(ArabicWord.lexiconForm))
  static let destinationWords: WordSet = WordSet(
    words: ["إلى", "الى", "نحو", "باتجاه", "اتجاه", "صوب"].map(ArabicWord.lexiconForm) + [
      "to", "toward", "towards", "into", "for", "reaching",
    ])
  /// Verbs after which «في» / "in" names where the movers settle («إعادة التموضع في الميادين»).
  /// (A comparison, not a `Set`: a set look-up hashes the kind's name, and it is asked per motion
  /// word of every group read.)
  static func settles(_ kind: MovementKind) -> Bool { kind == .redeployment }
  static let strikes = PhraseMatcher(
    [
      ("قصف", true), ("قصفت", true), ("غارات", true), ("استهدف", true), ("استهدفت", true), ("ضربات", true),
      ("struck", true), ("strikes", true), ("bombed", true), ("shelled", true), ("airstrikes", true),
      ("targeted", true),
    ])
  /// «القافلة», «الحافلات»: the convoy or buses named before.
  static let definiteConvoy: WordSet = WordSet(
    words: ["القافلة", "القوافل", "الحافلات", "الباصات"].map(ArabicWord.lexiconForm))

  /// Vehicles that carry movers ("the vehicles", «الباصات»), besides the convoy triggers.
  static let vehicleWords: WordSet = WordSet(
    words: ["الباصات", "باصات", "السيارات", "العربات"].map(ArabicWord.lexiconForm) + ["vehicles", "trucks"])

  /// «في طريقها», "on its way", "the convoy's passage": the convoy named before is what moves.
  static let convoyPossessive = PhraseMatcher([
    ("في طريقها", true), ("في طريقهم", true), ("on its way", true), ("on their way", true),
    ("passage", true),
  ])
  static let convoyWords = PhraseMatcher([
    ("مواكب", true), ("قافلة", true), ("قوافل", true), ("convoy", true), ("convoys", true),
  ])

  /// «الرافضين» (those who refuse) a settlement or a deal: movers leaving under a surrender deal.
  static let refusers: WordSet = WordSet(words: ["الرافضين", "الرافضون", "رافضي"].map(ArabicWord.lexiconForm))
  /// "will be moved", "have been transferred": a passive transfer, the movers carried by another.
  static let passiveBe: WordSet = ["be", "been", "being"]
  static let transferParticiples: WordSet = [
    "moved", "transferred", "relocated", "transported", "repatriated", "bused", "bussed", "taken",
  ]

  let ctx: RelationContext
  /// Control places known before movements are read (for «مناطق سيطرته»).
  let control: [ControlClaim]
  /// Positions (token index) of the control claims' places, to know what was named before.
  let controlTokens: [Int]

  /// A movement before merging, with where it was read.
  struct Draft {
    var movement: Movement
    var sentence: Int
    var originIndex: Int?
    var token: Int
    var originDirect: Bool
    /// Fighters nobody named («إجلاء المقاتلين»): a later sentence may name who leaves the place.
    var unnamedFighters = false
    /// The actor is inferred from where the movers go, not read: no sign of who holds the origin.
    var actorGuessed = false
  }

  /// Who a sentence says leaves which places (named actors only), for unnamed fighters before: each
  /// leaver's origins are `places[origins]`. Written for speed: one array of places for the report,
  /// not an array per group that read an origin (mapped from its origins and copied as the list grew).
  struct Leavers {
    var list: [(actor: Actor, origins: Range<Int>, sentence: Int)] = []
    var places: [GazetteerEntry] = []

    /// Adds `actor` leaving the places of `origins` in sentence `s`.
    mutating func append(_ actor: Actor, origins: [ResolvedOrigin], sentence s: Int) {
      let start = places.count
      for o in origins { places.append(o.entry) }
      list.append((actor, start..<places.count, s))
    }
  }

  /// Movements, and the places the movers were read to leave (origins named in the text).
  func extract() -> (
    movements: [Movement], leftFrom: [(actor: Actor, origin: GazetteerEntry, evidence: Evidence, token: Int)]
  ) {
    var drafts: [Draft] = []
    var leavers = Leavers()
    var pending: Pending = [:]
    var heading: Pending = [:]
    let doc = ctx.doc
    let locations = locationFacts()
    var nextLocation = 0
    var open: [OpenMove] = []
    let focus = datelinePlace()
    let lead = focus.map { ($0, -1) } ?? leadPlace()
    // Written for speed: one buffer each for a sentence's clauses and groups, emptied per sentence
    // with its storage kept (three arrays per sentence with a motion word showed among the heap blocks).
    var clauses: [Range<Int>] = []
    var groups: [Range<Int>] = []
    var clauseOfGroup: [Int] = []
    var scratch = Scratch()
    // Each token's scan classes (see `WordClasses`), one array for the report, found with its cue
    // bits by spelling (`CueIndex.scanClasses`).
    let masks = ctx.cues.scanClasses
    let motionCues = CueIndex.bits([.motionTriggers, .fallbackMotion])
    for (s, sentence) in doc.sentences.enumerated() {
      // Written for speed: a sentence with no motion word reads no movement (its groups and the
      // general reader stop at their first step), so it is passed at once. Where actors were said
      // to be is still taken up, in order, before the next group read. (Asked of the sentence's
      // cue bits, one test, not by a search of each cue's tokens.)
      guard ctx.cues.mask(ofSentence: s) & motionCues != 0 else { continue }
      let sentenceStart = drafts.count
      // A sentence has at most one clause (and group) per token: room for the longest made at the
      // first sentence read (grown from empty, the buffers were reallocated a few times a report).
      if clauses.capacity == 0 {
        let longest = doc.sentences.reduce(0) { max($0, $1.count) }
        clauses.reserveCapacity(longest)
        groups.reserveCapacity(longest)
        clauseOfGroup.reserveCapacity(longest)
      }
      doc.clauses(in: sentence, into: &clauses)
      groups.removeAll(keepingCapacity: true)
      clauseOfGroup.removeAll(keepingCapacity: true)
      var c = 0
      while c < clauses.count {
        var range = clauses[c]
        let startClause = c
        // «من مناطق سيطرتهم على تخوم العاصمة، إلى دير الزور»: a clause opening with a destination
        // word or a place continues the one before.
        while c + 1 < clauses.count {
          if continues(clauses[c + 1], masks: masks) {
            c += 1
          } else if c + 2 < clauses.count, continues(clauses[c + 2], masks: masks),
            !Self.triggerMatcher.contains(
              doc, in: clauses[c + 1], candidates: ctx.cues.tokens(.motionTriggers, in: clauses[c + 1]))
          {
            // «من حي الوعر، آخر معاقل المعارضة في مدينة حمص، متجهة إلى …»: an apposition between.
            c += 2
          } else {
            break
          }
          range = range.lowerBound..<clauses[c].upperBound
        }
        groups.append(range)
        clauseOfGroup.append(startClause)
        c += 1
      }
      // The drafts of the last group of the sentence that read any (its drafts are consecutive).
      var lastMoved: Range<Int>?
      for (g, range) in groups.enumerated() {
        // «فيلق الرحمن في عربين وزملكا»: where an actor is, named before this group, may be its origin.
        while nextLocation < locations.count, locations[nextLocation].token < range.lowerBound {
          let l = locations[nextLocation]
          pending[l.actor] = (l.entries, doc.sentenceOfToken[l.token], l.token)
          nextLocation += 1
        }
        let before = drafts.count
        read(
          group: range, sentence: s, clauses: clauses, firstClause: clauseOfGroup[g], masks: masks,
          scratch: &scratch, into: &drafts, leavers: &leavers, pending: &pending, heading: &heading,
          locations: locations,
          topic: lead.flatMap { $0.sentence < s ? $0.entry : nil })
        if drafts.count > before { lastMoved = before..<drafts.count }
        // «وكما تعرفون فإن القوات الروسية قصفت مواكبهم»: strikes on the movers of an earlier group.
        // (Asked only after a group that moved: most groups follow none.)
        if drafts.count == before, let idx = lastMoved,
          Self.strikes.contains(doc, in: range, candidates: ctx.cues.tokens(.strikes, in: range))
        {
          let striker = ctx.actors.first { range.contains($0.firstToken) && !$0.coreference }?.actor
          let what =
            Self.convoyWords.contains(doc, in: range, candidates: ctx.cues.tokens(.convoyWords, in: range))
            ? "the convoys" : "the movement"
          let note =
            "\(striker.map { "\($0.rawValue) " } ?? "")strikes on \(what): «\(doc.slice(tokens: range))»"
          for k in idx { drafts[k].movement.notes.append(note) }
        }
      }
      // The general reader, where the specific rules read no movement in this sentence.
      if drafts.count == sentenceStart {
        readGenerally(
          sentence: s, masks: masks, scratch: &scratch, drafts: &drafts, open: &open, pending: pending,
          focus: focus)
      }
      // «قطعات الجيش، التي تحركت من بعقوبة، دخلت السعدية»: a journey split over three clauses.
      readRelativeJourneys(
        groups: groups, sentence: s, masks: masks, sentenceStart: sentenceStart, drafts: &drafts)
    }
    // (By index, each draft read in place: filtering copied every draft it kept, with its strings.)
    var leftFrom: [(actor: Actor, origin: GazetteerEntry, evidence: Evidence, token: Int)] = []
    for i in drafts.indices {
      let d = (actor: drafts[i].movement.actor, kind: drafts[i].movement.kind)
      // The UN moves aid and people; where its teams leave from is no territory it holds. Only while
      // the leaving is still to come (a deal stage): after it happened the movers no longer hold the place.
      guard drafts[i].originDirect, !drafts[i].actorGuessed, Self.isLeaving(d.kind), d.actor != .unknown,
        d.actor != .un, Self.isDealStage(drafts[i].movement.status)
      else { continue }
      // «خروج الرافضين للتسوية من درعا البلد», «من تبقى من مقاتلي الزنكي الرافضين للاتفاق من بلدتي …»:
      // those who refuse a settlement leave a place the deal hands over; it says nothing of who holds
      // it (the labelled sets never read a hold there: four such claims were all extra).
      if let o = drafts[i].originIndex {
        // (The dozen words before the origin: the movers are named there, and a huge one-sentence
        // report is not scanned again for every draft.)
        let first = ctx.places[o].recognized.firstToken
        let sentence = doc.sentences[drafts[i].sentence]
        let from = max(sentence.lowerBound, first - 12)
        if (from..<max(from, first)).contains(where: {
          !doc.forms[$0].isDisjoint(with: Self.refusers)
        }) {
          continue
        }
        // "have agreed that further groups will be moved from al-Hol to Jeddah": those moved by a
        // passive transfer are not the side that agreed to move them, which holds nothing there.
        if (from..<max(from, first - 1)).contains(where: {
          !doc.forms[$0].isDisjoint(with: Self.passiveBe) && !doc.forms[$0 + 1].isDisjoint(with: Self.transferParticiples)
        }) {
          continue
        }
      }
      leftFrom.append(
        (
          d.actor, drafts[i].movement.origin, drafts[i].movement.evidence,
          drafts[i].originIndex.map { ctx.places[$0].recognized.firstToken } ?? drafts[i].token
        ))
    }
    return (merge(namingUnnamed(drafts, leavers: leavers)), leftFrom)
  }

  /// The kinds of movement whose origin the movers held. A switch, not a `Set`: a set of these enums
  /// hashes the case's name (a `String`) at every look-up, and building the set the first time
  /// looked up its `Hashable` conformance (~430k instructions).
  static func isLeaving(_ kind: MovementKind) -> Bool {
    switch kind {
    case .evacuation, .withdrawal, .redeployment, .safePassage: true
    default: false
    }
  }

  /// «المدعومة من تركيا», "Turkish-backed": words after which «من» names a backer, not an origin.
  static let backedByWords: WordSet = WordSet(
    words: ["المدعومة", "المدعوم", "مدعومة", "مدعوم"].map(ArabicWord.lexiconForm) + ["backed", "supported"])

  /// «، متجهة إلى مدينة جرابلس»: heading words before a destination.
  static let headingWords: WordSet = WordSet(
    words: ["متجهة", "متجهين", "متجها", "متوجهة", "متوجهين", "متوجها"].map(ArabicWord.lexiconForm) + [
      "heading", "headed", "bound",
    ])

  /// «شمالاً», «جنوباً», "north", "southeast": a compass adverb, which says which way a motion goes.
  static let compassAdverbs: WordSet = WordSet(
    words: ["شمالا", "جنوبا", "شرقا", "غربا"].map(ArabicWord.lexiconForm) + [
      "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northward",
      "southward", "eastward", "westward",
    ])

  /// True when `clause` goes on with the motion of the clause before it. `masks`: each token's scan
  /// classes (see `read(group:…)`).
  func continues(_ clause: Range<Int>, masks: [UInt32]) -> Bool {
    let doc = ctx.doc
    let first = clause.lowerBound
    // Written for speed: the destination and arrival words are asked by their scan classes, and the
    // other words by one set of them all (`clauseOpeners`): most clauses open with none, and were
    // asked five word set look-ups and, after «و», a string of the token (this asks per clause of
    // every sentence with a motion word: 349k → 35k instructions on the second reading of the 92
    // Arabic labelled reports).
    if masks[first].has(.destination) { return true }
    let next = first + 1
    let nextClasses = next < clause.upperBound ? masks[next] : 0
    let f = doc.forms[first]
    if !f.isDisjoint(with: Self.clauseOpeners) {
      if !f.isDisjoint(with: Self.headingWords) || !f.isDisjoint(with: Self.carryingWords) { return true }
      // «تقدمت القوات من معرة النعمان، التي سيطرت عليها في كانون الثاني، شمالاً باتجاه سراقب», "advanced
      // from X, which it took in January, north toward Y": a compass adverb and a destination word open
      // the rest of the motion an apposition or relative clause broke off.
      if !f.isDisjoint(with: Self.compassAdverbs), nextClasses.has(.destination) { return true }
    }
    // «…، ووصلت مساءً إلى جرابلس», "…, and reached Hama": the arrival of the movers just named.
    // (`startsWith` builds the token's string only when its first scalar is «و».)
    if masks[first].has(.arrival), doc.tokens[first].script == .arabic, ctx.startsWith(first, "و") {
      return true
    }
    return nextClasses.has(.arrival) && ctx.isWord(first, "and")
  }

  /// The words besides destination and arrival words that may open a clause going on with a motion
  /// (`continues`): heading and carrying words, compass adverbs.
  static let clauseOpeners = WordSet(headingWords.words + carryingWords.words + compassAdverbs.words)

  /// "left east Aleppo on Thursday, carrying wounded fighters … towards X", «، تقل مقاتلين … إلى»:
  /// a clause about the convoy's load goes on with its motion.
  static let carryingWords: WordSet = WordSet(
    words: ["تقل", "تحمل", "ناقلة", "حاملة", "تضم", "يضم"].map(ArabicWord.lexiconForm) + [
      "carrying", "transporting", "ferrying",
    ])

  /// "and" as a word form.
  static let and = Word("and")
  /// Forces named by what they are, with no side of their own ("the army and police in X").
  static let plainForceNouns: WordSet = [
    "police", "policemen", "tribesmen", "militiamen", "soldiers", "troops", "volunteers", "guards",
  ]

  /// "ACTOR in X and Y" («فيلق الرحمن في عربين وزملكا»): places where an actor is, in text order.
  func locationFacts() -> [(actor: Actor, entries: [GazetteerEntry], token: Int)] {
    let doc = ctx.doc
    // (Built with the labels returned: an unlabelled array was converted element by element.)
    var out: [(actor: Actor, entries: [GazetteerEntry], token: Int)] = []
    // By index: binding each actor mention of the report copied it (and retained its surface).
    // (The words are asked by their scan classes, `masks[t].has(.x)` for
    // `!doc.forms[t].isDisjoint(with: x)`: two word set look-ups per word after every actor showed.)
    let masks = ctx.cues.scanClasses
    for i in ctx.actors.indices {
      if let frame = openingFrame(before: ctx.actors[i].firstToken, masks: masks) {
        out.append((ctx.actors[i].actor, frame.entries, frame.token))
        continue
      }
      let end = ctx.actors[i].endToken
      // "coalition troops stationed at al-Qaim", «قوات النظام المتمركزة في تدمر»: a stationing
      // word lets «في»/"in"/"at" stand right after it, one word further than otherwise.
      var limit = min(doc.tokens.count, end + 2)
      var stationed = false
      var t = end
      while t < limit {
        defer { t += 1 }
        guard doc.isNear(before: t) else { continue }
        if masks[t].has(.stationing) {
          stationed = true
          limit = min(doc.tokens.count, max(limit, t + 2))
          continue
        }
        guard masks[t].has(.inWords) || (stationed && !doc.forms[t].isDisjoint(with: Self.atWords)) else {
          // "opposition territory in X" is an area, named as where a motion goes or starts.
          if masks[t].has(.areaWords) { break }
          // "the ISF and police in Wafa fell back": forces with no name of their own, joined to
          // the actor, are where it is too ("in" one word further). («والشرطة» is one word.)
          if t == end, t + 1 < doc.tokens.count, doc.forms[t].contains(Self.and),
            !doc.forms[t + 1].isDisjoint(with: Self.plainForceNouns)
          {
            limit = min(doc.tokens.count, t + 3)
          }
          continue
        }
        // A source is no located actor. (Asked here, once «في»/"in" follows, not for every actor.)
        if ctx.isSource(ctx.actors[i]) { break }
        let sentenceEnd = doc.sentence(of: t).upperBound
        let found = ctx.placeRange(after: t, limit: sentenceEnd).map { ctx.places[$0].mention.entry }
        if !found.isEmpty { out.append((ctx.actors[i].actor, found, t)) }
        break
      }
    }
    return out
  }

  /// «وفي مدينتي الرحيبة وجيرود، توصلت فصائل المعارضة إلى اتفاق يقضي بخروج الرافضين للتسوية إلى
  /// جرابلس», "In Rastan and Talbiseh, rebel factions agreed to leave for Idlib": a sentence that
  /// opens with «في»/"in" and towns, then a comma and the actor (in Arabic, after its verb), says
  /// where the actor is, as "ACTOR in X and Y" does. Towns, cities and camps only: "In the Aleppo
  /// countryside, …" sets a scene. Returns the towns and the actor's first token (the facts of a
  /// group are those inside it), or nil.
  func openingFrame(before first: Int, masks: [UInt32]) -> (entries: [GazetteerEntry], token: Int)? {
    let doc = ctx.doc
    guard first > 1, first < doc.tokens.count else { return nil }
    let start = doc.sentence(of: first).lowerBound
    guard start + 1 < first, masks[start].has(.inWords) else { return nil }
    let found = ctx.placeRange(after: start, limit: first)
    guard let last = found.last else { return nil }
    let end = ctx.places[last].recognized.endToken
    guard end <= first, first - end <= 2, doc.clauseBreakBefore[end],
      !(end + 1..<first + 1).contains(where: { doc.clauseBreakBefore[$0] })
    else { return nil }
    var entries: [GazetteerEntry] = []
    for k in found {
      let e = ctx.places[k].mention.entry
      guard [.city, .town, .village, .neighbourhood, .camp].contains(e.kind) else { return nil }
      entries.append(e)
    }
    return (entries, first)
  }

  /// Places an actor was read to leave without a destination yet («انسحب المقاتلون من X»,
  /// "the last militants in al-Tabqa had agreed to withdraw"), by actor, with their sentence.
  typealias Pending = [Actor: (entries: [GazetteerEntry], sentence: Int, token: Int)]

  /// A motion word (or phrase) and the kind of movement it tells.
  typealias Trigger = (range: Range<Int>, value: MovementKind)

  /// An origin read: its place, score, mention index (nil for one carried over) and token, with a note.
  typealias ResolvedOrigin = (entry: GazetteerEntry, score: Double, index: Int?, token: Int, note: String?)
  /// A destination read: its place, score and token, with a note.
  typealias ResolvedDestination = (entry: GazetteerEntry, score: Double, token: Int, note: String?)

  /// The scan classes `read(group:…)` asks of a token to tell whether it is a from- or to-word
  /// (or «منها», "from it").
  static let endWordClasses: UInt32 = [
    ScanClass.of, .origin, .settle, .on, .arrivalPrepositions, .destination, .inWords, .pronounOrigins,
    .pronounDestinations,
  ].reduce(0) { $0 | $1.bit }

  /// The arrays the readers fill per group or sentence, kept for the whole report: each is taken
  /// emptied with its storage (`takeEmptied`), and given back when the reader returns. Written for
  /// speed: a fresh array each per group read was among the movement rules' heap blocks.
  struct Scratch {
    var triggers: [Trigger] = []
    var origins: [(index: Int, token: Int)] = []
    var destinations: [(index: Int, token: Int)] = []
    var regionRefs: [(token: Int, end: Int, isOrigin: Bool)] = []
    /// The origins and destinations `read` resolves (places with their scores and notes).
    var resolvedOrigins: [ResolvedOrigin] = []
    var resolvedDestinations: [ResolvedDestination] = []
    /// `readGenerally`'s motion words and its other cues.
    var generalTriggers: [Trigger] = []
    var generalCues: [Trigger] = []
  }

  /// Reads the movements of one group of clauses of sentence `s` into `drafts`, with the buffers of
  /// `scratch`.
  func read(
    group: Range<Int>, sentence s: Int, clauses: [Range<Int>], firstClause: Int, masks: [UInt32],
    scratch: inout Scratch, into drafts: inout [Draft],
    leavers: inout Leavers, pending: inout Pending, heading: inout Pending,
    locations: [(actor: Actor, entries: [GazetteerEntry], token: Int)], topic: GazetteerEntry? = nil
  ) {
    let doc = ctx.doc
    // A group with no motion word reads nothing: passed before any array is made (about half the
    // groups of the sentences with a motion word).
    let candidates = ctx.cues.tokens(.motionTriggers, in: group)
    guard !candidates.isEmpty else { return }
    var triggers = scratch.triggers.takeEmptied()
    // Destinations: places after a destination word, or after «في» once the movers settle.
    var destinations = scratch.destinations.takeEmptied()
    var origins = scratch.origins.takeEmptied()
    var regionRefs = scratch.regionRefs.takeEmptied()
    defer {
      scratch.triggers = triggers
      scratch.destinations = destinations
      scratch.origins = origins
      scratch.regionRefs = regionRefs
    }
    // (Filtered as they are found: `filter` made a second array per group, and `removeAll(where:)`
    // partitioned and shrank the array for each.)
    Self.triggerMatcher.forEachMatch(doc, in: group, candidates: candidates) { tr in
      // "The army expelled journalists from Raqqa": an expulsion moves only an armed side it names.
      if isMotion(tr.range, group: group, masks: masks)
        && (!isExpulsion(tr.range) || expelled(at: tr.range, before: group.upperBound) != nil)
        && !Self.isAccess(doc, tr.range.lowerBound, in: group)
      {
        triggers.append(tr)
      }
    }
    guard let firstTrigger = triggers.first else { return }
    // The end of the first motion word after which «في»/"in" says where the movers settle: a motion
    // of a settle kind ends at or before a token exactly when this does. Written for speed: asked
    // per settle word and per place of the group, a look-up per trigger was most of the scan.
    var settleFrom = Int.max
    for tr in triggers where Self.settles(tr.value) {
      settleFrom = min(settleFrom, tr.range.upperBound)
    }
    // True when the origin is only «منها»: a relative clause about a place, not a convoy's next leg.
    var pronounOrigin = false
    // Written for speed: each token's scan classes (see `WordClasses`), found for the report by the
    // cue index (`masks`, by token, so no array per group); `at(t)` for a token of the sentence.
    // The tests below read `at(t).has(.x)` for `!doc.forms[t].isDisjoint(with: x)`.
    func at(_ t: Int) -> UInt32 { masks[t] }
    // (Read once: a static asked per token was a `swift_once` call at every token of the group.)
    let endWordClasses = Self.endWordClasses
    var t = group.lowerBound
    while t < group.upperBound {
      let f = at(t)
      var isOriginWord = false
      var isDestWord = false
      // Written for speed: a token of none of the classes the tests below ask of it (most tokens)
      // is no from- or to-word and none of their exceptions; only a place glued to a destination
      // prefix may start there (the last test).
      if f & endWordClasses != 0 {
        let previous = t > group.lowerBound ? at(t - 1) : 0
        // "pulled out of Homs": "out of" is "from".
        let outOf = f.has(.of) && t > group.lowerBound && previous.has(.out)
        isOriginWord = f.has(.origin) || outOf
        // "heading for Jarablus in the northern Aleppo countryside": «في»/"in" right after a destination
        // says where that destination lies; it names no second one.
        // (Asked only at a settle word: per token it was a scan of the destinations.)
        let settle =
          f.has(.settle) && !destinations.contains { ctx.places[$0.index].recognized.endToken == t }
          && settleFrom <= t
        // "crossed from al-Qaim to support the assault on Abu Kamal": the target of an assault.
        let assaultOn = f.has(.on) && t > group.lowerBound && previous.has(.assaultNouns)
        let arrivedIn = f.has(.arrivalPrepositions) && t > group.lowerBound && previous.has(.arrival)
        // "advanced on Palmyra", "marched on": the target of an advance.
        let advanceOn =
          f.has(.on) && t > group.lowerBound
          && triggers.contains { $0.range.upperBound == t && $0.value == .advance }
        isDestWord = f.has(.destination) || settle || assaultOn || arrivedIn || advanceOn
        // "boarded buses in Homs", «استقلوا الحافلات في حمص»: where they board is where they leave.
        let boardedIn =
          f.has(.inWords) && destinations.isEmpty
          && triggers.contains {
            $0.range.upperBound <= t && $0.range.upperBound >= t - 4
              && at($0.range.lowerBound).has(.boarding)
          }
        // «فصائل درع الفرات المدعومة من تركيا», "Turkish-backed": who backs a group is no origin.
        if isOriginWord, t > group.lowerBound, previous.has(.backedBy) {
          t += 1
          continue
        }
        if boardedIn { isOriginWord = true }
        // «حيث نقل إليها مئات المقاتلين من الرقة», «وصلوا إليها»: "to it", right after the motion
        // (its subject may stand between), is the place named before in the sentence. In a relative
        // clause it is the clause's head («المناطق التي تسلل إليها»): a place only when the relative
        // pronoun follows the place.
        if f.has(.pronounDestinations), destinations.isEmpty, t > group.lowerBound,
          let tr = triggers.last(where: { $0.range.upperBound <= t && t - $0.range.upperBound <= 3 })
        {
          let found = antecedentPlaces(before: tr.range.lowerBound, sentence: doc.sentences[s])
          if let last = found.last {
            let end = ctx.places[last].recognized.endToken
            let headless = end < tr.range.lowerBound
              && (end + 1..<tr.range.lowerBound).contains {
                !doc.forms[$0].isDisjoint(with: Self.relativePronouns)
              }
            if !headless { destinations.append(contentsOf: found.map { ($0, t) }) }
          }
          t += 1
          continue
        }
        // «بعد انسحاب هيئة تحرير الشام منها باتجاه معرة النعمان»: "from it" is the place named before.
        // «قسم منهم», "some of them": after a quantity the pronoun counts movers, it names no place.
        if f.has(.pronounOrigins), origins.isEmpty, t > group.lowerBound,
          !previous.has(.quantity),
          let tr = triggers.last(where: { $0.range.upperBound <= t && t - $0.range.upperBound <= 8 })
        {
          let found = antecedentPlaces(before: tr.range.lowerBound, sentence: doc.sentences[s])
          origins.append(contentsOf: found.map { ($0, t) })
          pronounOrigin = !found.isEmpty
          t += 1
          continue
        }
        // «طرق الإمداد إلى ريف حماة», "supply lines to Hama": where supplies run, not where anyone goes.
        if f.has(.destination),
          (max(group.lowerBound, t - 2)..<t).contains(where: { at($0).has(.supply) })
        {
          t += 1
          continue
        }
      }
      if isOriginWord || isDestWord {
        if let area = ownedArea(at: t + 1, limit: group.upperBound) {
          // "towards opposition territory in the western Aleppo countryside": the place named.
          for k in ctx.placeRange(after: area, limit: group.upperBound) {
            if isOriginWord { origins.append((k, t)) } else { destinations.append((k, t)) }
          }
          t = area
        } else if let ref = regionReference(at: t + 1, limit: group.upperBound) {
          regionRefs.append((t + 1, ref, isOriginWord))
        } else if let pair = bothPlaces(at: t + 1, limit: group.upperBound, sentence: s) {
          // "retreated from both villages": the two villages named before.
          for k in pair {
            if isOriginWord { origins.append((k, t)) } else { destinations.append((k, t)) }
          }
        } else {
          let end = approachEnd(after: t, limit: group.upperBound)
          for k in ctx.placeRange(after: end, limit: group.upperBound) {
            if isOriginWord { origins.append((k, t)) } else { destinations.append((k, t)) }
          }
        }
      } else if let k = ctx.place(startingAt: t),
        isGluedDestination(k)
          || (settleFrom <= t && isGluedIn(k))
      {
        for j in ctx.listRange(k, limit: group.upperBound) { destinations.append((j, t)) }
      }
      t += 1
    }
    // "It later reached Raqqa": the place right after an arrival word is its destination.
    for tr in triggers where at(tr.range.lowerBound).has(.arrival) {
      if let k = ctx.place(startingAt: tr.range.upperBound), !destinations.contains(where: { $0.index == k })
      {
        for j in ctx.listRange(k, limit: group.upperBound) { destinations.append((j, tr.range.upperBound)) }
      } else if let k = (tr.range.upperBound..<min(group.upperBound, tr.range.upperBound + 2)).lazy
        .compactMap({ ctx.anaphor(at: $0) }).first, !destinations.contains(where: { $0.index == k }),
        !origins.contains(where: {
          Self.sameFamily(ctx.places[$0.index].mention.entry, ctx.places[k].mention.entry)
        })
      {
        // "reached the town from Baghdad": the place named before, by its noun (`isMotion`). Not
        // the group's own origin ("pushed south from Bartella … and reached the town centre").
        destinations.append((k, tr.range.upperBound))
      }
    }
    if origins.isEmpty {
      for tr in triggers
      where tr.range.count <= 2 && at(tr.range.lowerBound).has(.transitiveLeaving) {
        // «غادر مسلحو داعش مدينة تدمر»: the subject may stand between the verb and the place;
        // "handed over Homs": the place after the phrase.
        var v = tr.range.upperBound - 1
        if let subject = ctx.actor(startingAt: v + 1) ?? ctx.actor(startingAt: v + 2),
          (v + 1..<subject.firstToken).allSatisfy({ !doc.forms[$0].isDisjoint(with: Self.fighterWords) })
        {
          v = subject.endToken - 1
        }
        for k in ctx.placeRange(after: v, limit: group.upperBound) {
          origins.append((k, tr.range.lowerBound))
        }
      }
    }
    // «انسحبت البيشمركة من X، فيما نزح آلاف المواطنين نحو Y»: the civilians' ends are not the movers'.
    if triggers.count > 1 {
      dropCiviliansEnds(&origins, place: { $0.index }, cues: triggers, in: group)
      dropCiviliansEnds(&destinations, place: { $0.index }, cues: triggers, in: group)
    }
    // Written for speed: a group with no end read (a third of the groups with a motion word) reads
    // no movement, and everything below only finds its mover, status and notes, which are then
    // dropped. The mover matters only where the group leaves something behind: where the actor is
    // said to be in the group before the motion (its origin), or a place after «في»/"in" before a
    // withdrawal (a pending origin). Without either the group is passed here, with the same result.
    if origins.isEmpty, destinations.isEmpty, regionRefs.isEmpty,
      !locations.contains(where: { group.contains($0.token) && $0.token < firstTrigger.range.lowerBound }),
      !saysPlacesIn(group, before: firstTrigger)
    {
      return
    }
    // The mover: the agent right after the motion word («خروج مقاتلي التنظيم», «خروج الأخير»),
    // else the nearest actor before it in the group, else the last actor named.
    // «خرجت صباح اليوم الدفعة الثانية من المسلحين»: up to six words on, with no place between.
    let nextPlace =
      ctx.firstPlace(in: (firstTrigger.range.lowerBound + 1)..<Int.max).map {
        ctx.places[$0].recognized.firstToken
      }
      ?? Int.max
    // «قافلة تضم نحو مئة حافلة تقل مقاتلين من هيئة تحرير الشام»: any motion word before the first
    // place may be the one the agent follows.
    // (Loops, not lazy chains: each chain's closures were a heap block per group.)
    // Written for speed: the mover is looked for in turn in one optional, `named` — the agent, else
    // the subject in the sentence, else the actor named last — with flags for where it was found
    // (`hasAgent`, `subjectEnd`), which later tests ask instead of comparing the optionals with nil.
    // Each step kept in an `ActorMention?` of its own, the temporaries of `??` chains and each
    // `== nil` on one were copies and destroys of a mention per group.
    var named: ActorMention?
    // True when the mover is the motion's agent. With an agent, the subject before the motion is
    // not searched: every test below asks it only when there is no agent.
    var hasAgent = false
    for tr in triggers where tr.range.lowerBound < nextPlace {
      let limit = min(group.upperBound, nextPlace)
      if let m = expelled(at: tr.range, before: limit) {
        named = m
        hasAgent = true
        break
      }
      // «نقلت الحافلات بإشراف الأمم المتحدة الجرحى»: who supervises or brokers the move is no agent.
      if let m = ctx.actor(after: tr.range.lowerBound, window: 6, limit: limit), !ctx.isSponsor(m) {
        named = carriedSide(by: m, at: tr.range) ?? m
        hasAgent = true
        break
      }
    }
    // «رتل عسكري تركي», "a Turkish military convoy": the force's nationality names the mover.
    if !hasAgent {
      for tr in triggers {
        if let m = nationalForce(at: tr.range, group: group) {
          named = m
          hasAgent = true
          break
        }
      }
    }
    // The end token of the mover named in the sentence before the motion (its subject), when there
    // is no agent.
    var subjectEnd: Int?
    if !hasAgent {
      if let m = convoyCargo(before: firstTrigger, sentence: s) {
        subjectEnd = m.endToken
        named = m
      } else if let m = subordinateSubject(at: firstTrigger.range, sentence: s) {
        subjectEnd = m.endToken
        named = m
      } else if let m = ctx.actor(before: firstTrigger.range.lowerBound, in: doc.sentences[s], movers: true) {
        subjectEnd = m.endToken
        // "Opposition groups including … and HTS advanced": the group before the list moves.
        // (English only; `listHead` looks at a word or two before the subject unless a list is there.)
        named = (doc.tokens[m.firstToken].script == .latin ? listHead(of: m, in: doc.sentences[s]) : nil) ?? m
      }
    }
    // "The Peshmerga withdrew toward Duhok": movers named, but as a force with no actor code, are not
    // the actor named last.
    let unmappedMovers =
      !hasAgent && subjectEnd == nil && namesUnmappedForce(around: firstTrigger.range, group: group)
    if !hasAgent, subjectEnd == nil, !unmappedMovers {
      named =
        earlierConvoySide(in: group)
        ?? ctx.actor(before: firstTrigger.range.lowerBound, in: 0..<doc.tokens.count, movers: true)
        ?? ctx.actor(before: firstTrigger.range.lowerBound, in: doc.sentences[s])
    }
    // "He said the militants had fled", «إن المسلحين انسحبوا», "its fighters": the side named before
    // as armed men, or the forces' owner, when the reference stands nearer the motion than any actor.
    let referred = winningReference(over: named, at: firstTrigger.range, sentence: s)
    let byReference = referred != nil
    // (A closure, not the method `specified` itself: a partially applied method copied the extractor
    // into a heap context per group.)
    let actorMention = byReference ? referred?.mention : named.map { specified($0) }
    // True when some mover was found (asked thrice below; see `named`).
    let moverNamed = actorMention != nil
    // True when the mover is only the last actor named somewhere before this sentence.
    var actorFromEarlier = !hasAgent && subjectEnd == nil && !byReference && moverNamed
    var actor = actorMention?.actor ?? .unknown
    // "Two weeks later they pulled back from Hit": a pronoun subject refers to the last actor named,
    // who moves even from a place it had taken — unless a speaker is who "they" are ("Residents said
    // they left Hit").
    let pronounSubject =
      actorFromEarlier
      && (max(doc.sentences[s].lowerBound, firstTrigger.range.lowerBound - 3)..<firstTrigger.range.lowerBound)
        .contains { p in
          !doc.forms[p].isDisjoint(with: RelationContext.pronounSubjects)
            && (p == doc.sentences[s].lowerBound
              || doc.forms[p - 1].isDisjoint(with: RelationContext.speech)
                && doc.forms[p - 1].isDisjoint(with: RelationContext.complementizers))
        }
    // "Local officials said many militants had pulled back", «وقال ناشطون إن المسلحين فروا»: movers
    // named only as insurgents are the insurgent side named lately, not the army named last.
    var insurgentNote: String?
    // "Dozens of militants were killed and others fled", «فرّ من تبقى منهم»: the rest of the
    // insurgents named in the sentence, whoever its subject is.
    let remnant = remnantNoun(at: firstTrigger.range, in: doc.sentences[s])
    if !byReference, let m = actorMention,
      let noun = remnant ?? insurgentSubject(at: firstTrigger.range, in: doc.sentences[s]),
      remnant != nil || actorFromEarlier || isBareArmedMen(m) || isOwnSubject(noun, of: firstTrigger.range, after: m)
    {
      if let side = insurgentSide(of: noun) {
        if side.actor != actor {
          insurgentNote = "movers: «\(doc.original(noun))», the insurgents named before as «\(side.surface)»"
        }
        actor = side.actor
        // Named in the sentence, as insurgents.
        actorFromEarlier = false
      } else if actorFromEarlier || remnant != nil, !Self.insurgentSides.contains(actor) {
        // With no insurgent side named, insurgents in Syria are its rebels, as «المسلحين» is read
        // (`ActorLexicon`); in Iraq they stay unnamed.
        // (Where they go may be over the border: «فرّوا باتجاه جرود عرسال».)
        let places = (origins + destinations).map { ctx.places[$0.index].mention.entry.country }
        if places.contains("SY"), !places.contains("IQ"), doc.forms[noun].isDisjoint(with: Self.anySideNouns) {
          insurgentNote = "movers: «\(doc.original(noun))», insurgents in Syria with no side named: the opposition"
          actor = .opposition
          actorFromEarlier = false
        } else {
          insurgentNote = "movers: «\(doc.original(noun))» are no \(actor.rawValue) forces; actor not read"
          actor = .unknown
        }
      }
    }
    // "The army bused 9,000 people to camps. Others moved on to Haditha", «وتوجه آخرون إلى …»: others,
    // and no one named, are not the side named before.
    // ("Dozens of militants were killed and others fled": others of the fighters the sentence names.)
    if actorFromEarlier, insurgentNote == nil,
      !(doc.sentences[s].lowerBound..<firstTrigger.range.lowerBound).contains(where: { at($0).has(.fighters) }),
      (max(doc.sentences[s].lowerBound, firstTrigger.range.lowerBound - 3)..<min(
        group.upperBound, firstTrigger.range.upperBound + 2)
      ).contains(where: { !doc.forms[$0].isDisjoint(with: Self.otherMovers) })
    {
      insurgentNote = "movers: others than \(actor.rawValue), named before; actor not read"
      actor = .unknown
    }
    // "State media said army units moved from Tabqa to Ain Issa": the army of the country the
    // movement is in, not the side named last.
    if actorFromEarlier || !moverNamed, insurgentNote == nil,
      let army = nationalArmy(
        at: firstTrigger.range, in: doc.sentences[s],
        places: (origins + destinations).map { ctx.places[$0.index].mention.entry })
    {
      actor = army
      insurgentNote = "movers: the army of the country, \(army.rawValue)"
      actorFromEarlier = false
    }
    // «تعزيزات وصلت من حمص إلى محيط صدد»: reinforcements nobody names are not the enemy named last.
    if actorFromEarlier, insurgentNote == nil,
      let side = reinforcedSide(
        at: firstTrigger.range, group: group, destinations: destinations.map { ctx.places[$0.index].mention.entry })
    {
      actor = side.actor
      insurgentNote = side.note
      actorFromEarlier = false
    }
    // "Rebels withdrew from X. Aid trucks reached Idlib", «ووصلت قافلة مساعدات إلى …»: an aid convoy
    // the sentence names is not the armed side named before.
    if actorFromEarlier, insurgentNote == nil, carriesAid(before: firstTrigger.range, in: doc.sentences[s]) {
      insurgentNote = "movers: an aid convoy, not \(actor.rawValue) named before"
      actor = .unknown
      actorFromEarlier = false
    }
    // «الراغبين بالخروج معه من المدنيين», "civilians wishing to leave": the movers are civilians.
    var civilians = false
    // «ما أدى إلى نزوح ألفي عائلة», «دفع آلاف العائلات … إلى النزوح»: who is made to move is the
    // causative verb's object, between it and the motion.
    let causative = (max(group.lowerBound, firstTrigger.range.lowerBound - 7)..<firstTrigger.range.lowerBound)
      .last { at($0).has(.causative) }
    let around =
      min(causative.map { $0 + 1 } ?? Int.max, max(group.lowerBound, firstTrigger.range.lowerBound - 3))..<min(
        group.upperBound, firstTrigger.range.upperBound + 4)
    // "slipped into Kirkuk with displaced families", «مع المدنيين»: civilians in company are not the movers.
    // (A local function, not a closure value: that was a heap block per group.)
    func accompanying(_ c: Int) -> Bool {
      (max(group.lowerBound, c - 2)..<c).contains {
        !doc.forms[$0].isDisjoint(with: RelationContext.withWords)
      }
    }
    // (Only the civilian cue words of `around` are asked: `isCivilian` is false at the others.)
    // (A loop, not `first(where:)`: its closure retained and released the extractor's references
    // and the report per group.)
    var civilianWord: Int?
    for c in ctx.cues.tokens(.civilians, in: around) where isCivilian(c) && !accompanying(c) {
      civilianWord = c
      break
    }
    // «القوات الأمنية نقلت ألفي عائلة», "ISIL moved thousands of civilians": a named subject carries them.
    if let c = civilianWord, !(subjectEnd != nil && carriesCivilians(c, at: firstTrigger.range)),
      !(hasAgent && named.map { carriesCiviliansPassively(c, at: firstTrigger.range, agent: $0) } ?? false)
    {
      // The civilian word may be the trigger itself ("displaced"): then nothing stands between.
      let between =
        c < firstTrigger.range.lowerBound
        ? c..<firstTrigger.range.lowerBound
        : firstTrigger.range.upperBound..<max(c, firstTrigger.range.upperBound)
      // "fighters and civilians left …": not civilians only; "Residents said the vehicles …": they speak.
      let fighters = around.contains { at($0).has(.fighters) }
      let speaks =
        c + 1 < doc.tokens.count && !doc.forms[c + 1].isDisjoint(with: RelationContext.speech)
      // (Only the actors starting inside `between` are searched, not every actor of the report.)
      if !fighters, !speaks,
        !ctx.actorsStarting(from: between.lowerBound, before: between.upperBound).contains(where: {
          between.contains($0.firstToken)
        })
      {
        actor = .unknown
        civilians = true
      }
    }

    var notes: [String] = insurgentNote.map { [$0] } ?? []
    if byReference, let r = referred {
      notes.append("movers: «\(doc.original(r.token))» refers to \(r.mention.actor.rawValue), the side named before it")
    }
    // "The first batch of fighters left the besieged al-Waer neighborhood": nobody named; who holds
    // or is besieged in the place they leave tells who they are.
    var unnamedOrigin = origins.first.map { ctx.places[$0.index].mention.entry }
    if unnamedOrigin == nil, let fact = locations.last(where: { group.contains($0.token) }) {
      unnamedOrigin = fact.entries.first
    }
    // «بدأت عملية إجلاء المقاتلين …، إذ انطلقت أولى القوافل من حي العامرية»: the fighters may be
    // named in an earlier clause of the sentence.
    let fighterToken = (doc.sentences[s].lowerBound..<group.upperBound).first { at($0).has(.fighters) }
    var unnamedFighters = !moverNamed && !civilians && fighterToken != nil
    if unnamedFighters, let f = fighterToken,
      let whose = ctx.actor(after: f, window: 2, limit: group.upperBound), !ctx.isSponsor(whose)
    {
      // «تقل مقاتلين من المعارضة», "fighters of the Islamic State": the load names its party.
      actor = whose.actor
      unnamedFighters = false
    } else if unnamedFighters, let o = unnamedOrigin,
      let side = moversOf(o, near: firstTrigger.range.lowerBound)
    {
      actor = side.actor
      notes.append(side.note)
      unnamedFighters = false
    }

    // Status: cues in the group, else in the sentence's earlier clauses (nearest first).
    var status = StatusLexicon.status(doc, in: group, cues: ctx.cues)
    var evidenceStart = group.lowerBound
    if status == nil {
      for c in stride(from: firstClause - 1, through: 0, by: -1) {
        if let st = StatusLexicon.status(doc, in: clauses[c], cues: ctx.cues) {
          status = st
          evidenceStart = clauses[c].lowerBound
          break
        }
      }
    }
    // «كشف مصدر … عن … توصل … إلى اتفاق»: an agreement a source reveals or alleges is its claim.
    let beforeMotion = doc.sentences[s].lowerBound..<firstTrigger.range.lowerBound
    if status == .agreed || status == .agreedInPrinciple,
      let cue = StatusLexicon.allegingCues.firstMatch(
        doc, in: beforeMotion, candidates: ctx.cues.tokens(.allegingCues, in: beforeMotion))
    {
      notes.append("agreement reported by a source: «\(doc.slice(tokens: cue.range))»")
      status = .claimed
    }
    // An advance told without a hedge is told as done ("Tiger Forces advanced north from …",
    // «وتقدمت فصائل الجيش الحر نحو المدينة»); a retreat or departure so told is only reported.
    // A cue or a speaker anywhere in the sentence ("…, reports said") makes it a report.
    let sentence = doc.sentences[s]
    let plainAdvance =
      status == nil && triggers.contains { $0.value == .advance && !isIntended($0.range) } && !civilians
      && StatusLexicon.status(doc, in: sentence, cues: ctx.cues) == nil
      && sentence.allSatisfy { doc.forms[$0].isDisjoint(with: RelationContext.speech) }
    let finalStatus = status ?? (plainAdvance ? .completed : .reported)
    if status == nil {
      notes.append(
        plainAdvance
          ? "no hedging cue; an advance so told is completed" : "no hedging cue; status defaults to reported")
    }
    if civilians { notes.append("movers: civilians") }
    // "Government troops captured Khan Sheikhoun. Thousands fled from Maarat al-Numan": who flees,
    // unnamed and not called fighters, is not the force an earlier sentence named.
    if actorFromEarlier, !civilians, fighterToken == nil, triggers.allSatisfy({ $0.value == .displacement }) {
      notes.append("movers unnamed: those who flee are not \(actor.rawValue), named before")
      actor = .unknown
    }

    // A draft's kind: the group's (`groupKind`), else what the motion words tell for its
    // destination (`kind(forDestinationAt:anyTold:)`). Written for speed: the group's tests and
    // `anyTold` are asked once per group, not again for every draft.
    /// The kind the group's words give every draft, whatever its destination: a safe passage, the
    /// wounded, civilians; nil when the motion words tell it.
    func groupKind() -> MovementKind? {
      if Self.safePassage.contains(doc, in: group, candidates: ctx.cues.tokens(.safePassage, in: group)) {
        return .safePassage
      }
      if Self.wounded.contains(doc, in: group, candidates: ctx.cues.tokens(.wounded, in: group)) {
        return .transferOfWounded
      }
      if civilians { return .displacement }
      return nil
    }
    // Buses and convoys carry a movement; the verb says what kind («حافلات أقلت … خروج»).
    // Arrival says nothing of the kind when another motion word does.
    func told(_ tr: (range: Range<Int>, value: MovementKind)) -> Bool {
      !at(tr.range.lowerBound).has(.arrival)
    }
    /// The kind the motion words tell for the destination at `token` (`anyTold`: some motion word
    /// of the group tells, `told`).
    func kind(forDestinationAt token: Int, anyTold: Bool) -> MovementKind {
      // The motion words that tell (not arrival), else all; of those, the last before the
      // destination that is no convoy, else the last before it, else the first that is no convoy,
      // else the first. (Walked in place: two filtered arrays per draft showed among the heap blocks.)
      var lastBefore: MovementKind?
      var lastMoveBefore: MovementKind?
      for tr in triggers where (!anyTold || told(tr)) && tr.range.upperBound <= token {
        lastBefore = tr.value
        if tr.value != .convoy { lastMoveBefore = tr.value }
      }
      let read =
        lastMoveBefore ?? lastBefore
        ?? (triggers.first { (!anyTold || told($0)) && $0.value != .convoy }
          ?? triggers.first { !anyTold || told($0) } ?? firstTrigger).value
      // "ISIS militants fled toward Anbar", «فرّ عناصر التنظيم»: armed men who flee withdraw;
      // displacement is the civilians' word.
      return read == .displacement && actor != .unknown && actor != .un ? .withdrawal : read
    }

    // (Into the scratch buffers: two arrays mapped per group with an end read were among the
    // movement rules' heap blocks.)
    var resolvedOrigins = scratch.resolvedOrigins.takeEmptied()
    var resolvedDestinations = scratch.resolvedDestinations.takeEmptied()
    defer {
      scratch.resolvedOrigins = resolvedOrigins
      scratch.resolvedDestinations = resolvedDestinations
    }
    for o in origins {
      let (entry, score) = (ctx.places[o.index].mention.entry, ctx.places[o.index].mention.score)
      resolvedOrigins.append((entry, score, o.index, o.token, nil))
    }
    for d in destinations {
      let (entry, score) = (ctx.places[d.index].mention.entry, ctx.places[d.index].mention.score)
      resolvedDestinations.append((entry, score, d.token, nil))
    }
    for ref in regionRefs {
      let places = resolveRegion(
        ref.token, end: ref.end, actor: actor, isOrigin: ref.isOrigin, group: group, drafts: drafts)
      for p in places {
        if ref.isOrigin {
          resolvedOrigins.append((p.entry, 0.7, nil, ref.token, p.note))
        } else {
          resolvedDestinations.append((p.entry, 0.7, ref.token, p.note))
        }
      }
    }
    // «توصلت فصائل المعارضة في درعا البلد إلى اتفاق … وخروج الرافضين إلى …»: where the actor is,
    // said earlier in this group, is where it leaves from.
    // «خرج اليوم المسلحون الرافضون للتسوية في بلدتي قدسيا والهامة … إلى ريف إدلب»: after the motion
    // word, the agent's place, said before where it goes, is where it leaves from too.
    let firstDestination = destinations.lazy.map(\.token).min() ?? Int.max
    // «فيما لاذ من تبقى منهم في تل ملح بالفرار باتجاه كفرزيتا»: the rest of a group leaves where it was.
    if resolvedOrigins.isEmpty, remnant != nil, let at = remnantPlace(before: firstTrigger.range, in: doc.sentences[s]) {
      resolvedOrigins = at.places.map {
        (ctx.places[$0].mention.entry, 0.6, nil, at.inWord, "origin: where the rest of the group was")
      }
    }
    if resolvedOrigins.isEmpty,
      let fact = locations.last(where: {
        $0.actor == actor && group.contains($0.token)
          && ($0.token < firstTrigger.range.lowerBound || (hasAgent && $0.token < firstDestination))
      })
    {
      resolvedOrigins = fact.entries.map {
        ($0, 0.6, nil, fact.token, "origin: where the actor is said to be")
      }
    }
    // «… في طريقها من القلمون الغربي إلى البو كمال. وكانت الحافلات قد انطلقت من جرود قارة»: buses
    // leaving a place with no destination named go where the last movement read was going.
    // (Local functions, asked only where the tests before them pass: scanning the group for both
    // in every group with an end read was ~1 % of reading movements.)
    func vehicles() -> Bool {
      triggers.contains(where: { $0.value == .convoy })
        || group.contains(where: { at($0).has(.vehicles) })
    }
    // "the convoy", «القافلة»: the convoy named before, whoever was named last.
    func theConvoy() -> Bool {
      group.contains { t in
        at(t).has(.definiteConvoy)
          || (t > group.lowerBound && doc.forms[t - 1].contains(PlaceRecognizer.the)
            && Self.convoyWords.contains(doc, in: t..<t + 1))
      }
    }
    if resolvedDestinations.isEmpty, !resolvedOrigins.isEmpty, !civilians, vehicles(), !pronounOrigin,
      let last = Self.recent(
        drafts, since: s - 2,
        where: {
          $0.sentence < s && ($0.movement.actor == actor || actorFromEarlier)
        }), last.movement.actor != .unknown
    {
      actor = last.movement.actor
      resolvedDestinations = [
        (
          last.movement.destination, 0.6, group.lowerBound,
          Self.carriedOver("destination carried over from «", from: last.movement.evidence.quote)
        )
      ]
    } else if resolvedDestinations.isEmpty, !resolvedOrigins.isEmpty, !civilians, vehicles(), !pronounOrigin,
      let (who, going) = heading.first(where: { h in
        h.value.sentence >= s - 2 && h.value.sentence < s && (h.key == actor || actorFromEarlier || theConvoy())
      }), who != .unknown
    {
      // "… a convoy of ISIS fighters from reaching Abu Kamal. Hezbollah … negotiated the convoy's
      // passage from the western Qalamoun": the convoy's destination, named before any origin.
      actor = who
      resolvedDestinations = going.entries.map {
        ($0, 0.6, group.lowerBound, "destination carried over from an earlier sentence")
      }
    }
    if actor != .unknown, !civilians, !resolvedOrigins.isEmpty {
      leavers.append(actor, origins: resolvedOrigins, sentence: s)
    }
    // "A column pushed north-east from al-Sukhna" after "government forces broke the siege of Deir
    // al-Zor", "columns of Hashd vehicles arrived from the direction of Tal Afar" after "… entered
    // Shingal": an advance or arrival from a place, with nowhere named, went where the actor just took.
    // "rebel units had moved in from Deraa": "in" before "from" is into the place fought over, when
    // the sentence names who moved ("aid workers moved in from" names no side).
    let movedIn = triggers.contains {
      $0.range.upperBound + 1 < group.upperBound && doc.forms[$0.range.upperBound].contains(Self.inWord)
        && !doc.forms[$0.range.upperBound + 1].isDisjoint(with: Self.originWords)
    }
    let advancing =
      triggers.contains {
        $0.value == .advance || !doc.forms[$0.range.lowerBound].isDisjoint(with: Self.arrivalWords)
      } || movedIn && (hasAgent || subjectEnd != nil || byReference)
    // The mover is firm when it is the motion's agent or its subject right before it; an actor
    // named further back («الحصار الذي فرضه تنظيم الدولة …، بعد تقدم سريع انطلق من السخنة») may be
    // another clause's.
    let firmMover =
      hasAgent || byReference || subjectEnd.map { firstTrigger.range.lowerBound - $0 <= 3 } ?? false
    // True when the movers are the side that took the destination: what it took before is no sign
    // that others move.
    var moversTookTarget = false
    // "Kurdish Peshmerga forces, which have controlled Kirkuk since 2014, sent reinforcements from
    // Erbil": reinforcements from a place, with nowhere named, went to the front the side holds.
    let reinforcing =
      actor != .unknown && group.contains { !doc.forms[$0].isDisjoint(with: Self.reinforcementWords) }
    if resolvedDestinations.isEmpty, !resolvedOrigins.isEmpty, !civilians, advancing || reinforcing,
      !namesUnknownEnd(after: firstTrigger.range, in: group)
    {
      let origins = resolvedOrigins.map(\.entry)
      let t = firstTrigger.range.lowerBound
      // An ally's taking counts for a mover named as the motion's subject: "Iraqi troops drove ISIS out
      // of Baiji … army units and Shiite militias advanced from Tikrit" went to Baiji.
      if actor != .unknown,
        let target = placeJustTaken(by: actor, allies: firmMover, before: t, sentence: s, from: origins)
      {
        resolvedDestinations = [(target.entry, 0.6, group.lowerBound, target.note)]
      } else if !firmMover, let taker = placeJustTaken(by: nil, before: t, sentence: s, from: origins) {
        // "Government forces broke the ISIS siege of Deir al-Zor … after a column pushed north-east
        // from al-Sukhna": the column is the taker's.
        actor = taker.actor
        moversTookTarget = true
        notes.append("movers: \(taker.actor.rawValue), who just took or relieved \(taker.entry.name)")
        resolvedDestinations = [(taker.entry, 0.6, group.lowerBound, taker.note)]
      } else if firmMover, actor != .unknown,
        let other = Self.recent(
          drafts, since: s,
          where: { d in
            d.movement.actor != actor && ![.withdrawal, .displacement].contains(d.movement.kind)
              && !origins.contains { Self.sameFamily($0, d.movement.destination) }
          })
      {
        // «نُقلت وحدات من بغداد إلى سد الموصل …، فيما تقدمت البيشمركة من جهة دهوك», "… while the
        // Peshmerga advanced from Duhok": the other side's objective in the same sentence.
        resolvedDestinations = [
          (other.movement.destination, 0.5, group.lowerBound, "destination: \(other.movement.destination.name), the objective of \(other.movement.actor.rawValue) in the same sentence")
        ]
      } else if firmMover, actor != .unknown, let f = topic,
        !origins.contains(where: { Self.sameFamily($0, f) || Self.sameDestination($0, f) }),
        !Self.triggerMatcher.contains(
          doc, in: doc.sentences[s].lowerBound..<group.lowerBound,
          candidates: ctx.cues.tokens(.motionTriggers, in: doc.sentences[s].lowerBound..<group.lowerBound)),
        // "Regime forces captured Palmyra. Rebels advanced from Homs": another side just took the
        // place (where `placeJustTaken` looks); the advance is not read as going there.
        !control.indices.contains(where: { i in
          control[i].actor != actor && control[i].control == .captured
            && (doc.sentences[max(0, s - 1)].lowerBound..<t).contains(controlTokens[i])
            && Self.sameFamily(control[i].place, f)
        })
      {
        // "Iraqi troops drove ISIS out of Jurf al-Sakhar … The offensive began Friday, when army units
        // advanced north from Musayyib", «تقدمت القطعات من مواقعها بحديثة»: an advance told after the
        // lead, from a place and to nowhere named, went to the place the report is about (the capture
        // of the lead is often not read as a claim, so `placeJustTaken` finds nothing). Not after
        // another motion in the sentence («انسحب مقاتلو الفصائل … بعد أن تقدم مقاتلو الحزب من جهة
        // النبك»): the advance is then the background of the motion told.
        resolvedDestinations = [
          (f, 0.5, group.lowerBound, "destination: \(f.name), the place the report is about")
        ]
      }
    }
    var actorGuessed = false
    // "800 fighters and family members left Quneitra for Idlib under a local agreement": fighters
    // nobody names, bused to Idlib, are the opposition (the green-bus deals of 2016–2018).
    if actor == .unknown, unnamedFighters, !civilians, !resolvedDestinations.isEmpty,
      triggers.contains(where: { [.evacuation, .convoy].contains($0.value) }),
      resolvedDestinations.allSatisfy({ $0.entry.admin1 == Self.idlibProvince && $0.entry.country == "SY" })
    {
      actor = .opposition
      actorGuessed = true
      notes.append("movers unnamed: fighters evacuated to Idlib are the opposition")
    }
    guard !resolvedDestinations.isEmpty else {
      // Remember where the actor leaves from; a later clause may say where it goes.
      var left = resolvedOrigins.map(\.entry)
      if left.isEmpty { left = placesSaidToBeIn(group, before: firstTrigger) }
      if !left.isEmpty && actor != .unknown { pending[actor] = (left, s, firstTrigger.range.lowerBound) }
      return
    }
    // «أعلنت قسد السيطرة على الرقة … خرج مئات العناصر من المدينة»: an actor named before that took
    // the origin is not who leaves it; the movers stay unnamed. (Holding it is no such sign: the
    // holders are who leave.)
    if actorFromEarlier, !moversTookTarget, !pronounSubject,
      // (By index, as in `placeJustLost`: binding each claim copied it and retained its strings.)
      control.indices.contains(where: { i in
        control[i].actor == actor && control[i].control == .captured
          && resolvedOrigins.contains { Self.sameFamily($0.entry, control[i].place) }
      })
    {
      actor = .unknown
      notes.append("movers unnamed: the last actor named took or holds the origin")
    }
    var originDirect = true
    if resolvedOrigins.isEmpty {
      // «وتم التوصل إلى اتفاق مبدئي يقضي بإخراج دفعة من جرحى التنظيم إلى …»: no origin named; the
      // same actor's last origin in this or the previous sentence carries over.
      // Unnamed movers are the same only as unnamed fighters going on, or within the sentence: "those
      // displaced by the battle for Mosul" did not leave where the families bused before did.
      let last = Self.recent(
        drafts, since: s - 2,
        where: { $0.movement.actor == actor && (actor != .unknown || $0.unnamedFighters || $0.sentence == s) })
      let pendingIsNewer = pending[actor].map { p in last.map { p.token > $0.token } ?? true } ?? false
      if let last, !pendingIsNewer {
        // «… ووصلت إلى منطقة الراشدين»: the same unnamed fighters go on.
        if actor == .unknown && last.unnamedFighters && !civilians { unnamedFighters = true }
        // «تقدموا من باطنايا باتجاه تللسقف … فيما انسحب من تبقى منهم إلى باطنايا»: armed movers who
        // withdraw after their advance leave the place they advanced to, not where they set out.
        // ("A regime convoy sent from Hama toward the town … Remaining soldiers fell back to …": so
        // after a redeployment, the soldiers fall back from where they were sent.)
        let back =
          firstTrigger.value == .withdrawal && !civilians
          && (last.movement.kind == .advance || last.movement.kind == .redeployment)
        resolvedOrigins = [
          (
            back ? last.movement.destination : last.movement.origin, 0.6, nil, group.lowerBound,
            Self.carriedOver(
              back ? "origin: where the movers advanced to, in «" : "origin carried over from «",
              from: last.movement.evidence.quote)
          )
        ]
      } else if let p = pending[actor], p.sentence >= s - 2 {
        resolvedOrigins = p.entries.map {
          ($0, 0.6, nil, group.lowerBound, "origin carried over from an earlier clause")
        }
      } else if let lost = placeJustLost(by: actor, before: firstTrigger, sentence: s, civilians: civilians) {
        resolvedOrigins = [(lost.entry, 0.6, nil, group.lowerBound, lost.note)]
      } else if let held = placeHeld(by: actor, before: firstTrigger, sentence: s, civilians: civilians) {
        resolvedOrigins = [(held.entry, 0.6, nil, group.lowerBound, held.note)]
      } else if firmMover, let f = topic,
        let taken = topicTaken(f, by: actor, before: firstTrigger, civilians: civilians),
        !resolvedDestinations.contains(where: { Self.sameFamily($0.entry, f) || Self.sameDestination($0.entry, f) })
      {
        resolvedOrigins = [(taken.entry, 0.5, nil, group.lowerBound, taken.note)]
      } else if actorFromEarlier, let last = Self.recent(drafts, since: s - 2, where: { $0.sentence < s }),
        last.movement.actor != .unknown, !civilians, insurgentNote == nil
      {
        // «… وخروج الرافضين إلى الشمال السوري. … الحافلات ستصل لنقل المقاتلين إلى إدلب», "a convoy
        // left X … The vehicles reached Y": with nobody named in the sentence, the motion goes on
        // the last movement read: same movers, same origin.
        actor = last.movement.actor
        resolvedOrigins = [
          (
            last.movement.origin, 0.6, nil, group.lowerBound,
            Self.carriedOver("movers and origin carried over from «", from: last.movement.evidence.quote)
          )
        ]
      } else if let f = topic, actor != .unknown, !civilians, !actorFromEarlier,
        triggers.contains(where: { [.withdrawal, .evacuation, .displacement].contains($0.value) }),
        !resolvedDestinations.contains(where: { $0.entry.hasSameID(as: f) || Self.sameFamily($0.entry, f) })
      {
        // "He said the militants had fled toward Mosul": armed men named in the sentence who leave
        // with no place named leave the place the report is about.
        resolvedOrigins = [(f, 0.5, nil, group.lowerBound, "origin: \(f.name), the place the report is about")]
      } else {
        // "a convoy of ISIS fighters … from reaching Abu Kamal": where the convoy goes, for a later
        // sentence that names where it leaves from.
        if actor != .unknown, !civilians, vehicles() {
          heading[actor] = (resolvedDestinations.map(\.entry), s, firstTrigger.range.lowerBound)
        }
        return
      }
      originDirect = false
    }
    if actor == .opposition, let m = actorMention, namesArmedMenOnly(m),
      (resolvedOrigins.map(\.entry) + resolvedDestinations.map(\.entry)).allSatisfy({ $0.country == "IQ" })
    {
      // «شن مسلحو تنظيم داعش هجوماً … فيما انسحب من تبقى من المسلحين»: the insurgents named lately
      // (a definite reference; «متطوعين من فصائل مسلحة شيعية» are others).
      if isDefinite(m.endToken - 1), let side = insurgentSide(before: m.firstToken),
        side.actor != .opposition
      {
        actor = side.actor
        notes.append("movers: «\(m.surface)» in Iraq, the insurgents named before as «\(side.surface)»")
      } else {
        actor = .unknown
        notes.append("movers: «\(m.surface)» in Iraq are no Syrian rebels; actor not read")
      }
    }
    // "Hezbollah and the Syrian army advanced": every actor of the subject moves — but a state's
    // proxy ("regime forces and Iran-backed militias fled") moves as the side it is joined to.
    // (The actor first, then its partners: no array of one mover per group.)
    var partners: [Actor] = []
    var actorMoves = true
    if let m = actorMention, m.actor == actor, !actorFromEarlier, !byReference, !civilians {
      partners = coordinated(with: m)
      if !partners.isEmpty, isProxy(m) { actorMoves = false }
    }
    // Written for speed: the origin → destination pairs are visited in place (building them as an
    // array copied every entry twice), and the group's evidence (its quote) is made once for all
    // its drafts, which differ only in confidence.
    let range = min(evidenceStart, group.lowerBound)..<group.upperBound
    var evidence = ctx.evidence(range, confidence: 0)
    let fixedKind = groupKind()
    let anyTold = fixedKind == nil && triggers.contains(where: told)
    for p in (actorMoves ? -1 : 0)..<partners.count {
      let mover = p < 0 ? actor : partners[p]
      for o in resolvedOrigins {
        for d in resolvedDestinations where !d.entry.hasSameID(as: o.entry) {
          var n = notes
          if let on = o.note { n.append(on) }
          if let dn = d.note { n.append(dn) }
          if mover != actor { n.append("mover joined to \(actor.rawValue) by \"and\"") }
          let conf = StatusLexicon.confidence(finalStatus) * (o.score + d.score) / 2
          evidence.confidence = RelationContext.rounded(conf)
          let m = Movement(
            actor: mover, kind: fixedKind ?? kind(forDestinationAt: d.token, anyTold: anyTold),
            status: finalStatus, origin: o.entry,
            destination: d.entry, evidence: evidence, notes: n)
          drafts.append(
            Draft(
              movement: m, sentence: s, originIndex: o.index, token: d.token,
              originDirect: originDirect && o.index != nil,
              unnamedFighters: unnamedFighters && actor == .unknown,
              actorGuessed: actorGuessed))
        }
      }
    }
  }

  /// "militants in al-Tabqa … withdraw": for a withdrawal or evacuation, the places after «في»/"in"
  /// before the motion word in the group (where the movers leave from); else none.
  func placesSaidToBeIn(_ group: Range<Int>, before trigger: (range: Range<Int>, value: MovementKind))
    -> [GazetteerEntry]
  {
    guard [.withdrawal, .evacuation].contains(trigger.value) else { return [] }
    let doc = ctx.doc
    var left: [GazetteerEntry] = []
    for t in group where t < trigger.range.lowerBound && !doc.forms[t].isDisjoint(with: Self.inWords) {
      for k in ctx.placeRange(after: t, limit: group.upperBound)
      where !isCorrespondentPlace(ctx.places[k].recognized.firstToken) {
        left.append(ctx.places[k].mention.entry)
      }
    }
    return left
  }

  /// True when `placesSaidToBeIn(group, before: trigger)` is not empty, found without building it:
  /// the test that passes a group with no end read asks it of every such group.
  func saysPlacesIn(_ group: Range<Int>, before trigger: (range: Range<Int>, value: MovementKind)) -> Bool {
    guard trigger.value == .withdrawal || trigger.value == .evacuation else { return false }
    let doc = ctx.doc
    for t in group where t < trigger.range.lowerBound && !doc.forms[t].isDisjoint(with: Self.inWords) {
      if ctx.placeRange(after: t, limit: group.upperBound).contains(where: {
        !isCorrespondentPlace(ctx.places[$0].recognized.firstToken)
      }) {
        return true
      }
    }
    return false
  }

  /// The last draft read in sentence `since` or after that passes `test`. Drafts are in text order, so
  /// the scan stops at the first older one: a long report is not rescanned for every group.
  static func recent(_ drafts: [Draft], since: Int, where test: (Draft) -> Bool) -> Draft? {
    var i = drafts.count - 1
    while i >= 0, drafts[i].sentence >= since {
      if test(drafts[i]) { return drafts[i] }
      i -= 1
    }
    return nil
  }

  /// «بدأت عملية إجلاء المقاتلين … من حي العامرية … يقضي بخروج فصائل المعارضة من حلب الشرقية»:
  /// fighters nobody named are the actor a sentence at most two on says leaves the same place.
  func namingUnnamed(_ drafts: [Draft], leavers: Leavers) -> [Draft] {
    // In place, by index: mapping copied every draft (and retained its strings) to change a few.
    var out = drafts
    for i in out.indices where out[i].unnamedFighters {
      let (sentence, origin) = (out[i].sentence, out[i].movement.origin)
      guard
        let l = leavers.list.first(where: { l in
          l.sentence >= sentence && l.sentence <= sentence + 2
            && leavers.places[l.origins].contains { Self.sameFamily($0, origin) || Self.sameArea($0, origin) }
        })
      else { continue }
      out[i].movement.actor = l.actor
      out[i].movement.notes.append("movers unnamed: \(l.actor.rawValue) is said to leave \(origin.name)")
    }
    return out
  }

  /// A place and the city around it («حي العامرية», «حلب الشرقية»): within 25 km of each other.
  static func sameArea(_ a: GazetteerEntry, _ b: GazetteerEntry) -> Bool {
    a.coordinate.distanceKm(to: b.coordinate) <= 25
  }

  /// False for an arrival word with no place after it, where or from where ("reached an
  /// agreement"); «وصل مقاتلو المعارضة إلى حماة»: the subject may stand between.
  /// `masks`: each token's scan classes (`CueIndex.scanClasses`, see `read(group:…)`);
  /// `masks[t].has(.x)` reads `!doc.forms[t].isDisjoint(with: x)`.
  func isMotion(_ range: Range<Int>, group: Range<Int>, masks: [UInt32]) -> Bool {
    // «تتجه الأنظار إلى الحويجة», "attention turns to Hawija": eyes move, nobody else.
    if range.upperBound < group.upperBound, masks[range.upperBound].has(.gaze) {
      return false
    }
    // "ISIS sent a video from Raqqa to its followers in Mosul", «أرسلت تركيا رسالة إلى دمشق»: what is
    // sent is a message, nobody moves.
    if masks[range.lowerBound].has(.sending),
      (range.upperBound..<min(group.upperBound, range.upperBound + 3)).contains(where: {
        masks[$0].has(.messageNouns)
      })
    {
      return false
    }
    // «انتقلت المعركة من الرقة إلى دير الزور», "the fighting moved from Raqqa to Deir ez-Zor": the
    // battle moves, not a force.
    // ("The fighting displaced thousands" still displaces people.)
    // (The two tokens beside the word are asked in turn: an array of them per motion word was a
    // tenth of the movement rules' heap blocks.)
    func abstract(_ u: Int) -> Bool {
      group.contains(u) && masks[u].has(.abstractMovers)
    }
    if masks[range.lowerBound].has(.shifting),
      abstract(range.lowerBound - 1) || abstract(range.upperBound)
    {
      return false
    }
    guard range.count == 1, masks[range.lowerBound].has(.arrival) else {
      return true
    }
    let next = range.upperBound
    guard next < group.upperBound else { return false }
    if ctx.place(startingAt: next) != nil { return true }
    // "reached the town from Baghdad", «بلغت المدينة»: the place named before, by its noun.
    if (next..<min(group.upperBound, next + 2)).contains(where: { ctx.anaphor(at: $0) != nil }) {
      return true
    }
    return (next..<min(group.upperBound, next + 5)).contains { u in
      let preposition = masks[u].has(.arrivalPrepositions) || masks[u].has(.destination)
      if preposition { return !ctx.placeRange(after: u, limit: group.upperBound).isEmpty }
      // "Rebel reinforcements arrived overnight from Tal Abyad", «وصلت تعزيزات من حماة»: an arrival
      // from a place, where the place arrived at is the one the report is about or the side just
      // took (named before; `read` carries it over). Movers arriving are a motion as surely as
      // movers arriving somewhere named.
      return masks[u].has(.origin)
        && !ctx.placeRange(after: approachEnd(after: u, limit: group.upperBound), limit: group.upperBound)
          .isEmpty
    }
  }

  static let outWords: WordSet = ["out"]
  /// Verbs of sending: a motion only when forces, not words, are sent.
  static let sendingWords: WordSet = WordSet(
    words: ["أرسل", "أرسلت", "ترسل", "يرسل"].map(ArabicWord.lexiconForm) + ["sent", "send", "dispatched"])
  /// What is sent without anyone moving: letters, messages, videos, statements.
  static let messageNouns: WordSet = WordSet(
    words: ["رسالة", "رسائل", "برقية", "دعوة", "بيانا", "تحذيرا", "إشارة", "شريطا"].map(
      ArabicWord.lexiconForm) + [
        "letter", "letters", "message", "messages", "video", "videos", "statement", "invitation",
        "condolences",
        "warning", "signal", "email", "note", "memo", "request",
      ])
  /// Verbs of moving on that a battle shares with a force.
  static let shiftingWords: WordSet = WordSet(
    words: ["انتقل", "انتقلت", "انتقال", "تحرك", "اتجهت"].map(ArabicWord.lexiconForm) + [
      "moved", "move", "moving", "movement", "shifted",
    ])
  /// Movers that are no force: the battle or the fighting that moves from one place to another.
  static let abstractMovers: WordSet = WordSet(
    words: ["المعركة", "المعارك", "الاشتباكات", "المواجهات", "القتال"].map(ArabicWord.lexiconForm) + [
      "fighting", "battle", "clashes", "frontline", "war",
    ])
  /// "boarded buses in Homs", «استقلوا الحافلات في حمص».
  static let boardingWords: WordSet = WordSet(
    words: ["boarded"] + ["استقل", "استقلوا", "استقلت"].map(ArabicWord.lexiconForm))

  /// Unnamed fighters leaving place `o`: its holder, read before the motion, or, when an actor
  /// besieges it, the nearest other party named in the report (not a deal's sponsor).
  func moversOf(_ o: GazetteerEntry, near t: Int) -> (actor: Actor, note: String)? {
    let claims = zip(control, controlTokens).filter {
      Self.sameDestination($0.0.place, o) && $0.0.status != .denied
    }
    // A holder read before the motion, else the first named after ("… Palmyra had been held by ISIS").
    let holds = claims.filter { $0.0.control == .holds }
    if let held = (holds.last(where: { $0.1 <= t }) ?? holds.first)?.0 {
      return (held.actor, "movers unnamed: \(held.actor.rawValue) holds \(o.name)")
    }
    guard let siege = claims.first(where: { $0.0.control == .besieged })?.0 else { return nil }
    let others = ctx.actors.filter { $0.actor != siege.actor && $0.actor != .unknown && !ctx.isSponsor($0) }
    guard let nearest = others.min(by: { abs($0.firstToken - t) < abs($1.firstToken - t) }) else {
      return nil
    }
    return (
      nearest.actor,
      "movers unnamed: \(o.name) is besieged by \(siege.actor.rawValue); the other party named is \(nearest.actor.rawValue)"
    )
  }

  /// «قافلة حافلات تقل مقاتلين من تنظيم داعش … غارات التحالف … في طريقها من X إلى Y»: "its way"
  /// is the convoy's, so the movers are who the convoy carries, not the actor named last.
  func convoyCargo(before trigger: (range: Range<Int>, value: MovementKind), sentence s: Int)
    -> ActorMention?
  {
    let doc = ctx.doc
    guard
      Self.convoyPossessive.contains(
        doc, in: trigger.range, candidates: ctx.cues.tokens(.convoyPossessive, in: trigger.range))
    else { return nil }
    let before = doc.sentences[s].lowerBound..<trigger.range.lowerBound
    guard
      let convoy = Self.convoyWords.matches(
        doc, in: before, candidates: ctx.cues.tokens(.convoyWords, in: before)
      ).last
    else { return nil }
    return ctx.actor(after: convoy.range.lowerBound, window: 6, limit: trigger.range.lowerBound)
  }

  /// The kinds of movement that leave a place. (A switch, not a `Set`: see `isLeaving`.)
  static func isRetreat(_ kind: MovementKind) -> Bool {
    switch kind {
    case .withdrawal, .displacement, .evacuation: true
    default: false
    }
  }

  /// "ISIS fighters withdrew toward Hajin" after "the army captured Albukamal": a retreat with no
  /// origin named leaves the place another actor was just said to take (this or the two sentences
  /// before).
  func placeJustLost(
    by actor: Actor, before trigger: (range: Range<Int>, value: MovementKind), sentence s: Int,
    civilians: Bool
  ) -> (entry: GazetteerEntry, note: String)? {
    guard actor != .unknown, !civilians, Self.isRetreat(trigger.value) else { return nil }
    let doc = ctx.doc
    let t = trigger.range.lowerBound
    // The place must be named in this or the two sentences before (a claim merged from several
    // mentions keeps its first token, so the mentions are checked, not the claim's token).
    // (By index: binding each claim of a long report copied it, and its strings were retained.)
    var lost: Int?
    var lastNamed = -1
    for i in control.indices where controlTokens[i] < t {
      guard control[i].actor != actor, control[i].control == .captured, control[i].status != .denied else {
        continue
      }
      let named = ctx.lastPlace(before: t, fromSentence: s - 2) { k in
        Self.sameDestination(ctx.places[k].mention.entry, control[i].place)
      }.map { ctx.places[$0].recognized.firstToken }
      guard let n = named, doc.sentenceOfToken[n] >= s - 2, n > lastNamed else { continue }
      lost = i
      lastNamed = n
    }
    guard let i = lost else { return nil }
    let k = control[i]
    return (k.place, "origin: \(k.place.name), just taken by \(k.actor.rawValue)")
  }

  /// "regime forces hold the western half of Deir ez-Zor and plan to push south toward al-Mayadin":
  /// an advance with no origin named starts from where the actor holds, said earlier in the sentence.
  ///
  /// "ISIS militants still hold pockets in Tikrit. Some fighters slipped out toward Baiji": a retreat
  /// with no origin named leaves where the actor holds, said in this or the sentence before.
  func placeHeld(
    by actor: Actor, before trigger: (range: Range<Int>, value: MovementKind), sentence s: Int,
    civilians: Bool
  ) -> (entry: GazetteerEntry, note: String)? {
    let advance = trigger.value == .advance
    guard actor != .unknown, advance || (Self.isRetreat(trigger.value) && !civilians) else {
      return nil
    }
    let first = advance ? s : max(0, s - 1)
    let sentence = ctx.doc.sentences[first].lowerBound..<ctx.doc.sentences[s].upperBound
    // By index (as in `placeJustLost`): binding each claim copied it and retained its strings, for
    // every group with no origin named.
    // Holding, or for an advance also having taken (tested in place, not through an array made per call).
    var held: Int?
    for i in control.indices
    where sentence.contains(controlTokens[i]) && controlTokens[i] < trigger.range.lowerBound {
      let status = control[i].control
      guard control[i].actor == actor, status == .holds || (advance && status == .captured),
        control[i].status != .denied
      else { continue }
      held = i
    }
    guard let i = held else { return nil }
    let h = control[i]
    return (h.place, "origin: \(h.place.name), held by the actor")
  }

  /// "Government forces recaptured Palmyra … Assad said the army would now push toward Deir al-Zor":
  /// an advance with no origin named, by the side the report's lead says took the place it is about,
  /// goes on from that place — however far on in the report (the lead stays the report's frame; a
  /// place held or taken nearer is found first by `placeHeld`). Only the taker's advance, told with
  /// the taker as its subject (the caller asks `firmMover`): another side's push is from its own
  /// lines, and a nominal prospect («تفتح الطريق أمام التقدم نحو الموصل», "positioning themselves
  /// for an eventual advance on Deir ez-Zor") names nobody who moves.
  func topicTaken(
    _ topic: GazetteerEntry, by actor: Actor, before trigger: (range: Range<Int>, value: MovementKind),
    civilians: Bool
  ) -> (entry: GazetteerEntry, note: String)? {
    guard actor != .unknown, !civilians, trigger.value == .advance else { return nil }
    // (By index, as in `placeJustLost`: binding each claim copied it and retained its strings.)
    let taken = control.indices.contains { i in
      controlTokens[i] < trigger.range.lowerBound && control[i].actor == actor
        && control[i].control == .captured && control[i].status != .denied
        && (Self.sameFamily(control[i].place, topic) || Self.sameDestination(control[i].place, topic))
    }
    guard taken else { return nil }
    return (topic, "origin: \(topic.name), which the report says \(actor.rawValue) took")
  }

  /// A place glued to «ب» («واستقروا بالميادين»): where the movers settle.
  func isGluedIn(_ k: Int) -> Bool {
    guard let (wordStart, nameStart) = gluedPrefix(k) else { return false }
    return prefixFolds(wordStart, nameStart, to: "ب")
  }

  /// A place glued to «ل» («للرقة») reads as a destination.
  func isGluedDestination(_ k: Int) -> Bool {
    guard let (wordStart, nameStart) = gluedPrefix(k) else { return false }
    return prefixFolds(wordStart, nameStart, to: "ل") && !prefixFolds(wordStart, nameStart, to: "ب")
  }

  /// Where the Arabic word holding place `k` starts and where the place's name starts in it, when
  /// letters are glued before the name («للرقة»); else nil. (The fields are read in place: binding
  /// the mention and the token copied them, retaining their strings, at every place the scan met.)
  func gluedPrefix(_ k: Int) -> (wordStart: Int, nameStart: Int)? {
    let first = ctx.places[k].recognized.firstToken
    let nameStart = ctx.places[k].recognized.start
    let wordStart = ctx.doc.tokens[first].start
    guard ctx.doc.tokens[first].script == .arabic, nameStart > wordStart else { return nil }
    return (wordStart, nameStart)
  }

  /// True when a scalar of the original text `start..<end` folds to `letter`: what
  /// `FoldedText(doc.slice(start, end)).scalars.contains(letter)` answers, read in place. Written
  /// for speed: the scan asks it at every place glued to a prefix, and building the slice's string
  /// and its folding each time showed in the profile.
  func prefixFolds(_ start: Int, _ end: Int, to letter: Unicode.Scalar) -> Bool {
    let scalars = ctx.doc.scalars
    let lo = max(0, min(start, scalars.count))
    let hi = max(lo, min(end, scalars.count))
    return scalars[lo..<hi].contains { Folding.fold($0) == .keep(letter) }
  }

  /// «مناطق سيطرته», «الأحياء التي يسيطر عليها», "areas under its control" starting at token `t`;
  /// returns the token after the phrase.
  func regionReference(at t: Int, limit: Int) -> Int? {
    let doc = ctx.doc
    var t = t
    // "from the areas under their control"
    if t < limit, ctx.isWord(t, "the") { t += 1 }
    guard t < limit else { return nil }
    let f = doc.forms[t]
    guard !f.isDisjoint(with: Self.areaWords) else { return nil }
    var u = t + 1
    while u < min(limit, t + 5) {
      let g = doc.forms[u]
      if !g.isDisjoint(with: Self.areaControlNouns) {
        return u + 1
      }
      if !g.isDisjoint(with: Self.areaControlVerbs) {
        return u + 2 <= limit ? u + 2 : u + 1
      }
      u += 1
    }
    return nil
  }

  /// "opposition territory in", "rebel-held areas of", «مناطق المعارضة في»: the areas of a named actor
  /// starting at token `t`; returns the token of the «في»/"in"/"of" after them, before the place.
  func ownedArea(at t: Int, limit: Int) -> Int? {
    let doc = ctx.doc
    var t = t
    if t < limit, ctx.isWord(t, "the") { t += 1 }
    var u = t
    if let owner = ctx.actor(startingAt: t) {
      u = owner.endToken
      if u < limit, !doc.forms[u].isDisjoint(with: Self.areaControlNouns) { u += 1 }
    }
    guard u < limit, !doc.forms[u].isDisjoint(with: Self.areaWords) else { return nil }
    // «مناطق المعارضة»: the owner after the area word.
    var v = u + 1
    if u == t, let owner = ctx.actor(startingAt: v) { v = owner.endToken }
    guard v > u + 1 || u > t, v < limit, !doc.forms[v].isDisjoint(with: Self.areaLinks) else { return nil }
    return v
  }
  static let areaLinks: WordSet = ["في", "in", "of"]

  /// The places a region reference stands for: the actor's last destinations (for a destination) or
  /// the places of its control named before (for an origin), inside the qualifier that follows.
  func resolveRegion(
    _ t: Int, end: Int, actor: Actor, isOrigin: Bool, group: Range<Int>, drafts: [Draft]
  ) -> [(entry: GazetteerEntry, note: String)] {
    let doc = ctx.doc
    let phrase = doc.slice(tokens: t..<end)
    // The qualifier: the first place within four tokens after the phrase («شرق سوريا», «تخوم العاصمة»).
    let qualifier = ctx.places.first { p in
      p.recognized.firstToken >= end && p.recognized.firstToken <= end + 3
        && p.recognized.firstToken < group.upperBound
    }
    let fits: (GazetteerEntry) -> Bool = { e in qualifier.map { ctx.within(e, qualifier: $0) } ?? true }
    let controlled: [GazetteerEntry] = zip(control, controlTokens).filter { $0.0.actor == actor && $0.1 < t }
      .map(\.0.place)
    var pool: [GazetteerEntry] = []
    if !isOrigin, let last = drafts.last(where: { $0.movement.actor == actor }) {
      let lastToken = last.token
      pool = drafts.filter { $0.movement.actor == actor && $0.token == lastToken }.map(\.movement.destination)
    }
    var chosen = unique(pool.filter(fits))
    var how = "the actor's last destinations"
    if chosen.isEmpty {
      chosen = unique(controlled.filter(fits))
      how = "the places of its control named before"
    }
    if chosen.isEmpty, let q = qualifier {
      chosen = [q.mention.entry]
      how = "its qualifier"
    }
    return chosen.map { e in
      (e, "\(isOrigin ? "origin" : "destination") «\(phrase)» resolved to \(e.name) (\(how))")
    }
  }

  func unique(_ es: [GazetteerEntry]) -> [GazetteerEntry] {
    var seen = Set<String>()
    return es.filter { seen.insert($0.id).inserted }
  }

  /// One record per actor, origin and destination: the most advanced status wins, the rest go to notes.
  /// A governorate and its namesake city («محافظة الرقة», «مدينة الرقة») count as one origin.
  func merge(_ drafts: [Draft]) -> [Movement] {
    // Room for a record per draft, made once: grown a record at a time, the records and their
    // sets were copied twice per report (~480 instructions a copy, ~2M per MB of Arabic reports).
    var out: [Movement] = []
    out.reserveCapacity(drafts.count)
    // Per record, the notes it holds once it has been merged (nil before): a record met again and
    // again in a long report deduplicates only the new notes instead of rehashing all of its own
    // (hashing Arabic quotes normalizes them; it was ~1 % of a 2 MB Arabic run). After a merge a
    // record's notes are unique, so this keeps exactly the first occurrences of all of them.
    // `NoteSet` answers as `Set<String>` does, comparing notes in NFC by their bytes.
    var seen: [NoteSet?] = []
    seen.reserveCapacity(drafts.count)
    // The last "also read as" note made (see `AlsoNote`), and the record it was last added to.
    var lastAlso: AlsoNote?
    var lastAlsoRecord = -1
    for i in drafts.indices {
      // Read in place, by index: a copy of a movement (a draft's, or each record's as a search
      // passes it) retains every string in it, and most drafts only add notes to a record. (The
      // draft's fields the search asks are bound first: read in the closure, each record compared
      // copied the whole draft.)
      let (actor, destination, origin) =
        (drafts[i].movement.actor, drafts[i].movement.destination, drafts[i].movement.origin)
      if let k = out.indices.first(where: { k in
        out[k].actor == actor && Self.sameDestination(out[k].destination, destination)
          && Self.sameFamily(out[k].origin, origin)
      }) {
        let specific = moreSpecific(out[k].origin, origin)
        let (status, kind) = (drafts[i].movement.status, drafts[i].movement.kind)
        let later = StatusLexicon.progress(status) > StatusLexicon.progress(out[k].status)
        // The notes this draft adds after its own: made before the record is replaced.
        let also: AlsoNote
        var claim: String?
        if later {
          also = AlsoNote(out[k].status, out[k].kind, out[k].evidence.quote, last: lastAlso)
          claim = "later claim: \(kind.rawValue), \(status.rawValue)"
          // The status moves on; the kind stays the one the movement was introduced with.
          let firstKind = out[k].kind
          let notes = out[k].notes
          out[k] = drafts[i].movement
          out[k].kind = firstKind
          out[k].notes = notes
        } else {
          also = AlsoNote(status, kind, drafts[i].movement.evidence.quote, last: lastAlso)
        }
        if seen[k] == nil {
          // The first merge: each note's first occurrence, and the set kept for the next merges.
          // (Room for its notes and the few each merge adds.)
          var set = NoteSet(minimumCapacity: out[k].notes.count + 8)
          out[k].notes = out[k].notes.filter { set.insert($0) }
          seen[k] = set
        }
        // The added notes go into the set and the record one by one, in the order they were
        // joined before: no array of them is built per draft (an allocation or two per merge).
        for n in drafts[i].movement.notes where later || !n.hasPrefix("no hedging") {
          if seen[k]?.insert(n) == true { out[k].notes.append(n) }
        }
        // The note just added to this very record again: already there (the notes only grow).
        if !(also.reused && lastAlsoRecord == k), seen[k]?.insert(also.note) == true {
          out[k].notes.append(also.note)
        }
        (lastAlso, lastAlsoRecord) = (also, k)
        if let claim, seen[k]?.insert(claim) == true { out[k].notes.append(claim) }
        out[k].origin = specific
      } else {
        out.append(drafts[i].movement)
        seen.append(nil)
      }
    }
    return out
  }

  /// The note a merged draft leaves on its record (`alsoReadAs`), with what it was made of. Written
  /// for speed: the drafts of one group share their quote (one string), and a record they all merge
  /// into would cut the quote and build the same note per draft; the last note is taken again when
  /// it was made from the same status, kind and quote bytes.
  struct AlsoNote {
    let status: ClaimStatus
    let kind: MovementKind
    let quote: String
    let note: String
    /// True when `note` is `last`'s.
    let reused: Bool

    init(_ status: ClaimStatus, _ kind: MovementKind, _ quote: String, last: AlsoNote?) {
      (self.status, self.kind, self.quote) = (status, kind, quote)
      if let last, last.status == status, last.kind == kind, FNV1a.sameBytes(last.quote, quote) {
        (note, reused) = (last.note, true)
      } else {
        (note, reused) = (MovementExtractor.alsoReadAs(status, kind, QuotePrefix.of(quote, 80)), false)
      }
    }

  }

  /// The note a merged draft leaves on its record: "also read as STATUS (KIND): «QUOTE»". Written
  /// for speed: an interpolation reserves room for its literals only, so the quote grew the string
  /// (a second allocation and a copy) for every merge, and each `+=` cost some 340 instructions.
  /// Here every part's bytes are laid end to end in a buffer on the stack and the note made from
  /// them at once, without checking them as UTF-8 again (`String(validUTF8:)`: the parts are
  /// strings, the quote a `Substring` cut at a character's start): building the head as a string,
  /// then appending the quote and «»», was ~2,300 instructions a note.
  static func alsoReadAs(_ status: ClaimStatus, _ kind: MovementKind, _ quote: Substring) -> String {
    note(("also read as ", status.rawValue, " (", kind.rawValue, "): «"), quoting: quote)
  }

  /// The note a group leaves when it carries over what an earlier movement read: `head` (ending in
  /// «), the first 60 characters of that movement's quote, and «»». Built as `alsoReadAs` builds its
  /// note (the head is one part, the others empty): the interpolation grew the note for the quote
  /// and copied it again, ~2,000 instructions a note.
  static func carriedOver(_ head: String, from quote: String) -> String {
    note((head, "", "", "", ""), quoting: QuotePrefix.of(quote, 60))
  }

  /// The five `parts`, then `quote` and «»», laid end to end in a buffer on the stack and made into
  /// a note at once (see `alsoReadAs`).
  private static func note(_ parts: (String, String, String, String, String), quoting quote: Substring) -> String {
    let head =
      parts.0.utf8.count + parts.1.utf8.count + parts.2.utf8.count + parts.3.utf8.count + parts.4.utf8.count
    var quote = quote
    return quote.withUTF8 { q in
      let count = head + q.count + "»".utf8.count
      return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { buffer in
        var end = copy(parts.0, to: buffer, at: 0)
        end = copy(parts.1, to: buffer, at: end)
        end = copy(parts.2, to: buffer, at: end)
        end = copy(parts.3, to: buffer, at: end)
        end = copy(parts.4, to: buffer, at: end)
        end = copy(q, to: buffer, at: end)
        end = copy("»", to: buffer, at: end)
        precondition(end == count, "note: the note's bytes are not its parts'")
        return String(validUTF8: UnsafeBufferPointer(buffer))
      }
    }
  }

  /// Copies `text`'s bytes into `buffer` from byte `at`; the end of the copy.
  private static func copy(_ text: String, to buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Int {
    var text = text
    return text.withUTF8 { copy($0, to: buffer, at: start) }
  }

  /// Copies `bytes` into `buffer` from byte `at`; the end of the copy.
  private static func copy(
    _ bytes: UnsafeBufferPointer<UInt8>, to buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int
  ) -> Int {
    precondition(start + bytes.count <= buffer.count, "alsoReadAs: a part past the note's end")
    _ = UnsafeMutableBufferPointer(rebasing: buffer[start...]).initialize(fromContentsOf: bytes)
    return start + bytes.count
  }

  /// «جرابلس» read once as the town and once as its district: one destination under one name.
  /// (Ids compared by their keys, `hasSameID`: comparing the id Strings was a call each, for every
  /// record a draft is merged against.)
  static func sameDestination(_ a: GazetteerEntry, _ b: GazetteerEntry) -> Bool {
    if a.hasSameID(as: b) { return true }
    // Distance first: it rules out nearly every pair without building a name key. Two places
    // more than 0.23° of latitude apart are more than 25.5 km apart (a degree of latitude is
    // ~111.2 km on the haversine sphere, and no great circle is shorter than its latitude span):
    // ruled out without the sines and arc tangent (asked per record in `merge`, per captured
    // claim in `placeJustLost`, ~10M instructions of a 2 MB Arabic run).
    guard abs(a.coordinate.latitude - b.coordinate.latitude) <= 0.23,
      a.coordinate.distanceKm(to: b.coordinate) <= 25
    else { return false }
    let key = NameKey.looseCached(a.name)
    return !key.isEmpty && key == NameKey.looseCached(b.name)
  }

  static func sameFamily(_ a: GazetteerEntry, _ b: GazetteerEntry) -> Bool {
    if a.hasSameID(as: b) || a.isChild(of: b) || b.isChild(of: a) { return true }
    let gov = a.kind == .governorate ? a : (b.kind == .governorate ? b : nil)
    let other = gov == a ? b : a
    guard let g = gov, other.kind == .city, g.country == other.country else { return false }
    // «محافظة الرقة» and «مدينة الرقة»: the governorate's name contains its capital's.
    let names = [(g.name, other.name), (g.nameAr, other.nameAr), (g.admin1, other.name)]
    return names.contains { pair in
      let a = NameKey.loose(pair.0)
      let b = NameKey.loose(pair.1)
      return !a.isEmpty && !b.isEmpty && a.contains(b)
    }
  }

  func moreSpecific(_ a: GazetteerEntry, _ b: GazetteerEntry) -> GazetteerEntry {
    a.kind == .governorate && b.kind != .governorate ? b : a
  }
}
