import Testing

@testable import GeomapCore

/// Recall round 3: general constructions real reports use in many forms, in Arabic and English.
@Suite struct RecallTests3 {
  func read(_ text: String) -> Situation {
    RelateGazetteer.reader.read(text: text, source: "t", date: nil)
  }

  /// Actor, origin and destination of each movement.
  func routes(_ text: String) -> [String] {
    read(text).movements.map { "\($0.actor.rawValue) \($0.origin.name)→\($0.destination.name)" }
  }

  func control(_ text: String) -> [String] {
    read(text).control.map {
      "\($0.actor.rawValue) \($0.place.name) \($0.control.rawValue)\($0.partial ? " partial" : "")"
    }
  }

  /// en-01 "leaving only Douma in rebel hands": «في يد», «بأيدي», "in the hands of" say who holds
  /// a place; "fell into the hands of" says who took it.
  @Test func inTheHandsOf() {
    #expect(control("The offensive left only Homs in rebel hands.") == ["OPPOSITION Homs holds"])
    #expect(control("Palmyra remains in the hands of ISIS, local sources said.") == ["ISIS Palmyra holds"])
    #expect(control("Raqqa fell into the hands of the SDF in October.") == ["SDF Raqqa captured"])
    #expect(control("لا تزال مدينة تدمر في يد تنظيم داعش") == ["ISIS Palmyra holds"])
    #expect(control("وبقيت الرقة بأيدي قوات سوريا الديمقراطية") == ["SDF Raqqa holds"])
    #expect(control("سقطت مدينة الباب بيد فصائل المعارضة بعد حصار طويل") == ["OPPOSITION Al-Bab captured"])
    // Hands with no place before or after are not about control.
    #expect(control("The weapons remain in rebel hands.").isEmpty)
  }

  /// en-14 "Syrian government forces control Tadef": "control" as a verb after its subject;
  /// «تطويق», «طوقت» encircle.
  @Test func controlVerbAndEncircling() {
    #expect(control("Syrian government forces control Palmyra, just south of the town.") == ["REGIME Palmyra holds"])
    #expect(control("Rebels control most of Homs.") == ["OPPOSITION Homs holds partial"])
    // The noun is no verb.
    #expect(control("The fight for control of Raqqa goes on.").isEmpty)
    #expect(control("طوقت قوات النظام مدينة تدمر من ثلاث جهات") == ["REGIME Palmyra besieged"])
    #expect(control("وتطوق قسد مدينة الرقة منذ أسابيع") == ["SDF Raqqa besieged"])
  }

  /// Passives and nominalisations already read before round 3; kept so they stay read.
  @Test(arguments: [
    ("Hundreds of ISIS fighters were bused from Palmyra to Raqqa on Sunday.", "ISIS Palmyra→Raqqa"),
    ("Talks continued on the evacuation of rebels from Homs to Hama.", "OPPOSITION Homs→Hama"),
    ("تم نقل مقاتلي المعارضة من حمص إلى حماة", "OPPOSITION Homs→Hama"),
    ("وأكدت المصادر وصول الدفعة الأولى من مقاتلي داعش من تدمر إلى الرقة", "ISIS Palmyra→Raqqa"),
    ("بدأ خروج دفعة من مسلحي داعش من تدمر باتجاه الرقة", "ISIS Palmyra→Raqqa"),
    ("ISIS fighters left Palmyra for Raqqa.", "ISIS Palmyra→Raqqa"),
    ("Fighters left rebel-held Homs for Hama on Monday.", "OPPOSITION Homs→Hama"),
    ("Dozens of militants left ISIS-held Palmyra towards Raqqa.", "ISIS Palmyra→Raqqa"),
    ("انطلقت قافلة تقل مقاتلي داعش من تدمر. ووصلت الحافلات لاحقا إلى الرقة", "ISIS Palmyra→Raqqa"),
  ])
  func passivesAndNominalisationsStayRead(_ c: (String, String)) {
    #expect(routes(c.0) == [c.1])
  }

  /// en-02 "The vehicles … reached Rashidin", en-03: "arrived in X from Y", "It later reached X",
  /// «ووصلوا إلى»: arrival names a destination; "reached an agreement" is no motion.
  @Test(arguments: [
    ("ISIS fighters arrived in Raqqa from Palmyra on Tuesday.", "ISIS Palmyra→Raqqa"),
    ("A convoy carrying ISIS fighters left Palmyra on Monday. It later reached Raqqa.", "ISIS Palmyra→Raqqa"),
    ("Buses evacuating rebels from Homs arrived at Hama after midnight.", "OPPOSITION Homs→Hama"),
    ("خرج مقاتلو داعش من تدمر يوم الاثنين. ووصلوا إلى الرقة مساء الثلاثاء", "ISIS Palmyra→Raqqa"),
  ])
  func arrivalNamesTheDestination(_ c: (String, String)) {
    #expect(routes(c.0) == [c.1])
  }

  @Test func reachingAnAgreementIsNoMotion() {
    #expect(routes("Rebels reached an agreement with Russia to leave Homs for Hama.") == ["OPPOSITION Homs→Hama"])
    #expect(routes("ISIS fighters reached an agreement in Palmyra.").isEmpty)
  }

  /// en-11 "The first batch of fighters left the besieged al-Waer neighborhood … Al-Waer has been
  /// besieged by regime forces": unnamed fighters are the party besieged (the other party named),
  /// or the holder of the place they leave.
  @Test(arguments: [
    (
      "The first batch of fighters left the besieged town of Homs for Hama. Homs has been besieged by regime forces since 2013, opposition negotiators said.",
      "OPPOSITION Homs→Hama"
    ),
    (
      "خرجت الدفعة الأولى من المقاتلين من مدينة حمص المحاصرة باتجاه حماة. وتحاصر قوات النظام مدينة حمص منذ عام 2013 بحسب مفاوضي المعارضة",
      "OPPOSITION Homs→Hama"
    ),
    ("Hundreds of fighters left Palmyra for Raqqa. Palmyra had been held by ISIS since May.", "ISIS Palmyra→Raqqa"),
  ])
  func unnamedFightersAreThePartyOfThePlace(_ c: (String, String)) {
    #expect(routes(c.0) == [c.1])
  }

  /// en-02 "towards opposition territory in the western Aleppo countryside": the areas of a named
  /// actor are the place named after them; "heading for X in Y": Y says where X lies.
  @Test func ownedAreasAndDestinationQualifiers() {
    #expect(routes("Buses carrying rebels left Homs towards opposition territory in Hama.") == ["OPPOSITION Homs→Hama"])
    #expect(routes("Buses carrying rebels left Homs for rebel-held areas of Hama.") == ["OPPOSITION Homs→Hama"])
    #expect(routes("خرج مقاتلو المعارضة من حمص إلى مناطق المعارضة في حماة") == ["OPPOSITION Homs→Hama"])
    #expect(
      routes("ISIS fighters left Raqqa on Saturday, heading for al-Mayadin in the Deir ez-Zor province.") == [
        "ISIS Raqqa→Al-Mayadin"
      ])
  }

  /// en-02 "left rebel-held east Aleppo on Thursday, carrying wounded fighters … towards X": the clause
  /// about the load goes on with the motion; the later arrival starts where the convoy left.
  @Test func carryingClauseGoesOn() {
    #expect(
      routes(
        "A convoy left rebel-held Homs on Thursday, carrying wounded fighters towards opposition territory in Hama. "
          + "The vehicles later reached Palmyra.") == ["OPPOSITION Homs→Hama", "OPPOSITION Homs→Palmyra"])
    #expect(
      routes("انطلقت قافلة من مدينة حمص صباح الخميس، تقل مقاتلين من المعارضة باتجاه حماة") == ["OPPOSITION Homs→Hama"])
  }

  /// ar-02 «بدأت عملية إجلاء المقاتلين … من حي العامرية … ووصلت إلى منطقة الراشدين. … يقضي بخروج فصائل
  /// المعارضة من حلب الشرقية»: unnamed fighters are who a following sentence says leaves the same place.
  @Test(arguments: [
    (
      "بدأت صباح اليوم عملية إجلاء المقاتلين والمدنيين من مدينة حمص باتجاه حماة. ويقضي الاتفاق بخروج فصائل المعارضة من حمص",
      "OPPOSITION Homs→Hama"
    ),
    (
      "بدأت عملية إجلاء المقاتلين والمدنيين من الأحياء الشرقية، إذ انطلقت أولى القوافل من مدينة حمص باتجاه حماة. ويقضي الاتفاق بخروج فصائل المعارضة من حمص",
      "OPPOSITION Homs→Hama"
    ),
    (
      "The evacuation of fighters from Homs to Hama began on Thursday. Under the deal, all rebels are to leave Homs.",
      "OPPOSITION Homs→Hama"
    ),
  ])
  func unnamedFightersNamedLater(_ c: (String, String)) {
    #expect(routes(c.0) == [c.1])
  }

  /// "fell to ISIS", "overran", "wrested control of", "which ISIS has held since", «بسطت/أحكمت
  /// سيطرتها على», "regime-besieged": more ways to say who took, holds or besieges a place.
  @Test(arguments: [
    ("Palmyra fell to ISIS in May 2015.", "ISIS Palmyra captured"),
    ("ISIS overran Palmyra in May.", "ISIS Palmyra captured"),
    ("Palmyra, which ISIS has held since 2015, was shelled again.", "ISIS Palmyra holds"),
    ("بسطت قوات النظام سيطرتها على مدينة تدمر", "REGIME Palmyra captured"),
    ("أحكمت قسد سيطرتها على مدينة الرقة", "SDF Raqqa captured"),
    ("The SDF wrested control of Raqqa from ISIS.", "SDF Raqqa captured"),
    ("The SDF captured Raqqa from ISIS on Tuesday.", "SDF Raqqa captured"),
    ("Aid reached the regime-besieged town of Homs.", "REGIME Homs besieged"),
    ("دخلت قوات النظام إلى مدينة تدمر", "REGIME Palmyra captured"),
  ])
  func moreControlVerbs(_ c: (String, String)) {
    #expect(control(c.0) == [c.1])
  }

  /// en-16, ar-15: "broke the siege of", «فك الحصار عن»: who lifts a siege holds the place relieved.
  @Test func liftingASiegeHoldsThePlace() {
    #expect(control("فكت قوات النظام الحصار عن مدينة دير الزور") == ["REGIME Deir ez-Zor holds"])
    #expect(
      Set(control("Government forces broke the three-year ISIS siege of Deir ez-Zor on Tuesday.")) == [
        "REGIME Deir ez-Zor holds", "ISIS Deir ez-Zor besieged",
      ])
    #expect(control("The siege ended when the rains came.").isEmpty)
    #expect(control("The ISIS siege of Deir ez-Zor entered its third year.") == ["ISIS Deir ez-Zor besieged"])
    #expect(control("ويستمر حصار داعش لمدينة دير الزور منذ ثلاث سنوات") == ["ISIS Deir ez-Zor besieged"])
  }

  /// «طردت قوات النظام تنظيم داعش من تدمر», "drove ISIS out of Palmyra": the subject took the place.
  @Test(arguments: [
    ("طردت قوات النظام تنظيم داعش من مدينة تدمر", "REGIME Palmyra captured"),
    ("Government forces drove ISIS out of Palmyra on Sunday.", "REGIME Palmyra captured"),
    ("Government forces expelled ISIS from Palmyra on Sunday.", "REGIME Palmyra captured"),
  ])
  func expellingTakesThePlace(_ c: (String, String)) {
    #expect(control(c.0) == [c.1])
  }

  /// More motion forms: "fled X for Y", «فرّ», «قادمين من», "sent reinforcements", «دفعت بتعزيزات»,
  /// "pulled out of", "escaped", "advanced on", «أرتال», "boarded buses in X bound for Y", «غادر مسلحو
  /// داعش مدينة تدمر» (the subject between the verb and the place).
  @Test(arguments: [
    ("ISIS fighters fled Mosul for Raqqa.", "ISIS Mosul→Raqqa"),
    ("فرّ عناصر داعش من الموصل إلى الرقة", "ISIS Mosul→Raqqa"),
    ("وصل مقاتلو المعارضة إلى حماة قادمين من حمص", "OPPOSITION Homs→Hama"),
    ("ISIS sent reinforcements from Raqqa to Palmyra.", "ISIS Raqqa→Palmyra"),
    ("أرسل تنظيم داعش تعزيزات من الرقة إلى تدمر", "ISIS Raqqa→Palmyra"),
    ("دفعت قوات النظام بتعزيزات عسكرية من حمص إلى تدمر", "REGIME Homs→Palmyra"),
    ("Rebels pulled out of Homs towards Hama.", "OPPOSITION Homs→Hama"),
    ("ISIS fighters escaped from Palmyra to Raqqa.", "ISIS Palmyra→Raqqa"),
    ("Hundreds of ISIS militants were evacuated to Raqqa from Palmyra.", "ISIS Palmyra→Raqqa"),
    ("غادر مسلحو داعش مدينة تدمر متجهين إلى الرقة", "ISIS Palmyra→Raqqa"),
    ("Regime forces pushed into Palmyra from Homs.", "REGIME Homs→Palmyra"),
    ("Regime troops advanced on Palmyra from Homs.", "REGIME Homs→Palmyra"),
    ("توجهت أرتال من قوات النظام من حمص نحو تدمر", "REGIME Homs→Palmyra"),
    ("Some 400 rebels boarded buses in Homs bound for Hama.", "OPPOSITION Homs→Hama"),
    ("استقل مقاتلو المعارضة الحافلات في حمص باتجاه حماة", "OPPOSITION Homs→Hama"),
    ("ISIS fighters were transferred from Palmyra to Raqqa.", "ISIS Palmyra→Raqqa"),
  ])
  func moreMotionVerbs(_ c: (String, String)) {
    #expect(routes(c.0) == [c.1])
  }

  /// en-07 "Humanitarian partners plan to send mobile health teams from Hammam al-Alil to western
  /// Mosul": OCHA's "humanitarian partners", UN agencies are the UN.
  @Test func humanitarianPartnersAreTheUN() {
    #expect(
      routes("ISIS shelled Homs. Humanitarian partners plan to send mobile teams from Homs to Hama.") == ["UN Homs→Hama"])
    #expect(routes("أرسلت وكالات الأمم المتحدة قافلة مساعدات من حمص إلى حماة") == ["UN Homs→Hama"])
    // Where UN teams leave from is no territory the UN holds.
    #expect(control("Humanitarian partners plan to send mobile teams from Homs to Hama.").isEmpty)
  }

  /// «أكملت قوات النظام تطويق تدمر», "the encirclement of", «المحاصرة من قبل», lists past commas
  /// ("captured Palmyra, Homs and Hama"), «اشتباكات … في X بين A وB», "Rebels entered Homs".
  @Test(arguments: [
    ("أكملت قوات النظام تطويق مدينة تدمر", ["REGIME Palmyra besieged"]),
    ("Government forces completed the encirclement of Palmyra.", ["REGIME Palmyra besieged"]),
    ("دخلت المساعدات إلى مدينة حمص المحاصرة من قبل قوات النظام", ["REGIME Homs besieged"]),
    ("ISIS captured Palmyra, Homs and Hama.", ["ISIS Palmyra captured", "ISIS Homs captured", "ISIS Hama captured"]),
    ("سيطرت قوات النظام على تدمر وحمص وحماة", ["REGIME Palmyra captured", "REGIME Homs captured", "REGIME Hama captured"]),
    ("تسيطر قوات النظام على كل من حمص وحماة", ["REGIME Homs holds", "REGIME Hama holds"]),
    ("اندلعت اشتباكات عنيفة في مدينة تدمر بين قوات النظام وتنظيم داعش", ["REGIME Palmyra contested", "ISIS Palmyra contested"]),
    ("Rebels entered Homs on Sunday.", ["OPPOSITION Homs captured"]),
    ("Heavy fighting in Palmyra between regime forces and ISIS continued.", ["REGIME Palmyra contested", "ISIS Palmyra contested"]),
  ])
  func encirclementListsAndClashes(_ c: (String, [String])) {
    #expect(Set(control(c.0)) == Set(c.1))
  }

  /// Countries are not annotated as controlled: "Turkish forces entered Syria" makes no claim.
  @Test func countriesAreNotControlled() {
    #expect(control("Turkish forces entered Syria on Wednesday.").isEmpty)
    #expect(control("Turkish forces entered al-Bab on Wednesday.") == ["TUR Al-Bab captured"])
  }

  /// ar-16 «بعد أن خسر حي القدم لصالح قوات النظام», "ISIS lost Palmyra to government forces": who a
  /// place is lost to took it.
  @Test func lostToTakes() {
    #expect(control("بعد أن خسر التنظيم حي القدم لصالح قوات النظام").contains("REGIME Al-Qadam captured"))
    #expect(!control("بعد أن خسر التنظيم حي القدم لصالح قوات النظام").contains("REGIME Al-Qadam lost"))
    #expect(control("ISIS lost Palmyra to government forces in March.").contains("REGIME Palmyra captured"))
    #expect(!control("ISIS lost Palmyra to government forces in March.").contains("REGIME Palmyra lost"))
  }

  /// ar-07 «سيطرت قوات جهاز مكافحة الإرهاب على … رغم وجود جيوب صغيرة لا يزال عناصر التنظيم يتحصنون
  /// فيها»; en-06 "the last ISIS holdouts in Raqqa": holding out in part of a place.
  @Test func holdoutsAndCounterTerrorismService() {
    #expect(
      Set(control("سيطرت قوات جهاز مكافحة الإرهاب على مدينة الموصل، رغم وجود جيوب صغيرة لا يزال عناصر التنظيم يتحصنون فيها")) == [
        "IRAQ Mosul captured", "ISIS Mosul holds partial",
      ])
    #expect(control("The SDF closed in on the last ISIS holdouts in Raqqa.") == ["ISIS Raqqa holds partial"])
    #expect(control("وتحاصر قسد جيوب داعش في الرقة") .contains("ISIS Raqqa holds partial"))
  }

  /// «انتقال», «مغادرة X», "the evacuation of X", "taken by bus", "made their way", "head to",
  /// "handed over X and headed for Y", relative clauses and participles between mover and motion.
  @Test(arguments: [
    ("Rebels agreed to the evacuation of Homs, and their fighters will head to Hama.", "OPPOSITION Homs→Hama"),
    ("The rebels were taken by bus from Homs to Hama.", "OPPOSITION Homs→Hama"),
    ("بدأ انتقال مقاتلي المعارضة من حمص إلى حماة", "OPPOSITION Homs→Hama"),
    ("تضمن الاتفاق مغادرة مقاتلي المعارضة مدينة حمص إلى حماة", "OPPOSITION Homs→Hama"),
    ("سيتم ترحيلهم إلى حماة بعد خروج مقاتلي المعارضة من حمص", "OPPOSITION Homs→Hama"),
    ("Rebel fighters made their way from Homs to Hama overnight.", "OPPOSITION Homs→Hama"),
    ("The convoy of ISIS fighters, which left Palmyra on Monday, is expected to arrive in Raqqa today.", "ISIS Palmyra→Raqqa"),
    ("ISIS fighters who left Palmyra reached Raqqa on Friday.", "ISIS Palmyra→Raqqa"),
    ("Rebels in Homs will be relocated to Hama under the deal.", "OPPOSITION Homs→Hama"),
    ("وصلت إلى حماة أمس الدفعة الأولى من مقاتلي المعارضة الخارجين من حمص", "OPPOSITION Homs→Hama"),
    ("ISIS fighters and their families were moved out of Palmyra towards Raqqa.", "ISIS Palmyra→Raqqa"),
    ("Rebels handed over Homs and headed for Hama.", "OPPOSITION Homs→Hama"),
  ])
  func nounsAndPhrasalMotions(_ c: (String, String)) {
    #expect(routes(c.0) == [c.1])
  }

  /// Word orders: the movers after a fronted origin («خرج من مدينة حمص أكثر من 400 مقاتل من
  /// المعارضة»), a pronoun in the next sentence ("They were heading to"), a second clause ("and arrived
  /// in"), apposition between subject and verb ("along with their families, departed Homs").
  @Test(arguments: [
    ("خرج من مدينة حمص أكثر من 400 مقاتل من المعارضة باتجاه حماة", "OPPOSITION Homs→Hama"),
    ("Hundreds of ISIS fighters left Palmyra on Monday. They were heading to Raqqa.", "ISIS Palmyra→Raqqa"),
    ("Rebels left Homs on Monday, and arrived in Hama on Tuesday.", "OPPOSITION Homs→Hama"),
    ("وانسحب مقاتلو داعش من تدمر، ووصلوا إلى الرقة بعد يومين", "ISIS Palmyra→Raqqa"),
    ("توجه إلى حماة نحو 300 مقاتل من فصائل المعارضة قادمين من حمص", "OPPOSITION Homs→Hama"),
    ("Around 300 rebels, along with their families, departed Homs for Hama.", "OPPOSITION Homs→Hama"),
    ("Buses carrying 300 Jaish al-Islam fighters set off from Homs towards Hama.", "OPPOSITION Homs→Hama"),
    ("نقلت حافلات خضراء نحو 300 من مقاتلي المعارضة من حمص إلى حماة", "OPPOSITION Homs→Hama"),
  ])
  func wordOrders(_ c: (String, String)) {
    #expect(routes(c.0) == [c.1])
  }

  /// ar-17 «أعلنت قسد بدء معركة تحرير مدينة الرقة», "launched the battle for Raqqa": the attacker
  /// contests the place; the battle to liberate it is no capture.
  @Test(arguments: [
    ("أعلنت قسد بدء معركة تحرير مدينة الرقة", "SDF Raqqa contested"),
    ("The SDF launched the battle for Raqqa on Tuesday.", "SDF Raqqa contested"),
    ("Iraqi forces began an offensive to retake Mosul in October.", "IRAQ Mosul contested"),
    ("بدأت القوات العراقية عملية استعادة الموصل", "IRAQ Mosul contested"),
  ])
  func battleForAPlaceIsContest(_ c: (String, String)) {
    #expect(control(c.0) == [c.1])
  }

  /// "the besieged Damascus suburb of Yarmouk Camp", "the northern Homs town of Palmyra": the place
  /// after "of" is the one meant; the one before only says where it lies.
  @Test func placeQualifyingAGenericHead() {
    #expect(
      routes("ISIS fighters began leaving the besieged Damascus suburb of Hajar al-Aswad on Friday for Raqqa.") == [
        "ISIS Al-Hajar al-Aswad→Raqqa"
      ])
    #expect(routes("ISIS fighters were evacuated from the Homs town of Palmyra to Raqqa.") == ["ISIS Palmyra→Raqqa"])
    #expect(control("Government forces captured the Damascus district of Qadam.") == ["REGIME Al-Qadam captured"])
    // The other way round: the neighbourhood named first is meant.
    #expect(control("Government forces captured the Qadam neighbourhood of Damascus.") == ["REGIME Al-Qadam captured"])
  }

  /// en-13 "Iraqi forces took control of Hawija … some had slipped into Kirkuk with displaced families":
  /// slipping away is a motion; civilians in the movers' company do not make them civilians.
  @Test func slippingAwayWithCivilians() {
    #expect(
      routes("Iraqi forces took control of Mosul on Thursday. Some ISIS fighters had slipped into Raqqa with displaced families, officials said.")
        == ["ISIS Mosul→Raqqa"])
    #expect(
      routes("استعادت القوات العراقية السيطرة على الموصل. وتسلل عناصر داعش إلى الرقة مع المدنيين النازحين.") == [
        "ISIS Mosul→Raqqa"
      ])
    // Civilians who are the movers stay civilians: no armed mover, no origin taken from the battle.
    #expect(routes("Iraqi forces took control of Mosul. Displaced families slipped into Raqqa.").isEmpty)
  }

  /// "Officials said ISIS fighters had left …", «وقالت مصادر إن التنظيم انسحب …»: the actor of the
  /// reported clause moves; "…, said the SDF" still only speaks.
  @Test func reportedClauseSubjectIsNoSpeaker() {
    #expect(
      routes("Government forces shelled Homs. Officials said ISIS fighters had left Palmyra for Raqqa.") == [
        "ISIS Palmyra→Raqqa"
      ])
    #expect(routes("قصفت قوات النظام حمص. وقالت مصادر إن التنظيم انسحب من تدمر إلى الرقة") == ["ISIS Palmyra→Raqqa"])
    #expect(
      routes("Rebels left Homs for Hama on Monday. Fighters will also move to Palmyra, said the SDF.") == [
        "OPPOSITION Homs→Hama", "OPPOSITION Homs→Palmyra",
      ])
  }

  /// Common names of the parties the lexicon missed: "government troops", "loyalist forces",
  /// «القوات الحكومية», «جيش النظام», «الوحدات الكردية», "Kurdish-led forces", "Syrian National Army".
  @Test(arguments: [
    ("Government troops captured Palmyra.", "REGIME Palmyra captured"),
    ("Loyalist forces seized Raqqa.", "REGIME Raqqa captured"),
    ("سيطرت القوات الحكومية على تدمر", "REGIME Palmyra captured"),
    ("ودخل جيش النظام إلى حمص", "REGIME Homs captured"),
    ("وسيطرت الوحدات الكردية على الرقة", "YPG Raqqa captured"),
    ("Kurdish-led forces took Raqqa.", "SDF Raqqa captured"),
    ("The Syrian National Army seized al-Bab.", "OPPOSITION Al-Bab captured"),
    ("سيطرت قوات الأمن العراقية على الموصل", "IRAQ Mosul captured"),
  ])
  func moreActorNames(_ c: (String, String)) {
    #expect(control(c.0) == [c.1])
  }
}
