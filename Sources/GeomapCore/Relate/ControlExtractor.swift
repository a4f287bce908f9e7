/// Finds who holds, besieges, took or lost which place.
struct ControlExtractor {
  /// Stronghold nouns: the place before them is held by the actor after them.
  static let strongholds = PhraseMatcher([
    ("المعقل الرئيسي", true), ("المعقل", true), ("معقل", true), ("معاقل", true), ("stronghold", true),
    ("strongholds", true), ("bastion", true), ("de facto capital", true), ("capital", true),
    ("enclave", true), ("bastions", true),
  ])
  /// "last", "major", "urban": words between an owner and its stronghold ("ISIS's last major stronghold").
  static let strongholdAdjectives: WordSet = [
    "s", "last", "major", "main", "key", "remaining", "urban", "city", "biggest", "largest", "final", "most",
    "important", "principal", "de", "facto",
  ]
  /// "held by ACTOR", «تحت سيطرة ACTOR»: the place before is held by the actor after.
  static let heldBy = PhraseMatcher([
    ("تحت سيطرة", ControlStatus.holds), ("الخاضعة لسيطرة", .holds), ("الخاضع لسيطرة", .holds),
    ("held by", .holds), ("controlled by", .holds), ("under the control of", .holds),
    ("under control of", .holds), ("under the full control of", .holds), ("under full control of", .holds),
    ("under the complete control of", .holds), ("besieged by", .besieged), ("encircled by", .besieged),
    ("under siege by", .besieged),
    ("surrounded by", .besieged), ("captured by", .captured), ("seized by", .captured),
    ("retaken by", .captured), ("recaptured by", .captured), ("fell to", .captured), ("fallen to", .captured),
    ("falls to", .captured), ("overrun by", .captured), ("المحاصرة من قبل", .besieged),
    ("المحاصر من قبل", .besieged), ("تحت حصار", .besieged),
    // «باتت بلدتا الفوعة وكفريا محاصرتين بالكامل من قبل فصائل جيش الفتح»: the participle without the
    // article after a verb of becoming, singular, dual or plural, fully («بالكامل») or not.
    ("محاصرة من قبل", .besieged), ("محاصر من قبل", .besieged), ("محاصرتين من قبل", .besieged),
    ("محاصرتان من قبل", .besieged), ("محاصرين من قبل", .besieged), ("محاصرون من قبل", .besieged),
    ("المحاصرتين من قبل", .besieged), ("المحاصرين من قبل", .besieged),
    ("محاصرة بالكامل من قبل", .besieged), ("محاصرتين بالكامل من قبل", .besieged),
    ("محاصرين بالكامل من قبل", .besieged),
    // Round 5 inventory: passives of the new taking verbs, "cut off by", «الخاضعة لتنظيم داعش».
    ("stormed by", .captured), ("liberated by", .captured), ("secured by", .captured),
    ("taken by", .captured),
    ("won back by", .captured), ("cut off by", .besieged), ("الخاضعة", .holds), ("الخاضع", .holds),
    // "Al-Hol camp is administered by the Kurdish-led authorities", "a camp run by the SDF".
    ("administered by", .holds), ("run by", .holds),
    // «تخضع مدينة الرقة لسيطرة قسد»: to the control of the actor after; «عادت مدينة تدمر إلى سيطرة
    // الجيش السوري»: back to it.
    ("لسيطرة", .holds), ("إلى سيطرة", .captured), ("الى سيطرة", .captured), ("تحت قبضة", .holds),
  ])
  /// Finite verbs: ACTOR verb PLACE or verb ACTOR PLACE (Arabic VSO).
  static let verbs: [(String, ControlStatus)] = [
    ("سيطر", .captured), ("سيطرت", .captured), ("استولى", .captured), ("استولت", .captured),
    ("سيطروا", .captured), ("سيطرا", .captured), ("سيطرتا", .captured), ("استعادا", .captured),
    ("دخلا", .captured), ("حاصرا", .besieged), ("يسيطران", .holds), ("تسيطران", .holds), ("حررت", .captured),
    ("حرر", .captured), ("استعاد", .captured),
    ("استعادت", .captured), ("دخلت", .captured), ("دخل", .captured), ("دخلوا", .captured),
    ("captured", .captured), ("seized", .captured), ("took control of", .captured),
    ("taken control of", .captured), ("regained control of", .captured), ("regained", .captured),
    ("took back", .captured), ("full control of", .captured), ("full control over", .captured),
    ("control over", .holds), ("hold", .holds), ("still holds", .holds), ("surrounds", .besieged),
    ("surround", .besieged), ("encircle", .besieged), ("besiege", .besieged),
    ("taken full control of", .captured), ("took full control of", .captured),
    ("have taken", .captured), ("retaken", .captured), ("liberated", .captured), ("has taken", .captured),
    ("recaptured", .captured), ("retook", .captured), ("took", .captured),
    ("يسيطر", .holds), ("تسيطر", .holds), ("holds", .holds), ("controls", .holds),
    ("يتحصن", .holds), ("تتحصن", .holds), ("يتحصنون", .holds), ("holed up in", .holds),
    ("entrenched in", .holds), ("تحتفظ", .holds), ("يحتفظ", .holds), ("احتفظت", .holds), ("احتفظ", .holds),
    ("retains", .holds), ("retained", .holds), ("still retains", .holds), ("deployed in", .holds),
    ("deployed", .holds),
    ("took over", .captured),
    ("control", .holds), ("overran", .captured), ("overrun", .captured), ("entered", .captured),
    ("wrested control of", .captured),
    ("wrest control of", .captured), ("seized control of", .captured), ("gained control of", .captured),
    ("has held", .holds), ("have held", .holds), ("had held", .holds), ("has controlled", .holds),
    ("had controlled", .holds), ("طوق", .besieged), ("طوقت", .besieged), ("طوقوا", .besieged),
    ("يطوق", .besieged),
    ("تطوق", .besieged),
    ("حاصر", .besieged), ("حاصرت", .besieged), ("يحاصر", .besieged), ("تحاصر", .besieged),
    ("besieged", .besieged), ("besieging", .besieged), ("encircled", .besieged),
    ("خسر", .lost), ("خسرت", .lost), ("lost", .lost), ("lost control of", .lost),
    ("اشتباكات في", .contested), ("clashes in", .contested), ("fighting in", .contested),
    // Round 5 inventory (written out by status, not from errors): headline present tenses, the
    // verbs of storming, clearing and securing, plurals and other persons of the Arabic verbs, and
    // handing over (the receiver is read like the gainer of "lost X to Y").
    ("captures", .captured), ("seizes", .captured), ("retakes", .captured), ("recaptures", .captured),
    // Session 33: "freed", and the present and past of losing and ceding ("ISIS loses Tabqa to the
    // SDF"). (Not the base forms "seize", "retake": after "to" they are aims, and a headline's "Rebels
    // seize X" repeats its lead.)
    ("freed", .captured), ("loses", .lost), ("cedes", .lost), ("ceded", .lost),
    ("takes control of", .captured), ("takes over", .captured), ("regains", .captured),
    ("liberates", .captured),
    ("stormed", .captured), ("storms", .captured), ("secured", .captured), ("secures", .captured),
    ("cleared", .captured), ("clears", .captured), ("won back", .captured), ("wins back", .captured),
    ("overruns", .captured), ("controlled", .holds), ("handed over", .lost), ("hands over", .lost),
    ("ceded", .lost), ("cedes", .lost), ("surrendered", .lost),
    ("in control of", .holds), ("in full control of", .holds), ("in complete control of", .holds),
    // "Sinjar, where peshmerga fighters are in control", "where SDF fighters are holding out in the old
    // town": holding with no object of its own, whose place is what "where"/"which" refers to.
    ("in control", .holds), ("in full control", .holds), ("holding out", .holds), ("held out", .holds),
    ("holds out", .holds), ("hold out", .holds),
    ("complete control of", .captured), ("complete control over", .captured), ("laid siege to", .besieged),
    ("lay siege to", .besieged), ("laying siege to", .besieged), ("besieges", .besieged),
    ("encircles", .besieged),
    ("surrounded", .besieged), ("had taken", .captured), ("had seized", .captured), ("holding", .holds),
    ("controlling", .holds), ("swept into", .captured),
    ("rolled into", .captured), ("marched into", .captured), ("stormed into", .captured),
    ("pushed into", .captured),
    ("managed to capture", .captured), ("managed to retake", .captured),
    ("managed to seize", .captured), ("succeeded in capturing", .captured),
    ("اقتحم", .captured), ("اقتحمت", .captured), ("اقتحموا", .captured), ("اجتاح", .captured),
    ("اجتاحت", .captured), ("انتزع", .captured), ("انتزعت", .captured), ("انتزعوا", .captured),
    ("استرجع", .captured), ("استرجعت", .captured), ("استرجعوا", .captured), ("تسلم", .captured),
    ("تسلمت", .captured), ("تسلموا", .captured), ("استلم", .captured), ("استلمت", .captured),
    ("استعادوا", .captured), ("حرروا", .captured), ("استولوا", .captured), ("يسيطرون", .holds),
    ("تسيطرون", .holds), ("يحاصرون", .besieged), ("حاصروا", .besieged), ("فقد", .lost), ("فقدت", .lost),
    ("فقدوا", .lost), ("خسروا", .lost),
    // «انتشرت قوات النظام في …», «تتمركز»: deployed or stationed in a place holds it ("deployed in").
    ("انتشرت", .holds), ("انتشر", .holds), ("انتشروا", .holds), ("تنتشر", .holds), ("ينتشر", .holds),
    ("تمركزت", .holds), ("تتمركز", .holds), ("يتمركز", .holds), ("تمركز", .holds),
    // «سلم المسلحون حي القدم إلى قوات النظام»: handing over.
    ("سلم", .lost), ("سلمت", .lost), ("سلموا", .lost),
    // «واستُعيدت مدينة خان شيخون»: the passive, whose taker is the paragraph's subject.
    ("استعيدت", .captured), ("استعيد", .captured),
    // «قبل أن تستعيد "قسد" بلدة البصيرة السبت الماضي»: the imperfect after «قبل أن»/«بعد أن» tells a
    // past taking (read only there: `narrativeOnly`).
    ("تستعيد", .captured), ("يستعيد", .captured), ("تسترجع", .captured), ("يسترجع", .captured),
  ]
  /// The imperfect verbs of `verbs` that tell a taking only after «قبل أن», «بعد أن» (elsewhere they
  /// are a wish, a plan or a process: «تسعى لأن تستعيد», «يستعيد الجيش تدريجياً»).
  static let narrativeOnly: WordSet = WordSet(
    words: ["تستعيد", "يستعيد", "تسترجع", "يسترجع"].map(ArabicWord.lexiconForm))
  static let narrativeOpeners: WordSet = WordSet(words: ["قبل", "بعد"].map(ArabicWord.lexiconForm))
  static let thatParticle: WordSet = WordSet(words: ["أن"].map(ArabicWord.lexiconForm))
  static let verbMatcher = PhraseMatcher(verbs, exact: true)
  /// Words that negate a control verb: «لم», «لن», «لا» right before an Arabic verb; "not",
  /// "never", "cannot" and the "longer" of "no longer" between an English subject and its verb.
  static let verbNegations: WordSet = WordSet(
    words: ["لم", "لن", "لا"].map(ArabicWord.lexiconForm) + ["not", "never", "cannot", "longer"])
  /// "Government forces control Tadef": verbs that are also nouns ("control of", "under the control")
  /// count only right after their subject.
  static let subjectFirst: WordSet = ["control"]
  /// "Rebels still control", "forces now control": words that may stand between subject and verb.
  static let controlAdverbs: WordSet = [
    "now", "still", "also", "largely", "effectively", "already", "jointly", "currently",
    // "Rebels continue to control Idlib city".
    "continue", "continues", "continued", "to",
  ]
  /// "Islamic State militants control", "Kurdish fighters now control": the men a side's name
  /// qualifies, between it and the verb (the side's mention ends before them).
  static let subjectHeads: WordSet = [
    "militants", "fighters", "forces", "troops", "units", "rebels", "insurgents", "jihadists", "militiamen",
    "militias", "gunmen",
  ]
  /// "in rebel hands", «في يد», «بأيدي»: the hands an actor holds a place in.
  static let hands: WordSet = WordSet(
    words: (["يد", "أيدي", "ايدي", "قبضة"] + exchangeVerbWords).map(ArabicWord.lexiconForm) + ["hands"])
  /// «تتبادل الأطراف السيطرة عليها», «تبادلت قوات النظام والمعارضة السيطرة على …»: sides exchanging
  /// control of a place (`changingHands`); "changed hands" is read at "hands".
  static let exchangeVerbWords = ["تبادل", "تتبادل", "تبادلت", "يتبادل", "تبادلا", "تبادلوا", "يتبادلون", "تبادلتا"]
  static let exchangeVerbs: WordSet = WordSet(words: exchangeVerbWords.map(ArabicWord.lexiconForm))
  static let changeWords: WordSet = ["changed", "changing", "change", "changes", "exchanged", "exchanging"]
  /// «السيطرة» after «تبادلت» (`changingHands`) and in «تمكنت من السيطرة عليها» (`managedTaking`).
  static let controlNouns: WordSet = WordSet(words: ["السيطرة"].map(ArabicWord.lexiconForm))
  static let handsPrepositions: WordSet = ["في", "in", "into"]
  /// «سقطت … بيد», "fell into the hands of": the place was taken, not only held.
  static let falling: WordSet = WordSet(
    words: ["سقطت", "سقط", "وقعت", "وقع"].map(ArabicWord.lexiconForm) + ["fell", "fallen", "falls", "fall"])
  /// «لا يزال التنظيم يتحصن في … وسط المدينة», "holed up in": holding out in part of a place.
  static let entrenched: WordSet = WordSet(
    words: ["يتحصن", "تتحصن", "يتحصنون"].map(ArabicWord.lexiconForm) + ["holed", "entrenched"])
  /// "government-held X", "rebel-held X", "ISIS-held X": who holds the place that follows.
  static let heldPrefix: [String: Actor] = [
    "government": .regime, "regime": .regime, "rebel": .opposition, "opposition": .opposition,
    "isis": .isis, "is": .isis, "state": .isis, "kurdish": .sdf, "sdf": .sdf, "turkish": .tur, "hts": .hts,
  ]
  /// Nouns of taking that state a fact after an announcement («أعلن الجيش استعادة تلعفر», «معلنة
  /// سيطرتها الكاملة على حرستا»); without one they may be a wish («من السيطرة على …»).
  static let announcedNouns = PhraseMatcher(
    [
      ("سيطرته", ControlStatus.captured), ("سيطرتها", .captured), ("سيطرتهم", .captured),
      ("استعادة", .captured), ("تحرير", .captured), ("capture", .captured), ("recapture", .captured),
      ("retaking", .captured), ("liberation", .captured), ("السيطرة", .captured), ("سيطرة", .captured),
      ("دخول", .captured), ("اقتحام", .captured), ("انتزاع", .captured), ("استرجاع", .captured),
      // «أحكمت قوات النظام قبضتها على حمص»: its grip.
      ("قبضتها", .captured), ("قبضته", .captured), ("قبضتهم", .captured),
      // «أكملت قوات النظام تطويق تدمر», "completed the encirclement of".
      ("تطويق", .besieged), ("encirclement", .besieged),
      // "after taking Hama": gerunds of taking, read only after "after" or "since" (`ownedByClitic`).
      ("taking", .captured), ("capturing", .captured), ("seizing", .captured), ("recapturing", .captured),
      ("storming", .captured), ("overrunning", .captured),
    ], exact: true)
  /// Control nouns whose pronoun is their taker («سيطرتها على حماة»: its control of Hama) and English
  /// gerunds of taking, whose understood subject is their clause's. (The pronoun of «تحريرها»,
  /// «استعادتها» is the place taken, not the taker.)
  static let ownedByClitic: WordSet = WordSet(
    words: ["سيطرته", "سيطرتها", "سيطرتهم", "سيطرتهما"].map(ArabicWord.lexiconForm) + [
      "taking", "capturing", "seizing", "retaking", "recapturing", "storming", "overrunning",
    ])
  /// «إعلان قسد السيطرة على الرقة»: an announcement noun counts when the actor follows it at once.
  static let announcement: WordSet = WordSet(words: ["إعلان", "بإعلان"].map(ArabicWord.lexiconForm))
  /// «معركة تحرير الرقة», "the battle for Raqqa", "an offensive to retake Mosul": the attacker
  /// contests the place (the nouns of taking inside them are no capture).
  static let battles = PhraseMatcher(
    [
      ("معركة تحرير", true), ("معركة استعادة", true), ("عملية تحرير", true), ("عملية استعادة", true),
      ("معركة", true), ("حملة لاستعادة", true), ("battle for", true), ("battle of", true),
      ("offensive on", true), ("offensive against", true), ("offensive to retake", true),
      ("offensive to recapture", true), ("campaign to retake", true), ("operation to retake", true),
      ("operation to liberate", true), ("offensive to liberate", true),
      ("fought for control of", true), ("fighting for control of", true), ("fight for control of", true),
      ("battle for control of", true), ("fought for", true), ("fighting for", true),
    ])
  /// «بمشاركة وحدات الحشد الشعبي», "with the participation of": a partner in the taking.
  static let participation = PhraseMatcher([
    ("بمشاركة", true), ("بمشاركة قوات", true), ("with the participation of", true),
    // «بعد عملية مشتركة بين قوات البيشمركة والجيش العراقي», "in a joint operation with the Peshmerga".
    ("عملية مشتركة بين", true), ("عملية مشتركة مع", true), ("بالاشتراك مع", true),
    // «سيطر الجيش الوطني بالتعاون مع الجيش التركي على …»: a partner working with the subject.
    ("بالتعاون مع", true), ("بالتنسيق مع", true),
    ("joint operation with", true), ("joint operation between", true), ("jointly with", true),
  ])
  /// «بسطت قوات النظام سيطرتها على», «أحكمت قسد سيطرتها على»: extending one's control states it too.
  static let announcing: WordSet = WordSet(
    words: [
      "أعلن", "أعلنت", "يعلن", "تعلن", "معلنة", "معلنا", "أكد", "أكدت", "بسط", "بسطت", "أحكم", "أحكمت",
      "فرض", "فرضت", "أحكموا", "بسطوا", "أكملت", "أكمل", "استكملت", "أتمت",
      // «رصد المرصد سيطرة قوات النظام على …», «وثق»: a monitor reporting what it saw.
      "رصد", "رصدت", "وثق", "وثقت", "شهد", "شهدت",
      // «تمكنت فصائل المعارضة من السيطرة على», «نجحت في استعادة»: managing to take it states it was taken.
      "تمكن", "تمكنت", "تمكنوا", "نجح", "نجحت", "نجحوا", "استطاع", "استطاعت", "استطاعوا",
    ].map(ArabicWord.lexiconForm) + [
      "announced", "announces", "completed", "declared",
    ])
  /// "forces backed by Iran and Hezbollah": the backers named after these words are not the subject.
  static let backing: WordSet = WordSet(
    words: [
      "المدعومة", "المدعوم", "مدعومة", "مدعوم", "بدعم",
      // «مدعمة بحزب الله»: the Syrian Observatory's spelling.
      "مدعمة", "مدعما", "مدعمين", "المدعمة",
      // «وبإسناد من طيران التحالف», «بمساندة طائرات التحالف», «بغطاء جوي روسي»: support by its other names.
      "بإسناد", "بمساندة", "بغطاء", "بتغطية", "مسنودة", "مسنودا",
    ].map(ArabicWord.lexiconForm) + [
      "backed", "supported", "aided",
    ])
  /// «الأحياء التي يسيطر عليها», "the areas it controls": the sub-city places named with them.
  static let relativeHeld = PhraseMatcher([
    ("الأحياء التي يسيطر عليها", true), ("الأحياء التي تسيطر عليها", true),
    ("المناطق التي يسيطر عليها", true), ("المناطق التي تسيطر عليها", true),
    ("areas it controls", true), ("areas it holds", true), ("neighbourhoods it controls", true),
    ("neighborhoods it controls", true), ("districts it controls", true),
  ])
  /// «أحياء من X», "parts of X": only part of the place.
  static let partitive = PhraseMatcher([
    ("أحياء من", true), ("أجزاء من", true), ("بعض أحياء", true), ("جزء من", true), ("parts of", true),
    ("part of", true), ("some neighbourhoods of", true), ("some neighborhoods of", true),
    // «على أطراف مدينة حمص», "the outskirts of": the edge of a place is part of it.
    ("أطراف", true), ("outskirts of", true),
    // «أجزاء واسعة من الموصل»: large parts are parts.
    ("أجزاء واسعة من", true),
    // «معظم جرود عرسال», "most of Homs": most of a place is not all of it (the gold convention since
    // the devset, `ar-04`; the map draws such a zone smaller and names the place "(part)").
    ("معظم", true), ("أغلب", true), ("most of", true), ("much of", true),
  ])

  let ctx: RelationContext

  /// Control is stated, claimed or denied; negotiation words in the sentence are about movements.
  func claimStatus(at t: Int, sentence: Range<Int>) -> ClaimStatus {
    let clause = ctx.clause(of: t, in: sentence)
    let s = StatusLexicon.status(ctx.doc, in: clause, cues: ctx.cues)
    return s == .denied || s == .claimed ? s ?? .reported : .reported
  }

  /// Appends one rule's claims of a sentence, one by one: a rule gives none, one or two, and the
  /// generic `append(contentsOf:)` cost some 900 instructions per call.
  static func add(_ claims: [TokenClaim], to out: inout [TokenClaim]) {
    for c in claims { out.append(c) }
  }

  /// The cues of the rules `extract` runs per sentence: a sentence holding none of them gives none
  /// of their claims.
  static let sentenceCues = CueIndex.bits([
    .strongholds, .heldBy, .heldCompounds, .heldByPronoun, .sieges, .hands, .siegeNouns, .lifting, .expelling,
    .clashNouns, .holdouts, .holdingVerbs, .positions, .under, .flags, .relativeHeld, .battles,
    .announcedNouns, .controlVerbs, .siegeVerbs, .relativeTakings,
  ])

  /// Claims and the token where each claim's place is named, in text order. (The rules moved out of
  /// this loop append to `out` themselves: an array returned per rule and sentence was a heap block
  /// per call.)
  func extract() -> [TokenClaim] {
    var out: [TokenClaim] = []
    let doc = ctx.doc
    for (s, sentence) in doc.sentences.enumerated() {
      // Each rule runs only in a sentence holding its cue (the rule found nothing elsewhere: it visits
      // only its cue's tokens). Written for speed: most sentences hold no control cue, and asking
      // each of some twenty rules for its empty token list and match view cost more than the rules.
      let present = ctx.cues.mask(ofSentence: s)
      guard present & Self.sentenceCues != 0 else { continue }
      func has(_ cue: CueIndex.Cue) -> Bool { present & CueIndex.bit(cue) != 0 }
      // (The clause is found when a claim is made, not built for every sentence.)
      func statusAt(_ t: Int) -> ClaimStatus { claimStatus(at: t, sentence: sentence) }
      if has(.strongholds) { strongholdClaims(in: sentence, statusAt: statusAt, into: &out) }
      if has(.heldBy) { heldByClaims(in: sentence, statusAt: statusAt, into: &out) }
      if has(.heldCompounds) {
        heldCompoundClaims(in: sentence, statusAt: statusAt, into: &out)
        proSideClaims(in: sentence, statusAt: statusAt, into: &out)
      }
      if has(.heldByPronoun) { Self.add(heldByPronoun(in: sentence, statusAt: statusAt), to: &out) }
      if has(.sieges) { Self.add(imposedSieges(in: sentence, statusAt: statusAt), to: &out) }
      if has(.hands) { Self.add(inHands(in: sentence, statusAt: statusAt), to: &out) }
      if has(.siegeNouns) || has(.lifting) {
        Self.add(liftedSieges(in: sentence, statusAt: statusAt), to: &out)
      }
      if has(.expelling) { Self.add(expulsions(in: sentence, statusAt: statusAt), to: &out) }
      if has(.clashNouns) { Self.add(clashes(in: sentence, statusAt: statusAt), to: &out) }
      if has(.holdouts) { Self.add(holdoutClaims(in: sentence, statusAt: statusAt), to: &out) }
      if has(.holdingVerbs) { Self.add(heldOnIt(in: sentence, statusAt: statusAt), to: &out) }
      if has(.positions) { Self.add(heldPositions(in: sentence, statusAt: statusAt), to: &out) }
      if has(.siegeVerbs) { Self.add(besiegedByRelative(in: sentence, statusAt: statusAt), to: &out) }
      if has(.relativeTakings) || (has(.resumptives) && has(.controlVerbs)) {
        Self.add(relativeTakings(in: sentence, statusAt: statusAt), to: &out)
      }
      if has(.under) { Self.add(underControl(in: sentence, statusAt: statusAt), to: &out) }
      if has(.flags) { Self.add(raisedFlags(in: sentence, statusAt: statusAt), to: &out) }
      var relativeCovered = Set<Int>()
      if has(.relativeHeld) {
        relativeHeldClaims(in: sentence, statusAt: statusAt, covered: &relativeCovered, into: &out)
      }
      var battleCovered = Set<Int>()
      if has(.battles) {
        battleClaims(in: sentence, statusAt: statusAt, covered: &battleCovered, into: &out)
      }
      if has(.announcedNouns) {
        announcedClaims(in: sentence, statusAt: statusAt, battleCovered: battleCovered, into: &out)
      }
      if has(.controlVerbs) {
        verbClaims(in: sentence, statusAt: statusAt, relativeCovered: relativeCovered, into: &out)
      }
    }
    // The general frames add claims only on places no specific rule read a claim on: marked by
    // token. (Written for speed: a `Set` of the tokens hashed each one, ~100 instructions a claim.)
    var covered = [Bool](filling: false, count: doc.tokens.count)
    for k in out.indices {
      let t = out[k].token
      precondition(t >= 0 && t < covered.count, "ControlExtractor: a claim's token outside the report")
      covered[t] = true
    }
    let fallback = ControlFallback(rules: self)
    for (s, sentence) in doc.sentences.enumerated() {
      // (Only in sentences holding a cue of the frames, as above.)
      let present = ctx.cues.mask(ofSentence: s)
      guard present & ControlFallback.cues != 0 else { continue }
      // (The clause is found when a claim is made, not built for every sentence.)
      func statusAt(_ t: Int) -> ClaimStatus { claimStatus(at: t, sentence: sentence) }
      let found = fallback.claims(in: sentence, present: present, statusAt: statusAt)
      // Most sentences give none: no filtered copy and no generic append for them (see `add`).
      if found.isEmpty { continue }
      out += found.filter { !($0.token >= 0 && $0.token < covered.count && covered[$0.token]) }
    }
    // "BEIRUT (AP) - … the besieged rebel-held eastern part of the city": no claim is on the bureau.
    if let bureau = datelineBureau() { out.removeAll { $0.token == bureau } }
    // The passes that add claims append to `out` in place: each taking a copy of the array and
    // returning a grown one copied every claim (retaining its strings) four times per report.
    addPartners(to: &out)
    addIncluded(to: &out)
    addGroundBackers(to: &out)
    addExamples(to: &out)
    var kept = merge(withoutSupersededTakings(withoutEndedHolds(out)))
    for i in kept.indices {
      let (start, end) = (kept[i].claim.evidence.start, kept[i].claim.evidence.end)
      kept[i].claim.evidence.quote = doc.slice(start, end)
    }
    return kept
  }

  /// Strongholds: «حي الحجر الأسود، المعقل الرئيسي لتنظيم الدولة», "Raqqa, the ISIS stronghold".
  func strongholdClaims(
    in sentence: Range<Int>, statusAt: (Int) -> ClaimStatus, into out: inout [TokenClaim]
  ) {
    let doc = ctx.doc
    for m in Self.strongholds.matches(
      doc, in: sentence, candidates: ctx.cues.tokens(.strongholds, in: sentence))
    {
      // «حي الحجر الأسود، المعقل الرئيسي لتنظيم الدولة»; "Raqqa, the ISIS stronghold".
      let named = ctx.actors.first(where: { a in
        // «المعقل الرئيسي لتنظيم الدولة», "the main stronghold of the Islamic State", "an ISIS stronghold".
        (a.firstToken >= m.range.upperBound && a.firstToken <= m.range.upperBound + 2)
          || (a.endToken <= m.range.lowerBound && a.endToken >= m.range.lowerBound - 2)
          // "Islamic State's last major urban stronghold": adjectives of rank between.
          || (a.endToken <= m.range.lowerBound && a.endToken >= m.range.lowerBound - 5
            && (a.endToken..<m.range.lowerBound).allSatisfy {
              !doc.forms[$0].isDisjoint(with: Self.strongholdAdjectives)
            })
      })
      // The side and the tokens that name it (a name, else a side adjective).
      guard
        let (actor, first, end) = named.map({ ($0.actor, $0.firstToken, $0.endToken) })
          ?? sideAdjective(before: m.range.lowerBound, in: sentence).map({ ($0.actor, $0.token, $0.token + 1) })
          ?? pronounOwner(of: m.range.lowerBound, in: sentence).map({
            ($0.actor, m.range.lowerBound, m.range.lowerBound + 1)
          })
      else { continue }
      let placeBefore = ctx.placesStarting(in: sentence).last { p in
        p.recognized.endToken <= min(m.range.lowerBound, first)
          && p.recognized.endToken >= min(m.range.lowerBound, first) - 4
          && sentence.contains(p.recognized.firstToken)
      }
      let placeAfter = ctx.placesStarting(in: sentence).first { p in
        p.recognized.firstToken > m.range.upperBound
          && p.recognized.firstToken <= max(m.range.upperBound, end) + 1
          && sentence.contains(p.recognized.firstToken)
      }
      guard let found = placeBefore ?? placeAfter else { continue }
      // «باتت تسيطر على آخر معاقل التنظيم في قضاء تلعفر», "captured the last ISIS stronghold in":
      // the stronghold is the object of another side's verb of taking — no longer the owner's.
      if isTakenStronghold(m.range.lowerBound, in: sentence) { continue }
      let p = ctx.locatedPlace(found)
      out.append(
        TokenClaim(
          claim(actor, p, .holds, false, statusAt(m.range.lowerBound), sentence),
          p.recognized.firstToken
        ))
    }
  }

  /// Whether the stronghold noun at `t` is the object of a control verb: only «على», «آخر», "the",
  /// "last", "of", "a", "an" and the side's name stand between (up to four words).
  func isTakenStronghold(_ t: Int, in sentence: Range<Int>) -> Bool {
    let doc = ctx.doc
    var u = t - 1
    while u >= max(sentence.lowerBound, t - 4) {
      if ctx.cues.occurs(.controlVerbs, at: u), Self.verbMatcher.match(doc, at: u) != nil { return true }
      guard !doc.forms[u].isDisjoint(with: Self.strongholdObjectLinks) || ctx.isInsideActor(u) else { return false }
      u -= 1
    }
    return false
  }
  static let strongholdObjectLinks: WordSet = WordSet(
    words: ["على", "آخر", "اخر", "أحد", "أبرز", "أهم"].map(ArabicWord.lexiconForm) + [
      "the", "last", "of", "a", "an", "one", "its", "their", "remaining", "final", "key", "main",
    ])

  /// «من الرقة، معقله الأبرز في سوريا»: an Arabic stronghold noun with a pronoun suffix is the
  /// stronghold of the side the pronoun refers to, the side named last before it (in the sentence,
  /// else the paragraph's subject) that agrees with it in gender.
  func pronounOwner(of t: Int, in sentence: Range<Int>) -> ActorMention? {
    let doc = ctx.doc
    let word = doc.tokens[t].text
    guard doc.tokens[t].script == .arabic,
      PlainArabic.hasSuffix(word, "ه") || PlainArabic.hasSuffix(word, "ها") || PlainArabic.hasSuffix(word, "هم")
    else { return nil }
    return ControlFallback(rules: self).pronounReferent(of: t, in: sentence)
  }

  /// "Latakia, a government stronghold", "the last major rebel bastion": a side named by the
  /// adjective of `heldPrefix` ("government-held") standing before an English stronghold noun, past
  /// adjectives of rank. Not before "capital" ("the Kurdish capital" is a region's seat, not a side's
  /// stronghold), and not "state" or "is" alone (named whole as the Islamic State when they are it).
  func sideAdjective(before s: Int, in sentence: Range<Int>) -> (actor: Actor, token: Int)? {
    let doc = ctx.doc
    guard s < sentence.upperBound, doc.tokens[s].script == .latin,
      doc.forms[s].isDisjoint(with: Self.capitalWords)
    else { return nil }
    var u = s - 1
    while u >= max(sentence.lowerBound, s - 4), !doc.forms[u].isDisjoint(with: Self.strongholdAdjectives) { u -= 1 }
    guard u >= sentence.lowerBound, doc.tokens[u].script == .latin, doc.forms[u].isDisjoint(with: Self.namedAlone),
      let actor = Self.heldPrefix[doc.tokens[u].text]
    else { return nil }
    return (actor, u)
  }
  /// "capital", "de facto capital": the stronghold nouns a side adjective does not own.
  static let capitalWords: WordSet = ["capital", "de"]
  /// "state", "is": words of a side's name that name it only whole.
  static let namedAlone: WordSet = ["state", "is"]

  /// "held by ACTOR", «تحت سيطرة ACTOR»: the place before is held by the actor after.
  func heldByClaims(
    in sentence: Range<Int>, statusAt: (Int) -> ClaimStatus, into out: inout [TokenClaim]
  ) {
    let doc = ctx.doc
    for m in Self.heldBy.matches(doc, in: sentence, candidates: ctx.cues.tokens(.heldBy, in: sentence)) {
      guard
        let actor = ctx.actorsStarting(from: m.range.upperBound, before: m.range.upperBound + 2)
          .first(where: {
            // "taken by force. Rebels …": the agent is in the same sentence.
            $0.firstToken >= m.range.upperBound && $0.firstToken <= m.range.upperBound + 1
              && $0.endToken <= sentence.upperBound
          }),
        // "Deraa, parts of which are still held by rebels": the place a relative clause is about.
        let (named, partOf) =
          stateAntecedent(before: m.range.lowerBound, in: sentence).map({
            (ctx.places[$0.place], $0.partial)
          })
          ?? ctx.placesStarting(in: sentence).last(where: {
            $0.recognized.endToken <= m.range.lowerBound && $0.recognized.endToken >= m.range.lowerBound - 3
              && sentence.contains($0.recognized.firstToken)
          }).map({ ($0, false) })
          ?? passiveSubject(before: m.range.lowerBound, in: sentence).map({ (ctx.places[$0], false) })
          // «مركز الناحية "تحت السيطرة الكاملة" للقوات الأمنية», "the town was under the control of".
          ?? (max(sentence.lowerBound, m.range.lowerBound - 3)..<m.range.lowerBound).lazy.compactMap({
            ctx.anaphor(at: $0)
          }).last.map({ (ctx.places[$0], false) })
      else { continue }
      // "Al-Hol camp, in Hasakah Governorate, is administered by": the place the qualifier locates.
      let f = named.recognized.firstToken
      let k = ctx.placeIndices(startingIn: f..<(f + 1)).first { ctx.places[$0] == named }
      let p = k.flatMap { ctx.isLocativeQualifier($0) ? ctx.places[$0 - 1] : nil } ?? named
      // «وتخضع المساعدات في الرقة لسيطرة قسد»: what is in the place is under control, not the place.
      let pf = p.recognized.firstToken
      if doc.tokens[m.range.lowerBound].script == .arabic, pf > sentence.lowerBound,
        !doc.forms[pf - 1].isDisjoint(with: Self.arabicObjectBreakers)
          || !doc.forms[pf - 1].isDisjoint(with: MovementExtractor.originWords)
      {
        continue
      }
      for k in listBack(p) {
        out.append(
          TokenClaim(
            claim(actor.actor, ctx.places[k], m.value, partOf, statusAt(m.range.lowerBound), sentence),
            ctx.places[k].recognized.firstToken
          ))
      }
    }
  }

  /// "pro-regime", "pro-government", "pro-Assad": the side a town is said to be loyal to.
  static let proSides: [String: Actor] = ["regime": .regime, "government": .regime, "assad": .regime, "damascus": .regime]

  /// "Qamhana, a pro-regime town north of Hama", "the pro-government town of Mhardeh": a town said
  /// to be loyal to the regime is held by it (as "a regime-held town" is), in an apposition after
  /// the place or as the head noun of "of" and the place.
  func proSideClaims(in sentence: Range<Int>, statusAt: (Int) -> ClaimStatus, into out: inout [TokenClaim]) {
    let doc = ctx.doc
    for t in ctx.cues.tokens(.heldCompounds, in: sentence)
    where ctx.isWord(t, "pro") && t + 2 < sentence.upperBound && isHyphenated(t + 1) {
      let side = t + 1
      guard let actor = Self.proSides[doc.tokens[side].text] else { continue }
      var place = heldApposition(start: t, held: side, in: sentence)
      // "the pro-regime town of Qamhana": a generic head, "of", then the place.
      if place == nil, side + 3 < sentence.upperBound, !doc.forms[side + 1].isDisjoint(with: Self.appositionHeads),
        ctx.isWord(side + 2, "of")
      {
        place = ctx.place(startingAt: side + 3)
      }
      guard let k = place else { continue }
      out.append(
        TokenClaim(
          claim(actor, ctx.places[k], .holds, false, statusAt(t), sentence), ctx.places[k].recognized.firstToken))
    }
  }

  /// "militant-held", "extremist-held": words for insurgents that name no side of their own.
  static let insurgentHolders: WordSet = ["militant", "insurgent", "extremist", "jihadist"]

  /// "rebel-held X", "ISIS-controlled X": the compound's actor holds the place after it.
  func heldCompoundClaims(
    in sentence: Range<Int>, statusAt: (Int) -> ClaimStatus, into out: inout [TokenClaim]
  ) {
    let doc = ctx.doc
    for t in ctx.cues.tokens(.heldCompounds, in: sentence)
    where t > sentence.lowerBound && doc.isTight(before: t)
      && (ctx.isWord(t, "held") || (ctx.isWord(t, "controlled") && isHyphenated(t)))
    {
      let word = doc.tokens[t - 1].text
      // "Rebels still held the nearby town": adverbs may stand between the subject and the verb.
      var subjectEnd = t
      while subjectEnd - 1 > sentence.lowerBound, !doc.forms[subjectEnd - 1].isDisjoint(with: Self.controlAdverbs),
        doc.tokens[subjectEnd - 1].script == .latin
      {
        subjectEnd -= 1
      }
      let named = ctx.actors.first { $0.endToken == t || (subjectEnd < t && $0.endToken == subjectEnd) }?.actor
      // "a militant-held city": a noun for insurgents names the insurgent side the report named.
      let insurgent = !doc.forms[t - 1].isDisjoint(with: Self.insurgentHolders)
        ? ControlFallback(rules: self).insurgentSide(before: t)?.actor : nil
      guard let actor = named ?? Self.heldPrefix[word] ?? insurgent else { continue }
      // After an adverb "held" is a verb, whose object may be longer ("the nearby town of"), with only
      // articles and place words before the place.
      let object =
        subjectEnd < t
        ? ctx.firstPlace(in: (t + 1)..<max(t + 1, min(sentence.upperBound, t + 7))).flatMap { k in
          ((t + 1)..<max(t + 1, ctx.places[k].recognized.firstToken)).allSatisfy { isPlaceObjectWord($0) } ? k : nil
        }
        : ctx.firstPlace(in: (t + 1)..<(t + 4))
      guard
        let k = object
      else {
        // "retreated to Sweida, a regime-held city": the apposition describes the place before it.
        let start = ctx.actor(endingAt: t)?.firstToken ?? t - 1
        if let k = heldApposition(start: start, held: t, in: sentence) {
          out.append(
            TokenClaim(
              claim(actor, ctx.places[k], .holds, false, statusAt(t), sentence),
              ctx.places[k].recognized.firstToken
            ))
        }
        continue
      }
      // "Government forces held elections in Aleppo": "held" after a space is a verb, whose object
      // ends at a preposition ("rebel-held areas in Ghouta" keeps its place).
      let spaced = doc.scalars[doc.tokens[t - 1].end..<doc.tokens[t].start].allSatisfy { $0 == " " }
      if spaced,
        ((t + 1)..<ctx.places[k].recognized.firstToken).contains(where: {
          !doc.forms[$0].isDisjoint(with: Self.objectBreakers)
        })
      {
        continue
      }
      // "left rebel-held east Aleppo", "bused to rebel-held Idlib province", "advanced from
      // government-held Suqaylabiyah": the adjective describes where a movement starts or ends, and the
      // reports state no control with it (none of the eight such phrases in the dev, heldout and heldout2
      // sets is annotated); "rebel-held areas of Douma" after a noun stays a claim.
      if !spaced, isRouteEnd(compoundStart: ctx.actor(endingAt: t)?.firstToken ?? t - 1, in: sentence) {
        continue
      }
      // "opposition-held Qaboun and Barzeh", "rebels held Douma, Harasta and Arbin": the places
      // listed with the first, bare (by a comma or "and" alone: "rebel-held Douma and the nearby
      // town of Harasta" describes Douma only).
      let list = ctx.listRange(k, limit: sentence.upperBound)
      let bare = list.dropFirst().prefix {
        let gap = ctx.places[$0 - 1].recognized.endToken..<ctx.places[$0].recognized.firstToken
        return gap.isEmpty || (gap.count == 1 && ctx.isWord(gap.lowerBound, "and"))
      }
      for l in k..<(k + 1 + bare.count) {
        out.append(
          TokenClaim(
            claim(actor, ctx.places[l], .holds, false, statusAt(t), sentence),
            ctx.places[l].recognized.firstToken
          ))
      }
    }
  }

  /// «الأحياء التي يسيطر عليها», "the areas it controls"; the phrases' tokens go into `covered`.
  func relativeHeldClaims(
    in sentence: Range<Int>, statusAt: (Int) -> ClaimStatus, covered: inout Set<Int>,
    into out: inout [TokenClaim]
  ) {
    let doc = ctx.doc
    for m in Self.relativeHeld.matches(
      doc, in: sentence, candidates: ctx.cues.tokens(.relativeHeld, in: sentence))
    {
      covered.formUnion(m.range)
      guard
        let actor = ctx.actor(before: m.range.lowerBound, in: sentence)
          ?? ctx.actor(before: m.range.lowerBound, in: 0..<doc.tokens.count)
      else { continue }
      // The neighbourhoods, camps and towns named in the sentence after the phrase (else before).
      let small: Set<PlaceKind> = [.neighbourhood, .camp, .district, .town, .village]
      let inSentence = ctx.placeIndices(startingIn: sentence).filter {
        sentence.contains(ctx.places[$0].recognized.firstToken)
          && small.contains(ctx.places[$0].mention.entry.kind)
      }
      let after = inSentence.filter { ctx.places[$0].recognized.firstToken >= m.range.upperBound }
      for k in after.isEmpty ? inSentence : after {
        out.append(
          TokenClaim(
            claim(actor.actor, ctx.places[k], .holds, partial(k), statusAt(m.range.lowerBound), sentence),
            ctx.places[k].recognized.firstToken
          ))
      }
    }
  }

  /// «معركة تحرير الرقة», "the battle for Raqqa": the attacker contests the place; the phrases'
  /// tokens go into `covered`.
  func battleClaims(
    in sentence: Range<Int>, statusAt: (Int) -> ClaimStatus, covered: inout Set<Int>,
    into out: inout [TokenClaim]
  ) {
    let doc = ctx.doc
    for m in Self.battles.matches(doc, in: sentence, candidates: ctx.cues.tokens(.battles, in: sentence)) {
      // «بدء معركة تحرير الرقة» is a battle for the place, not its capture.
      covered.formUnion(m.range)
      let window = m.range.upperBound..<min(sentence.upperBound, m.range.upperBound + 4)
      guard let k = placeIn(window),
        // «ذكرى المعركة في حلب», «معركة الإعلام في الموصل»: a battle of something else, fought in a place.
        (m.range.upperBound..<max(m.range.upperBound, ctx.places[k].recognized.firstToken)).allSatisfy({
          doc.forms[$0].isDisjoint(with: Self.arabicObjectBreakers) && isPlaceObjectWord($0)
            || doc.forms[$0].contains { PlaceContext.triggers[$0] != nil }
        }),
        let actor = ctx.actorsStarting(from: sentence.lowerBound, before: m.range.lowerBound).last(where: {
          $0.endToken <= m.range.lowerBound && $0.firstToken >= sentence.lowerBound && !isBacker($0)
        })
      else { continue }
      // "The SDF and Islamic State fought for control of Tabqa": both sides contest it.
      for a in conjoined(actor) {
        out.append(
          TokenClaim(
            claim(a.actor, ctx.places[k], .contested, partial(k), statusAt(m.range.lowerBound), sentence),
            ctx.places[k].recognized.firstToken
          ))
      }
    }
  }

  /// Whether `a` is named right after a phrase of partnership («سيطر الجيش الوطني بالتعاون مع الجيش
  /// التركي على …»): the subject's partner (`addPartners`), not the verb's subject.
  func isPartner(_ a: ActorMention) -> Bool {
    (max(0, a.firstToken - 3)..<a.firstToken).contains { t in
      ctx.cues.occurs(.participation, at: t)
        && Self.participation.match(ctx.doc, at: t).map { t + $0.length == a.firstToken } == true
    }
  }

  /// Nouns of taking after an announcement («أعلن الجيش استعادة تلعفر»), outside `battleCovered`.
  func announcedClaims(
    in sentence: Range<Int>, statusAt: (Int) -> ClaimStatus, battleCovered: Set<Int>,
    into out: inout [TokenClaim]
  ) {
    let doc = ctx.doc
    for m in Self.announcedNouns.matches(
      doc, in: sentence, candidates: ctx.cues.tokens(.announcedNouns, in: sentence))
    where battleCovered.isDisjoint(with: m.range) {
      let clause = ctx.clause(of: m.range.lowerBound, in: sentence)
      // «وتمكنت وحدات من الجيش العربي السوري بالتعاون مع القوات الرديفة من السيطرة على»: a long
      // subject may stand between the announcing verb and the noun.
      // «أعلن رئيس الوزراء، اليوم الاثنين، استعادة …»: the announcer may stand before a short aside.
      let wide = span(of: m.range.lowerBound, in: sentence)
      // «تمكنت قطعات قيادة العمليات، وبإسناد من طيران الجيش وطيران التحالف، من تحرير …»: backers
      // named in an aside lengthen it.
      let lookback = max(wide.lowerBound, m.range.lowerBound - 16)..<m.range.lowerBound
      // «رصد المرصد سيطرة قوات النظام على بلدتي حمورية وسقبا»: the actor right after the noun owns it.
      // (Right after it in its clause: «رصد المرصد سيطرة، قوات النظام على تدمر» names no owner of the
      // noun, and an owner past the comma ended beyond the noun's clause, so the object window from
      // its end to the clause end was an inverted range and trapped the reader.)
      let construct =
        doc.tokens[m.range.lowerBound].script == .arabic && doc.isNear(before: m.range.upperBound)
        ? ctx.actor(startingAt: m.range.upperBound) : nil
      // «بعد نحو سبعة أشهر من سيطرة تنظيم داعش عليها، معلناً تحرير المدينة»: the owner of an earlier
      // control noun is not who announces the taking.
      // «وتمكن عناصره من دخول مدينة تدمر»: an announcing verb with no subject of its own refers
      // back to the paragraph's subject.
      let announcer = lookback.last { !doc.forms[$0].isDisjoint(with: Self.announcing) }
      let followsAfter = followsAfter(m.range.lowerBound, in: sentence)
      // «تواصل فصائل المعارضة التقدم نحو حمص بعد سيطرتها على حماة», "were battling for Homs after
      // taking Hama": after «بعد»/"after", a control noun owned by its pronoun, or a gerund, tells a
      // past taking whose taker is the subject of the sentence (the first side named in it that is no
      // backer or speaker). A gerund is read only there ("taking part in" is no taking); after an
      // article or a possessive it is a noun ("announced the retaking of Mosul").
      let owned = construct == nil && !doc.forms[m.range.lowerBound].isDisjoint(with: Self.ownedByClitic)
      let gerund =
        owned && doc.tokens[m.range.lowerBound].script != .arabic
        && !(m.range.lowerBound > sentence.lowerBound
          && !doc.forms[m.range.lowerBound - 1].isDisjoint(with: ControlFallback.determiners))
      if gerund && !followsAfter { continue }
      let subject = owned && followsAfter ? sentenceSubject(before: m.range.lowerBound, in: sentence) : nil
      let named =
        construct ?? subject
        ?? ctx.actorsStarting(from: sentence.lowerBound, before: m.range.lowerBound).last(where: {
          $0.endToken <= m.range.lowerBound && $0.firstToken >= sentence.lowerBound && !isBacker($0)
            && !isIncluded($0, in: sentence)
            && !($0.firstToken > 0 && ctx.cues.occurs(.announcedNouns, at: $0.firstToken - 1)
              && Self.announcedNouns.match(doc, at: $0.firstToken - 1) != nil)
        })
      let carried =
        named == nil
        ? announcer.flatMap {
          // The announcer may stand before an aside, outside the noun's own clause.
          ControlFallback(rules: self).carriedOwner(
            verb: $0..<($0 + 1), clause: clause.contains($0) ? clause : wide, sentence: sentence)
        }
        : nil
      guard let actor = named ?? carried else { continue }
      // «أعلنت قسد عن خطة لاستعادة الرقة», "announced a plan to recapture Raqqa": a purpose is no fact.
      let purpose =
        doc.tokens[m.range.lowerBound].script == .arabic
        ? hasPurposeClitic(m.range.lowerBound)
        : m.range.lowerBound > 0 && doc.tokens[m.range.lowerBound - 1].text == "to"
      // «لم يشارك في اقتحام المدينة»: a taking denied or wished is no fact.
      // «بهدف منع التنظيم من السيطرة على الرقة»: an aim or a prevention is no fact either.
      let fallback = ControlFallback(rules: self)
      if purpose || fallback.hasNegation(before: m.range.lowerBound, in: sentence)
        || fallback.hasIntent(before: m.range.lowerBound, in: sentence)
      {
        continue
      }
      // «بعد سيطرة …», «بعد يومين من سيطرة …»: the taking is told as past, a fact.
      // (Only with the owner right after the noun, or its pronoun: «انسحب التنظيم بعد السيطرة عليها»
      // names no taker.)
      let after = (construct != nil || subject != nil) && followsAfter
      let announced =
        after || announcer != nil
        || (actor.firstToken > 0 && actor.endToken == m.range.lowerBound
          && !doc.forms[actor.firstToken - 1].isDisjoint(with: Self.announcement))
      guard announced, m.value != .captured || !isBrief(after: m.range.lowerBound, in: clause) else {
        continue
      }
      var start = construct?.endToken ?? m.range.upperBound
      var window = start..<min(clause.upperBound, start + (construct == nil ? 5 : 6))
      // «سيطرة قوات النظام والمسلحين الموالين لها، بدعم من الطيران الروسي، على بلدة …»: the owner's
      // partners and asides set off by commas stand before «على» and the place, as after a verb.
      if let construct, placeIn(window) == nil {
        let subjectEnd = ownerEnd((joinedAfter(construct).last ?? construct).endToken)
        if let o = ControlFallback(rules: self).objectAfterAsides(subjectEnd: subjectEnd, in: sentence) {
          start = o
          window = o..<min(sentence.upperBound, o + 6)
        }
      }
      // «أحكمت قوات النظام سيطرتها الكاملة صباح اليوم على مدينة السخنة»: an adjective of the noun and
      // a time phrase may stand before «على» and its place.
      if construct == nil, placeIn(window) == nil, doc.tokens[m.range.lowerBound].script == .arabic {
        let o = ControlFallback.pastModifiers(from: start, in: doc, limit: clause.upperBound)
        if o > start, o < clause.upperBound, !doc.forms[o].isDisjoint(with: MovementExtractor.onWords) {
          start = o
          window = o..<min(clause.upperBound, o + 5)
        }
      }
      guard let first = placeIn(window) else { continue }
      // "after taking part in fighting in Aleppo": a gerund's place is its object, with only articles
      // and place words before it.
      if gerund,
        !(start..<max(start, ctx.places[first].recognized.firstToken)).allSatisfy({ isPlaceObjectWord($0) })
      {
        continue
      }
      // «أحكمت قسد سيطرتها على الوضع الأمني في الحسكة»: control of something in a place is not of it.
      if window.contains(ctx.places[first].recognized.firstToken),
        (m.range.upperBound..<ctx.places[first].recognized.firstToken).contains(where: {
          !doc.forms[$0].isDisjoint(with: Self.arabicObjectBreakers)
        })
      {
        continue
      }
      let places =
        window.contains(ctx.places[first].recognized.firstToken)
        ? ctx.listFrom(first, limit: clause.upperBound) : [first]
      for a in conjoined(actor) {
        for k in places {
          out.append(
            TokenClaim(
              claim(
                a.actor, ctx.places[k], m.value, partial(k), statusAt(m.range.lowerBound), sentence,
                carried: carried),
              ctx.places[k].recognized.firstToken
            ))
        }
      }
    }
  }

  /// Finite verbs: ACTOR verb PLACE or verb ACTOR PLACE (Arabic VSO), outside `relativeCovered`.
  func verbClaims(
    in sentence: Range<Int>, statusAt: (Int) -> ClaimStatus, relativeCovered: Set<Int>,
    into out: inout [TokenClaim]
  ) {
    let doc = ctx.doc
    for m in Self.verbMatcher.matches(
      doc, in: sentence, candidates: ctx.cues.tokens(.controlVerbs, in: sentence))
    where relativeCovered.isDisjoint(with: m.range) {
      // «الطريق الذي تسيطر عليه قوات النظام قرب حمص»: after «التي»/«الذي» the place held is the
      // antecedent, never a place named after the verb.
      let relative =
        m.range.lowerBound > 0 && !doc.forms[m.range.lowerBound - 1].isDisjoint(with: Self.relativeBefore)
      // «خطة لاستعادة الرقة», «ليسيطر على»: «ل» before the stem is a purpose, no fact (none of the
      // Arabic control verbs begins with «ل»).
      if hasPurposeClitic(m.range.lowerBound) { continue }
      if !doc.forms[m.range.lowerBound].isDisjoint(with: Self.narrativeOnly),
        !(m.range.lowerBound >= sentence.lowerBound + 2
          && !doc.forms[m.range.lowerBound - 1].isDisjoint(with: Self.thatParticle)
          && !doc.forms[m.range.lowerBound - 2].isDisjoint(with: Self.narrativeOpeners))
      {
        continue
      }
      // «فقد سيطرت قوات النظام …» is the particle «ف» + «قد»: «فقد» loses only with its subject next.
      if !doc.forms[m.range.lowerBound].isDisjoint(with: Self.particleVerbs),
        ctx.actor(startingAt: m.range.upperBound) == nil
      {
        continue
      }
      // "ISIS-controlled Raqqa" is the "X-held" compound, read with "held" above.
      // (`isWord`: an Arabic verb is not compared with "controlled" by characters.)
      if ctx.isWord(m.range.lowerBound, "controlled"), isHyphenated(m.range.lowerBound) { continue }
      // "took part in the encirclement": taking part is no taking; "besieged by X" is passive
      // (read above with the place before it).
      if m.range.upperBound < doc.tokens.count,
        ctx.isWord(m.range.upperBound, "part") || ctx.isWord(m.range.upperBound, "by")
      {
        continue
      }
      let clause = span(of: m.range.lowerBound, in: sentence)
      // "ISIS lost Palmyra to government forces", «خسر حي القدم لصالح قوات النظام»: who it was lost
      // to took it.
      var gainer: ActorMention?
      let english = doc.tokens[m.range.upperBound - 1].script == .latin
      // "Kurdish forces lost ground in Afrin to Turkish-backed rebels": part of the place changed hands.
      let lostGround =
        m.value == .lost && m.range.upperBound + 1 < sentence.upperBound
        && !doc.forms[m.range.upperBound].isDisjoint(with: Self.ground)
        && !doc.forms[m.range.upperBound + 1].isDisjoint(with: MovementExtractor.inWords)
      let lostWindow = m.range.upperBound..<min(sentence.upperBound, m.range.upperBound + 6)
      if m.value == .lost, let k = placeIn(lostWindow),
        // The words naming the place here: its own, or an anaphor's — "lost the city to", «خسر
        // التنظيم المدينة لصالح» give the antecedent, whose own words stand before the verb (a range
        // up to them trapped on such a report).
        let named = ctx.places[k].recognized.firstToken >= m.range.upperBound
          ? ctx.places[k].recognized.firstToken..<ctx.places[k].recognized.endToken
          : lostWindow.first(where: { ctx.anaphor(at: $0) == k }).map({ $0..<($0 + 1) })
      {
        let end = named.upperBound
        // "handed over prisoners in Raqqa to the SDF": the object must be the place.
        let gap = m.range.upperBound..<named.lowerBound
        let placeObject =
          lostGround
          || (english
            ? gap.allSatisfy { isPlaceObjectWord($0) }
            : gap.allSatisfy { doc.forms[$0].isDisjoint(with: Self.arabicObjectBreakers) })
        if placeObject, end < sentence.upperBound, !doc.forms[end].isDisjoint(with: Self.lostTo),
          let g = ctx.actor(after: end, window: 3, limit: sentence.upperBound)
        {
          gainer = g
          out.append(
            TokenClaim(
              claim(
                g.actor, ctx.places[k], .captured, partial(k) || lostGround, statusAt(m.range.lowerBound),
                sentence),
              ctx.places[k].recognized.firstToken
            ))
        }
      }
      let subjectFirst =
        m.range.count == 1 && !doc.forms[m.range.lowerBound].isDisjoint(with: Self.subjectFirst)
      // The subject before the verb, not a backer ("opposition forces backed by Turkey have retaken").
      // (Searched among the actors starting in the clause before the verb: scanning back from the
      // report's last actor passed every later one, per verb.)
      let before = ctx.actorsStarting(from: clause.lowerBound, before: m.range.lowerBound).last {
        $0.endToken <= m.range.lowerBound && $0.firstToken >= clause.lowerBound
          && !isBacker($0, verb: m.range.lowerBound) && !isIncluded($0, in: sentence)
      }
      let after = ctx.actor(after: m.range.upperBound - 1, window: 3, limit: clause.upperBound).flatMap {
        a in
        // "captured Raqqa from ISIS": who the place was taken from is not who took it.
        a.firstToken > 0 && !doc.forms[a.firstToken - 1].isDisjoint(with: MovementExtractor.originWords)
          || a == gainer || isInObject(a, after: m.range) || isPartner(a) ? nil : a
      }.map { a in english ? a : partitiveName(after: a) ?? a }
      // English is subject, verb, object: an actor after the verb is its object or in a later
      // clause ("Government forces entered Rastan after rebels left"); Arabic is verb, subject, object.
      let actor =
        subjectFirst
        ? before.flatMap { a in
          (a.endToken..<m.range.lowerBound).allSatisfy {
            !doc.forms[$0].isDisjoint(with: Self.controlAdverbs) || !doc.forms[$0].isDisjoint(with: Self.subjectHeads)
          }
            ? a : nil
        }
        : (english
          ? before ?? relativeSubject(of: m.range.lowerBound, in: sentence) ?? after : after ?? before)
      // No subject in the clause: a dropped Arabic subject, "it", "they", "the militants" refer back.
      let fallback = ControlFallback(rules: self)
      // "The Syrian army, which has fought ISIS for months, captured Mayadin"; "ISIS militants, who
      // have held Raqqa since 2014".
      let relativeHead = actor == nil ? fallback.relativeHead(verb: m.range, sentence: sentence) : nil
      let carried =
        actor == nil && relativeHead == nil
        ? fallback.carriedOwner(verb: m.range, clause: clause, sentence: sentence) : nil
      // «سيطرت صباح اليوم وحدات من الجيش السوري على …»: an Arabic subject after a time phrase.
      let distant =
        actor == nil && carried == nil ? fallback.distantSubject(verb: m.range, clause: clause) : nil
      guard let actor = actor ?? relativeHead ?? carried ?? distant, actor != gainer else { continue }
      if m.value == .captured, isBrief(after: m.range.upperBound, in: clause) { continue }
      // "Government forces had not entered the city", "ISIS no longer holds Raqqa", «لم يسيطر
      // التنظيم على …»: a negated verb states no control. English: between the subject and the verb
      // (three words at most); Arabic: right before the verb («لا يزال يسيطر» is no negation).
      let negationSpan =
        english
        ? max(before?.endToken ?? clause.lowerBound, m.range.lowerBound - 3)..<m.range.lowerBound
        : max(clause.lowerBound, m.range.lowerBound - 1)..<m.range.lowerBound
      if negationSpan.contains(where: { !doc.forms[$0].isDisjoint(with: Self.verbNegations) }) { continue }
      // "A UN aid convoy entered Douma", «دخل وفد من الأمم المتحدة مخيم اليرموك», "military police
      // entered Tal Rifaat to monitor the truce": entering takes a place only for a fighting force.
      if !doc.forms[m.range.lowerBound].isDisjoint(with: Self.entering) {
        if actor.actor == .un { continue }
        let subject = clause.lowerBound..<max(actor.endToken, m.range.upperBound)
        if subject.contains(where: { !doc.forms[$0].isDisjoint(with: Self.nonCombatants) }) { continue }
      }
      // «سيطرت قوات النظام ومقاتلو حزب الله على …»: Arabic subjects joined after the verb.
      // (Partners are the sentence's own: one joined across its full stop is no subject of this verb.)
      let following =
        actor.firstToken > m.range.lowerBound && !english
        ? Array(joinedAfter(actor).prefix { $0.endToken <= sentence.upperBound }) : [actor]
      var from = max(
        m.range.upperBound,
        actor.firstToken > m.range.lowerBound ? (following.last ?? actor).endToken : m.range.upperBound)
      // «سيطرت قوات النظام، وحزب الله على تدمر»: a partner joined after a comma ends past the verb's
      // clause, and the object follows it in its own clause (the window from the partner to the
      // verb's clause end was an inverted range and trapped the reader).
      let objectClause = from > clause.upperBound ? span(of: from, in: sentence) : clause
      // «سيطرت قوات النظام على مدينة تدمر»: على and a trigger noun may stand before the place.
      // ("took control today of most of the city of Raqqa": a time adverb lengthens it by a word.)
      let adverb = english && (from..<min(objectClause.upperBound, from + 3)).contains {
        !doc.forms[$0].isDisjoint(with: Self.timeAdverbs)
      }
      var window = from..<min(objectClause.upperBound, from + (adverb ? 9 : 8))
      // «سيطرت قوات النظام، يوم الأحد، على مدينة تدمر»: the object after asides set off by commas.
      // «فصائل "الجيش السوري الحر"»: a name in apposition right after the subject ends it.
      let subjectEnd = ownerEnd(from)
      if actor.firstToken > m.range.lowerBound, !english,
        let o = ControlFallback(rules: self).objectAfterAsides(subjectEnd: subjectEnd, in: sentence)
      {
        from = o
        window = o..<min(sentence.upperBound, o + 8)
      }
      // «تسيطر على معظم مدنها وبلداتها، ومنها دوما وزملكا»: a plural of places, then its examples.
      if !english, window.upperBound == clause.upperBound, clause.upperBound + 1 < sentence.upperBound,
        ctx.firstPlace(in: window) == nil,
        !doc.forms[clause.upperBound].isDisjoint(with: Self.examples),
        window.contains(where: { !doc.forms[$0].isDisjoint(with: Self.placeObjects) })
      {
        window = window.lowerBound..<min(sentence.upperBound, clause.upperBound + 3)
      }
      // "Raqqa, which the group still holds, with its territory in northern Iraq": an English verb
      // whose object is the relative pronoun before its subject has no object after it; a place in
      // the clause after the comma is no object of this verb (taking it dropped the claim).
      let relativeObject =
        english && m.value != .lost && m.value != .contested
        ? englishRelativeAntecedent(verb: m.range, in: sentence) : nil
      guard
        let first = relative
          ? relativeAntecedent(before: actor, in: clause)
          : relativeObject ?? placeIn(window) ?? relativeAntecedent(before: actor, in: clause) ?? resumptive(
            after: m.range, in: sentence)
            ?? whereAntecedent(before: actor, verb: m.range, in: sentence)
            ?? arabicWhereAntecedent(after: actor, verb: m.range, in: sentence)
      else { continue }
      // "ISIS took journalists on a tour of Raqqa", "lost contact with its team in Deir ez-Zor",
      // "which Turkey has held since talks in Astana": a preposition between an English verb and
      // the place means the place is not what was taken, lost or held.
      // «دخل الجيش العراقي في مفاوضات مع أربيل», «خسر تنظيم داعش قائده في الميادين»: Arabic entering
      // and losing likewise.
      let breakers: WordSet? =
        doc.tokens[m.range.upperBound - 1].script == .latin
        ? (m.value == .contested ? nil : Self.objectBreakers)
        : (m.value == .lost || !doc.forms[m.range.lowerBound].isDisjoint(with: Self.entering)
          ? Self.arabicObjectBreakers : nil)
      // «استعاد الجيش العراقي ثقة السكان في الموصل», «استولى التنظيم على أموال السكان في الرقة»,
      // «تسيطر قوات النظام على أسعار الخبز في حماة»: an Arabic object that is no place noun, then «في»,
      // is something taken or held in the place («سيطرت على قرى في ريف حمص», «على مساحات واسعة في»
      // stay).
      if breakers == nil, doc.tokens[m.range.upperBound - 1].script == .arabic,
        m.value == .captured || m.value == .holds,
        window.contains(ctx.places[first].recognized.firstToken)
      {
        let gap = from..<ctx.places[first].recognized.firstToken
        // «قد سيطرا في 8 مارس على بلدة جنديرس»: a «في» of time, followed by «على», is no place's.
        let breaker = gap.last { !doc.forms[$0].isDisjoint(with: Self.arabicObjectBreakers) }
        // «يتحصن في الملعب البلدي وسط مدينة الرقة»: with no object before it, «في» is the verb's own.
        let inPlace =
          breaker.map { b in
            b > from
              && ((b + 1)..<gap.upperBound).allSatisfy {
                doc.forms[$0].isDisjoint(with: MovementExtractor.onWords)
              }
          } ?? false
        // The object is what stands before «في» («منازل المدنيين في حي القدم»: houses, not the
        // neighbourhood).
        let placeObject = (from..<(breaker ?? gap.upperBound)).contains {
          !doc.forms[$0].isDisjoint(with: Self.placeObjects)
            || doc.forms[$0].contains { PlaceContext.triggers[$0] != nil }
        }
        if inPlace && !placeObject { continue }
      }
      // "controls the flow of water from the Tabqa dam", "liberated prisoners from Saydnaya", "entered
      // negotiations over Yarmouk camp": an English object that is something other than (part of)
      // a place is taken or held, not the place.
      if english, !lostGround, window.contains(ctx.places[first].recognized.firstToken),
        (from..<ctx.places[first].recognized.firstToken).contains(where: { !isPlaceObjectWord($0) })
      {
        continue
      }
      // «تحتفظ قوات النظام بحق الرد على الهجوم في حمص»: what is retained is named with «ب»; a place
      // after «في»/«على» is where, not what.
      // (An anaphor's antecedent stands before the verb: only a place named here has words between.)
      if !doc.forms[m.range.lowerBound].isDisjoint(with: Self.retaining),
        ctx.places[first].recognized.firstToken >= from,
        (from..<ctx.places[first].recognized.firstToken).contains(where: {
          !doc.forms[$0].isDisjoint(with: Self.arabicObjectBreakers)
            || !doc.forms[$0].isDisjoint(with: MovementExtractor.onWords)
        })
      {
        continue
      }
      // «انتشرت قوات النظام قرب تدمر»: near a place is not in it.
      if doc.tokens[m.range.upperBound - 1].script == .arabic,
        window.contains(ctx.places[first].recognized.firstToken),
        (from..<ctx.places[first].recognized.firstToken).contains(where: {
          !doc.forms[$0].isDisjoint(with: Self.nearWords)
        })
      {
        continue
      }
      if let breakers, !lostGround, window.contains(ctx.places[first].recognized.firstToken),
        (from..<ctx.places[first].recognized.firstToken).contains(where: {
          !doc.forms[$0].isDisjoint(with: breakers)
        })
      {
        continue
      }
      // "a ceasefire in Idlib, which the regime has held to since January": holding to an agreement
      // ("Raqqa, which it still holds, with its territory in Iraq": not past a comma).
      if m.value == .holds, !window.contains(ctx.places[first].recognized.firstToken),
        m.range.upperBound < sentence.upperBound, !doc.clauseBreakBefore[m.range.upperBound],
        !doc.forms[m.range.upperBound].isDisjoint(with: Self.heldToAgreement)
      {
        continue
      }
      // "captured Palmyra, Homs and Hama": a list goes on past the commas that end the clause.
      var places =
        window.contains(ctx.places[first].recognized.firstToken)
        ? withAnaphor(ctx.listFrom(first, limit: sentence.upperBound)) : [first]
      // "retook Salma on January 12 and Rabia on January 24": past an item's date.
      if english, m.value == .captured, window.contains(ctx.places[first].recognized.firstToken) {
        places += datedListTail(after: places, in: sentence)
      }
      let actors = actor.firstToken < m.range.lowerBound ? conjoined(actor) : following
      // «يسيطر على جيوب في شرق الموصل»: pockets in a place are part of it.
      let objectEnd =
        window.contains(ctx.places[first].recognized.firstToken)
        ? ctx.places[first].recognized.firstToken : min(window.upperBound, from + 3)
      // The pockets' place follows them at once («جيوب في شرق الموصل», "pockets in the north of").
      let pockets =
        (from..<max(from, objectEnd)).last { !doc.forms[$0].isDisjoint(with: Self.holdouts) }.map { h in
          ((h + 1)..<objectEnd).allSatisfy { u in
            !doc.forms[u].isDisjoint(with: MovementExtractor.inWords)
              || doc.forms[u].contains {
                PlaceContext.directions[$0] != nil || PlaceContext.triggers[$0] != nil
              }
              || !doc.forms[u].isDisjoint(with: RelationContext.englishLinks)
          }
        } ?? false
      let holdsOut = !doc.forms[m.range.lowerBound].isDisjoint(with: Self.entrenched) || lostGround
      for a in actors {
        for k in places {
          out.append(
            TokenClaim(
              claim(
                // The pockets are in the first place; «وعلى مدينتي هيت والفلوجة» after it are held whole.
                a.actor, ctx.places[k], m.value, partial(k) || holdsOut || (pockets && k == first),
                statusAt(m.range.lowerBound),
                sentence, carried: carried),
              ctx.places[k].recognized.firstToken
            ))
        }
      }
    }
  }

  /// "Government forces captured Palmyra, the last ISIS stronghold", «سيطرت قوات النظام على الميادين،
  /// أبرز معاقل التنظيم»: a hold the same sentence ends by another side's taking is the state before
  /// it, not after; the hold is dropped.
  func withoutEndedHolds(_ claims: [TokenClaim]) -> [TokenClaim] {
    let sentenceOf = ctx.doc.sentenceOfToken
    // The takings' positions in `claims`, each with its sentence: one short list, not a dictionary
    // of arrays by sentence (a segment holds few takings).
    var takings: [(sentence: Int, index: Int)] = []
    // (By index: the claims are read in place, not copied out one by one.)
    for k in claims.indices where claims[k].claim.control == .captured {
      takings.append((sentenceOf[claims[k].token], k))
    }
    guard !takings.isEmpty else { return claims }
    let ended = claims.indices.filter { k in
      // "the taking of its last positions, though pockets still hold out": a partial hold goes on.
      guard claims[k].claim.control == .holds, !claims[k].claim.partial else { return false }
      let s = sentenceOf[claims[k].token]
      return takings.contains { taking in
        guard taking.sentence == s else { return false }
        let taken = claims[taking.index].claim
        return taken.actor != claims[k].claim.actor
          && MovementExtractor.sameDestination(taken.place, claims[k].claim.place)
      }
    }
    // Nothing ended (most reports): the claims as they are, not a filtered copy.
    guard !ended.isEmpty else { return claims }
    var out = claims
    for k in ended.reversed() { out.remove(at: k) }
    return out
  }

  /// «أعلن الجيش العراقي استعادة تلعفر … بمشاركة وحدات الحشد الشعبي»: partners named with
  /// «بمشاركة» in the sentence of a capture took part in it.
  /// (Appended to `claims`; the claims read are those given, not the partners' added before.)
  func addPartners(to claims: inout [TokenClaim]) {
    let given = claims.indices
    let doc = ctx.doc
    // Only the sentences naming a partnership (most reports name none): each was asked for its matches.
    for (s, sentence) in doc.sentences.enumerated()
    where ctx.cues.mask(ofSentence: s) & CueIndex.bit(.participation) != 0 {
      for m in Self.participation.matches(
        doc, in: sentence, candidates: ctx.cues.tokens(.participation, in: sentence))
      {
        guard let first = ctx.actor(after: m.range.upperBound - 1, window: 3, limit: sentence.upperBound)
        else { continue }
        // "between A and B": every side named in the list.
        for partner in joinedAfter(first) {
          // (By index, each claim read in place and copied only when shared.)
          for k in given
          where sentence.contains(claims[k].token) && claims[k].claim.control == .captured
            && claims[k].claim.actor != partner.actor
          {
            var p = claims[k]
            p.claim.actor = partner.actor
            claims.append(p)
          }
        }
      }
    }
  }

  /// "including", «ومن بينها»: the groups a subject is said to include, set off after it.
  static let including = PhraseMatcher([
    ("including", true), ("among them", true), ("among whom", true), ("ومن بينها", true), ("من بينها", true),
    ("ومن بينهم", true), ("من بينهم", true), ("بما فيها", true), ("بما فيهم", true), ("ومنها", true),
    ("which includes", true), ("which included", true), ("that includes", true), ("which include", true),
    ("تضم", true), ("التي تضم", true),
  ])
  /// The last words of the `including` phrases.
  static let includingEnds: WordSet = WordSet(
    words: ["بينها", "بينهم", "فيها", "فيهم", "ومنها", "تضم"].map(ArabicWord.lexiconForm) + [
      "including", "them", "whom", "includes", "included", "include",
    ])

  /// "Rebels, including fighters from the Nusra Front, seized X", «سيطرت فصائل المعارضة، ومن بينها
  /// هيئة تحرير الشام، على X»: a group the subject includes took or holds what the subject did.
  /// (Appended to `claims`, as `addPartners`.)
  func addIncluded(to claims: inout [TokenClaim]) {
    let doc = ctx.doc
    // A report with none of the phrases' last words includes no group (most reports).
    guard ctx.cues.occurs(.includingEnds, in: 0..<doc.tokens.count) else { return }
    let given = claims.indices
    // Only sentences that hold a claim can share one.
    for sentence in sentences(of: claims, where: { _ in true }).map({ doc.sentences[$0] }) {
      // Found from the phrases' rare last words (where the cue index marks them), not by trying the
      // phrases at every «من», nor by asking every word of the sentence.
      for e in ctx.cues.tokens(.includingEnds, in: sentence)
      where !doc.forms[e].isDisjoint(with: Self.includingEnds) {
        guard
          let m = (max(sentence.lowerBound, e - 2)...e).lazy.compactMap({
            s -> (range: Range<Int>, value: Bool)? in
            guard let x = Self.including.match(doc, at: s), s + x.length == e + 1 else { return nil }
            return (s..<(e + 1), x.value)
          }).first,
          let head = head(endingAt: m.range.lowerBound),
          let member = ctx.actor(after: m.range.upperBound - 1, window: 7, limit: sentence.upperBound),
          member.actor != head.actor,
          // The member stays inside the aside: no clause break between the phrase and it.
          ctx.clause(of: m.range.lowerBound, in: sentence).contains(member.firstToken)
        else { continue }
        for k in given
        where sentence.contains(claims[k].token) && claims[k].claim.actor == head.actor
          && (claims[k].claim.control == .captured || claims[k].claim.control == .holds)
        {
          var p = claims[k]
          p.claim.actor = member.actor
          claims.append(p)
        }
      }
    }
  }

  /// The sentences holding a claim whose control passes `test`, ascending, each once. (A sorted
  /// array: a `Set` hashed every claim's sentence before it was sorted. The claims are read here,
  /// not in the callers' loops over their `inout` array, where reading a claim's field copied it.)
  func sentences(of claims: [TokenClaim], where test: (ControlStatus) -> Bool) -> [Int] {
    let sentenceOf = ctx.doc.sentenceOfToken
    var found: [Int] = []
    for k in claims.indices where test(claims[k].claim.control) { found.append(sentenceOf[claims[k].token]) }
    found.sort()
    var unique: [Int] = []
    unique.reserveCapacity(found.count)
    for s in found where s != unique.last { unique.append(s) }
    return unique
  }

  /// «مدعومة بمقاتلين من حزب الله», "backed by Hezbollah fighters": fighters, troops or forces of a backer.
  static let groundNouns: WordSet = WordSet(
    words: ["مقاتلي", "مقاتلين", "بمقاتلي", "بمقاتلين", "قوات", "بقوات", "عناصر", "بعناصر"].map(
      ArabicWord.lexiconForm) + ["fighters", "troops", "militiamen", "forces", "soldiers", "units"])

  /// "Syrian troops backed by Hezbollah fighters took X", «سيطرت قوات النظام مدعومة بمقاتلين من حزب الله
  /// على X»: a backer whose fighters are named fought on the ground and took the place too; a backer
  /// named by its aircraft or its name alone ("backed by Turkish air strikes", "backed by Russia") did not.
  /// (Appended to `claims`, as `addPartners`.)
  func addGroundBackers(to claims: inout [TokenClaim]) {
    let doc = ctx.doc
    // A report naming no backer has none to add.
    guard ctx.cues.occurs(.backing, in: 0..<doc.tokens.count) else { return }
    let given = claims.indices
    // Only sentences that hold a taking can share one.
    for sentence in sentences(of: claims, where: { $0 == .captured }).map({ doc.sentences[$0] }) {
      // (The backing words where the cue index marks them, not every word of the sentence asked.)
      for b in ctx.cues.tokens(.backing, in: sentence) where !doc.forms[b].isDisjoint(with: Self.backing) {
        guard let backer = ctx.actor(after: b, window: 4, limit: sentence.upperBound),
          let backed = ctx.actorsStarting(from: sentence.lowerBound, before: b).last(where: {
            $0.endToken <= b && $0.endToken >= b - 2
          }),
          backer.actor != backed.actor
        else { continue }
        let between = (b + 1)..<backer.firstToken
        let ground =
          between.contains { !doc.forms[$0].isDisjoint(with: Self.groundNouns) }
          || (backer.endToken < sentence.upperBound
            && !doc.forms[backer.endToken].isDisjoint(with: Self.groundNouns))
        guard ground else { continue }
        for k in given
        where sentence.contains(claims[k].token) && claims[k].claim.control == .captured
          && claims[k].claim.actor == backed.actor
        {
          var p = claims[k]
          p.claim.actor = backer.actor
          claims.append(p)
        }
      }
    }
  }

  /// «كان», «قد»: the Arabic pluperfect («وكان التنظيم قد سيطر على …»), the background of a report.
  static let backgroundWords: WordSet = WordSet(words: ["كان", "كانت", "كانوا"].map(ArabicWord.lexiconForm))
  static let qad: WordSet = WordSet(words: ["قد"].map(ArabicWord.lexiconForm))
  static let pluperfectTakings: WordSet = [
    "captured", "seized", "overrun", "taken", "stormed", "retaken", "recaptured",
  ]

  /// «وكان التنظيم قد سيطر على جلولاء في آب الماضي … (تحرير جلولاء)», "ISIS had seized Palmyra in May"
  /// in a report on another side's taking of the same place: the earlier taking is background the
  /// report's event undid, not a claim about the place now; it is dropped.
  func withoutSupersededTakings(_ claims: [TokenClaim]) -> [TokenClaim] {
    // (The claims are read in place, by index, throughout: each closure or call given a claim copied
    // it, retaining its strings.)
    guard claims.indices.count(where: { claims[$0].claim.control == .captured }) > 1 else { return claims }
    let doc = ctx.doc
    /// Whether the taking quoted from scalar `start` on, with its place at token `place`, is background.
    func isBackground(_ start: Int, _ place: Int) -> Bool {
      // The claim's own sentence: an anaphor's claim is kept at the token of the place it refers to.
      let first = RelativeDateResolver.firstIndex(in: doc.tokens) { $0.start >= start }
      guard first < doc.tokens.count else { return false }
      let sentence = doc.sentence(of: first)
      let t = sentence.contains(place) ? place : sentence.upperBound
      let lead = sentence.lowerBound..<min(t, sentence.lowerBound + 2)
      if lead.contains(where: { !doc.forms[$0].isDisjoint(with: Self.backgroundWords) }),
        (sentence.lowerBound..<t).contains(where: { !doc.forms[$0].isDisjoint(with: Self.qad) })
      {
        return true
      }
      return (sentence.lowerBound..<max(sentence.lowerBound, t - 1)).contains {
        // (`isWord`: an Arabic token is not compared with "had" through Unicode normalization.)
        ctx.isWord($0, "had") && !doc.forms[$0 + 1].isDisjoint(with: Self.pluperfectTakings)
      }
    }
    // Each taking's background test, made once: the report's own takings and the filter below both
    // need it, and it searches the tokens and walks the claim's sentence.
    let background = claims.indices.map { k in
      claims[k].claim.control == .captured && isBackground(claims[k].claim.evidence.start, claims[k].token)
    }
    // No background taking, nothing dropped: the claims as they are, not copied one by one (most reports).
    guard background.contains(true) else { return claims }
    // The report's own takings, found once (not per pair).
    // (Kept as indices, and the claims read in place: copying each claim out retained its fields.)
    let foreground = claims.indices.filter { claims[$0].claim.control == .captured && !background[$0] }
    let kept = claims.indices.filter { k in
      guard background[k] else { return true }
      return !foreground.contains {
        claims[$0].claim.actor != claims[k].claim.actor
          && MovementExtractor.sameDestination(claims[$0].claim.place, claims[k].claim.place)
      }
    }
    // Nothing superseded: the claims as they are, not copied one by one.
    guard kept.count < claims.count else { return claims }
    return kept.map { claims[$0] }
  }

  /// «ومنها», «منها», «من بينها»: the examples a plural of places names ("among them").
  static let examples: WordSet = WordSet(
    words: ["ومنها", "منها", "بينها", "وبينها"].map(ArabicWord.lexiconForm) + ["notably", "namely", "including"])
  /// "between 11 and 16 February": the words of a span of days that may stand between a place taken
  /// and the examples set off after it (with the numbers and month names).
  static let dateSpanWords: WordSet = [
    "between", "and", "on", "from", "to", "until", "in", "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
  ]

  /// «تسيطر على معظم بلدات ريف درعا الشرقي، ومنها بصرى الشام والحراك»: the places named as examples
  /// of what a claim is about, right after it, share the claim (its actor, control and status).
  /// (Appended to `claims`, as `addPartners`; an example already there is not added again.)
  func addExamples(to claims: inout [TokenClaim]) {
    let doc = ctx.doc
    // A report with no word of examples has none to add (most reports): no claim is walked.
    guard ctx.cues.occurs(.examples, in: 0..<doc.tokens.count) else { return }
    // (By index: each claim is copied only when it has examples.)
    for i in claims.indices {
      let t = claims[i].token
      guard let k = ctx.place(startingAt: t) else { continue }
      let sentence = doc.sentence(of: t)
      let end = ctx.places[k].recognized.endToken
      let english = doc.tokens[t].script == .latin
      func isExample(_ u: Int) -> Bool { !doc.forms[u].isDisjoint(with: Self.examples) }
      // "took control of large parts of western Aleppo governorate between 11 and 16 February,
      // including the towns of Kafr Naha, Urum al-Kubra and Anjara": the English examples follow the
      // place at once, or past the days it was taken on (set off by a comma).
      let dated = {
        guard english, end + 1 < sentence.upperBound,
          let c = ((end + 1)..<min(sentence.upperBound, end + 8)).first(where: { doc.clauseBreakBefore[$0] }),
          isExample(c), ctx.isDate(end..<c) || (end..<c).allSatisfy({ u in
            !doc.forms[u].isDisjoint(with: Self.dateSpanWords) || doc.tokens[u].text.allSatisfy(\.isNumber)
          })
        else { return nil as Int? }
        return c
      }
      // "including the towns of Kafr Naha": English words of a place's object may open the examples.
      guard
        let e = (end..<min(sentence.upperBound, end + 2)).first(where: isExample) ?? dated(),
        let first = ctx.firstPlace(in: (e + 1)..<min(sentence.upperBound, e + (english ? 6 : 3))),
        !english || ((e + 1)..<max(e + 1, ctx.places[first].recognized.firstToken)).allSatisfy(isPlaceObjectWord)
      else { continue }
      let actor = claims[i].claim.actor
      for j in ctx.listFrom(first, limit: sentence.upperBound)
      where !claims.contains(where: { $0.token == ctx.places[j].recognized.firstToken && $0.claim.actor == actor }) {
        var x = claims[i].claim
        x.place = ctx.places[j].mention.entry
        x.partial = false
        claims.append(TokenClaim(x, ctx.places[j].recognized.firstToken))
      }
    }
  }

  /// «تحت سيطرته», «الخاضعة لسيطرتها»: under the control of "it", the side named before.
  static let heldByPronoun = PhraseMatcher(
    [
      ("تحت سيطرته", ControlStatus.holds), ("تحت سيطرتها", .holds), ("تحت سيطرتهم", .holds),
      ("لسيطرته", .holds), ("لسيطرتها", .holds), ("لسيطرتهم", .holds), ("تحت حصاره", .besieged),
      ("تحت حصارها", .besieged),
    ], exact: true)

  /// «انسحب عناصر التنظيم باتجاه تلعفر، التي لا تزال تحت سيطرته»: the place before is held by the
  /// side the pronoun refers to (the last side named before it in the sentence, else the paragraph's).
  func heldByPronoun(in sentence: Range<Int>, statusAt: (Int) -> ClaimStatus) -> [TokenClaim] {
    let doc = ctx.doc
    var out: [TokenClaim] = []
    // From the cue index's candidates: matching at every token of every sentence was most of this
    // rule's time.
    for m in Self.heldByPronoun.matches(
      doc, in: sentence, candidates: ctx.cues.tokens(.heldByPronoun, in: sentence))
    {
      guard
        let (p, partOf) =
          stateAntecedent(before: m.range.lowerBound, in: sentence).map({ (ctx.places[$0.place], $0.partial) }
          )
          ?? ctx.placesStarting(in: sentence).last(where: {
            $0.recognized.endToken <= m.range.lowerBound && $0.recognized.endToken >= m.range.lowerBound - 3
              && sentence.contains($0.recognized.firstToken)
          }).map({ ($0, false) }),
        // «انسحب عناصر التنظيم قبل دخول القوات الأمنية نحو تلعفر، التي لا تزال تحت سيطرته»: the side
        // the pronoun can stand for («سيطرته» is the organisation's, not the forces').
        let owner = ControlFallback(rules: self).antecedent(
          before: p.recognized.firstToken, in: sentence,
          accepting: { ControlFallback(rules: self).agreesInGender(pronoun: m.range.upperBound - 1, with: $0) })
      else { continue }
      for k in listBack(p) {
        out.append(
          TokenClaim(
            claim(
              owner.actor, ctx.places[k], m.value, partOf, statusAt(m.range.lowerBound), sentence,
              carried: sentence.contains(owner.firstToken) ? nil : owner),
            ctx.places[k].recognized.firstToken
          ))
      }
    }
    return out
  }

  /// The actor ending at token `t`, or before one generic noun there ("Rebel groups", "ISIS fighters").
  func head(endingAt t: Int) -> ActorMention? {
    if let a = ctx.actor(endingAt: t) { return a }
    guard t > 0, !ctx.doc.forms[t - 1].isDisjoint(with: ControlFallback.genericSubjects) else { return nil }
    return ctx.actor(endingAt: t - 1)
  }

  /// The first place named in `window`, else the place an anaphor there refers to ("90 percent of
  /// the city", «تحرير المدينة»).
  func placeIn(_ window: Range<Int>) -> Int? {
    if let k = ctx.firstPlace(in: window) {
      // An anaphor before the first named place still comes first.
      let before = window.lowerBound..<ctx.places[k].recognized.firstToken
      return before.lazy.compactMap { ctx.anaphor(at: $0) }.first ?? ctx.named(k, limit: ctx.doc.tokens.count)
    }
    return window.lazy.compactMap { ctx.anaphor(at: $0) }.first
  }

  /// "Palmyra, which ISIS has held since 2015": English "which" as well.
  static let relativePronouns: WordSet = WordSet(
    words: ["التي", "الذي"].map(ArabicWord.lexiconForm) + ["التي", "الذي", "which"])

  /// A list of places closed by an anaphor joined with «و»/"and" («الحجر الأسود والمخيم»).
  func withAnaphor(_ list: [Int]) -> [Int] {
    guard let last = list.last else { return list }
    let doc = ctx.doc
    var t = ctx.places[last].recognized.endToken
    guard t < doc.tokens.count else { return list }
    if ctx.isWord(t, "and") { t += 1 }
    if t < doc.tokens.count, ctx.isWord(t, "the") { t += 1 }
    let joined =
      t > ctx.places[last].recognized.endToken
      || (doc.tokens[t].script == .arabic && ctx.startsWith(t, "و"))
    guard joined, t < doc.tokens.count, let a = ctx.anaphor(at: t), !list.contains(a) else { return list }
    return list + [a]
  }

  /// «حصار فرضته قوات النظام على الحي», «الحصار الذي فرضه تنظيم الدولة على …»: who imposed a siege
  /// on which place.
  /// «التي»/«الذي» just before a control verb: a relative clause, read by the held-by rules.
  static let relativeBefore: WordSet = WordSet(words: ["التي", "الذي"].map(ArabicWord.lexiconForm))
  static let entering: WordSet = WordSet(
    words: ["دخلت", "دخل", "دخلوا", "دخلا"].map(ArabicWord.lexiconForm) + ["entered"])
  /// Who may enter a place without taking it: aid convoys, delegations, monitors, police.
  static let nonCombatants: WordSet = WordSet(
    words: ["وفد", "قافلة", "قوافل", "مساعدات", "الشرطة", "شرطة", "مراقبين", "فريق"].map(
      ArabicWord.lexiconForm) + [
        "convoy", "convoys", "aid", "delegation", "police", "monitors", "observers", "inspectors", "team",
        "journalists",
      ])
  /// Prepositions that end an English verb's object before the place ("took journalists on a tour of X").
  static let objectBreakers: WordSet = [
    "in", "with", "on", "at", "to", "for", "since", "near", "around", "after", "before", "during", "despite",
  ]
  /// «دخل … في مفاوضات», «خسر … قائده في»: after Arabic entering or losing, the place is no object.
  static let arabicObjectBreakers: WordSet = WordSet(words: ["في", "مع"].map(ArabicWord.lexiconForm))
  /// «على», the preposition that opens the object of «سيطر», «استولى», «يسيطر».
  static let arabicObjectPrepositions: WordSet = WordSet(words: ["على"].map(ArabicWord.lexiconForm))

  /// True when actor `a`, after the Arabic verb `verb`, stands in the verb's object: past its
  /// preposition («سيطر داعش على مقر قيادة عمليات الأنبار»: the command is the building's owner,
  /// ISIS the taker). An Arabic subject comes between the verb and its object, never after «على».
  func isInObject(_ a: ActorMention, after verb: Range<Int>) -> Bool {
    let doc = ctx.doc
    guard doc.tokens[verb.lowerBound].script == .arabic, a.firstToken > verb.upperBound else { return false }
    return (verb.upperBound..<a.firstToken).contains {
      !doc.forms[$0].isDisjoint(with: Self.arabicObjectPrepositions)
    }
  }
  /// "which the regime has held to", "held with": holding to an agreement, not a place.
  static let heldToAgreement: WordSet = ["to", "with"]
  static let sieges: WordSet = WordSet(words: ["حصار", "الحصار"].map(ArabicWord.lexiconForm))
  static let imposed: WordSet = WordSet(
    words: ["فرضه", "فرضته", "فرضها", "يفرضه", "تفرضه"].map(ArabicWord.lexiconForm))

  /// Sieges imposed by an actor named after the verb, on the place after it.
  func imposedSieges(in sentence: Range<Int>, statusAt: (Int) -> ClaimStatus) -> [TokenClaim] {
    let doc = ctx.doc
    var out: [TokenClaim] = []
    for t in ctx.cues.tokens(.sieges, in: sentence) where !doc.forms[t].isDisjoint(with: Self.sieges) {
      let next = (t + 1)..<min(sentence.upperBound, t + 3)
      guard let v = next.first(where: { !doc.forms[$0].isDisjoint(with: Self.imposed) }),
        let actor = ctx.actor(after: v, window: 3, limit: sentence.upperBound)
      else { continue }
      let window = actor.endToken..<min(sentence.upperBound, actor.endToken + 8)
      guard let k = placeIn(window) else { continue }
      // «فرضته قوات النظام على بلدتي مضايا والزبداني»: every place of the list is besieged.
      for j in ctx.listFrom(k, limit: sentence.upperBound) {
        let c = claim(actor.actor, ctx.places[j], .besieged, false, statusAt(t), sentence)
        out.append(TokenClaim(c, ctx.places[j].recognized.firstToken))
      }
    }
    return out
  }

  /// "leaving only Douma in rebel hands", "in the hands of ISIS", «في يد تنظيم داعش», «بأيدي قسد»:
  /// the actor holds the place named just before; «سقطت … بيد», "fell into the hands of": took it.
  func inHands(in sentence: Range<Int>, statusAt: (Int) -> ClaimStatus) -> [TokenClaim] {
    let doc = ctx.doc
    var out: [TokenClaim] = []
    for t in ctx.cues.tokens(.hands, in: sentence) where !doc.forms[t].isDisjoint(with: Self.hands) {
      // («وتبادلت قوات النظام والمعارضة السيطرة …» opens its sentence.)
      if changingHands(at: t, in: sentence, statusAt: statusAt, into: &out) { continue }
      guard t > sentence.lowerBound else { continue }
      let arabic = doc.tokens[t].script == .arabic
      // The preposition: «في يد», «بيد» (a clitic), "in rebel hands", "into the hands of".
      let prepositionAt: Int? =
        arabic && ctx.startsWith(t, "ب")
        ? t
        : (max(sentence.lowerBound, t - 3)..<t).last {
          !doc.forms[$0].isDisjoint(with: Self.handsPrepositions)
        }
      guard let prep = prepositionAt else { continue }
      // "in rebel hands": the actor before «hands»; "hands of ISIS", «يد تنظيم داعش»: after it.
      let before = ctx.actor(endingAt: t).flatMap { $0.firstToken > prep ? $0 : nil }
      let after = ctx.actor(after: t, window: 3, limit: sentence.upperBound)
      // "which remains in government hands": a side adjective no actor name covers.
      let adjective =
        !arabic && t - 1 > prep && ctx.actor(endingAt: t) == nil ? Self.heldPrefix[doc.tokens[t - 1].text] : nil
      guard
        let actor = arabic
          ? after?.actor : (before?.actor ?? adjective ?? after.flatMap { $0.firstToken <= t + 3 ? $0.actor : nil })
      else { continue }
      // «الأقضية الثلاثة المتبقية بيد التنظيم في المحافظة، وهي القائم وراوة وعنه»: a plural of
      // places held, then the places it is.
      if let named = namedAfterPlural(before: prep, after: after?.endToken ?? t + 1, in: sentence) {
        for j in named {
          let c = claim(actor, ctx.places[j], .holds, false, statusAt(t), sentence)
          out.append(TokenClaim(c, ctx.places[j].recognized.firstToken))
        }
        continue
      }
      guard
        let k = stateAntecedent(before: prep, in: sentence)?.place
          ?? ctx.placeIndices(startingIn: sentence).last(where: {
            ctx.places[$0].recognized.endToken <= prep && ctx.places[$0].recognized.endToken >= prep - 5
              && sentence.contains(ctx.places[$0].recognized.firstToken)
          })
          ?? anaphorBeforeRelative(before: prep, in: sentence)
      else { continue }
      // "The fate of detainees from Raqqa is in the hands of the SDF", «مصير المعتقلين من الرقة في يد
      // قسد»: what comes from a place is in their hands, not the place.
      let pf = ctx.places[k].recognized.firstToken
      if pf > sentence.lowerBound, !doc.forms[pf - 1].isDisjoint(with: MovementExtractor.originWords) {
        continue
      }
      let lead = max(sentence.lowerBound, ctx.places[k].recognized.firstToken - 2)..<prep
      let fell = lead.contains { !doc.forms[$0].isDisjoint(with: Self.falling) }
      // «أريحا، التي كانت آخر المدن بيد النظام», "had been in rebel hands for years": held once, and
      // the report says so because it no longer is («كانت قد سقطت بيد» stays a taking).
      let held = max(sentence.lowerBound, ctx.places[k].recognized.firstToken - 2)..<prep
      if !fell, held.contains(where: { !doc.forms[$0].isDisjoint(with: Self.formerly) }) { continue }
      // "in government hands" in Iraq is Baghdad's government's.
      let side = before == nil && adjective == .regime && ctx.places[k].mention.entry.country == "IQ" ? .iraq : actor
      let c = claim(side, ctx.places[k], fell ? .captured : .holds, partial(k), statusAt(t), sentence)
      out.append(TokenClaim(c, ctx.places[k].recognized.firstToken))
    }
    return out
  }

  /// «الأقضية الثلاثة المتبقية بيد التنظيم في المحافظة، وهي القائم وراوة وعنه»: the places named
  /// after «وهي»/"namely" (within eight words of token `from`) when a plural of places («الأقضية»,
  /// «المدن», "towns") stands in the four words before token `t` and no place between.
  func namedAfterPlural(before t: Int, after from: Int, in sentence: Range<Int>) -> [Int]? {
    let doc = ctx.doc
    let lead = max(sentence.lowerBound, t - 4)..<t
    guard lead.contains(where: { !doc.forms[$0].isDisjoint(with: Self.pluralPlaces) }),
      ctx.placeIndices(startingIn: lead).isEmpty,
      let e = (from..<min(sentence.upperBound, from + 8)).first(where: {
        !doc.forms[$0].isDisjoint(with: Self.namelyWords)
      }),
      let first = ctx.firstPlace(in: (e + 1)..<min(sentence.upperBound, e + 3))
    else { return nil }
    return ctx.listFrom(first, limit: sentence.upperBound)
  }
  static let pluralPlaces: WordSet = WordSet(
    words: ["الأقضية", "الاقضية", "النواحي", "المدن", "البلدات", "القرى", "الأحياء", "المناطق", "البلدتين", "المدينتين"]
      .map(ArabicWord.lexiconForm) + ["towns", "cities", "villages", "districts", "neighbourhoods", "neighborhoods"])
  static let namelyWords: WordSet = WordSet(
    words: ["وهي", "هي", "وهما", "هما"].map(ArabicWord.lexiconForm) + ["namely"])

  /// "threatening the dam, which remains in government hands": the place a noun referring back
  /// stands for, when a relative clause opens between it and token `t` (five words at most).
  func anaphorBeforeRelative(before t: Int, in sentence: Range<Int>) -> Int? {
    let doc = ctx.doc
    for a in (max(sentence.lowerBound, t - 5)..<t).reversed() {
      guard let k = ctx.anaphor(at: a) else { continue }
      return (a + 1..<t).contains { !doc.forms[$0].isDisjoint(with: Self.stateRelatives) } ? k : nil
    }
    return nil
  }

  /// "Arima has changed hands several times between the rebels and the SDF", «بلدة منيان التي تتبادل
  /// الأطراف السيطرة عليها», «تبادلت قوات النظام والمعارضة السيطرة على بلدة منيان»: every side named
  /// in the sentence contests the place (none named: no claim). True when `t` is such a phrase.
  func changingHands(at t: Int, in sentence: Range<Int>, statusAt: (Int) -> ClaimStatus, into out: inout [TokenClaim]) -> Bool {
    let doc = ctx.doc
    let place: Int?
    if doc.tokens[t].script == .arabic {
      guard !doc.forms[t].isDisjoint(with: Self.exchangeVerbs) else { return false }
      // The control noun after the verb (its subject may stand between): «تتبادل الأطراف السيطرة».
      guard let c = ((t + 1)..<min(sentence.upperBound, t + 8)).first(where: {
        !doc.forms[$0].isDisjoint(with: Self.controlNouns)
      }) else { return true }
      // «السيطرة على بلدة منيان», else «… عليها» after a relative: the place named before.
      place = ctx.firstPlace(in: (c + 1)..<min(sentence.upperBound, c + 5))
        ?? stateAntecedent(before: t, in: sentence)?.place
    } else {
      guard t > sentence.lowerBound, !doc.forms[t - 1].isDisjoint(with: Self.changeWords) else { return false }
      // "Arima has changed hands", "Minyan, which has changed hands": the place before the verb.
      place = stateAntecedent(before: t - 1, in: sentence)?.place
        ?? ctx.placeIndices(startingIn: sentence).last(where: {
          ctx.places[$0].recognized.endToken <= t - 1 && ctx.places[$0].recognized.endToken >= t - 5
            && sentence.contains(ctx.places[$0].recognized.firstToken)
        })
    }
    guard let k = place else { return true }
    var sides: [Actor] = []
    for a in ctx.actorsStarting(from: sentence.lowerBound, before: sentence.upperBound)
    where sentence.contains(a.firstToken) && a.actor != .un && a.actor != .unknown && !isBacker(a)
      && !sides.contains(a.actor)
    {
      sides.append(a.actor)
    }
    for actor in sides {
      out.append(TokenClaim(claim(actor, ctx.places[k], .contested, partial(k), statusAt(t), sentence), ctx.places[k].recognized.firstToken))
    }
    return true
  }

  /// «دخلوا البلدة لساعات», "briefly entered": a taking undone within the day is none.
  static let briefly: WordSet = WordSet(
    words: ["لساعات", "مؤقتا", "لبضع", "لدقائق"].map(ArabicWord.lexiconForm) + [
      "briefly", "temporarily", "momentarily",
    ])
  /// True when a word of the clause close after a taking cue at `t` makes it brief.
  func isBrief(after t: Int, in clause: Range<Int>) -> Bool {
    let doc = ctx.doc
    let lead = max(clause.lowerBound, t - 2)..<min(clause.upperBound, t + 8)
    return lead.contains { !doc.forms[$0].isDisjoint(with: Self.briefly) }
  }
  /// «المسلحين الموالين لها», «القوات الرديفة»: auxiliaries named by their loyalty to the side before.
  static let loyal: WordSet = WordSet(
    words: ["الموالين", "الموالية", "الموالي", "الرديفة", "الحليفة", "لها", "له", "لهم"].map(
      ArabicWord.lexiconForm))
  /// The end of an Arabic subject starting its last part at `t`: names in apposition and the
  /// auxiliaries loyal to it («قوات النظام والمسلحين الموالين لها»).
  func ownerEnd(_ t: Int) -> Int {
    var end = t
    while true {
      if let next = ctx.actor(startingAt: end) {
        end = next.endToken
      } else if end < ctx.doc.tokens.count, ctx.doc.tokens[end].script == .arabic,
        !ctx.doc.forms[end].isDisjoint(with: Self.loyal)
      {
        end += 1
      } else {
        return end
      }
    }
  }
  /// «مسلحون», «عناصر», "fighters": armed men who may be named as some of an organisation's.
  static let partitiveHeads: WordSet = WordSet(
    words: ["مسلحون", "مسلحين", "مقاتلون", "مقاتلين", "عناصر"].map(ArabicWord.lexiconForm))
  /// «سيطر مسلحون من تنظيم داعش على …»: armed men «من» an organisation are its men, and the
  /// organisation is the side that took the place, not the generic armed men (read as rebels).
  func partitiveName(after a: ActorMention) -> ActorMention? {
    let doc = ctx.doc
    guard a.endToken - a.firstToken == 1, !doc.forms[a.firstToken].isDisjoint(with: Self.partitiveHeads),
      a.endToken + 1 < doc.tokens.count, !doc.forms[a.endToken].isDisjoint(with: MovementExtractor.originWords),
      let named = ctx.actor(startingAt: a.endToken + 1), !named.coreference, !isBacker(named)
    else { return nil }
    return named
  }
  /// "Syrian troops and fighters from Lebanon's Hezbollah": the words between two English actors
  /// joined by "and" when the second is named as some of an organisation's men ("and militants of
  /// the Islamic State").
  func isPartitiveJoin(_ gap: Range<Int>) -> Bool {
    let doc = ctx.doc
    guard (3...5).contains(gap.count), doc.tokens[gap.lowerBound].text == "and",
      !doc.forms[gap.lowerBound + 1].isDisjoint(with: ControlFallback.genericSubjects),
      ctx.isWord(gap.lowerBound + 2, "from") || ctx.isWord(gap.lowerBound + 2, "of")
    else { return false }
    // "from Lebanon's Hezbollah": an article or a proper name standing as the organisation's owner.
    return ((gap.lowerBound + 3)..<gap.upperBound).allSatisfy { u in
      doc.tokens[u].text == "the" || doc.original(u).first?.isUppercase == true
    }
  }
  /// "the Islamic Front and the al Qaeda-linked Nusra Front": "and", an article, and a hyphenated
  /// compound adjective ("al Qaeda-linked", "Iran-backed", "US-allied") qualifying the second name.
  /// The compound says whom the second group is tied to; it does not end the joined subject.
  func isCompoundAdjectiveJoin(_ gap: Range<Int>) -> Bool {
    let doc = ctx.doc
    guard (3...5).contains(gap.count), doc.tokens[gap.lowerBound].text == "and",
      ctx.isWord(gap.lowerBound + 1, "the")
    else { return false }
    let last = gap.upperBound - 1
    guard !doc.forms[last].isDisjoint(with: Self.tieParticiples), isHyphenated(last) else { return false }
    // The compound's first half: at most two words of a name ("al Qaeda", "Iran").
    return (gap.lowerBound + 2..<last).allSatisfy { doc.tokens[$0].script == .latin && doc.isNear(before: $0) }
  }
  /// The participles of "X-linked", "X-backed": compound adjectives tying a group to another.
  static let tieParticiples: WordSet = ["linked", "affiliated", "backed", "allied", "aligned", "led", "inspired"]

  /// «بعد سيطرة قوات النظام على», «إثر استعادة»: a taking named as what came before is stated.
  /// «بعد سيطرة», «بعد يومين من سيطرة», «بعد نحو ثلاثة أشهر من طرد», "after taking": token `t`
  /// stands right after «بعد» or "after", or after the «من» closing a span of time that follows «بعد».
  func followsAfter(_ t: Int, in sentence: Range<Int>) -> Bool {
    let doc = ctx.doc
    guard t > sentence.lowerBound else { return false }
    if !doc.forms[t - 1].isDisjoint(with: Self.afterWords) { return true }
    guard PlainArabic.original(of: t - 1, in: doc, is: "من") else { return false }
    return (max(sentence.lowerBound, t - 6)..<(t - 1)).contains { !doc.forms[$0].isDisjoint(with: Self.afterWords) }
  }
  static let afterWords: WordSet = WordSet(
    words: ["بعد", "عقب", "إثر", "اثر"].map(ArabicWord.lexiconForm) + ["after", "since"])
  /// «كانت», "had": a place once in someone's hands.
  static let formerly: WordSet = WordSet(
    words: ["كان", "كانت", "كانوا"].map(ArabicWord.lexiconForm) + ["had"])
  /// «كسر الحصار», "lifted the siege of", "broke the ISIS siege of": the words that end a siege.
  static let lifting: WordSet = WordSet(
    words: ["كسر", "كسرت", "فك", "فكت", "رفع", "رفعت", "فكوا", "كسروا"].map(ArabicWord.lexiconForm) + [
      "broke", "broken", "break", "lifted", "lift", "lifting", "breaking", "ended", "ending",
    ])
  /// («طوق», «الطوق», «طوقاً»: the cordon, as "cordon": «فرضت القوات الحكومية طوقاً حول جاسم».)
  static let siegeNouns: WordSet = WordSet(
    words: ["حصار", "الحصار", "محاصرة", "حصارا", "طوق", "الطوق", "طوقا", "طوقاً"].map(ArabicWord.lexiconForm) + [
      "siege", "blockade", "cordon",
    ])

  /// "Iraqi troops tightened their months-long siege of Fallujah", "the army kept up its blockade
  /// of Douma": the besieger of an English siege noun that a verb keeping it up governs (at most
  /// four words before it, in its clause) is the nearest side named before that verb. ("broke the
  /// siege of", "fled the siege of" keep nothing up.)
  func keptSiegeSubject(_ t: Int, in sentence: Range<Int>) -> ActorMention? {
    let doc = ctx.doc
    let clause = ctx.clause(of: t, in: sentence)
    guard
      let v = (max(clause.lowerBound, t - 5)..<t).last(where: { !doc.forms[$0].isDisjoint(with: Self.keepingUp) })
    else { return nil }
    return ctx.actorsStarting(from: clause.lowerBound, before: v).last {
      $0.endToken <= v && $0.firstToken >= clause.lowerBound && !isBacker($0)
    }
  }

  /// «قال مصدر إن قوات الأسد تفرض حصاراً على كناكر», «وقسد تواصل حصار الرقة»: an Arabic siege noun
  /// right after a verb that keeps it up, whose subject stands before the verb (subject, verb,
  /// object: after «إن», or a clause opening with its subject). Nil when the word before the noun
  /// is no such verb or no side ends right before it.
  func subjectBeforeKeepingUp(_ t: Int, in sentence: Range<Int>) -> ActorMention? {
    let v = t - 1
    guard v > sentence.lowerBound, !ctx.doc.forms[v].isDisjoint(with: Self.keepingUp),
      let a = ctx.actor(endingAt: v), a.firstToken >= sentence.lowerBound, !isBacker(a)
    else { return nil }
    return a
  }

  /// Whose siege or pockets the noun at `t` names: the actor just before it in English ("the ISIS
  /// siege", "ISIS holdouts"), just after it in Arabic («حصار داعش», «جيوب داعش»).
  func owner(of t: Int, in sentence: Range<Int>) -> ActorMention? {
    ctx.doc.tokens[t].script == .latin
      ? ctx.actor(endingAt: t).flatMap { $0.firstToken >= sentence.lowerBound ? $0 : nil }
      : ctx.actor(startingAt: t + 1).flatMap { sentence.contains($0.firstToken) ? $0 : nil }
  }

  /// en-16, ar-15 «تمكنت قوات النظام من كسر الحصار الذي فرضه تنظيم الدولة على … دير الزور», "broke a
  /// three-year Islamic State siege of Deir al-Zor": who lifts a siege holds the place relieved.
  func liftedSieges(in sentence: Range<Int>, statusAt: (Int) -> ClaimStatus) -> [TokenClaim] {
    let doc = ctx.doc
    var out: [TokenClaim] = []
    // "the three-year ISIS siege of Deir ez-Zor", «حصار داعش لدير الزور»: whose siege of which place.
    for t in ctx.cues.tokens(.siegeNouns, in: sentence) where !doc.forms[t].isDisjoint(with: Self.siegeNouns)
    {
      let english = doc.tokens[t].script == .latin
      // «تواصل قوات النظام حصار حي الحجر الأسود»: an Arabic siege noun right after the subject of a
      // verb that keeps it up (not «فك الجيش حصار دير الزور», «رفضت المعارضة حصار حمص»); "Iraqi
      // troops tightened their siege of Fallujah": an English one a few words after such a verb.
      let subject =
        english
        ? keptSiegeSubject(t, in: sentence)
        : ctx.actor(endingAt: t).flatMap { a in
          a.firstToken > sentence.lowerBound && !doc.forms[a.firstToken - 1].isDisjoint(with: Self.keepingUp)
            ? a : nil
        } ?? subjectBeforeKeepingUp(t, in: sentence)
      // «وأحكمت حصارها على مدينة الرقة»: a keeping-up verb with no subject of its own refers back.
      let carried =
        !english && subject == nil && t > sentence.lowerBound && owner(of: t, in: sentence) == nil
          && !doc.forms[t - 1].isDisjoint(with: Self.keepingUp)
        ? ControlFallback(rules: self).carriedOwner(
          verb: (t - 1)..<t, clause: ctx.clause(of: t, in: sentence),
          sentence: sentence)
        : nil
      guard let owner = owner(of: t, in: sentence) ?? subject ?? carried else {
        if !english, let c = imposedSiege(t, in: sentence, statusAt: statusAt) { out.append(contentsOf: c) }
        continue
      }
      let from = english || owner == subject || owner == carried ? t + 1 : owner.endToken
      // (An owner's name may run past the sentence's end: the window is then empty, not reversed.)
      let window = from..<max(from, min(sentence.upperBound, from + 3))
      guard let k = ctx.firstPlace(in: window) else {
        continue
      }
      // «حصار مدينتي دوما وحرستا», "the siege of Nubl and Zahraa": every place of the list.
      for j in ctx.listFrom(k, limit: sentence.upperBound) {
        let c = claim(
          owner.actor, ctx.places[j], .besieged, partial(j), statusAt(t), sentence, carried: carried)
        out.append(TokenClaim(c, ctx.places[j].recognized.firstToken))
      }
    }
    for t in ctx.cues.tokens(.lifting, in: sentence) where !doc.forms[t].isDisjoint(with: Self.lifting) {
      let ahead = (t + 1)..<min(sentence.upperBound, t + 6)
      guard let siege = ahead.first(where: { !doc.forms[$0].isDisjoint(with: Self.siegeNouns) }) else {
        continue
      }
      let clause = ctx.clause(of: t, in: sentence)
      // The lifter: the actor right after an Arabic verb, else the nearest before (not a backer,
      // not the besieger named in «الحصار الذي فرضه تنظيم الدولة»).
      let after = doc.tokens[t].script == .arabic ? ctx.actor(after: t, window: 2, limit: siege) : nil
      guard
        let lifter = after
          ?? ctx.actorsStarting(from: sentence.lowerBound, before: t).last(where: {
            $0.endToken <= t && $0.firstToken >= sentence.lowerBound && !isBacker($0) && !$0.coreference
          })
      else { continue }
      // The place: within the clause after the siege word, past an imposed relative clause.
      let window = (siege + 1)..<min(clause.upperBound, siege + 16)
      guard let k = ctx.firstPlace(in: window) else {
        continue
      }
      // "broke the siege of silence about detainees in Saydnaya", «كسر الحصار الإعلامي عن القصير»: a
      // siege of words is no siege of the place.
      if (siege..<ctx.places[k].recognized.firstToken).contains(where: {
        !doc.forms[$0].isDisjoint(with: Self.figurativeSieges)
      }) {
        continue
      }
      // «فك الحصار عن بلدتي نبل والزهراء», "lifted the siege of Nubl and Zahraa": both are held.
      for j in ctx.listFrom(k, limit: clause.upperBound) {
        let c = claim(lifter.actor, ctx.places[j], .holds, partial(j), statusAt(t), sentence)
        out.append(TokenClaim(c, ctx.places[j].recognized.firstToken))
      }
    }
    return out
  }

  /// «بعد حصار دام أكثر من ثمانين يوماً فرضه تنظيم داعش على الناحية», «الحصار الذي فرضه تنظيم الدولة على
  /// دير الزور»: a siege «imposed» (the verb with the siege as its pronoun) by the side right after the
  /// verb on the place after «على». Nil unless all three stand within a few words.
  func imposedSiege(_ t: Int, in sentence: Range<Int>, statusAt: (Int) -> ClaimStatus) -> [TokenClaim]? {
    let doc = ctx.doc
    guard
      let v = ((t + 1)..<min(sentence.upperBound, t + 9)).first(where: {
        !doc.forms[$0].isDisjoint(with: Self.imposingIt)
      }),
      let a = ctx.actor(startingAt: v + 1), !isBacker(a),
      let on = (a.endToken..<min(sentence.upperBound, a.endToken + 2)).first(where: {
        !doc.forms[$0].isDisjoint(with: MovementExtractor.onWords)
      }),
      let k = ctx.firstPlace(in: (on + 1)..<min(sentence.upperBound, on + 4))
        ?? (on + 1 < sentence.upperBound ? ctx.anaphor(at: on + 1) : nil)
    else { return nil }
    return ctx.listFrom(k, limit: sentence.upperBound).map { j in
      TokenClaim(
        claim(a.actor, ctx.places[j], .besieged, partial(j), statusAt(t), sentence),
        ctx.places[j].recognized.firstToken)
    }
  }
  /// «فرضه», «فرضته», «يفرضه»: imposed it (the siege).
  static let imposingIt: WordSet = WordSet(
    words: ["فرضه", "فرضها", "فرضته", "فرضتها", "يفرضه", "يفرضها", "تفرضه", "تفرضها", "فرضوه", "فرضوها"].map(
      ArabicWord.lexiconForm))

  /// «تواصل», «تفرض», «شددت»: verbs that keep up or tighten a siege.
  static let keepingUp: WordSet = WordSet(
    words: [
      "تواصل", "يواصل", "واصلت", "واصل", "تفرض", "يفرض", "فرضت", "فرض", "تشدد", "يشدد", "شددت", "شدد",
      "أحكمت", "أحكم", "تحكم", "يحكم",
    ].map(ArabicWord.lexiconForm) + [
      "tighten", "tightens", "tightened", "tightening", "maintain", "maintains", "maintained", "maintaining",
      "keep", "keeps", "kept", "keeping", "impose", "imposes", "imposed", "imposing", "enforce", "enforces",
      "enforced", "enforcing",
    ])

  /// What a figurative siege is of: silence, the media, fear («الحصار الإعلامي»).
  static let figurativeSieges: WordSet = WordSet(
    words: ["الإعلامي", "الاعلامي", "الصمت", "الخوف", "النفسي"].map(ArabicWord.lexiconForm) + [
      "silence", "media", "fear", "information", "isolation", "about",
    ])
  /// True when the Arabic word at `t` carries the proclitic «ل» ("in order to": «لاستعادة», «ليسيطر»),
  /// in its token or just before it.
  func hasPurposeClitic(_ t: Int) -> Bool {
    let doc = ctx.doc
    guard doc.tokens[t].script == .arabic else { return false }
    if ctx.startsWith(t, "ل"), !PlainArabic.original(of: t, in: doc, hasPrefix: "لا ") { return true }
    let start = doc.tokens[t].start
    let previousEnd = t > 0 ? doc.tokens[t - 1].end : 0
    return start > previousEnd && doc.scalars[start - 1] == "ل"
  }

  /// Arabic nouns for places or parts of them, as the object of a control verb before «في».
  static let placeObjects: WordSet = WordSet(
    words: [
      "قرى", "بلدات", "مدن", "أحياء", "احياء", "مناطق", "منطقة", "مساحات", "أراض", "أراضي", "مواقع", "نقاط",
      "أجزاء", "اجزاء", "جيوب", "جيب", "معظم", "كامل", "غالبية", "أغلب", "بقية", "تلال", "قرية", "بلدة",
      // «تسيطر على آخر معاقل التنظيم في قضاء تلعفر»: a side's strongholds in the place.
      "معاقل", "معقل",
    ].map(ArabicWord.lexiconForm))
  /// English words that may stand between a control verb and its place: articles, quantities, parts,
  /// generic heads and adjectives of places ("almost all of", "the strategic town of", "90 percent of").
  static let englishObjectWords: WordSet = [
    "the", "a", "an", "of", "most", "much", "all", "almost", "nearly", "parts", "part", "some", "large",
    "swathes",
    "swaths", "areas", "area", "remaining", "rest", "whole", "entire", "center", "centre", "outskirts",
    "districts", "district", "neighbourhoods", "neighborhoods", "neighbourhood", "neighborhood", "villages",
    "village", "towns", "town", "city", "cities", "strategic", "key", "control", "full", "back", "percent",
    "per", "cent", "held", "controlled", "besieged", "border", "nearby", "last", "remaining", "rebel",
    "opposition", "government", "regime", "northern", "southern", "eastern", "western", "central", "north",
    "south", "east", "west", "old", "suburb", "suburbs", "countryside", "province", "governorate", "camp",
    "airbase", "base", "dam", "crossing", "historic", "ancient", "desert", "oasis", "syrian", "iraqi",
    "kurdish",
    "over", "and", "its", "their", "again", "fully", "completely", "entirely", "quickly", "also", "now",
    "half", "quarter", "third", "bulk", "majority", "portions", "portion", "sections", "section", "pockets",
    "pocket", "positions", "territory", "hills", "villages", "quarters", "parts", "sectors", "sector",
    "complete", "total", "several", "many", "dozens", "few", "various",
    // "retaken roughly a third of", "approximately two thirds of": estimates of the part taken.
    "roughly", "approximately", "thirds",
    // "overrunning army checkpoints and the Shaer gas field": military sites listed before a place.
    "army", "military", "checkpoints", "checkpoint", "outposts",
    // "the ancient Christian town of Maaloula", "the predominantly Kurdish city of", "the small
    // mountain town of": who lives there and what the place looks like.
    "christian", "sunni", "shiite", "shia", "alawite", "druze", "yazidi", "assyrian", "turkmen", "arab",
    "armenian", "predominantly", "mostly", "mainly", "largely", "small", "mountain", "mountainous",
    // "captured the last ISIS stronghold of Raqqa".
    "stronghold", "strongholds", "bastion",
    "hilltop", "coastal", "rural", "industrial", "embattled", "important",
    // "took control today of most of the city of Raqqa": a time adverb inside the verb phrase.
    "today", "yesterday", "overnight",
    // "now holds only the Abu Duhur airport", "controls just two villages", "the three provinces of
    // Erbil, Duhok and Sulaimani": how much is held, and of what.
    "only", "just", "provinces", "governorates", "two", "three", "four", "five", "six",
  ]
  static let timeAdverbs: WordSet = ["today", "yesterday", "overnight"]

  /// True when token `t` may stand between an English control verb and its place.
  func isPlaceObjectWord(_ t: Int) -> Bool {
    let doc = ctx.doc
    if !doc.forms[t].isDisjoint(with: Self.englishObjectWords) { return true }
    if doc.tokens[t].text.allSatisfy(\.isNumber) { return true }
    if doc.forms[t].contains(where: { PlaceContext.triggers[$0] != nil }) { return true }
    // Actor and place words ("the ISIS-held town of", "the Damascus suburb of").
    return ctx.isInsideActor(t) || ctx.isInsidePlace(t)
  }

  /// "lost ground in", "gained ground in": part of a place.
  static let ground: WordSet = ["ground", "territory", "positions"]
  /// «خسر … لصالح», "lost X to": who a place was lost to.
  static let lostTo: WordSet = WordSet(words: ["لصالح", "إلى", "الى"].map(ArabicWord.lexiconForm) + ["to"])
  /// «جيوب صغيرة لا يزال عناصر التنظيم يتحصنون فيها»: "in it" after the verb is the place named before.
  static let inIt: WordSet = WordSet(words: ["فيها", "فيه"].map(ArabicWord.lexiconForm))

  func resumptive(after verb: Range<Int>, in sentence: Range<Int>) -> Int? {
    let doc = ctx.doc
    guard verb.upperBound < sentence.upperBound, !doc.forms[verb.upperBound].isDisjoint(with: Self.inIt)
    else {
      return nil
    }
    return ctx.placeIndices(startingIn: sentence).last {
      ctx.places[$0].recognized.endToken <= verb.lowerBound
        && sentence.contains(ctx.places[$0].recognized.firstToken)
    }
  }

  static let flags: WordSet = WordSet(
    words: ["العلم", "علم", "أعلام", "الأعلام"].map(ArabicWord.lexiconForm) + ["flag", "flags"])
  /// Raising or flying a flag: the words that make it a sign of taking a place.
  static let raising: WordSet = WordSet(
    words: ["رفع", "رفعت", "رفعوا", "يرفع", "ترفع", "رفرف", "يرفرف", "يرفرف", "رفعها"].map(
      ArabicWord.lexiconForm) + [
        "raised", "raise", "raising", "hoisted", "hoist", "flying", "flew", "flies", "planted",
      ])
  static let over: WordSet = WordSet(
    words: ["فوق", "على"].map(ArabicWord.lexiconForm) + ["over", "above", "on", "atop"])
  /// «العلم السوري», "the Syrian flag", «العلم العراقي»: whose flag it is when no one is named raising it.
  static let flagNations: [(WordSet, Actor)] = [
    (WordSet(words: ["السوري"].map(ArabicWord.lexiconForm) + ["syrian"]), .regime),
    (WordSet(words: ["العراقي"].map(ArabicWord.lexiconForm) + ["iraqi"]), .iraq),
    (WordSet(words: ["التركي"].map(ArabicWord.lexiconForm) + ["turkish"]), .tur),
    (WordSet(words: ["الروسي"].map(ArabicWord.lexiconForm) + ["russian"]), .rus),
  ]

  /// "Iraqi forces raised the flag over Ramadi", «رفعت قوات جهاز مكافحة الإرهاب العلم العراقي فوق
  /// المجمع الحكومي وسط مدينة الرمادي», "the Syrian flag was flying over Douma": who raises a flag over
  /// a place (else whose flag it is) took it.
  func raisedFlags(in sentence: Range<Int>, statusAt: (Int) -> ClaimStatus) -> [TokenClaim] {
    let doc = ctx.doc
    var out: [TokenClaim] = []
    for t in ctx.cues.tokens(.flags, in: sentence) where !doc.forms[t].isDisjoint(with: Self.flags) {
      let clause = ctx.clause(of: t, in: sentence)
      let near = max(clause.lowerBound, t - 4)..<min(clause.upperBound, t + 4)
      guard near.contains(where: { !doc.forms[$0].isDisjoint(with: Self.raising) }),
        let o = (t + 1..<min(clause.upperBound, t + 4)).first(where: {
          !doc.forms[$0].isDisjoint(with: Self.over)
        }),
        let k = ctx.firstPlace(in: ((o + 1)..<(o + 7)).clamped(to: clause))
      else { continue }
      let nation = (max(clause.lowerBound, t - 1)..<min(clause.upperBound, t + 2)).lazy.compactMap { u in
        Self.flagNations.first { !doc.forms[u].isDisjoint(with: $0.0) }?.1
      }.first
      // The flag's nation first ("Moscow said the Syrian flag was flying"), else who raised it.
      guard let actor = nation ?? ctx.actor(before: t, in: clause, movers: true)?.actor else { continue }
      let c = claim(actor, ctx.places[k], .captured, partial(k), statusAt(t), sentence)
      out.append(TokenClaim(c, ctx.places[k].recognized.firstToken))
    }
    return out
  }

  static let under: WordSet = ["under"]
  static let controlNoun: WordSet = ["control"]
  /// "has come under regime control", "fell under ISIS control": the place changed hands.
  static let coming: WordSet = ["come", "came", "comes", "coming", "fell", "fallen", "falls", "brought"]

  /// "Neighbouring Jasim has also come under regime control", "Douma remains under rebel control": the
  /// actor between "under" and "control" holds (or, after "come"/"fell", took) the place before.
  func underControl(in sentence: Range<Int>, statusAt: (Int) -> ClaimStatus) -> [TokenClaim] {
    let doc = ctx.doc
    var out: [TokenClaim] = []
    for t in ctx.cues.tokens(.under, in: sentence) where !doc.forms[t].isDisjoint(with: Self.under) {
      // "under ISIS control": the actor named before "control"; "has come under regime control",
      // "remains under rebel control": an adjective of the X-held compounds (`heldPrefix`) there
      // ("state control" is the government's, not the Islamic State's: left out).
      let named = ctx.actor(startingAt: t + 1).flatMap { a in
        a.endToken < sentence.upperBound && !doc.forms[a.endToken].isDisjoint(with: Self.controlNoun)
          ? a.actor : nil
      }
      let adjective =
        t + 2 < sentence.upperBound && !doc.forms[t + 2].isDisjoint(with: Self.controlNoun)
          && doc.tokens[t + 1].text != "state"
        ? Self.heldPrefix[doc.tokens[t + 1].text] : nil
      let antecedent = stateAntecedent(before: t, in: sentence)?.place
      guard let actor = named ?? adjective,
        let p = antecedent.map({ ctx.places[$0] })
          ?? ctx.placesStarting(in: sentence).last(where: {
            $0.recognized.endToken <= t && $0.recognized.endToken >= t - 5
              && sentence.contains($0.recognized.firstToken)
          })
      else { continue }
      // «وعانة في الأنبار التي لا تزال تحت سيطرة التنظيم»: the words between start after the place
      // that says where the antecedent lies.
      let qualifier = antecedent.flatMap { ctx.isLocativeQualifier($0 + 1) ? ctx.places[$0 + 1] : nil }
      let gap = (qualifier ?? p).recognized.endToken..<t
      // "Aid to Jasim is under regime control", "the checkpoint near Jasim": a preposition before or
      // after the place makes it no subject.
      let pf = p.recognized.firstToken
      if gap.contains(where: { !doc.forms[$0].isDisjoint(with: Self.objectBreakers) })
        || (pf > sentence.lowerBound && !doc.forms[pf - 1].isDisjoint(with: Self.objectBreakers))
        || (pf > sentence.lowerBound && !doc.forms[pf - 1].isDisjoint(with: MovementExtractor.originWords))
      {
        continue
      }
      let came = gap.contains { !doc.forms[$0].isDisjoint(with: Self.coming) }
      for k in listBack(p) {
        let c = claim(
          actor, ctx.places[k], came ? .captured : .holds, partial(k), statusAt(t), sentence)
        out.append(TokenClaim(c, ctx.places[k].recognized.firstToken))
      }
    }
    return out
  }

  /// «يسيطر عليه», «تسيطر عليها»: holding verbs with a pronoun object that points back to the place.
  static let holdingVerbs: WordSet = WordSet(
    words: ["يسيطر", "تسيطر", "يسيطرون", "تسيطران", "يسيطران"].map(ArabicWord.lexiconForm))
  static let onIt: WordSet = WordSet(words: ["عليه", "عليها", "عليهما", "عليهم"].map(ArabicWord.lexiconForm))
  /// «مقاتلوها», «عناصره»: a side's men named by a pronoun suffix, as the subject of a holding verb.
  static let theirFighters: WordSet = WordSet(
    words: ["مقاتلوه", "مقاتلوها", "مقاتلوهم", "عناصره", "عناصرها", "عناصرهم", "مسلحوه", "مسلحوها"].map(
      ArabicWord.lexiconForm))
  /// «كان», «كانت» between a relative pronoun and its verb («التي كان يسيطر عليها»).
  static let wasWords: WordSet = WordSet(
    words: ["كان", "كانت", "لا", "يزال", "تزال", "ما"].map(ArabicWord.lexiconForm))

  /// «حي الحجر الأسود الذي يسيطر عليه تنظيم داعش», «وجيب ثالث يضم عربين وزملكا وحي جوبر يسيطر عليه
  /// فيلق الرحمن»: the actor after «يسيطر عليه» holds the place or list named right before the verb.
  func heldOnIt(in sentence: Range<Int>, statusAt: (Int) -> ClaimStatus) -> [TokenClaim] {
    let doc = ctx.doc
    var out: [TokenClaim] = []
    for t in ctx.cues.tokens(.holdingVerbs, in: sentence)
    where t + 1 < sentence.upperBound && !doc.forms[t].isDisjoint(with: Self.holdingVerbs)
      && !doc.forms[t + 1].isDisjoint(with: Self.onIt)
    {
      // «حي الوعر، الذي لا يزال مقاتلوها يسيطرون عليه»: with no actor after the verb, a subject before
      // it that names armed men by a pronoun suffix stands for the side the pronoun refers to.
      var subject: Int?
      var holder = ctx.actor(after: t + 1, window: 2, limit: sentence.upperBound)
      if holder == nil, t - 1 > sentence.lowerBound, !doc.forms[t - 1].isDisjoint(with: Self.theirFighters) {
        holder = ControlFallback(rules: self).pronounReferent(of: t - 1, in: sentence)
        subject = t - 1
      }
      guard let actor = holder else { continue }
      // Back over «لا يزال», «كان» and the relative pronoun to the place.
      var end = subject ?? t
      while end > sentence.lowerBound, end > t - 4,
        !doc.forms[end - 1].isDisjoint(with: Self.wasWords)
          || !doc.forms[end - 1].isDisjoint(with: Self.relativePronouns)
      {
        end -= 1
      }
      // «حلب الشرقية التي»: an adjective may follow the name.
      guard
        let p = ctx.placesStarting(in: sentence).last(where: {
          ($0.recognized.endToken == end || $0.recognized.endToken == end - 1)
            && sentence.contains($0.recognized.firstToken)
        })
      else { continue }
      var held = listBack(p)
      // «… يسيطر عليه تنظيم داعش مع أجزاء من مخيم اليرموك»: places added with «مع» after the actor.
      let e = actor.endToken
      if e < sentence.upperBound, !doc.forms[e].isDisjoint(with: RelationContext.withWords),
        let k = ctx.firstPlace(in: ((e + 1)..<(e + 5)).clamped(to: sentence))
      {
        held += ctx.listFrom(k, limit: sentence.upperBound)
      }
      for k in held {
        let c = claim(actor.actor, ctx.places[k], .holds, partial(k), statusAt(t), sentence)
        out.append(TokenClaim(c, ctx.places[k].recognized.firstToken))
      }
    }
    return out
  }

  /// «مواقعه», «مواقعها», "positions": the positions a side keeps or reinforces.
  static let positionNouns: WordSet = WordSet(
    words: ["مواقعه", "مواقعها", "مواقعهم", "مواقعهما"].map(ArabicWord.lexiconForm) + ["positions"])
  /// Verbs whose object, the side's own positions, says it is there to stay: reinforcing, holding,
  /// keeping, consolidating («عزز», «تمسك ب», «حافظ على», «ثبت», "reinforced", "held", "kept").
  /// Leaving or advancing from them («انسحبت من مواقعها», "abandoned their positions") and striking
  /// them («قصف مواقعه») are not among them.
  static let positionVerbs: WordSet = WordSet(
    words: [
      "عزز", "عززت", "عززوا", "يعزز", "تعزز", "يعززون", "تمسك", "تمسكت", "يمسك", "أمسك", "أمسكت", "يتمسك",
      "تتمسك", "حافظ", "حافظت", "حافظوا", "يحافظ", "تحافظ", "ثبت", "ثبتت", "يثبت", "تثبت", "احتفظ", "احتفظت",
      "يحتفظ", "تحتفظ",
    ].map(ArabicWord.lexiconForm) + [
      "reinforced", "reinforces", "reinforce", "reinforcing", "strengthened", "consolidated", "hold", "holds",
      "held", "holding", "kept", "keep", "keeps", "maintained", "maintains", "retained", "retains", "retain",
    ])
  /// What may stand between such a verb and its positions besides the subject: "its", "their", an
  /// adverb, «في المقابل» ("in turn").
  static let positionFillers: WordSet = WordSet(
    words: ["في", "المقابل", "أيضا", "كذلك", "بدوره", "بدورها", "قد", "الماضية"].map(
      ArabicWord.lexiconForm) + [
        "its", "their", "own", "key", "main", "forward", "also", "still", "firmly",
      ])

  /// «عزز التنظيم في المقابل مواقعه في مدينة الباب», «عززت القوات العراقية وقوات الحشد الشعبي
  /// مواقعها في قضاء القائم», "the army reinforced its positions in Homs", "rebels held their
  /// positions inside Daraa": who reinforces, keeps or holds its own positions in a place holds the
  /// place (in part, when parts of it are named: «بمواقعها في أحياء المدينة الغربية»). The positions
  /// are the object of such a verb (`positionVerbs`), and «في»/"in" and the place follow them; the
  /// subject is the verb's (named after an Arabic verb, before it, or the paragraph's).
  func heldPositions(in sentence: Range<Int>, statusAt: (Int) -> ClaimStatus) -> [TokenClaim] {
    let doc = ctx.doc
    var out: [TokenClaim] = []
    for t in ctx.cues.tokens(.positions, in: sentence)
    where t + 2 < sentence.upperBound && !doc.forms[t].isDisjoint(with: Self.positionNouns)
      && !doc.forms[t + 1].isDisjoint(with: MovementExtractor.inWords)
    {
      let clause = span(of: t, in: sentence)
      // Back from the positions over the subject, the fillers and a time phrase («خلال الأيام
      // الماضية») to the verb.
      var v = t - 1
      while v >= clause.lowerBound, v > t - 10, doc.forms[v].isDisjoint(with: Self.positionVerbs),
        ctx.isInsideActor(v) || !doc.forms[v].isDisjoint(with: Self.positionFillers)
          || !doc.forms[v].isDisjoint(with: ControlFallback.timeNouns)
      {
        v -= 1
      }
      guard v >= clause.lowerBound, !doc.forms[v].isDisjoint(with: Self.positionVerbs) else { continue }
      let fallback = ControlFallback(rules: self)
      if fallback.hasNegation(before: v, in: sentence) { continue }
      let english = doc.tokens[v].script == .latin
      // «عززت القوات العراقية وقوات الحشد الشعبي مواقعها»: the subjects named between verb and object.
      let between = english ? nil : ctx.actorsStarting(from: v + 1, before: t).first { !isBacker($0) }
      let before = ctx.actor(before: v, in: clause).flatMap { isBacker($0) ? nil : $0 }
      let carried =
        between == nil && before == nil
        ? fallback.carriedOwner(verb: v..<(v + 1), clause: clause, sentence: sentence) : nil
      guard let actor = between ?? before ?? carried else { continue }
      let actors = between.map { joinedAfter($0) } ?? conjoined(actor)
      // «في أحياء المدينة الغربية», "in the north of": parts and directions before the place; «في
      // محيط», "in the vicinity of" is near it, not in it.
      let window = (t + 2)..<min(sentence.upperBound, t + 6)
      guard let k = placeIn(window) else { continue }
      let f = ctx.places[k].recognized.firstToken
      if window.contains(f),
        ((t + 2)..<f).contains(where: {
          !doc.forms[$0].isDisjoint(with: Self.nearWords) || !doc.forms[$0].isDisjoint(with: Self.vicinity)
        })
      {
        continue
      }
      let places = window.contains(f) ? ctx.listFrom(k, limit: clause.upperBound) : [k]
      for a in actors {
        for j in places {
          out.append(
            TokenClaim(
              claim(a.actor, ctx.places[j], .holds, partial(j), statusAt(v), sentence, carried: carried),
              ctx.places[j].recognized.firstToken
            ))
        }
      }
    }
    return out
  }
  /// "in the vicinity of", "around": near a place, not in it.
  static let vicinity: WordSet = ["vicinity", "around", "near", "outskirts", "edge", "edges"]

  /// «قرب», «بالقرب من», «في محيط», «حول»: Arabic words of nearness before a place (around a town
  /// is not in it).
  static let nearWords: WordSet = WordSet(
    words: ["قرب", "بالقرب", "مقربة", "محيط", "حول"].map(ArabicWord.lexiconForm))
  /// «فقد»: also the particles «ف» + «قد» before a verb.
  static let particleVerbs: WordSet = WordSet(words: ["فقد"].map(ArabicWord.lexiconForm))
  static let retaining: WordSet = WordSet(
    words: ["تحتفظ", "يحتفظ", "احتفظت", "احتفظ"].map(ArabicWord.lexiconForm))

  /// "hold pockets in", "controls pockets in": verbs whose object is the pockets held.
  static let holdingObjects: WordSet = [
    "hold", "holds", "held", "control", "controls", "retain", "retains", "keep", "keeps",
  ]

  /// "the last ISIS holdouts in Raqqa", "ISIS pockets in", «جيوب داعش في»: the actor holds part of it.
  static let holdouts: WordSet = WordSet(
    words: ["جيوب", "جيب"].map(ArabicWord.lexiconForm) + [
      "holdouts", "holdout", "pockets", "pocket", "remnants", "foothold", "footholds",
    ])

  func holdoutClaims(in sentence: Range<Int>, statusAt: (Int) -> ClaimStatus) -> [TokenClaim] {
    let doc = ctx.doc
    var out: [TokenClaim] = []
    for t in ctx.cues.tokens(.holdouts, in: sentence) where !doc.forms[t].isDisjoint(with: Self.holdouts) {
      let english = doc.tokens[t].script == .latin
      // "Islamic State militants still hold pockets in the north of Tikrit", «لا يزال التنظيم يسيطر على
      // جيوب في شرق المدينة»: the pockets are the object of a holding verb; its subject holds them.
      let heldObject =
        english
        ? t > sentence.lowerBound && !doc.forms[t - 1].isDisjoint(with: Self.holdingObjects)
        : t - 1 > sentence.lowerBound && !doc.forms[t - 1].isDisjoint(with: MovementExtractor.onWords)
          && !doc.forms[t - 2].isDisjoint(with: Self.holdingVerbs)
      let clause = ctx.clause(of: t, in: sentence)
      let subject = heldObject ? ctx.actor(before: t, in: clause) : nil
      guard let owner = owner(of: t, in: sentence) ?? subject else { continue }
      let next = english || owner == subject ? t + 1 : owner.endToken
      guard next < sentence.upperBound, !doc.forms[next].isDisjoint(with: MovementExtractor.inWords) else {
        continue
      }
      // «جيوب في شرق المدينة», "pockets in the north of Tikrit": a direction may stand before the place.
      let direction =
        next + 1 < sentence.upperBound
        && doc.forms[next + 1].contains { PlaceContext.directions[$0] != nil }
      guard
        let k = ctx.placesAfter(next, limit: sentence.upperBound).first
          ?? (direction ? ctx.placesAfter(next + 1, limit: sentence.upperBound).first : nil)
      else { continue }
      out.append(
        TokenClaim(
          claim(owner.actor, ctx.places[k], .holds, true, statusAt(t), sentence),
          ctx.places[k].recognized.firstToken
        ))
    }
    return out
  }

  /// «اشتباكات عنيفة في تدمر بين قوات النظام وداعش», "fighting in Palmyra between regime forces
  /// and ISIS": both sides contest the place.
  static let clashNouns: WordSet = WordSet(
    words: ["اشتباكات", "معارك", "مواجهات", "الاشتباكات", "المعارك"].map(ArabicWord.lexiconForm) + [
      "clashes", "fighting", "battles", "battle", "clashed",
    ])
  static let between: WordSet = WordSet(words: ["بين"].map(ArabicWord.lexiconForm) + ["between"])

  func clashes(in sentence: Range<Int>, statusAt: (Int) -> ClaimStatus) -> [TokenClaim] {
    let doc = ctx.doc
    var out: [TokenClaim] = []
    for t in ctx.cues.tokens(.clashNouns, in: sentence) where !doc.forms[t].isDisjoint(with: Self.clashNouns)
    {
      let ahead = (t + 1)..<min(sentence.upperBound, t + 4)
      guard let inWord = ahead.first(where: { !doc.forms[$0].isDisjoint(with: MovementExtractor.inWords) }),
        let k = ctx.placesAfter(inWord, limit: sentence.upperBound).first
      else { continue }
      let afterPlace =
        ctx.places[k].recognized.endToken..<min(sentence.upperBound, ctx.places[k].recognized.endToken + 6)
      guard let b = afterPlace.first(where: { !doc.forms[$0].isDisjoint(with: Self.between) }),
        let first = ctx.actor(after: b, window: 2, limit: sentence.upperBound)
      else { continue }
      var sides = [first]
      if let second = ctx.actor(after: first.endToken - 1, window: 2, limit: sentence.upperBound),
        second.actor != first.actor
      {
        sides.append(second)
      }
      for a in sides {
        out.append(
          TokenClaim(
            claim(a.actor, ctx.places[k], .contested, partial(k), statusAt(t), sentence),
            ctx.places[k].recognized.firstToken
          ))
      }
    }
    return out
  }

  /// «طردت قوات النظام تنظيم داعش من تدمر», "drove ISIS out of Palmyra", "expelled ISIS from":
  /// the subject took the place the object was driven from.
  static let expelling: WordSet = WordSet(
    words: ["طرد", "طردت", "طردوا", "أخرج", "أخرجت"].map(ArabicWord.lexiconForm) + [
      "drove", "driven", "expelled", "expel", "ousted", "oust", "pushed", "evicted",
      // "after driving ISIS out of Manbij": gerunds, read only after "after" (`expulsionAfter`).
      "driving", "expelling", "ousting", "evicting",
    ])
  static let outOf: WordSet = ["من", "from", "out", "of"]
  /// "drove Islamic State militants out of …": the expelled side's men, named after the side.
  static let objectMen: WordSet = ["militants", "fighters", "insurgents", "extremists", "jihadists", "gunmen"]
  /// The English gerunds of `expelling`.
  static let expellingGerunds: WordSet = ["driving", "expelling", "ousting", "evicting"]

  /// «بعد ثلاثة أشهر من طرد التنظيم من مدينة هجين», "after driving ISIS out of Manbij": a noun or
  /// gerund of expelling right after «بعد» (or its «من») or "after"/"since" names only the side
  /// expelled; the taker is the subject of the sentence (the first side named before it that is no
  /// backer or speaker). Returns the taker and the side expelled.
  func expulsionAfter(_ t: Int, in sentence: Range<Int>, clause: Range<Int>) -> (ActorMention, ActorMention)? {
    guard followsAfter(t, in: sentence), let object = ctx.actor(after: t, window: 2, limit: clause.upperBound),
      let taker = sentenceSubject(before: t, in: sentence), taker.actor != object.actor
    else { return nil }
    return (taker, object)
  }

  /// The subject of the sentence a taking told after «بعد»/"after" belongs to: the first side named
  /// before `t` (after the last «إن»/"that": what was said) that is no backer and no speaker — but
  /// the side an Arabic verb of announcing opens with («أعلنت قسد …») is the sentence's subject.
  func sentenceSubject(before t: Int, in sentence: Range<Int>) -> ActorMention? {
    let doc = ctx.doc
    let from =
      (sentence.lowerBound..<t).last { !doc.forms[$0].isDisjoint(with: RelationContext.complementizers) }
      .map { $0 + 1 } ?? sentence.lowerBound
    return ctx.actorsStarting(from: from, before: t).first {
      $0.endToken <= t && !isBacker($0)
        && (!ctx.isSource($0)
          || ($0.firstToken > from && !doc.forms[$0.firstToken - 1].isDisjoint(with: Self.announcing)))
    }
  }

  /// "Iraqi troops backed by Shiite militiamen drove …": the English subject before a backing phrase
  /// of at most five words that runs up to the verb at `t`.
  func backedSubject(before t: Int, in clause: Range<Int>) -> ActorMention? {
    let doc = ctx.doc
    return ctx.actorsStarting(from: clause.lowerBound, before: t).last {
      $0.endToken < t && $0.endToken + 5 >= t && !isBacker($0)
        && !doc.forms[$0.endToken].isDisjoint(with: Self.backing)
    }
  }

  func expulsions(in sentence: Range<Int>, statusAt: (Int) -> ClaimStatus) -> [TokenClaim] {
    let doc = ctx.doc
    var out: [TokenClaim] = []
    for t in ctx.cues.tokens(.expelling, in: sentence) where !doc.forms[t].isDisjoint(with: Self.expelling) {
      let clause = ctx.clause(of: t, in: sentence)
      let arabic = doc.tokens[t].script == .arabic
      let gerund = !doc.forms[t].isDisjoint(with: Self.expellingGerunds)
      // Arabic is verb, subject, object; English subject, verb, object.
      let verbSubject =
        gerund
        ? nil
        : arabic
          ? ctx.actor(after: t, window: 2, limit: clause.upperBound)
          : ((ctx.actor(endingAt: t) ?? ctx.actor(endingAt: t - 1)).flatMap { isBacker($0) ? nil : $0 }
            ?? backedSubject(before: t, in: clause)).flatMap {
              $0.firstToken >= clause.lowerBound ? $0 : nil
            }
      let verbObject = verbSubject.flatMap {
        ctx.actor(after: max(t, $0.endToken - 1), window: 3, limit: clause.upperBound)
      }
      // «طرد» is also the noun: with no second side after its first, it may be the noun after «بعد».
      let pair =
        verbSubject.flatMap { s in verbObject.map { (s, $0) } }
        ?? (arabic || gerund ? expulsionAfter(t, in: sentence, clause: clause) : nil)
      guard let (subject, object) = pair, object.actor != subject.actor else { continue }
      // "out of", "from", «من» right after the object, then the place. "drove Islamic State (ISIS)
      // militants out of Kobani": the object's men and a second name of it may come first.
      var u = object.endToken
      while u < min(clause.upperBound, object.endToken + 3),
        !doc.forms[u].isDisjoint(with: Self.objectMen)
          || ctx.actor(startingAt: u).map({ $0.actor == object.actor }) == true
      {
        u = ctx.actor(startingAt: u).map(\.endToken) ?? u + 1
      }
      let linkFrom = u
      var linked = false
      while u < min(clause.upperBound, linkFrom + 2), !doc.forms[u].isDisjoint(with: Self.outOf) {
        linked = true
        u += 1
      }
      guard linked, let k = ctx.place(startingAt: u) ?? ctx.placesAfter(u - 1, limit: clause.upperBound).first
      else { continue }
      // "drove ISIS out of Saadiya and Jalawla": every place of the list was taken.
      for j in ctx.listFrom(k, limit: clause.upperBound) {
        let c = claim(subject.actor, ctx.places[j], .captured, partial(j), statusAt(t), sentence)
        out.append(TokenClaim(c, ctx.places[j].recognized.firstToken))
      }
    }
    return out
  }

  /// «مدينة دوما التي لا يزال جيش الإسلام يسيطر عليها»: the place a relative clause is about, named
  /// right before «التي»/«الذي» when the actor comes after it.
  func relativeAntecedent(before actor: ActorMention, in clause: Range<Int>) -> Int? {
    let doc = ctx.doc
    // A subject found before the clause (", which holds") has no antecedent inside it.
    guard actor.firstToken >= clause.lowerBound else { return nil }
    let lead = max(clause.lowerBound, actor.firstToken - 4)..<actor.firstToken
    guard let rel = lead.first(where: { !doc.forms[$0].isDisjoint(with: Self.relativePronouns) }) else {
      return nil
    }
    // «حلب الشرقية التي»: an adjective may follow the name.
    return ctx.places.lastIndex { $0.recognized.endToken == rel || $0.recognized.endToken == rel - 1 }
  }

  /// The clause holding token `t`, widened over a short aside on either side ("The regime, backed by
  /// Russian air power, had captured …", «استعادت قوات النظام، بدعم جوي روسي، السيطرة على …», «دخلت
  /// القوات، ظهر اليوم، مركز مدينة كركوك»): the verb's subject and object stand on both sides of it.
  func span(of t: Int, in sentence: Range<Int>) -> Range<Int> {
    guard sentence.contains(t) else { return sentence }
    // The clause of `t` and its neighbours, found from the clause breaks around it: listing every
    // clause of the sentence built an array per question.
    let own = ctx.clause(of: t, in: sentence)
    var lower = own.lowerBound
    var upper = own.upperBound
    // An aside before needs a clause before it (the subject's); one after needs a clause after it.
    if own.lowerBound > sentence.lowerBound {
      let before = ctx.clause(of: own.lowerBound - 1, in: sentence)
      if before.lowerBound > sentence.lowerBound, isAside(before) {
        lower = ctx.clause(of: before.lowerBound - 1, in: sentence).lowerBound
      }
    }
    if own.upperBound < sentence.upperBound {
      let after = ctx.clause(of: own.upperBound, in: sentence)
      if after.upperBound < sentence.upperBound, isAside(after) {
        upper = ctx.clause(of: after.upperBound, in: sentence).upperBound
      }
    }
    return lower..<upper
  }

  /// "withdrew from Khanaqin near the Iranian border, where Iraqi federal police deployed", "Makhmour
  /// southwest of Erbil, where Iraqi army units took over": a clause opened by "where" with no place
  /// after its verb is about the place named before "where" (the place a direction is "of" is no
  /// antecedent: Makhmour, not Erbil).
  func whereAntecedent(before actor: ActorMention, verb: Range<Int>, in sentence: Range<Int>) -> Int? {
    let doc = ctx.doc
    // An owner carried from an earlier sentence has no "where" before it in this one.
    guard actor.firstToken > sentence.lowerBound else { return nil }
    // "where Iraqi federal police deployed": an adjective may stand between "where" and the actor.
    guard
      let w = (max(sentence.lowerBound, actor.firstToken - 2)..<actor.firstToken).last(where: {
        ctx.isWord($0, "where")
      })
    else { return nil }
    let clause = ctx.clause(of: verb.lowerBound, in: sentence)
    guard w > sentence.lowerBound, actor.firstToken < verb.lowerBound,
      verb.upperBound >= clause.upperBound || doc.tokens[verb.upperBound].script != .latin
        || !doc.forms[verb.upperBound].isDisjoint(with: Self.objectBreakers)
        || !doc.forms[verb.upperBound - 1].isDisjoint(with: Self.objectBreakers)
        || isPartsObject(from: verb.upperBound, in: clause)
    else { return nil }
    guard
      var k = ctx.places.lastIndex(where: { $0.recognized.endToken <= w && $0.recognized.endToken >= w - 4 })
    else { return nil }
    let f = ctx.places[k].recognized.firstToken
    // "Mayadin east of Homs" (read as one direction span "east of Homs"), "Makhmour southwest of Erbil".
    let directionSpan = ctx.places[k].recognized.direction != nil
    let directionOf =
      f >= 2 && doc.tokens[f - 1].text == "of"
      && (doc.forms[f - 2].contains(where: { PlaceContext.directions[$0] != nil })
        || ["southwest", "southeast", "northwest", "northeast"].contains(doc.tokens[f - 2].text))
    if k > 0, directionSpan || directionOf, ctx.places[k - 1].recognized.endToken >= f - 3 {
      k -= 1
    }
    return sentence.contains(ctx.places[k].recognized.firstToken) ? k : nil
  }

  /// "where ISIS has besieged regime-held neighborhoods since 2015", "where rebels hold several
  /// villages": an object that names parts of the place before "where", with no place of its own —
  /// words of places and parts up to a preposition or the clause's end, one of them a part noun.
  func isPartsObject(from start: Int, in clause: Range<Int>) -> Bool {
    let doc = ctx.doc
    var u = start
    var part = false
    while u < clause.upperBound, doc.forms[u].isDisjoint(with: Self.objectBreakers) {
      guard isPlaceObjectWord(u), ctx.place(startingAt: u) == nil else { return false }
      if !doc.forms[u].isDisjoint(with: Self.partNouns) { part = true }
      u += 1
    }
    return part
  }
  /// Nouns of parts of a place ("neighborhoods", "villages", "districts").
  static let partNouns: WordSet = [
    "neighbourhoods", "neighborhoods", "districts", "villages", "areas", "parts", "quarters", "sectors",
    "positions", "pockets", "suburbs",
  ]

  /// "the Kurdish-led SDF, which holds Manbij": the actor right before ", which" is the subject.
  func relativeSubject(of verb: Int, in sentence: Range<Int>) -> ActorMention? {
    let w = verb - 1
    guard w > sentence.lowerBound, ctx.doc.tokens[w].text == "which" else { return nil }
    return ctx.actor(endingAt: w)
  }

  /// Whether `a` is named in an aside listing the groups a subject includes («، التي تضم جبهة
  /// النصرة …،», ", among them Jabhat Fateh al-Sham,"): a member, not the subject (`addIncluded`
  /// adds what the subject took to it).
  /// Also when the aside names backers («، وبإسناد من طيران الجيش … وطيران التحالف الدولي،»: a list
  /// longer than `isBacker` looks back over).
  func isIncluded(_ a: ActorMention, in sentence: Range<Int>) -> Bool {
    let c = ctx.clause(of: a.firstToken, in: sentence)
    return c.lowerBound > sentence.lowerBound && c.lowerBound < a.firstToken
      && (Self.including.match(ctx.doc, at: c.lowerBound) != nil
        || !ctx.doc.forms[c.lowerBound].isDisjoint(with: Self.backing))
  }

  /// A clause of at most five words that names no place and either opens with a backing word or
  /// names no actor: an aside ("backed by Russia", «بدعم جوي روسي», «ظهر اليوم»).
  func isAside(_ c: Range<Int>) -> Bool {
    // «اليوم الأحد 23 تشرين الثاني 2014»: a dated aside runs longer than five words.
    let opened = !ctx.doc.forms[c.lowerBound].isDisjoint(with: ControlFallback.asideOpeners)
    // «أعلنت غرفة عمليات "جيش الفتح"، التي تضم "جبهة النصرة" و"حركة أحرار الشام" وفصائل أخرى، سيطرتها
    // على …»: the groups a subject includes, named in an aside, leave it an aside.
    if c.count <= 12, c.count >= 3, Self.including.match(ctx.doc, at: c.lowerBound) != nil,
      ctx.firstPlace(in: c) == nil
    {
      return true
    }
    // «، وبإسناد من طيران الجيش والقوة الجوية العراقية وطيران التحالف الدولي،»: the backers of an
    // Iraqi command's statement are listed at length.
    let backed = !ctx.doc.forms[c.lowerBound].isDisjoint(with: Self.backing)
    guard c.count <= 5 || (opened && c.count <= 9) || (backed && c.count <= 12),
      ctx.firstPlace(in: c) == nil
    else {
      return false
    }
    if backed { return true }
    return !ctx.actorsStarting(from: c.lowerBound, before: c.upperBound).contains {
      c.contains($0.firstToken)
    }
  }

  /// "Iraqi forces and Popular Mobilisation units took …": the actor and those joined to it before.
  func conjoined(_ a: ActorMention) -> [ActorMention] {
    var out = [a]
    var cur = a
    // (Among the actors starting before `cur`: a scan back from the report's last actor passed every
    // later one at each step.)
    while let prev = ctx.actorsStarting(from: 0, before: cur.firstToken).last(where: {
      $0.endToken <= cur.firstToken
    }),
      !prev.coreference, !out.contains(where: { $0.actor == prev.actor })
    {
      let gap = prev.endToken..<cur.firstToken
      // "Turkish troops and Syrian rebel groups": "and" with a nation or direction adjective.
      // "Hezbollah fighters and Syrian troops": a generic noun after the first name.
      let english =
        (gap.count == 1 && ctx.doc.tokens[gap.lowerBound].text == "and")
        || (gap.count == 2 && ctx.doc.tokens[gap.lowerBound].text == "and"
          && (!ctx.doc.forms[gap.lowerBound + 1].isDisjoint(with: RelationContext.descriptors)
            || ctx.doc.tokens[gap.lowerBound + 1].text == "the"))
        || (gap.count == 2 && ctx.doc.tokens[gap.lowerBound + 1].text == "and"
          && !ctx.doc.forms[gap.lowerBound].isDisjoint(with: ControlFallback.genericSubjects))
        || isPartitiveJoin(gap) || isCompoundAdjectiveJoin(gap)
      // «الجيش التركي و"الجيش السوري الحر"»: a quote after «و» leaves it a token of its own.
      // «قوات النظام ومقاتلو حزب الله», «القوات الأمنية وفصائل الحشد الشعبي»: a unit noun with «و»
      // before the second name joins it as well (as after an Arabic verb, `joinedAfter`).
      let arabic =
        (gap.isEmpty && ctx.doc.tokens[cur.firstToken].script == .arabic
          && ctx.startsWith(cur.firstToken, "و"))
        || (gap.count == 1 && ctx.doc.original(gap.lowerBound) == "و")
        || (gap.count == 1 && ctx.doc.tokens[gap.lowerBound].script == .arabic
          && !ctx.doc.forms[gap.lowerBound].isDisjoint(with: ControlFallback.joinedUnitNouns))
      guard english || arabic else { break }
      out.append(prev)
      cur = prev
    }
    return out
  }

  /// «قوات النظام ومقاتلو حزب الله», «قوات النظام وحزب الله»: the actor after an Arabic verb and
  /// those joined to it by «و» after it (a unit noun may stand before the next name).
  func joinedAfter(_ a: ActorMention) -> [ActorMention] {
    var out = [a]
    // Looked up by token: the next actor starts right after, or after one unit noun; «فصائل المعارضة
    // السورية المسلحة وجبهة النصرة»: after the side's own adjectives (two at most).
    func end(of m: ActorMention) -> Int {
      var e = m.endToken
      while e < min(ctx.doc.tokens.count, m.endToken + 2), !ctx.doc.forms[e].isDisjoint(with: Self.sideAdjectives) { e += 1 }
      return e
    }
    var curEnd = end(of: a)
    while let next = ctx.actor(startingAt: curEnd) ?? ctx.actor(startingAt: curEnd + 1),
      !next.coreference, !out.contains(where: { $0.actor == next.actor }), !isBacker(next)
    {
      let gap = curEnd..<next.firstToken
      let joined =
        gap.isEmpty
        ? ctx.doc.tokens[next.firstToken].script == .arabic
          && ctx.startsWith(next.firstToken, "و")
        : ctx.doc.tokens[gap.lowerBound].script == .arabic && ctx.startsWith(gap.lowerBound, "و")
          && !ctx.doc.forms[gap.lowerBound].isDisjoint(with: ControlFallback.joinedUnitNouns)
      // «قوات النظام والمسلحين الموالين لها»: the militiamen loyal to it are its own side.
      let loyalTo =
        next.endToken < ctx.doc.tokens.count && !ctx.doc.forms[next.endToken].isDisjoint(with: Self.loyal)
      guard joined, !loyalTo else { break }
      out.append(next)
      curEnd = end(of: next)
    }
    return out
  }

  /// Adjectives a side's name takes after it («فصائل المعارضة السورية المسلحة»).
  static let sideAdjectives: WordSet = WordSet(
    words: [
      "السورية", "السوري", "المسلحة", "المسلح", "العراقية", "العراقي", "اللبناني", "اللبنانية", "الإسلامية",
      "الكردية", "الكردي", "المعتدلة", "النظامية", "الحكومية", "الشيعية", "الأفغانية",
    ].map(ArabicWord.lexiconForm))

  /// True when an actor is named as someone's backer ("backed by Iranian proxies and Hezbollah",
  /// «المدعومة من تركيا»). A hyphenated backing word right before the actor is an adjective of the
  /// actor itself ("Turkish-backed rebels" are the rebels, not their backer).
  /// A name that is the first half of a hyphen compound qualifying a place ("pushed into rebel-held
  /// territory and captured Morek", "ISIS-controlled villages") is the subject of no other verb:
  /// the compound describes the place, the clause's subject is named elsewhere. It is the agent of
  /// its own participle, the control verb at `verb` ("the regime-besieged town of Homs": the regime
  /// besieges Homs); `heldCompoundClaims` reads "X-held".
  func isBacker(_ a: ActorMention, verb: Int? = nil) -> Bool {
    let doc = ctx.doc
    if a.endToken != verb, isHeldModifier(a) { return true }
    let before = max(0, a.firstToken - 6)..<a.firstToken
    // "Turkish-backed Syrian rebels": a nation or direction adjective may stand between.
    return before.contains { b in
      !doc.forms[b].isDisjoint(with: Self.backing)
        && !(isHyphenated(b)
          && ((b + 1)..<a.firstToken).allSatisfy {
            !doc.forms[$0].isDisjoint(with: RelationContext.descriptors)
          })
    }
  }

  /// The participles of "X-held", "X-controlled", "X-besieged": a name before the hyphen says who
  /// holds or besieges the noun after the compound.
  static let placeCompoundParticiples: WordSet = [
    "held", "controlled", "besieged", "occupied", "dominated", "run", "encircled", "surrounded",
  ]

  /// "opposition-held", "ISIS-controlled", "regime-besieged": the actor is the first half of a
  /// place compound, an adjective of the noun after it (read by `heldCompoundClaims`), the agent of
  /// its own participle only, never the subject of another verb.
  func isHeldModifier(_ a: ActorMention) -> Bool {
    let t = a.endToken
    return t < ctx.doc.tokens.count && isHyphenated(t)
      && !ctx.doc.forms[t].isDisjoint(with: Self.placeCompoundParticiples)
  }

  /// True when token `t` is joined to the token before it by a hyphen ("Turkish-backed").
  func isHyphenated(_ t: Int) -> Bool {
    let doc = ctx.doc
    guard t > 0 else { return false }
    return doc.scalars[doc.tokens[t - 1].end..<doc.tokens[t].start].contains {
      $0 == "-" || $0 == "\u{2010}" || $0 == "\u{2011}"
    }
  }

  /// "to", "from", "left", "towards": words before a place that make it a movement's end.
  static let routeWords: WordSet = [
    "to", "from", "toward", "towards", "into", "left", "leaving", "leave", "reached", "via", "for",
  ]

  /// True when the "X-held" compound starting at `start` ("the rebel-held", "rebel-held") follows
  /// a word of motion, so the place after it is where a movement goes or comes from.
  func isRouteEnd(compoundStart start: Int, in sentence: Range<Int>) -> Bool {
    let doc = ctx.doc
    var t = start - 1
    if t >= sentence.lowerBound, ["the", "a"].contains(doc.tokens[t].text) { t -= 1 }
    return t >= sentence.lowerBound && !doc.forms[t].isDisjoint(with: Self.routeWords)
  }

  /// Place `k` and the places listed before it that lead up to it.
  func listBack(_ p: ResolvedMention) -> [Int] {
    // (An equal mention starts where `p` does: only those are compared, not every place of the report.)
    let f = p.recognized.firstToken
    guard let k = ctx.placeIndices(startingIn: f..<(f + 1)).first(where: { ctx.places[$0] == p }) else {
      return []
    }
    // «الحويجة في كركوك والقائم»: a place that only says where the item before it lies
    // (`isLocativeQualifier`) is stepped over to that item.
    var items = [k]
    var start = k
    while start > 0,
      PlaceRecognizer.joined(ctx.doc, ctx.places[start - 1].recognized, ctx.places[start].recognized)
    {
      start -= 1
      if ctx.isLocativeQualifier(start) { start -= 1 }
      items.append(start)
    }
    return items.reversed()
  }

  /// True when a partitive («أحياء من», "parts of") governs place `k` or the conjunct before it.
  ///
  /// The partitive reaches the next conjunct («أحياء من مخيم اليرموك والتضامن», "parts of Yarmouk
  /// camp and Tadamon") but not a whole list: in «أحياء من مخيم اليرموك والتضامن والعسالي» the third
  /// item reads as a place held whole. A heuristic for an ambiguous construction, kept narrow on purpose.
  func partial(_ k: Int) -> Bool {
    var j = k
    while j >= k - 1 {
      let t = ctx.places[j].recognized.firstToken
      for back in 1...3 where t - back >= 0 {
        guard ctx.cues.occurs(.partitive, at: t - back), let m = Self.partitive.match(ctx.doc, at: t - back)
        else { continue }
        let end = t - back + m.length
        // «أحياء من اليرموك» or «أحياء من مخيم اليرموك» (a trigger noun between).
        let triggerBetween =
          end == t - 1 && ctx.doc.forms[t - 1].contains { PlaceContext.triggers[$0] != nil }
        if end == t || triggerBetween { return true }
      }
      // (`listFrom(j - 1)` holds `j` exactly when its first step joins `j`: asked without the list.)
      guard j > 0, ctx.joinsNext(j - 1, limit: ctx.doc.tokens.count) else { return false }
      j -= 1
    }
    return false
  }

  func claim(
    _ actor: Actor, _ p: ResolvedMention, _ control: ControlStatus, _ partial: Bool, _ status: ClaimStatus,
    _ sentence: Range<Int>, carried: ActorMention? = nil
  ) -> ControlClaim {
    let base = StatusLexicon.confidence(status)
    // The quote is cut at the end of `extract`, for the claims kept: most candidates are merged away.
    var evidence = ctx.evidence(sentence, confidence: base * p.mention.score, quoted: false)
    // The quote is this sentence; who the claim is about was named before it.
    if let carried { evidence.note = "owner named in an earlier sentence: \(carried.surface)" }
    return ControlClaim(
      actor: actor, place: p.mention.entry, control: control, partial: partial, status: status,
      evidence: evidence)
  }

  /// One claim per actor and place: the first wins; it is partial only if every claim is.
  func merge(_ claims: [TokenClaim]) -> [TokenClaim] {
    var out: [TokenClaim] = []
    // The kept claims' actors, beside `out`: the search compares actors there and reads a kept
    // claim only when its actor is the same (reading claim after claim copied each one it passed,
    // retaining its strings).
    var actors: [Actor] = []
    // Countries are not annotated as controlled ("Turkish troops entered Syria").
    // The UN and its agencies hold and take nothing: aid "in the hands of humanitarian partners" and a
    // convoy that "broke the siege of silence around Madaya" are no control.
    // (The order sorted as indices, the same permutation as sorting the claims: each claim is then
    // read in place and copied only when kept, not moved through a sorted copy of the array. The
    // tokens are read out first: read in the comparison, each claim was copied out with its token.)
    var tokens: [Int] = []
    tokens.reserveCapacity(claims.count)
    for k in claims.indices { tokens.append(claims[k].token) }
    for i in tokens.indices.sorted(by: { tokens[$0] < tokens[$1] })
    where claims[i].claim.place.kind != .country && claims[i].claim.actor != .un {
      // (The place bound first: read in the closure, each kept claim compared copied claim `i`.)
      let (actor, place) = (claims[i].claim.actor, claims[i].claim.place)
      if let k = actors.indices.first(where: {
        actors[$0] == actor && MovementExtractor.sameDestination(out[$0].claim.place, place)
      }) {
        out[k].claim.partial = out[k].claim.partial && claims[i].claim.partial
        if claims[i].claim.evidence.start < out[k].claim.evidence.start {
          out[k].claim.evidence = claims[i].claim.evidence
        }
      } else {
        out.append(claims[i])
        actors.append(actor)
      }
    }
    return out
  }
}

/// A claim and the token where its place is named (the order claims are kept in).
///
/// A struct, not a tuple: a tuple holding a claim is copied and destroyed through the runtime's
/// generic tuple witnesses, and reading one field of an array element (`claims[k].0.actor`)
/// copied the whole element first, claim and strings, then destroyed the copy (~2 % of a 2 MB Arabic
/// run in the control rules and `ReportReader.inspect`). A struct's fields are read in place.
struct TokenClaim {
  var claim: ControlClaim
  var token: Int

  init(_ claim: ControlClaim, _ token: Int) { (self.claim, self.token) = (claim, token) }
}
