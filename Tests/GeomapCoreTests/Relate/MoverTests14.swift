import Testing

@testable import GeomapCore

/// Movers, round 25: a later sentence goes on with the movement before only when its movers are the
/// same — not "others", not people nobody names, not women and children carried — and a convoy that
/// enters "through" a crossing comes from it. Sentences written for the test, none copied from a
/// fixture; main 12f7336 read every one of them otherwise (checked with `geomap inspect`).
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct MoverTests14 {
  /// "Others", «آخرون», with no one named: movers set against those of the movement before, which
  /// lend them neither actor nor origin. Others of the fighters the sentence names are theirs.
  @Test(arguments: [
    ("Iraqi forces bused some 5,000 people from Hit to Ramadi on Monday. Others made their way to relatives in Haditha.", ["IRAQ Hit→Ramadi"] as [String]),
    ("نقلت القوات العراقية آلاف العائلات من هيت إلى الرمادي يوم الاثنين. وتوجه آخرون إلى أقاربهم في حديثة.", ["IRAQ Hit→Ramadi"] as [String]),
    ("Iraqi troops drove Islamic State militants out of Baiji on Saturday. Dozens of militants were killed and others fled north toward Shirqat, an officer said.", ["ISIS Baiji→Shirqat"] as [String]),
  ])
  func othersAreOtherMovers(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }

  /// "women and children were transported", «ونقلت النساء والأطفال»: civilians carried, not the
  /// fighters of the sentence before going on.
  @Test(arguments: [
    ("Remaining ISIS fighters withdrew from Saqlawiyah into Fallujah on Friday. After screening, women and children were transported to Amiriyat al-Fallujah.", ["ISIS Saqlawiyah→Fallujah"] as [String]),
    ("انسحب عناصر داعش من الصقلاوية إلى الفلوجة يوم الجمعة. ونقلت النساء والأطفال إلى عامرية الفلوجة.", ["ISIS Saqlawiyah→Fallujah"] as [String]),
  ])
  func womenAndChildrenAreCivilians(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }

  /// Families who fled Hit and Iraqis "displaced by the battle for Mosul" are both unnamed: nothing
  /// says they are the same people, so Hit is not the origin of the second.
  @Test func unnamedMoversDoNotGoOn() throws {
    let read = try MoverTests8.read(
      "Hundreds of families fled from Hit to Ramadi on Monday. The camp was built in 2015 for Iraqis displaced by the battle for Mosul.")
    #expect(read.contains { $0.origin.name == "Hit" && $0.destination.name == "Ramadi" }, "\(MoverTests8.describe(read))")
    #expect(!read.contains { $0.destination.name == "Mosul" }, "\(MoverTests8.describe(read))")
  }

  /// "entered Syria through the Bab al-Hawa crossing", «دخل … عبر معبر باب الهوى»: the way in is the
  /// origin. "moved through the suburbs" with no entering names no origin.
  @Test(arguments: [
    ("A monitor said a Turkish military convoy of 30 vehicles had entered Syria through the Bab al-Hawa crossing and headed to Morek on Monday.", ["TUR Bab al-Hawa→Morek"] as [String]),
    ("وقال المرصد إن رتلاً عسكرياً تركياً دخل الأراضي السورية عبر معبر باب الهوى وتوجه إلى مورك.", ["TUR Bab al-Hawa→Morek"] as [String]),
    ("Local reporting indicates that the convoy of ISIS fighters moved through the regime-held suburbs of Damascus before unloading near Sukhnah.", [] as [String]),
  ])
  func enteredThroughACrossing(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }

  /// An advance from a place, with nowhere named, went to the place the movers' side took two
  /// sentences before ("The operation began with an advance south from Kobani") — unless the
  /// sentence between has moved elsewhere ("In Deir ez-Zor, …").
  @Test(arguments: [
    ("The Syrian Democratic Forces seized the Tishreen Dam from Islamic State on Saturday. Coalition jets struck militant positions on the eastern bank. The operation began with an advance south from Kobani on Wednesday, a spokesman said.", ["SDF Kobani→Tishrin Dam"] as [String]),
    ("سيطرت قوات سوريا الديمقراطية على سد تشرين يوم السبت. وشنت طائرات التحالف غارات على مواقع التنظيم شرقي النهر. وكانت العملية قد بدأت بتقدم من عين العرب يوم الأربعاء.", ["SDF Kobani→Tishrin Dam"] as [String]),
    ("The Syrian Democratic Forces seized the Tishreen Dam from Islamic State on Saturday. In Deir ez-Zor, coalition jets struck militant positions on the eastern bank. The operation began with an advance south from Kobani on Wednesday, a spokesman said.", [] as [String]),
  ])
  func placeTakenTwoSentencesBefore(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }

  /// "BEIRUT (Reuters) - Rebels besieged in Rastan have agreed … Under the deal, fighters … will be
  /// taken by bus to Idlib": the wire bureau of the dateline is not a second town the deal could be
  /// about; the one town left is the origin. With two towns named, none is chosen.
  @Test(arguments: [
    ("BEIRUT, March 3 (Reuters) - Rebels besieged in Rastan have agreed to hand the town over to government forces, state media said. Under the deal, fighters of Hayat Tahrir al-Sham will be taken by bus to Idlib province.", ["HTS Rastan→Idlib"] as [String]),
    ("بيروت - أ ف ب: وافقت فصائل المعارضة المحاصرة في الرستن على تسليم البلدة لقوات النظام. وبموجب الاتفاق، ستنقل حافلات مقاتلي هيئة تحرير الشام إلى محافظة إدلب.", ["HTS Rastan→Idlib"] as [String]),
    ("BEIRUT, March 3 (Reuters) - Rebels besieged in Rastan and Talbiseh have agreed to hand the towns over to government forces, state media said. Under the deal, fighters of Hayat Tahrir al-Sham will be taken by bus to Idlib province.", [] as [String]),
  ])
  func dealTownPastTheBureau(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }
}
