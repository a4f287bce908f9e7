import Testing

@testable import GeomapCore

/// Movers, round 6: who moves when the sentence names them only by what they are ("the militants",
/// «المسلحين»), when the motion is a gerund after "after" («بعد تقدمها»), and when the people fleeing
/// are civilians next to an armed motion. Sentences written for the test, Arabic and English.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct MoverTests6 {
  static func read(_ text: String) throws -> [Movement] {
    try MovementFallbackSetTests.read(text)
  }

  static func describe(_ ms: [Movement]) -> [String] {
    ms.map { "\($0.actor.rawValue) \($0.origin.name)→\($0.destination.name)" }
  }

  /// "the militants", «المسلحين», «العناصر» refer back to the side named before as armed men
  /// ("Islamic State militants", «مسلحو تنظيم داعش»), not to the last actor named or to Syria's rebels.
  @Test(arguments: [
    (
      "هاجم مسلحو تنظيم داعش مدينة حديثة فجر اليوم. وقال مصدر أمني إن المسلحين انسحبوا من حديثة باتجاه القائم.",
      "ISIS Haditha→Qaim"
    ),
    (
      "اقتحم مسلحو هيئة تحرير الشام بلدة خان شيخون ليلاً، ثم انسحب المسلحون من خان شيخون إلى إدلب صباحاً.",
      "HTS Khan Sheikhoun→Idlib"
    ),
    (
      "ISIS militants shelled Ramadi for a week. On Monday the army said the insurgents had pulled back from Ramadi toward Hit.",
      "ISIS Ramadi→Hit"
    ),
    (
      "سيطر عناصر تنظيم داعش على مدينة هيت الشهر الماضي. وأفاد شهود بأن العناصر انسحبوا من هيت باتجاه راوة.",
      "ISIS Hit→Rawa"
    ),
    (
      "Kurdish Peshmerga forces retook Zumar on Sunday, two days after Islamic State militants overran it. A commander said US air strikes had helped. He said the militants had fled toward Tal Afar.",
      "ISIS Zummar→Tal Afar"
    ),
  ])
  func armedMenReferBack(_ c: (String, String)) throws {
    let read = try Self.read(c.0)
    #expect(read.count == 1)
    #expect(read.allSatisfy { MovementFallbackSetTests.matches($0, c.1) }, "\(Self.describe(read))")
  }

  /// With no side named before as armed men, «المسلحين» stays what it was (Syria's rebels).
  @Test func armedMenWithNoAntecedent() throws {
    let read = try Self.read("وقالت مصادر إن المسلحين خرجوا من حي الوعر إلى جرابلس صباح اليوم.")
    #expect(read.count == 1)
    #expect(read.allSatisfy { MovementFallbackSetTests.matches($0, "OPPOSITION Waer→Jarabulus") })
  }

  /// "seized X, ISIS's last stronghold, after advancing from Y", «بعد تقدمها من»: the gerund's subject
  /// is the main clause's, not the actor of the apposition.
  @Test(arguments: [
    (
      "Regime troops captured Sukhnah, ISIS's main base in the desert, on Saturday after advancing from Arak.",
      "REGIME Arāk→Sukhnah"
    ),
    (
      "Iraqi forces recaptured Tikrit, ISIS's main stronghold in Salahuddin, after advancing north from Baiji.",
      "IRAQ Baiji→Tikrit"
    ),
    (
      "سيطرت قوات النظام على مدينة دير الزور، أكبر معاقل تنظيم داعش في الشرق، بعد تقدمها من السخنة.",
      "REGIME Sukhnah→Deir ez-Zor"
    ),
  ])
  func gerundTakesMainSubject(_ c: (String, String)) throws {
    let read = try Self.read(c.0)
    #expect(!read.isEmpty)
    #expect(read.allSatisfy { MovementFallbackSetTests.matches($0, c.1) }, "\(Self.describe(read))")
  }

  /// A possessive right before its motion noun is still its agent ("ISIS's fighters withdrew",
  /// "the regime's advance from Aleppo").
  @Test(arguments: [
    ("ISIS's fighters withdrew from Palmyra toward Sukhnah on Sunday.", "ISIS Palmyra→Sukhnah"),
    ("The regime's advance from Aleppo toward Maskanah went on for a third week.", "REGIME Aleppo→Maskanah"),
  ])
  func possessiveAgentStays(_ c: (String, String)) throws {
    let read = try Self.read(c.0)
    #expect(read.count == 1)
    #expect(read.allSatisfy { MovementFallbackSetTests.matches($0, c.1) }, "\(Self.describe(read))")
  }

  /// Families, residents and citizens who flee next to an armed motion are civilians: no movement of
  /// the armed side goes where they go (README convention: civilians with no actor move nobody).
  @Test(arguments: [
    "انسحب مقاتلو تنظيم داعش من بلدة الحويجة يوم الأحد، فيما نزح آلاف المواطنين نحو كركوك.",
    "وكانت قوات البيشمركة قد انسحبت من سنجار، ما دفع آلاف العائلات إلى النزوح نحو دهوك.",
    "سيطر تنظيم داعش على بلدة تلعفر الأسبوع الماضي. وفي الأثناء يتواصل نزوح العائلات من القرى المحيطة نحو الموصل وأربيل.",
    "Government troops entered Saraqeb on Monday as hundreds of families fled toward Idlib.",
    "Kurdish forces pulled out of Kirkuk on Monday, while thousands of residents fled toward Erbil.",
    "اقتحمت قوات النظام مدينة خان شيخون، ونزحت مئات الأسر من المدينة باتجاه معرة النعمان.",
  ])
  func civiliansBesideArmedMotion(_ text: String) throws {
    let armed = try Self.read(text).filter { $0.actor != .unknown }
    #expect(armed.isEmpty, "\(Self.describe(armed))")
  }

  /// The fighters' own families move with them; an armed motion with no civilians stays read.
  @Test(arguments: [
    ("خرج مقاتلو المعارضة وعائلاتهم من مدينة داريا إلى إدلب يوم الجمعة.", "OPPOSITION Darayya→Idlib"),
    ("ISIS fighters and their families left Raqqa for Mayadin on Friday.", "ISIS Raqqa→Mayadin"),
    ("انسحب مقاتلو تنظيم داعش من بلدة الحويجة باتجاه ناحية الرياض، بحسب مصادر محلية.", "ISIS Hawija→Riyad"),
  ])
  func fightersWithFamilies(_ c: (String, String)) throws {
    let read = try Self.read(c.0)
    #expect(!read.isEmpty)
    #expect(read.allSatisfy { MovementFallbackSetTests.matches($0, c.1) }, "\(Self.describe(read))")
  }

  /// "the militants" refers to the side named with "militants", not to "fighters of the PMF" named
  /// since: the noun must be the same kind of word.
  /// (The PMF's advance from Baghdad, to nowhere named, goes to Karmah, the place the report is
  /// about: `MovementEndsTests`; only the withdrawal is asked of here.)
  @Test func referenceKeepsItsNoun() throws {
    let read = try Self.read(
      "ISIS militants attacked Karmah last month. Fighters of the Popular Mobilization Forces advanced from Baghdad on Monday. Later the militants withdrew from Karmah toward Fallujah."
    ).filter { $0.kind != .advance }
    #expect(read.count == 1)
    #expect(read.allSatisfy { MovementFallbackSetTests.matches($0, "ISIS Karmah→Fallujah") }, "\(Self.describe(read))")
  }

  /// A date between an origin and the next to-word does not end the frame («من يبرود ليلة السبت
  /// باتجاه …», "out of Tabqa on Tuesday night toward Raqqa"); a motion word with movers of its own
  /// later in the sentence keeps its ends («بعد أن تقدم مقاتلو …», "after SDF fighters advanced from").
  @Test(arguments: [
    (
      "وبحسب ناشطين، انسحب مقاتلو المعارضة، ومنهم عناصر من جيش الإسلام، من مدينة يبرود ليلة السبت باتجاه بلدة فليطة.",
      "OPPOSITION Yabroud→Flita"
    ),
    (
      "ISIS fighters, some of them foreign, pulled out of the town of Tabqa on Tuesday night toward Raqqa, activists said.",
      "ISIS Tabqa→Raqqa"
    ),
    (
      "انسحب مقاتلو المعارضة، ومنهم عناصر من جيش الإسلام، من بلدة مورك ليلة الأحد باتجاه خان شيخون، بعد أن تقدم مقاتلو الحرس الجمهوري من جهة صوران.",
      "OPPOSITION Morek→Khan Sheikhoun"
    ),
    (
      "ISIS fighters, some of them foreign, pulled out of Tabqa on Tuesday night toward Raqqa, after SDF fighters advanced from Jarniyah.",
      "ISIS Tabqa→Raqqa"
    ),
  ])
  func frameAcrossADate(_ c: (String, String)) throws {
    let read = try Self.read(c.0)
    #expect(read.count == 1)
    #expect(read.allSatisfy { MovementFallbackSetTests.matches($0, c.1) }, "\(Self.describe(read))")
  }

  /// A date and a to-word with no motion near them move nobody.
  @Test func dateWithNoMotion() throws {
    let read = try Self.read("Rebels have held the town of Tabqa since 2013 and toward the end of the year shelled Raqqa.")
    #expect(read.isEmpty, "\(Self.describe(read))")
  }

  /// Armed men who leave with no place named leave the place the report is about: its dateline town,
  /// else the first Syrian or Iraqi town its headline and lead name (a bureau city is none).
  @Test(arguments: [
    (
      "أربيل – روداو\n\nأعلن مسؤولون أكراد اليوم استعادة السيطرة الكاملة على ناحية زمار من مسلحي تنظيم الدولة الإسلامية بعد معارك عنيفة.\n\nوقال مسؤول عسكري إن عناصر التنظيم انسحبوا باتجاه تلعفر.",
      "ISIS Zummar→Tal Afar"
    ),
    (
      "Iraqi forces say Baiji refinery town retaken\n\nBAGHDAD (Reuters) - Iraqi officials announced full control of the town of Baiji on Tuesday after weeks of fighting with Islamic State militants. An officer said the militants had fled north toward Tikrit.",
      "ISIS Baiji→Tikrit"
    ),
  ])
  func leavingTheLeadPlace(_ c: (String, String)) throws {
    let read = try Self.read(c.0)
    #expect(read.count == 1)
    #expect(read.allSatisfy { MovementFallbackSetTests.matches($0, c.1) }, "\(Self.describe(read))")
  }

  /// An advance, or civilians, with no origin named take none from the lead.
  @Test(arguments: [
    "DAMASCUS (Reuters) - Syrian troops shelled the town of Douma on Monday. Separately, regime forces advanced toward Harasta.",
    "Kurdish forces say Sinjar retaken\n\nERBIL (Reuters) - Kurdish forces recaptured the town of Sinjar on Friday. Thousands of residents fled toward Duhok, officials said.",
  ])
  func noLeadOriginForAdvancesOrCivilians(_ text: String) throws {
    let read = try Self.read(text)
    #expect(read.isEmpty, "\(Self.describe(read))")
  }

  /// «رتلاً من الآليات والمدرعات الروسية دخل …»: the nationality closes the force's noun phrase, a
  /// few words after the noun; the force is the mover.
  @Test(arguments: [
    ("وذكرت مصادر محلية أن رتلاً من الآليات والمدرعات الروسية دخل من حماة إلى مدينة السقيلبية صباح اليوم.", "RUS Hama→Suqaylabiyah"),
    ("وأفاد ناشطون بأن قافلة من الشاحنات والعربات العسكرية التركية دخلت من معبر باب الهوى إلى إدلب مساء أمس.", "TUR Bab al-Hawa→Idlib"),
  ])
  func nationalityClosesTheForce(_ c: (String, String)) throws {
    let read = try Self.read(c.0)
    #expect(read.count == 1)
    #expect(read.allSatisfy { MovementFallbackSetTests.matches($0, c.1) }, "\(Self.describe(read))")
  }

  /// An aid convoy names no nationality: no named actor moves.
  @Test func aidConvoyHasNoForce() throws {
    let read = try Self.read(
      "وأفاد ناشطون بأن قافلة من الشاحنات المحملة بالمساعدات الإنسانية دخلت من معبر باب الهوى إلى إدلب مساء أمس.")
    #expect(read.allSatisfy { $0.actor == .unknown }, "\(Self.describe(read))")
  }

  /// «عشرات المسلحين من تنظيم داعش»: armed men named with their side are that side.
  @Test func armedMenOfASide() throws {
    let read = try Self.read("خرج عشرات المسلحين من تنظيم داعش من مدينة الرقة يوم الأحد باتجاه الميادين.")
    #expect(read.count == 1)
    #expect(read.allSatisfy { MovementFallbackSetTests.matches($0, "ISIS Raqqa→Mayadin") }, "\(Self.describe(read))")
  }

  /// Movers who arrived in one sentence, their origin in the next ("The column had set out from …",
  /// «وكانت التعزيزات قد انطلقت من …», "They had come from …").
  @Test(arguments: [
    (
      "وصلت تعزيزات عسكرية لقوات النظام إلى مدينة حماة. وكانت التعزيزات قد انطلقت من حمص مساء أمس.",
      "REGIME Homs→Hama"
    ),
    (
      "Syrian army units reached the outskirts of Deir ez-Zor on Tuesday, state media said. The column had set out from Sukhnah three days earlier.",
      "REGIME Sukhnah→Deir ez-Zor"
    ),
    ("Hundreds of Hezbollah fighters arrived in Qusayr on Saturday. They had come from Hermel.", "HEZBOLLAH Hermel→Qusayr"),
  ])
  func originAfterArrival(_ c: (String, String)) throws {
    let read = try Self.read(c.0)
    #expect(read.count == 1)
    #expect(read.allSatisfy { MovementFallbackSetTests.matches($0, c.1) }, "\(Self.describe(read))")
  }

  /// "came under fire from", a later sentence with nothing to do with the arrival: no origin.
  @Test(arguments: [
    "Hundreds of Hezbollah fighters arrived in Qusayr on Saturday. They had come under fire from rebel positions, the Observatory said.",
    "The army retook Palmyra in March. Tourists returned to the ancient city in May.",
  ])
  func noOriginAfterArrival(_ text: String) throws {
    let read = try Self.read(text)
    #expect(read.isEmpty, "\(Self.describe(read))")
  }

  /// "from areas near Haditha", «من مناطق قرب هيت»: areas near a place are where the movers come from;
  /// "rebel units had moved in from Jasim … to join the assault" went where their side just took.
  @Test(arguments: [
    (
      "Islamic State militants overran most of the town of al-Baghdadi. A police commander said the militants had advanced on the town from areas near Haditha.",
      "ISIS Haditha→Baghdadi"
    ),
    ("انسحب عناصر تنظيم داعش من مناطق قرب هيت باتجاه راوة فجر اليوم.", "ISIS Hit→Rawa"),
    (
      "Rebels captured the town of Nawa on Friday after a week of fighting. Rebel units had moved in from Jasim over the weekend to join the assault.",
      "OPPOSITION Jasim→Nawa"
    ),
  ])
  func approachAreasAndMovingIn(_ c: (String, String)) throws {
    let read = try Self.read(c.0)
    #expect(read.count == 1)
    #expect(read.allSatisfy { MovementFallbackSetTests.matches($0, c.1) }, "\(Self.describe(read))")
  }

  /// Aid workers who move in are no side's movers.
  @Test func aidWorkersMovingIn() throws {
    let read = try Self.read(
      "Rebels captured the town of Nawa on Friday. Aid workers moved in from Jasim on Sunday to help the wounded.")
    #expect(read.isEmpty, "\(Self.describe(read))")
  }

  /// "X moved from A to B, while Y advanced from C": an advance with no destination named goes to
  /// the other side's objective in the same sentence; a withdrawal's destination is nobody's objective.
  @Test func sharedObjective() throws {
    let read = try Self.read(
      "Iraqi troops moved from Baghdad to the Mosul Dam on Sunday, while Peshmerga forces advanced from Duhok.")
    #expect(read.contains { MovementFallbackSetTests.matches($0, "PESHMERGA Dihok→Mosul Dam") }, "\(Self.describe(read))")
    let withdrawal = try Self.read("ISIS fighters withdrew from Tabqa to Raqqa on Monday, while SDF forces advanced from Jarniyah.")
    #expect(Self.describe(withdrawal) == ["ISIS Tabqa→Raqqa"])
  }

  /// «خرج مقاتلو X، الذين كانوا محاصرين في Y، إلى Z»: a relative clause about the movers that says
  /// where they stayed gives the origin; one that says something else («الذين قتل قائدهم في …») none.
  @Test func relativeClauseOfStaying() throws {
    let read = try Self.read("وخرج مقاتلو فيلق الرحمن، الذين كانوا محاصرين في الغوطة الشرقية، إلى إدلب يوم السبت.")
    #expect(read.count == 1)
    #expect(
      read.allSatisfy { MovementFallbackSetTests.matches($0, "OPPOSITION Eastern Ghouta→Idlib") }, "\(Self.describe(read))")
    let other = try Self.read("وغادر مقاتلو هيئة تحرير الشام، الذين قتل قائدهم في غارة على سراقب، إلى جهة مجهولة.")
    #expect(other.isEmpty, "\(Self.describe(other))")
  }
}
