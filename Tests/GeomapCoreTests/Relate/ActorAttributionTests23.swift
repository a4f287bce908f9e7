import Testing

@testable import GeomapCore

/// Who moves and who takes, round 23. Sentences written for the test in the styles of the reports
/// (OCHA, wire, state media, Anadolu), none copied from a fixture; each positive case was read
/// with another actor or none by main 2f0df34 (`geomap inspect`), as its comment says.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct ActorAttributionTests23 {
  /// OCHA's names for the UN system: an "inter-agency" convoy («قافلة مشتركة بين الوكالات») and "the
  /// humanitarian community" move as the UN (main: no actor, or the armed side named before).
  @Test(arguments: [
    (
      "On 3 March, an inter-agency convoy of 18 trucks travelled from Qamishli to Hasakah carrying food and medical supplies for displaced families.",
      ["UN Qamishli→Hasakah"] as [String]
    ),
    (
      "The Syrian army retook the town last week. The humanitarian community plans to send a convoy of winter kits from Aleppo to Manbij once the road is open.",
      ["UN Aleppo→Manbij"] as [String]
    ),
    ("وصلت قافلة مشتركة بين الوكالات تضم 20 شاحنة من حلب إلى منبج يوم الثلاثاء.", ["UN Aleppo→Manbij"] as [String]),
  ])
  func humanitarianNamesAreTheUN(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }

  /// «إرهابيي X» introduces X as the report's terrorist organisation, as «تنظيم X» does: with ISIS
  /// never named, «التنظيم» after it is that group — Anadolu's YPG, SANA's Nusra (main: ISIS). A
  /// report naming ISIS as well keeps «التنظيم» for the one named nearest before it.
  @Test(arguments: [
    (
      "أعلن الجيش الوطني السوري السيطرة على قرية عين دقنة بعد تطهيرها من إرهابيي \"ي ب ك/بي كا كا\". وقال مصدر عسكري إن إرهابيي التنظيم انسحبوا من عين دقنة باتجاه تل رفعت.",
      ["YPG Ayn Daqnah→Tal Rifaat"] as [String]
    ),
    (
      "طهرت وحدات من الجيش العربي السوري بلدة كفرنبودة من إرهابيي \"جبهة النصرة\"، فيما فر عناصر التنظيم من كفرنبودة باتجاه خان شيخون.",
      ["HTS Kafr Nbudah→Khan Sheikhoun"] as [String]
    ),
    // Look-alike: ISIS is named nearer before «التنظيم»; it stays ISIS.
    (
      "أعلن الجيش الوطني السوري السيطرة على قرية عين دقنة بعد معارك مع إرهابيي \"ي ب ك\"، فيما انسحب عناصر تنظيم داعش من الراعي. وقال مصدر إن إرهابيي التنظيم انسحبوا من الراعي باتجاه الباب.",
      ["ISIS Rā‘ī→Bab"] as [String]
    ),
  ])
  func terroristLabelIntroducesTheOrganisation(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }

  /// A short name stands for a group only after a name holding its head noun: «الوحدات» after
  /// «وحدات حماية الشعب» is the YPG, but after Anadolu's «ي ب ك» it is the units of the speaker's
  /// side (main: YPG, which then took Harbul).
  @Test func shortNameNeedsItsHeadNoun() {
    let speakers =
      "أعلن الجيش الوطني السوري طرد إرهابيي \"ي ب ك\" من ريف حلب الشمالي. وقال مصدر عسكري في الجيش الوطني إن الوحدات سيطرت على قرية حربل بعد اشتباكات."
    let read = ActorLexicon.mentions(in: ReportText(speakers)).map { "\($0.surface)=\($0.actor.rawValue)" }
    #expect(!read.contains("الوحدات=YPG"), "\(read)")
    let control = ControlTests7.control(speakers)
    #expect(!control.contains("YPG Harbul captured"), "read \(control.sorted())")
    // Look-alike: the full name holds «وحدات»; the short name is the YPG.
    let named = "هاجمت وحدات حماية الشعب قرية حربل أمس، وقال مصدر محلي إن الوحدات سيطرت على القرية بعد اشتباكات."
    #expect(
      ActorLexicon.mentions(in: ReportText(named)).map { "\($0.surface)=\($0.actor.rawValue)" }.last
        == "الوحدات=YPG")
  }

  /// «القوات المسلحة», "the armed forces": the state's forces, named by their role (main: ISIS, the
  /// side named last, moved).
  @Test(arguments: [
    (
      "أحكمت وحدات من الجيش العربي السوري سيطرتها على بلدة القريتين بعد معارك مع إرهابيي تنظيم داعش. وأكد مصدر عسكري أن القوات المسلحة ستواصل تقدمها من القريتين نحو تدمر خلال الأيام المقبلة.",
      ["REGIME Qaryatayn→Palmyra"] as [String]
    ),
    (
      "ISIS fighters held the town of Qaryatain for months. A military source told state media that the armed forces had advanced from Qaryatain toward Palmyra on Sunday.",
      ["REGIME Qaryatayn→Palmyra"] as [String]
    ),
  ])
  func armedForcesAreTheState(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }
}
