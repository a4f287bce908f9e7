import Testing

@testable import GeomapCore

/// Words of war reports that the bundled gazetteer also lists as places (a pocket, a prison, a
/// spokesman's name, a byline): each is no place in its everyday use, and the same word is still a
/// place where a place's context names it.
@Suite(.enabled(if: BundledGazetteerTests.gazetteer != nil))
struct WarReportWordsTests {
  func surfaces(_ text: String) throws -> [String] { try BundledReading.surfaces(text) }

  /// «مناطقهم» (their areas) and «مطارها» (its airport) already have their complement: the word
  /// after is no name they announce; the bare trigger noun still announces one.
  @Test func triggerNounWithPronounSuffixAnnouncesNoName() throws {
    #expect(try surfaces("وصمد المقاتلون في مناطقهم طوال أشهر الحصار قرب تدمر") == ["تدمر"])
    #expect(try !surfaces("دخلت القوات مدينة دير الزور ومطارها العسكري بعد انسحاب الحامية").contains("العسكري"))
    #expect(try surfaces("قصفت الطائرات قرية طوال في ريف حلب").contains("قرية طوال"))
  }

  /// «منزله» (his house) keys like Al Manzalah, «بأنه» (that it) like Bāneh: an everyday or function
  /// word with a pronoun suffix; after a trigger noun the name is read.
  @Test func everydayWordWithPronounSuffixIsNoPlace() throws {
    #expect(try surfaces("وطلب الضابط من كل مقاتل البقاء في منزله حتى انتهاء القصف على حمص") == ["حمص"])
    #expect(try surfaces("ووصف المتحدث الهجوم على الرقة بأنه فاشل") == ["الرقة"])
    #expect(try surfaces("وعبر المهربون الحدود إلى مدينة بانه الإيرانية").contains("بانه"))
  }

  /// «ناحيتي السعدية وجلولاء» (the two subdistricts of): the dual announces both names, as
  /// «ناحية السعدية» announces one.
  @Test func subdistrictDualAnnouncesBothNames() throws {
    #expect(try surfaces("أعلنت قيادة العمليات المشتركة تحرير ناحيتي السعدية وجلولاء من سيطرة داعش")
      .contains { $0.hasSuffix("السعدية") })
    #expect(try surfaces("وكانت ناحيتا السعدية وجلولاء قد سقطتا بيد تنظيم داعش").contains { $0.hasSuffix("السعدية") })
  }

  /// «مجمع سنوني», «مجمع خانصور»: northern Iraq's collective towns are named after «مجمع» (neither
  /// name read on main 2f0df34, `geomap places`); «المجمع الحكومي» (the government compound) stays
  /// no place.
  @Test func collectiveTownNounAnnouncesTheName() throws {
    #expect(try surfaces("سيطر مسلحو التنظيم فجر اليوم على مجمع سنوني شمال جبل سنجار").contains("سنوني"))
    #expect(try surfaces("ونزحت العائلات من مجمع خانصور باتجاه الحدود السورية").contains("خانصور"))
    #expect(try surfaces("رفعت القوات العلم فوق المجمع الحكومي وسط مدينة الرمادي") == ["الرمادي"])
  }

  /// «عرب أن» (Arabs [said] that) keys like 'Arban: a name never ends on a particle.
  @Test func nameNeverEndsOnAParticle() throws {
    #expect(try surfaces("وقال ناشطون عرب أن القصف طال أحياء دير الزور") == ["دير الزور"])
  }

  /// «من دير» (from Deir…) keys like the Iraqi village Mandayr, «أو خان» (or Khan…) like Awkhan: a
  /// name after a particle that stands alone is read from the word after it, when a name starts
  /// there and runs further (both were read wrong on main de92793, `geomap places`).
  @Test func nameStartingAfterAParticleIsNotSwallowedByIt() throws {
    #expect(try surfaces("انسحب مقاتلو التنظيم من دير الزور إلى الميادين") == ["دير الزور", "الميادين"])
    #expect(try surfaces("وصلت القافلة القادمة من دير الزور إلى الرقة") == ["دير الزور", "الرقة"])
    #expect(try surfaces("تقدمت الفصائل نحو معرة النعمان أو خان شيخون") == ["معرة النعمان", "خان شيخون"])
  }

  /// «مدينة عين العرب» (the city of Kobani) keyed as «مدينة عين», Al Ain City; «قرية خان شيخون» as
  /// Qaryat al Khan: a trigger noun standing alone gives way to the longer name after it, which it
  /// still announces (both were read wrong on main e262d71, `geomap places`).
  @Test func nameAfterATriggerNounIsNotSwallowedByIt() throws {
    #expect(try surfaces("دخلت القوات مدينة عين العرب بعد انسحاب التنظيم") == ["عين العرب"])
    #expect(try surfaces("قصفت الطائرات قرية خان شيخون في ريف إدلب") == ["خان شيخون", "ريف إدلب"])
    #expect(try surfaces("وصل النازحون إلى مخيم اليرموك جنوب دمشق").contains("مخيم اليرموك"))
  }

  /// "By Mariam" (a byline) keys like Bmariam; the dateline after it is read.
  @Test func bylineIsNoPlace() throws {
    let read = try surfaces("By Mariam Haddad\n\nBEIRUT (Reuters) - Rebels left Homs.")
    #expect(!read.contains("By Mariam"))
    #expect(read.contains("BEIRUT"))
  }

  /// «معسكر» (a military camp, Mascara in Algeria) and «السجن» (the prison) are the head of a name:
  /// the name after is the place.
  @Test func campAndPrisonAnnounceTheNameAfterThem() throws {
    let camp = try surfaces("انسحبت قوات النظام إلى معسكر المسطومة جنوب إدلب")
    #expect(camp.contains("المسطومة"))
    #expect(!camp.contains("معسكر"))
    #expect(try surfaces("وفر عشرات السجناء من السجن خلال هجوم التنظيم على الحسكة") == ["الحسكة"])
  }

  /// «في الشرطة» (in the police), «في العودة» (before returning): after a mere preposition an
  /// everyday word is a town of the theatre, not a village or a neighbourhood so named.
  @Test func everydayWordAfterPrepositionIsATownOrNothing() throws {
    #expect(try surfaces("وقال ضابط في الشرطة إن الهجوم على الرمادي صد") == ["الرمادي"])
    #expect(try surfaces("ودعت الحكومة النازحين إلى التريث في العودة إلى الفلوجة") == ["الفلوجة"])
    #expect(try surfaces("تقدمت القوات العراقية من تكريت إلى العلم").contains("العلم"))
  }

  /// "spokesman Polat Can", "leader Abu Mohammed": the capitalised words after a title are a
  /// person's name; a place after a lowercase word is read.
  @Test func namesAfterATitleArePeople() throws {
    #expect(try surfaces("YPG spokesman Polat Can said the fighters had reached the edge of Tal Abyad.") == ["Tal Abyad"])
    #expect(try surfaces("The group's leader Abu Mohammed ordered his men out of Raqqa.") == ["Raqqa"])
    #expect(try surfaces("A spokesman in Kobani said the road was open.") == ["Kobani"])
  }

  /// A place far from the theatre is salient only as a country or a city of a million: «الشهداء»
  /// (the martyrs) is a town in Egypt, «القصور» (the palaces) Kousséri in Cameroon.
  @Test func farAwayTownNeedsContext() throws {
    #expect(try surfaces("وشيع الأهالي الشهداء في مدينة حمص") == ["مدينة حمص"])
    #expect(try surfaces("وانتشر القناصة على أسطح القصور الرئاسية في تكريت") == ["تكريت"])
    #expect(try surfaces("وصل الوفد إلى القاهرة ثم عاد إلى دمشق") == ["القاهرة", "دمشق"])
  }

  /// People, groups and peoples whose names the gazetteer also lists.
  @Test func peopleAndGroupsAreNoPlaces() throws {
    #expect(try surfaces("Islamic State fighters seized Tikrit, the birthplace of Saddam Hussein, on Wednesday.") == ["Tikrit"])
    #expect(try surfaces("Fighters linked to al-Qaida attacked positions near Latakia.") == ["Latakia"])
    #expect(try surfaces("Thousands of Turkmen families fled Tal Afar overnight.") == ["Tal Afar"])
  }

  /// «الجيب» (the pocket), «المزارع» (the farms), «الخيام» (tents): nouns of the ground need a
  /// trigger noun, and have one when they name a village.
  @Test func groundNounsNeedATriggerNoun() throws {
    #expect(try surfaces("وخرج المدنيون من الجيب المحاصر نحو المزارع القريبة من الرقة") == ["الرقة"])
    #expect(try surfaces("ويعاني النازحون قرب منبج من نقص في الخيام") == ["منبج"])
    #expect(try surfaces("قصفت المدفعية بلدة الخيام جنوب لبنان").contains("الخيام"))
    // «القصر الجمهوري» (the presidential palace) and «قصر الشعب» were read as the Suwayda village
    // Madhbah ad Duruz (alternate name «القصر») on main 49c9b70, `geomap places`.
    #expect(try surfaces("وصل الوفد الأممي إلى القصر الجمهوري في دمشق") == ["دمشق"])
    #expect(try surfaces("واستقبل الرئيس الوفد في قصر الشعب قبل عودته إلى حمص") == ["حمص"])
    #expect(try surfaces("وسيطرت القوات على قرية القصر في ريف الحسكة").contains("قرية القصر"))
  }
}
