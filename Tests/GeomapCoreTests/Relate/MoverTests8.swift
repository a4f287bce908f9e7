import Testing

@testable import GeomapCore

/// Movers and ends, round 8: attackers, returns, aid convoys, militias and units named before, the
/// other party of a deal, «نحو» before a number. Sentences written for the test (Arabic and English,
/// wire, state-media and monitor styles), none copied from a fixture.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct MoverTests8 {
  static func read(_ text: String) throws -> [Movement] { try MoverTests6.read(text) }
  static func describe(_ ms: [Movement]) -> [String] { MoverTests6.describe(ms) }

  /// Every route is read, and nothing else by an armed actor.
  static func expect(_ text: String, _ routes: [String]) throws {
    let read = try Self.read(text).filter { $0.actor != .unknown }
    #expect(read.count == routes.count, "\(Self.describe(read))")
    for r in routes {
      #expect(read.contains { MovementFallbackSetTests.matches($0, r) }, "\(r) not in \(Self.describe(read))")
    }
  }

  /// "The attackers withdrew", «انسحب المهاجمون», «المقتحمون», "the assailants": whoever attacked,
  /// in either direction — not the side attacked, nor the force that repelled the attack.
  @Test(arguments: [
    (
      "شن تنظيم داعش هجوماً على مواقع القوات الأمنية في قضاء الرطبة فجر اليوم. وقال مصدر أمني إن القوات الأمنية صدت الهجوم وإن المهاجمين انسحبوا من الرطبة باتجاه القائم.",
      "ISIS Rutba→Qaim"
    ),
    (
      "Islamic State fighters attacked army positions near Baiji overnight. Security forces repelled the assault and the attackers withdrew from Baiji toward Hawija, police said.",
      "ISIS Baiji→Hawija"
    ),
    (
      "هاجمت هيئة تحرير الشام مواقع قوات النظام في بلدة مورك. وانسحب المقتحمون من مورك إلى اللطامنة بعد ساعات من الاشتباكات.",
      "HTS Morek→Latamneh"
    ),
    (
      "هاجم الجيش السوري مواقع تنظيم داعش في بلدة السخنة، وانسحب المهاجمون من السخنة إلى تدمر بعد خسائر كبيرة.",
      "REGIME Sukhnah→Palmyra"
    ),
    (
      "The Syrian army attacked rebel positions in Latamneh on Tuesday. The attackers pulled back from Latamneh to Hama after heavy losses, a monitor said.",
      "REGIME Latamneh→Hama"
    ),
    (
      "Assailants from Islamic State stormed a police station in Tikrit. The army said the assailants later fled from Tikrit toward Samarra.",
      "ISIS Tikrit→Samarra"
    ),
  ])
  func attackersAreWhoAttacked(_ c: (String, String)) throws {
    try Self.expect(c.0, [c.1])
  }

  /// "The convoy returned to Damascus", «وعادت القافلة إلى دمشق»: back from where it went.
  @Test(arguments: [
    (
      "A UN convoy of 40 trucks left Damascus on Monday and reached Madaya on Tuesday. The convoy returned to Damascus on Thursday after unloading.",
      ["UN Damascus→Madaya", "UN Madaya→Damascus"]
    ),
    (
      "انطلقت قافلة مساعدات تابعة للأمم المتحدة من دمشق إلى دوما صباح الأحد. وعادت القافلة إلى دمشق مساء اليوم نفسه.",
      ["UN Damascus→Douma", "UN Douma→Damascus"]
    ),
    (
      "Hezbollah fighters moved from Qusayr to Zabadani last week. They returned to Qusayr on Sunday, a source close to the group said.",
      ["HEZBOLLAH Qusayr→Zabadani", "HEZBOLLAH Zabadani→Qusayr"]
    ),
  ])
  func returnsComeBackFromWhereTheyWent(_ c: (String, [String])) throws {
    try Self.expect(c.0, c.1)
  }

  /// A convoy followed into the next sentence goes on ("the buses arrived in …"); an aid convoy the
  /// next sentence names is not the fighters who left.
  @Test(arguments: [
    (
      "Buses carrying rebel fighters and their families left Daraya on Friday. The buses arrived in Idlib on Saturday morning.",
      ["OPPOSITION Darayya→Idlib"]
    ),
    (
      "خرجت حافلات تقل مقاتلي المعارضة وعائلاتهم من حي الوعر مساء الأحد. ووصلت الحافلات إلى جرابلس فجر الاثنين.",
      ["OPPOSITION Waer→Jarabulus"]
    ),
    ("A convoy of Turkish troops left Kilis on Tuesday. The convoy reached al-Bab by nightfall, Anadolu said.", ["TUR Kilis→Bab"]),
    ("Rebels withdrew from Khan Sheikhoun on Monday. Aid trucks arrived in Idlib on Tuesday, the UN said.", []),
    ("انسحب مقاتلو الفصائل من بلدة مورك يوم الأحد. ووصلت قافلة مساعدات أممية إلى إدلب يوم الثلاثاء.", []),
  ])
  func convoysGoOnButAidConvoysAreOthers(_ c: (String, [String])) throws {
    try Self.expect(c.0, c.1)
  }

  /// «الميليشيا», «القطعات», "the extremists" refer back to the side named so; the other party of a
  /// deal («اتفاقاً مع قوات النظام») is not who the deal moves.
  @Test(arguments: [
    (
      "سيطرت ميليشيا \"وحدات حماية الشعب\" على قرى جديدة في ريف الحسكة بعد معارك مع تنظيم داعش. وكانت الميليشيا قد تقدمت من مدينة القامشلي باتجاه تل براك الأسبوع الماضي.",
      "YPG Qamishli→Tall Birak"
    ),
    (
      "حررت قطعات قيادة عمليات نينوى ناحية القيارة بدعم من طيران التحالف الدولي. وتقدمت القطعات من القيارة باتجاه الشرقاط صباح اليوم.",
      "IRAQ Qayyarah→Shirqat"
    ),
    (
      "أبرمت فصائل المعارضة في بلدة زاكية اتفاقاً مع قوات النظام ينص على خروج الرافضين للتسوية من مقاتلين وعائلاتهم إلى محافظة إدلب.",
      "OPPOSITION Zākīyah→Idlib"
    ),
  ])
  func sidesNamedBefore(_ c: (String, String)) throws {
    try Self.expect(c.0, [c.1])
  }

  /// «نحو 200 مقاتل»: "about", not "toward"; the movers' own from- and to-words still read.
  @Test(arguments: [
    ("تقدم نحو 200 مقاتل من هيئة تحرير الشام من بلدة اللطامنة باتجاه كفرنبودة فجر اليوم.", ["HTS Latamneh→Kafr Nbudah"]),
    ("قال المرصد إن نحو ألف عنصر من تنظيم داعش انسحبوا من مدينة الميادين باتجاه البوكمال.", ["ISIS Mayadin→Albukamal"]),
    ("وأضاف المصدر أن نحو 300 مسلح من تنظيم داعش قتلوا في معارك الرقة خلال الأسبوع الماضي.", []),
    ("شن مسلحو داعش هجوماً على مدينة تدمر. وقال مصدر إن نحو 80 مسلحاً تقدموا من محور السخنة.", []),
  ])
  func aboutIsNoDestination(_ c: (String, [String])) throws {
    try Self.expect(c.0, c.1)
  }

  /// «تقدموا», «قبل أن تنسحب منها», «تجمعوا في»: the plural and the present of the motion verbs.
  @Test(arguments: [
    ("أكد مصدر عسكري أن نحو 150 مسلحاً من تنظيم داعش تقدموا من بلدة السخنة باتجاه تدمر.", ["ISIS Sukhnah→Palmyra"]),
    ("وقال قائد ميداني إن مقاتلي الجيش الحر تقدموا من مدينة مارع نحو بلدة تل رفعت.", ["OPPOSITION Marea→Tal Rifaat"]),
    ("وصلت قوات النظام إلى بلدة مورك مساء السبت، قبل أن تنسحب منها باتجاه صوران تحت ضغط المعارك.", ["REGIME Morek→Suran"]),
  ])
  func pluralAndPresentVerbs(_ c: (String, [String])) throws {
    try Self.expect(c.0, c.1)
  }

  /// Bare "soldiers", "troops", «الجنود» are the army of the country the movement is in — unless a
  /// foreign force was named just before ("Turkish troops … The troops"); "from the base" is the
  /// last facility named; "nearby", "the edges of" stand between a to-word and its place.
  @Test(arguments: [
    (
      "Rebels overran the Abu al-Duhur air base on Wednesday. The remaining soldiers fled from the base toward Hama, activists said.",
      ["REGIME Abu al-Duhur→Hama"]
    ),
    (
      "Islamic State overran the town of Hit on Friday. Soldiers retreated from Hit toward the Ain al-Asad air base, a police officer said.",
      ["IRAQ Hit→Asad"]
    ),
    ("Turkish troops entered al-Bab on Monday. The troops then advanced from al-Bab toward Tadef, Anadolu said.", []),
    (
      "US troops arrived in Kobani on Sunday. Dozens of troops later moved from Kobani to Manbij, a Pentagon official said.",
      ["USA Kobani→Manbij"]
    ),
    ("Islamic State fighters withdrew from Tabqa toward the outskirts of Raqqa, the SDF said.", ["ISIS Tabqa→Raqqa"]),
    ("Rebels pulled back from Morek toward the edges of Kafr Zita under heavy bombardment.", ["OPPOSITION Morek→Kafr Zita"]),
  ])
  func soldiersBasesAndEdges(_ c: (String, [String])) throws {
    try Self.expect(c.0, c.1)
  }
}
