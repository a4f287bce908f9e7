import Testing

@testable import GeomapCore

/// Who moves and who takes, round 22: a backer joined to the force it backs ("U.S.-backed") is not
/// the actor; «التنظيم» is the organisation named nearest before it; who supervises an evacuation
/// does not move; «الرافضين للتسوية» are the rebels; Iranian advisers are Iran; «قطعاتنا» in an
/// Iraqi statement is Iraq. Sentences written for the test (wire, Anadolu, monitor and state-media
/// styles), none copied from a fixture; each case named below was read wrong on main 0e1a96c
/// (`geomap inspect`), and the look-alikes read as here.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct ActorAttributionTests {
  func actors(_ text: String) -> [String] {
    ActorLexicon.mentions(in: ReportText(text)).map {
      "\($0.surface)=\($0.actor.rawValue)\($0.coreference ? "*" : "")"
    }
  }

  /// "the U.S.-backed Syrian Democratic Forces", "the U.S.-led coalition": the name before a hyphen
  /// and "backed"/"led" qualifies the force named next, which is the actor (main read USA as well).
  /// With no force named after it ("Iran-backed Afghan fighters") the backer still names the side.
  @Test func backerJoinedToAForceIsNoActor() {
    #expect(
      actors("The U.S.-backed Syrian Democratic Forces said they had entered the town.") == [
        "Syrian Democratic Forces=SDF"
      ])
    #expect(actors("The U.S.-led coalition struck the town overnight.") == ["coalition=COALITION"])
    #expect(actors("Iran-backed Afghan fighters reached the town.") == ["Iran=IRAN"])
    // Reuters' early spelling of the SDF's name.
    #expect(actors("Syria Democratic Forces fighters entered the town.") == ["Syria Democratic Forces=SDF"])
  }

  /// The force a backer qualifies takes the place and makes the move, even when it is the speaker
  /// ("said they had captured"); main gave both claims to the USA.
  @Test func backedForceTakesAndMoves() throws {
    let control = ControlTests7.control(
      "The U.S.-backed Syria Democratic Forces said on Thursday they had captured the town of Markada from Islamic State.")
    #expect(control.contains("SDF Marqadah captured"), "read \(control.sorted())")
    #expect(!control.contains("USA Marqadah captured"), "read \(control.sorted())")
    try MoverTests8.expect(
      "The U.S.-backed Syrian Democratic Forces said on Monday they had advanced from Ain Issa toward Raqqa.",
      ["SDF Ain Issa→Raqqa"])
    // "Iran-backed Afghan fighters" name no force but Iran's: Iran moves.
    try MoverTests8.expect(
      "Iran-backed Afghan fighters moved from Palmyra to Albukamal last week, according to the monitor.",
      ["IRAN Palmyra→Albukamal"])
  }

  /// «التنظيم» in a report naming both ISIS and a group it introduced as «تنظيم X» (Anadolu's «تنظيم
  /// "ي ب ك/بي كا كا"») is the one of the two named nearest before it (main: always ISIS).
  @Test func organisationIsTheNearestNamedOrganisation() throws {
    let ypgLast =
      "سيطر تنظيم داعش على قرية الهول قبل عامين، ثم هاجمها تنظيم \"ي ب ك/بي كا كا\" الإرهابي أمس، وانسحب إرهابيو التنظيم من الهول باتجاه الشدادي بعد ساعات."
    #expect(actors(ypgLast).last == "التنظيم=YPG*", "\(actors(ypgLast))")
    try MoverTests8.expect(ypgLast, ["YPG Hol→Shaddadi"])
    // Named the other way round, «التنظيم» stays ISIS.
    let isisLast =
      "هاجم تنظيم \"ي ب ك/بي كا كا\" الإرهابي قرية الهول قبل عامين، ثم سيطر عليها تنظيم داعش، وانسحب عناصر التنظيم من الهول باتجاه الشدادي أمس."
    #expect(actors(isisLast).last == "التنظيم=ISIS*", "\(actors(isisLast))")
    try MoverTests8.expect(isisLast, ["ISIS Hol→Shaddadi"])
  }

  /// «بإشراف الأمم المتحدة», "overseen by the United Nations": who supervises an evacuation does not
  /// move; the evacuees' side does, named after the verb or in the sentence before (main: UN). A UN
  /// aid convoy still moves as the UN.
  @Test(arguments: [
    ("أنهت فصائل المعارضة إخلاء مواقعها في حي القابون. ونقلت الحافلات بإشراف الأمم المتحدة عشرات الجرحى من القابون إلى إدلب.", ["OPPOSITION Qabun→Idlib"] as [String]),
    ("Rebels completed their pull-out from Qaboun on Sunday. Buses overseen by the United Nations took dozens of wounded fighters from Qaboun to Idlib.", ["OPPOSITION Qabun→Idlib"] as [String]),
    ("خرج مقاتلو المعارضة من حي القابون بإشراف الأمم المتحدة. ونُقل عشرات الجرحى من القابون إلى إدلب لتلقي العلاج.", ["OPPOSITION Qabun→Idlib"] as [String]),
    ("دخلت قافلة مساعدات تابعة للأمم المتحدة من دمشق إلى دوما يوم الأحد.", ["UN Damascus→Douma"] as [String]),
  ])
  func supervisorDoesNotMove(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }

  /// «خروج الرافضين للتسوية»: in a reconciliation deal those who refuse the settlement are the rebels
  /// who leave, often named no other way (main: the regime, named last, moved). Arabic only: English
  /// wires name them "rebels", already read.
  @Test(arguments: [
    ("دخلت قوات النظام بلدة زاكية في ريف دمشق الغربي بعد اتفاق مع وجهائها، وينص الاتفاق على خروج المقاتلين الرافضين للتسوية مع عائلاتهم من زاكية إلى محافظة إدلب خلال أيام.", ["OPPOSITION Zākīyah→Idlib"] as [String]),
    ("سلمت الشرطة العسكرية الروسية بلدة الكسوة لقوات النظام، وبدأ صباح اليوم خروج رافضي التسوية وعائلاتهم من الكسوة باتجاه قلعة المضيق.", ["OPPOSITION Kiswah→Qalaat al-Madiq"] as [String]),
  ])
  func settlementRefusersAreTheRebels(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }

  /// «مستشارون إيرانيون», "Iranian advisers": Iran's officers move as Iran (main: the rebels named
  /// before them moved).
  @Test(arguments: [
    ("وذكرت مصادر محلية أن فصائل المعارضة تقدمت نحو الميادين، فيما غادر مستشارون إيرانيون مدينة الميادين متجهين إلى البوكمال.", ["IRAN Mayadin→Albukamal"] as [String]),
    ("Rebels pushed toward Mayadin on Friday, and Iranian advisers left Mayadin for Albukamal, a local source said.", ["IRAN Mayadin→Albukamal"] as [String]),
  ])
  func iranianAdvisersAreIran(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }

  /// «قطعاتنا», "our units", in an Iraqi ministry's statement: Iraq's forces move, not the enemy
  /// named before (main: ISIS).
  @Test func ourUnitsInAnIraqiStatementAreIraq() throws {
    try MoverTests8.expect(
      "بيان صادر عن وزارة الدفاع. فرضت عصابات داعش الإرهابية حصاراً على ناحية العلم منذ أشهر، وقد انطلقت قطعاتنا فجر اليوم من تكريت باتجاه العلم على محورين.",
      ["IRAQ Tikrit→Al-Alam"])
  }
}
