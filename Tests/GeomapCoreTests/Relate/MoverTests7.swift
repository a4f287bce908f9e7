import Testing

@testable import GeomapCore

/// Movers and ends, round 7: rules about how news name who moves and where from, each tested on
/// sentences written for the test (Arabic and English, wire, state-media and monitor styles), none
/// copied from a fixture.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct MoverTests7 {
  static func read(_ text: String) throws -> [Movement] { try MoverTests6.read(text) }

  /// "ACTOR Origin→Destination", as round 6's suite writes them.
  static func describe(_ ms: [Movement]) -> [String] { MoverTests6.describe(ms) }

  /// "many militants", "Gunmen", «مسلحين», «المسلحين» with no side named are the insurgent side the
  /// report names ("Islamic State", «تنظيم داعش»), not the army or militia named last, nor nobody
  /// because the movement is in Iraq.
  @Test(arguments: [
    (
      "Syrian government forces took the town of Qaryatain from Islamic State on Sunday, state television said. Gunmen pulled back toward Sukhnah as the army advanced, a monitor said.",
      "ISIS Qaryatayn→Sukhnah"
    ),
    (
      "استعادت القوات العراقية السيطرة على ناحية العلم من تنظيم داعش صباح اليوم، بحسب بيان لقيادة العمليات المشتركة. وأفاد مصدر محلي بأن مسلحين انسحبوا باتجاه الحويجة قبل بدء الهجوم.",
      "ISIS Al-Alam→Hawija"
    ),
    (
      "دخلت قوات النظام بلدة القريتين بعد معارك مع تنظيم داعش. وقال ناشطون إن المسلحين فروا نحو البادية.",
      "ISIS Qaryatayn→Badia"
    ),
    (
      "Iraqi counter-terrorism forces stormed Rutba at dawn after a week-long push against Islamic State. Insurgents escaped toward al-Qaim on the Syrian border, a police colonel said.",
      "ISIS Rutba→Qaim"
    ),
    (
      "سيطرت قوات الجيش العراقي والحشد العشائري على مدينة هيت التي كان يسيطر عليها تنظيم داعش. وذكر شهود أن عشرات المسلحين فروا من هيت نحو راوة.",
      "ISIS Hit→Rawa"
    ),
  ])
  func insurgentsAreTheInsurgentSide(_ c: (String, String)) throws {
    let read = try Self.read(c.0).filter { $0.kind != .advance }
    #expect(read.count == 1)
    #expect(read.allSatisfy { MovementFallbackSetTests.matches($0, c.1) }, "\(Self.describe(read))")
  }

  /// "the militants", «المسلحين» who move are the insurgents, not the state's forces named just
  /// before with a noun for armed men («عناصر الجيش», "17 militants, the security forces said"); but
  /// «العناصر» («عناصر» is said of every side) still refers back to the army's men.
  @Test(arguments: [
    (
      "أعلنت القوات الأمنية صد هجوم شنه تنظيم داعش على قضاء الضلوعية فجر الأحد، وأسفرت الاشتباكات عن مقتل أربعة من عناصر الجيش. وذكر سكان محليون أن المسلحين انسحبوا من الضلوعية باتجاه سامراء.",
      "ISIS Dhuluiya→Samarra"
    ),
    (
      "قالت قيادة عمليات سامراء إن تنظيم داعش شن هجوماً على بلدة الإسحاقي أسفر عن إصابة ثلاثة من عناصر القوات الأمنية. وأفاد شهود بأن المسلحين فروا من الإسحاقي نحو الثرثار.",
      "ISIS Ishaqi→Tharthar"
    ),
    (
      "Iraqi security forces repelled an Islamic State attack on Dhuluiya on Saturday. The fighting killed four soldiers and 17 militants, the security forces said. Residents said the militants later withdrew from Dhuluiya toward Samarra.",
      "ISIS Dhuluiya→Samarra"
    ),
    (
      "Islamic State launched an assault on Baiji overnight. Army snipers killed 12 insurgents, government troops said on Sunday. Witnesses said the insurgents fled from Baiji toward Hawija.",
      "ISIS Baiji→Hawija"
    ),
    (
      "شنت هيئة تحرير الشام هجوماً على مواقع القوات الحكومية قرب مورك، وقتل في الاشتباكات عشرة من عناصر الجيش. وقال المرصد إن المسلحين انسحبوا من مورك باتجاه خان شيخون.",
      "HTS Morek→Khan Sheikhoun"
    ),
    (
      "قتل خمسة من عناصر الجيش في هجوم لتنظيم داعش قرب الضلوعية. وقال مصدر أمني إن العناصر انسحبوا من الضلوعية إلى سامراء لإعادة التمركز.",
      "IRAQ Dhuluiya→Samarra"
    ),
  ])
  func militantsAreNotTheStateForcesNamedBefore(_ c: (String, String)) throws {
    let read = try Self.read(c.0).filter { $0.kind != .advance }
    #expect(read.count == 1)
    #expect(read.allSatisfy { MovementFallbackSetTests.matches($0, c.1) }, "\(Self.describe(read))")
  }

  /// The army's own motion stays the army's when militants are only where it goes or what it fights.
  @Test(arguments: [
    ("Iraqi troops advanced from Samarra toward Tikrit, where militants were holding out, the army said.", "IRAQ Samarra→Tikrit"),
    ("The Syrian army said its troops had moved from Homs to Palmyra, while militants shelled the road.", "REGIME Homs→Palmyra"),
  ])
  func armyStaysTheMover(_ c: (String, String)) throws {
    let read = try Self.read(c.0)
    #expect(read.count == 1)
    #expect(read.allSatisfy { MovementFallbackSetTests.matches($0, c.1) }, "\(Self.describe(read))")
  }

  /// With no insurgent side named, "militants" who move are nobody the report names: not the army
  /// named before.
  @Test func militantsWithNoSideAreNotTheArmy() throws {
    let read = try Self.read(
      "Iraqi troops advanced from Samarra to Tikrit on Monday, the defence ministry said. Hundreds of militants fled toward Baiji overnight, residents said.")
    #expect(!read.contains { $0.actor == .iraq && $0.kind != .advance }, "\(Self.describe(read))")
  }

  /// Reinforcements nobody names belong to the side fighting for where they go — the side the
  /// report leads with — not to the enemy named last as who it fought («مع مقاتلي …», "with").
  @Test(arguments: [
    (
      "سيطرت قوات النظام على بلدة مورك بعد معارك عنيفة مع مقاتلي هيئة تحرير الشام. وأفاد مصدر ميداني بأن تعزيزات وصلت من حماة إلى محيط البلدة قبل الهجوم.",
      "REGIME Hama→Morek"
    ),
    (
      "تمكنت القوات النظامية من السيطرة على بلدة صوران بريف حماة الشمالي. وقال المرصد إن تعزيزات عسكرية وصلت من مدينة حماة إلى محيط البلدة.",
      "REGIME Hama→Suran"
    ),
  ])
  func unnamedReinforcementsAreTheLeadSide(_ c: (String, String)) throws {
    let read = try Self.read(c.0)
    #expect(read.count == 1)
    #expect(read.allSatisfy { MovementFallbackSetTests.matches($0, c.1) }, "\(Self.describe(read))")
  }

  /// Families counted in the singular («ألفي عائلة», «500 أسرة», "3,000 households"), or made to
  /// flee («أدى إلى نزوح», "forced … to flee"), are civilians: not the fighters of the sentence before.
  @Test(arguments: [
    (
      "انسحب مقاتلو جبهة النصرة من صدد نحو القلمون. وأدى القصف إلى نزوح ألفي عائلة باتجاه حمص.",
      "HTS Sadad→Qalamoun"
    ),
    (
      "Islamic State fighters pulled out of Qaryatain toward Sukhnah on Friday. The fighting forced some 3,000 households to flee toward Homs, the UN said.",
      "ISIS Qaryatayn→Sukhnah"
    ),
  ])
  func countedFamiliesAreCivilians(_ c: (String, String)) throws {
    let read = try Self.read(c.0).filter { $0.actor != .unknown }
    #expect(read.count == 1)
    #expect(read.allSatisfy { MovementFallbackSetTests.matches($0, c.1) }, "\(Self.describe(read))")
  }

  /// The insurgent side named in the lead is who «المسلحين» are five sentences on; «فصائل من الحشد
  /// الشعبي» ("factions of the PMF") named between is the PMF, no insurgent side.
  @Test func insurgentsNamedInTheLead() throws {
    let read = try Self.read(
      "هاجم مسلحو تنظيم داعش قرية البشير جنوب كركوك فجر اليوم. وقال مصدر أمني إن الهجوم استمر ساعات. وأضاف أن الجيش استعاد نقاط التفتيش. وأشار إلى وصول فصائل من الحشد الشعبي إلى القرية من كركوك. كما ذكر أهالٍ أن مجموعات من المسلحين انسحبت من البشير باتجاه الحويجة."
    ).filter { $0.destination.name.contains("Hawija") }
    #expect(read.count == 1)
    #expect(read.allSatisfy { $0.actor == .isis }, "\(Self.describe(read))")
  }

  /// "army units", "Army troops" with no country named are the army of the country the movement is
  /// in (Syria: REGIME, Iraq: IRAQ), not the side named last nor nobody; «جيش الإسلام», "Free Syrian
  /// Army" are names of their own.
  @Test(arguments: [
    (
      "Kurdish-led SDF fighters agreed on Saturday to let government forces deploy near Manbij under a Russian-brokered deal. On Sunday army units moved from Aleppo to Manbij, state media said.",
      "REGIME Aleppo→Manbij"
    ),
    (
      "Peshmerga commanders said they would not withdraw from their lines. Army troops later moved from Tikrit to Baiji, a ministry statement said.",
      "IRAQ Tikrit→Baiji"
    ),
    ("خرج مقاتلو جيش الإسلام من دوما إلى جرابلس بعد اتفاق مع الجانب الروسي.", "OPPOSITION Douma→Jarabulus"),
    ("Turkish officials said Free Syrian Army fighters withdrew from Azaz to Marea overnight.", "OPPOSITION Azaz→Marea"),
  ])
  func bareArmyIsTheCountrysArmy(_ c: (String, String)) throws {
    let read = try Self.read(c.0)
    #expect(read.count == 1)
    #expect(read.allSatisfy { MovementFallbackSetTests.matches($0, c.1) }, "\(Self.describe(read))")
  }

  /// An attack that drove families to flee («قد دفع آلاف العائلات … إلى النزوح نحو دهوك») moves the
  /// families, several words after the causative verb, not the attackers.
  @Test func causativeObjectIsTheMover() throws {
    let read = try Self.read(
      "سيطر مسلحو تنظيم داعش على بلدة زمار فجر اليوم بعد انسحاب البيشمركة منها. وكان هجوم التنظيم على المنطقة قد دفع آلاف العائلات الكردية والعربية إلى النزوح نحو دهوك."
    )
    #expect(!read.contains { $0.actor == .isis }, "\(Self.describe(read))")
  }
}
