import Testing

@testable import GeomapCore

/// Movements and control the reader used to miss on the dev set, one case per cause, in Arabic and
/// English (issue 4: extraction recall).
@Suite struct RecallTests {
  func read(_ text: String) -> Situation {
    RelateGazetteer.reader.read(text: text, source: "t", date: nil)
  }

  func moves(_ text: String) -> [String] {
    read(text).movements.map {
      "\($0.actor.rawValue) \($0.origin.name)→\($0.destination.name) \($0.kind.rawValue) \($0.status.rawValue)"
    }
  }

  /// Actor, origin and destination of each movement, without kind and status.
  func routes(_ text: String) -> [String] {
    moves(text).map { $0.components(separatedBy: " ").dropLast(2).joined(separator: " ") }
  }

  func control(_ text: String) -> [String] {
    read(text).control.map {
      "\($0.actor.rawValue) \($0.place.name) \($0.control.rawValue)\($0.partial ? " partial" : "")"
    }
  }

  /// en-12, en-14, mx-01: "ISIS fighters withdrew toward Hajin" names no origin; it is the place the
  /// other side was just said to take.
  @Test func retreatWithoutOriginLeavesThePlaceJustTaken() {
    #expect(
      moves("Government forces captured Palmyra on Thursday. ISIS fighters withdrew toward Raqqa.") == [
        "ISIS Palmyra→Raqqa withdrawal reported"
      ])
    #expect(
      moves("Government forces captured Palmyra. The remaining ISIS militants fell back towards Raqqa.").map {
        $0.components(separatedBy: " ").prefix(2).joined(separator: " ")
      } == ["ISIS Palmyra→Raqqa"])
    #expect(
      moves("استعادت قوات النظام السيطرة على مدينة تدمر، وانسحب عناصر تنظيم داعش باتجاه الرقة.").map {
        $0.components(separatedBy: " ").prefix(2).joined(separator: " ")
      } == ["ISIS Palmyra→Raqqa"])
    // ar-09: leaving with no origin named, after the other side took the town.
    #expect(
      read("أعلنت قسد سيطرتها الكاملة على مدينة الطبقة. وقال المتحدث باسم التحالف إن عناصر التنظيم غادروا باتجاه الرقة.")
        .movements.map { "\($0.actor.rawValue) \($0.origin.name)→\($0.destination.name)" } == ["ISIS Al-Thawrah→Raqqa"])
    // Not for civilians, and not when nobody was said to take a place.
    #expect(moves("Civilians fled toward Raqqa.").isEmpty)
    #expect(moves("ISIS fighters withdrew toward Raqqa.").isEmpty)
  }

  /// en-06, ar-07: «المدينة», "the city" refer back to the last city named.
  @Test func cityAnaphora() {
    #expect(
      control("Airstrikes hit Raqqa overnight. The SDF now controls most of the city.") == ["SDF Raqqa holds"])
    #expect(
      moves("تحاصر قسد مدينة الرقة منذ أشهر. وخرج مقاتلو داعش من المدينة باتجاه الميادين.").map {
        $0.components(separatedBy: " ").prefix(2).joined(separator: " ")
      } == ["ISIS Raqqa→Al-Mayadin"])
    // "the city of X" names its place.
    #expect(control("The SDF controls the city of Raqqa.") == ["SDF Raqqa holds"])
  }

  /// ar-17: «بعد وصول مقاتليها من عين عيسى إلى أطراف حي المشلب»: arrival, and "the outskirts of".
  @Test func arrivalAtTheOutskirts() {
    #expect(
      moves("بعد وصول مقاتلي قسد من الرقة إلى أطراف مدينة الطبقة").map {
        $0.components(separatedBy: " ").prefix(2).joined(separator: " ")
      } == ["SDF Raqqa→Al-Thawrah"])
  }

  /// en-13: "Iraqi forces and Popular Mobilisation units took control of Hawija": both took it.
  @Test func conjoinedActorsTakeTogether() {
    #expect(
      Set(control("Iraqi forces and Popular Mobilisation units took control of Mosul on Thursday.")) == [
        "PMF Mosul captured", "IRAQ Mosul captured",
      ])
  }

  /// en-12, en-07: "announced the capture of", "completed the recapture of"; backers are not the subject.
  @Test func englishCaptureNounsAndBackers() {
    #expect(
      control("Pro-regime forces backed by Iranian militias and Hezbollah announced the capture of Albukamal.")
        == ["REGIME Abu Kamal captured"])
    #expect(control("Iraqi Security Forces completed the recapture of Mosul.") == ["IRAQ Mosul captured"])
    #expect(control("The Government of Iraq announced the retaking of Mosul.") == ["IRAQ Mosul captured"])
  }

  /// en-11, en-02: "besieged by ACTOR" is passive: the place before it is the one besieged.
  @Test func passiveBesiegedBy() {
    #expect(control("Aleppo has been besieged by government forces since July.") == ["REGIME Aleppo besieged"])
    #expect(
      control("Aid reached Homs, which remains besieged by rebels in the countryside of Hama.") == [
        "OPPOSITION Homs besieged"
      ])
  }

  /// ar-01, ar-02: «مدينة دوما التي لا يزال جيش الإسلام يسيطر عليها»: the place before «التي».
  @Test func relativeClauseNamesThePlaceBefore() {
    #expect(control("أما في مدينة حمص التي لا يزال النظام يسيطر عليها، فالوضع هادئ") == ["REGIME Homs holds"])
    #expect(
      control("خرجت الفصائل من حلب الشرقية التي باتت قوات النظام تسيطر على أكثر من 90 بالمئة من مساحتها")
        == ["REGIME Aleppo holds"])
  }

  /// ar-11: «الاتفاق الذي رعته روسيا على خروج …»: the sponsor of a deal is not who moves.
  @Test(arguments: [
    "خرج مقاتلو المعارضة من حمص إلى تدمر. وينص الاتفاق الذي رعته روسيا على خروج نحو ألف شخص إلى الرقة",
    "Rebels left Homs for Palmyra on Monday. Under the deal brokered by Russia, more people would leave for Raqqa later.",
  ])
  func sponsorIsNotTheMover(_ text: String) {
    #expect(
      moves(text).map { $0.components(separatedBy: " ").prefix(2).joined(separator: " ") } == [
        "OPPOSITION Homs→Palmyra", "OPPOSITION Homs→Raqqa",
      ])
  }

  /// en-01: "negotiations with Moscow" make no mover; the fighters' origin carries over two sentences.
  @Test func negotiatingPartnerIsNotTheMover() {
    let text =
      "Buses carrying rebels left Homs for Palmyra on Monday. The insurgent group has not confirmed the deal, "
      + "and an official said that negotiations with Moscow were continuing. Some of the fighters were headed for Raqqa."
    #expect(
      moves(text).map { $0.components(separatedBy: " ").prefix(2).joined(separator: " ") } == [
        "OPPOSITION Homs→Palmyra", "OPPOSITION Homs→Raqqa",
      ])
  }

  /// en-12: "crossed from al-Qaim to support the assault on Abu Kamal": the target of an assault is
  /// where an advance goes; "allegedly" is a claim.
  @Test func assaultTargetIsTheDestination() {
    #expect(
      moves("Some PMF units allegedly crossed from Mosul to support the assault on Raqqa.") == [
        "PMF Mosul→Raqqa advance claimed"
      ])
    #expect(
      moves("تقدمت قوات النظام من حمص للمشاركة في الهجوم على تدمر").map {
        $0.components(separatedBy: " ").prefix(2).joined(separator: " ")
      } == ["REGIME Homs→Palmyra"])
  }

  /// ar-11: «جرابلس» read once as the town, once as its district: one destination.
  @Test func sameNamedDestinationsNearbyAreOne() {
    let town = RelateGazetteer.entry("jarabulus", .town, "SY", "Aleppo", 38.011, 36.817, "Jarabulus", "جرابلس")
    let district = RelateGazetteer.entry(
      "jarabulus-d", .district, "SY", "Aleppo", 38.05, 36.75, "Jarabulus", "منطقة جرابلس")
    let far = RelateGazetteer.entry("jarabulus-x", .village, "SY", "Homs", 36.7, 34.7, "Jarabulus", "جرابلس")
    #expect(MovementExtractor.sameDestination(town, district))
    #expect(!MovementExtractor.sameDestination(town, far))
  }

  /// mx-03: "hold the western half of Deir ez-Zor and plan to push south toward al-Mayadin": an
  /// advance without an origin starts where the actor holds.
  @Test func advanceStartsWhereTheActorHolds() {
    #expect(
      moves("Regime forces hold the western half of Deir ez-Zor and plan to push south toward Mayadin.") == [
        "REGIME Deir ez-Zor→Al-Mayadin advance proposed"
      ])
    #expect(
      read("تسيطر قوات النظام على مدينة دير الزور وتخطط للتقدم نحو الميادين").movements.map {
        "\($0.actor.rawValue) \($0.origin.name)→\($0.destination.name)"
      } == ["REGIME Deir ez-Zor→Al-Mayadin"])
  }

  /// en-06: "Residents said the buses headed …": residents who speak are not the movers.
  @Test func residentsWhoSpeakAreNotTheMovers() {
    #expect(
      moves("ISIS fighters left Tabqa on Sunday. Residents said the buses headed towards Raqqa.").map {
        $0.components(separatedBy: " ").prefix(2).joined(separator: " ")
      } == ["ISIS Al-Thawrah→Raqqa"])
  }

  /// en-14: the place just lost may have been claimed long before, as long as it was named lately.
  @Test func placeJustLostNamedLately() {
    let text =
      "Rebels captured al-Bab on Monday. Shops reopened. Aid arrived. Rebels now hold all of al-Bab. "
      + "ISIS fighters withdrew toward Raqqa."
    #expect(
      read(text).movements.map { "\($0.actor.rawValue) \($0.origin.name)→\($0.destination.name)" } == [
        "ISIS Al-Bab→Raqqa"
      ])
  }

  /// ar-13, mx-02: «بمشاركة» partners; «إعلان قسد السيطرة على الرقة».
  @Test func moreWaysToSayControl() {
    #expect(
      Set(control("أعلن الجيش العراقي استعادة مدينة الموصل بالكامل بمشاركة وحدات الحشد الشعبي")) == [
        "IRAQ Mosul captured", "PMF Mosul captured",
      ])
    #expect(control("بعد أيام من إعلان قسد السيطرة الكاملة على الرقة") == ["SDF Raqqa captured"])
    // A masdar without an announcement stays a wish («من السيطرة على …»).
    #expect(control("يسعى الجيش السوري إلى السيطرة على الرقة").isEmpty)
  }

  /// ar-03: «حررت الحجر الأسود والمخيم»: "the camp" closing a list is the last camp named.
  @Test func campAnaphoraInAList() {
    let text = "قصفت الطائرات مخيم اليرموك أمس. وأكدت أن قوات النظام حررت الحجر الأسود والمخيم بالكامل"
    #expect(
      Set(control(text)) == ["REGIME Al-Hajar al-Aswad captured", "REGIME Yarmouk Camp captured"])
    // Without a camp named before, «المخيم» stays unread.
    #expect(control("وأكدت أن قوات النظام حررت الحجر الأسود والمخيم بالكامل") == ["REGIME Al-Hajar al-Aswad captured"])
  }

  /// ar-06: «لا يزال التنظيم يتحصن في … وسط المدينة», "holed up in": holding out in part of a place.
  @Test func holdingOutIsPartialHold() {
    #expect(
      control("سيطرت قسد على أحياء عدة. ولا يزال التنظيم يتحصن في الملعب البلدي وسط مدينة الرقة") == [
        "ISIS Raqqa holds partial"
      ])
    #expect(control("ISIS fighters are holed up in Raqqa's old city.") == ["ISIS Raqqa holds partial"])
  }

  /// ar-06: the movers may be who holds the origin; only who just took it is ruled out.
  @Test func holdersLeaveTakersDoNot() {
    #expect(
      moves("تسيطر داعش على مدينة الرقة منذ سنوات. وخرج مئات العناصر من المدينة باتجاه الميادين.").map {
        $0.components(separatedBy: " ").prefix(2).joined(separator: " ")
      } == ["ISIS Raqqa→Al-Mayadin"])
    #expect(
      moves("أعلنت قسد السيطرة الكاملة على الرقة. وخرج مئات العناصر من المدينة باتجاه الميادين.").map {
        $0.components(separatedBy: " ").prefix(2).joined(separator: " ")
      } == ["UNKNOWN Raqqa→Al-Mayadin"])
  }

  /// ar-11, ar-15: «حصار فرضته قوات النظام على الحي»: who imposed a siege on which place («الحي» is
  /// the last neighbourhood named).
  @Test func imposedSiege() {
    #expect(
      control("خرج المقاتلون من حي التضامن، بعد حصار فرضته قوات النظام على الحي منذ عام 2013") == [
        "REGIME Tadamon besieged"
      ])
    #expect(
      control("تمكنت قوات النظام من كسر الحصار الذي فرضه تنظيم الدولة منذ عام 2014 على مدينة دير الزور") == [
        // Round 3: who breaks the siege holds the place relieved (ar-15, en-16 gold).
        "ISIS Deir ez-Zor besieged", "REGIME Deir ez-Zor holds",
      ])
  }

  /// en-08: "took part in the encirclement of the city" is no capture.
  @Test func takingPartIsNoTaking() {
    #expect(control("PMF units took part in the assault on Mosul.").isEmpty)
  }

  /// ar-04: «قافلة تضم نحو مئة حافلة تقل مقاتلين من هيئة تحرير الشام»: the agent follows a later motion word.
  @Test func agentAfterALaterMotionWord() {
    #expect(
      moves("انطلقت قافلة تضم نحو مئة حافلة تقل مقاتلين من \"هيئة تحرير الشام\" من الرقة باتجاه تدمر").map {
        $0.components(separatedBy: " ").prefix(2).joined(separator: " ")
      } == ["HTS Raqqa→Palmyra"])
  }

  /// en-11: "fighters and civilians left …" are not civilians only: the movers keep their actor.
  @Test func fightersAndCiviliansAreNotCiviliansOnly() {
    #expect(moves("ISIS fighters and civilians left Raqqa for Tabqa.") == ["ISIS Raqqa→Al-Thawrah evacuation completed"])
  }

  /// Seed: «كشف عن … توصل … إلى اتفاق»: an agreement a source reveals is its claim.
  @Test(arguments: [
    "كشف مصدر عسكري روسي عن توصل قسد إلى اتفاق يمنح مقاتلي داعش ممرا آمنا للخروج من الرقة باتجاه تدمر",
    "A Russian source revealed that the SDF had reached an agreement giving ISIS fighters safe passage from Raqqa to Palmyra.",
  ])
  func revealedAgreementIsClaimed(_ text: String) throws {
    let m = try #require(read(text).movements.first)
    #expect(m.status == .claimed)
    #expect(m.origin.name == "Raqqa" && m.destination.name == "Palmyra")
    // Without the source, the same agreement stands as agreed.
    let plain = text.replacingOccurrences(of: "كشف مصدر عسكري روسي عن ", with: "")
      .replacingOccurrences(of: "A Russian source revealed that ", with: "")
    #expect(read(plain).movements.first?.status == .agreed)
  }

  /// Seed: «أحياء من مخيم اليرموك والتضامن والعسالي»: the partitive reaches the next conjunct, not
  /// the whole list.
  @Test func partitiveReachesTheNextConjunctOnly() {
    let text = "وزع تنظيم داعش منشورات في الأحياء التي يسيطر عليها: أحياء من مخيم اليرموك والتضامن والعسالي"
    #expect(
      control(text) == [
        "ISIS Yarmouk Camp holds partial", "ISIS Tadamon holds partial", "ISIS Al-Asali holds",
      ])
  }

  /// ar-10: «الحافلات … لنقل المقاتلين إلى إدلب» two sentences after «خروج الرافضين»: with nobody named
  /// in the sentence (only the other side, in between), the motion goes on the last movement read.
  @Test func unnamedMotionContinuesTheLastMovement() {
    let en =
      "ISIS fighters left Raqqa toward Mayadin on Friday. Government forces then entered Palmyra. "
      + "Local sources said buses would move more fighters to Abu Kamal."
    #expect(
      routes(en).contains(
        "ISIS Raqqa→Abu Kamal"))
    let ar =
      "خرج مقاتلو تنظيم داعش من الرقة باتجاه الميادين. واستعادت قوات النظام السيطرة على مدينة تدمر. "
      + "وأفادت مصادر محلية بأن الحافلات الخضراء ستصل خلال أيام لنقل المقاتلين إلى البوكمال."
    #expect(
      routes(ar).contains(
        "ISIS Raqqa→Abu Kamal"))
    // Civilians named in the sentence are not the earlier movers.
    let civilians = "ISIS fighters left Raqqa toward Mayadin. Government forces entered Palmyra. Civilians fled to Abu Kamal."
    #expect(!moves(civilians).contains { $0.contains("Abu Kamal") })
  }
  /// ar-05: «قافلة حافلات تقل مقاتلين من تنظيم داعش … غارات التحالف … في طريقها من X إلى Y»: "on its
  /// way" is a motion, and its movers are who the convoy carries, not the actor named last.
  @Test func convoyOnItsWay() {
    let ar =
      "توقفت قافلة حافلات تقل مقاتلين من تنظيم داعش قرب تدمر بعد أن شن التحالف الدولي غارات قطعت الطريق أمامها، "
      + "وذلك في طريقها من الرقة إلى البوكمال."
    #expect(routes(ar) == ["ISIS Raqqa→Abu Kamal"])
    let en =
      "A convoy of buses carrying ISIS fighters stopped near Palmyra after coalition airstrikes cut the road, "
      + "while on its way from Raqqa to Abu Kamal."
    #expect(routes(en) == ["ISIS Raqqa→Abu Kamal"])
  }
  /// ar-05: «… في طريقها من القلمون الغربي إلى البو كمال. وكانت الحافلات قد انطلقت من جرود قارة»: buses
  /// that left a place with no destination named go where the last movement read was going.
  @Test func busesLeavingGoWhereTheConvoyWent() {
    let ar =
      "توقفت قافلة تقل مقاتلين من تنظيم داعش في طريقها من الرقة إلى البوكمال. "
      + "وكانت الحافلات قد انطلقت من الطبقة بعد استسلام مسلحي التنظيم هناك."
    #expect(routes(ar).contains("ISIS Al-Thawrah→Abu Kamal"))
    let en =
      "A convoy carrying ISIS fighters stopped on its way from Raqqa to Abu Kamal. "
      + "The buses had set off from Tabqa after the militants there surrendered."
    #expect(routes(en).contains("ISIS Al-Thawrah→Abu Kamal"))
    // Civilians leaving are not the convoy's movers.
    let civilians = "A convoy carrying ISIS fighters stopped on its way from Raqqa to Abu Kamal. Civilians left Tabqa."
    #expect(!moves(civilians).contains { $0.contains("Thawrah") })
  }
  /// ar-10: «معبر نصيب الحدودي مع الأردن ومدينة بصرى الشام»: a border adjective and "with Jordan"
  /// qualify the first item; the list of places taken goes on after them.
  @Test func listGoesOnAfterABorderQualifier() {
    #expect(
      Set(control("استعادت قوات النظام السيطرة على ريف حمص الجنوبي الحدودي مع لبنان ومدينة تدمر مطلع الشهر."))
        == ["REGIME Southern Homs countryside captured", "REGIME Palmyra captured"])
    #expect(
      Set(control("Government forces recaptured the southern Homs countryside border with Lebanon and the city of Palmyra."))
        == ["REGIME Southern Homs countryside captured", "REGIME Palmyra captured"])
  }
  /// en-10: "Rebels in the southern Syrian city of Deraa agreed … to evacuate those who reject the deal
  /// to rebel-held Idlib": direction and nation adjectives do not end "in the … city of X". (Arabic
  /// puts them after the noun, «في مدينة دير الزور السورية», which already read.)
  @Test func directionAndNationAdjectivesBeforeTheCityOf() {
    let en =
      "ISIS fighters in the eastern Syrian city of Deir ez-Zor agreed on Sunday to evacuate those who reject "
      + "the deal to Mayadin."
    #expect(routes(en) == ["ISIS Deir ez-Zor→Al-Mayadin"])
    let ar = "وافق مقاتلو تنظيم داعش في مدينة دير الزور السورية على خروج الرافضين للاتفاق إلى الميادين."
    #expect(routes(ar) == ["ISIS Deir ez-Zor→Al-Mayadin"])
  }
  /// en-05: "… to prevent a convoy of ISIS fighters from reaching Abu Kamal. Hezbollah … negotiated the
  /// convoy's passage from the western Qalamoun": the convoy's destination comes before its origin, and
  /// "the convoy" is the one named before, not the negotiator.
  @Test func theConvoyGoesWhereItWasHeading() {
    let en =
      "Coalition airstrikes cut the road to prevent a convoy of ISIS fighters from reaching Abu Kamal. "
      + "Hezbollah and the Syrian regime negotiated the convoy's passage from Palmyra."
    #expect(routes(en) == ["ISIS Palmyra→Abu Kamal"])
    let ar =
      "قطعت غارات التحالف الطريق أمام قافلة تقل مقاتلين من تنظيم داعش متجهة إلى البوكمال. "
      + "وكان حزب الله قد فاوض على خروج القافلة من تدمر."
    #expect(routes(ar) == ["ISIS Palmyra→Abu Kamal"])
  }
}

/// en-04, en-10: "to rebel-held Idlib": the held-compound stands between the motion word and the
/// place. Needs the full gazetteer, which recognises the place after the compound.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct HeldCompoundDestinationTests {
  @Test func heldCompoundBeforeDestination() throws {
    let g = try #require(bundledGazetteer)
    let s = ReportReader(gazetteer: g).read(
      text: "ISIS fighters were bused from Raqqa to rebel-held Mayadin.", source: "t", date: nil)
    #expect(s.movements.map { "\($0.actor.rawValue) \($0.origin.name)→\($0.destination.name)" } == ["ISIS Raqqa→Mayadin"])
  }
}
