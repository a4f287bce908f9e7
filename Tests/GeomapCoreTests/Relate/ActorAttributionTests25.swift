import Testing

@testable import GeomapCore

/// Actors, round 25 (session 25): who a name in a sentence is — the agent of its own compound, a
/// thing's qualifier, a handover's recipient, a speaker — fixed by construction. Sentences written
/// for the test, none copied from a fixture; what each read before its change (`geomap inspect` on
/// main 12f7336 and on s24actor2 6bec6dc) is in the test's comment and the commit that adds it.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct ActorAttributionTests25 {
  /// "the ISIS-besieged city", "the rebel-encircled town": the name before the hyphen is the agent of
  /// its own participle — the compound's claim is read — and the subject of no other verb.
  @Test(arguments: [
    ("Residents of the ISIS-besieged city of Deir ez-Zor received air-dropped food on Monday.", "ISIS Deir ez-Zor besieged"),
    ("Aid trucks reached the rebel-encircled town of Madaya on Wednesday.", "OPPOSITION Madaya besieged"),
  ])
  func aCompoundKeepsItsOwnClaim(_ c: (String, String)) {
    #expect(ControlTests7.control(c.0) == [c.1])
  }

  @Test func aCompoundNameIsNoOtherVerbsSubject() {
    let read = ControlTests7.control(
      "Syrian troops pushed into ISIS-besieged districts on Tuesday and captured Mayadin after heavy fighting.")
    #expect(read.contains("REGIME Mayadin captured"), "read \(read.sorted())")
    #expect(!read.contains("ISIS Mayadin captured"), "read \(read.sorted())")
  }

  /// "an army checkpoint", «حاجزاً للجيش», «مواقع الجيش»: the army qualifies a post it holds; it is no
  /// force a later "they" or a dropped subject refers to. The army's units and men still move.
  @Test(arguments: [
    ("Islamic State fighters stormed an army checkpoint near Haditha on Sunday. They later pulled back from Haditha toward Anah, police said.", ["ISIS Haditha→Anah"] as [String]),
    ("هاجم مسلحو تنظيم داعش حاجزاً للجيش قرب حديثة فجر الأحد، ثم انسحبوا من حديثة باتجاه عنة.", ["ISIS Haditha→Anah"] as [String]),
    ("شن تنظيم داعش هجوما على مواقع الجيش قرب حديثة. وبعد ساعات انسحبوا من حديثة باتجاه عنة.", ["ISIS Haditha→Anah"] as [String]),
    ("Militants shelled army positions near Haditha on Sunday, and army units withdrew from Haditha toward Anah.", ["IRAQ Haditha→Anah"] as [String]),
    ("وانسحبت وحدات الجيش من حديثة باتجاه عنة بعد هجوم لتنظيم داعش.", ["IRAQ Haditha→Anah"] as [String]),
  ])
  func anArmyThingNamesNoMover(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }

  /// "hand the town over to the army", «تسليم البلدة للجيش», «إلى قوات النظام»: who a handover goes to
  /// stays; the fighters who leave are the side that handed the town over.
  @Test(arguments: [
    ("Rebels in Zabadani agreed on Sunday to hand the town over to the army. Some 300 fighters then left for Idlib.", ["OPPOSITION Zabadani→Idlib"] as [String]),
    ("Rebels in Zabadani agreed on Sunday to hand the town over to government forces. Some 300 fighters then left for Idlib.", ["OPPOSITION Zabadani→Idlib"] as [String]),
    ("وافقت فصائل المعارضة في الزبداني على تسليم البلدة للجيش. وخرج نحو 300 مقاتل من الزبداني باتجاه إدلب.", ["OPPOSITION Zabadani→Idlib"] as [String]),
    ("وافقت فصائل المعارضة في الزبداني على تسليم البلدة إلى قوات النظام. وخرج نحو 300 مقاتل من الزبداني باتجاه إدلب.", ["OPPOSITION Zabadani→Idlib"] as [String]),
  ])
  func aHandoverRecipientDoesNotLeave(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }

  /// "…, the jihadists' de facto capital. Islamic State still holds Maskanah, which it seized": a
  /// stronghold noun ending the sentence before does not make the next sentence's subject its
  /// possessor, so "it" is Islamic State, not the side the paragraph opened with.
  @Test func aStrongholdInTheSentenceBeforeOwnsNoSubject() {
    let read = ControlTests7.control(
      "Government forces advanced toward Raqqa, the jihadists' de facto capital. Islamic State still holds the town of Maskanah, which it seized in 2014.")
    #expect(read.contains("ISIS Maskanah holds"), "read \(read.sorted())")
    #expect(!read.contains { $0.hasPrefix("REGIME Maskanah") }, "read \(read.sorted())")
  }

  /// "said army units had withdrawn", "said ISIS members had fled": a force noun after a name heads
  /// the reported clause's subject; the name does not speak.
  @Test(arguments: [
    ("Rebels said army units had withdrawn from Izraa toward Kisweh on Sunday.", ["REGIME Izraa→Kiswah"] as [String]),
    ("Local officials said ISIS members had fled from Hawija toward Kirkuk.", ["ISIS Hawija→Kirkuk"] as [String]),
  ])
  func aForceNounAfterSaidOpensTheClause(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }

  /// "The SDF said they had withdrawn", "Russia said it had moved", «وقالت قسد إنها انسحبت»: a
  /// speaker whose reported clause opens with its own pronoun is that clause's subject, not the side
  /// named in the sentence before.
  @Test(arguments: [
    ("American troops pulled out of the base last week. The SDF said they had withdrawn from Manbij toward Kobani on Monday.", ["SDF Manbij→Kobani"] as [String]),
    ("American troops pulled out of the base last week. Russia said it had moved military police from Manbij toward Kobani on Monday.", ["RUS Manbij→Kobani"] as [String]),
    ("انسحبت القوات الأمريكية من القاعدة الأسبوع الماضي. وقالت قسد إنها انسحبت من منبج باتجاه عين العرب يوم الاثنين.", ["SDF Manbij→Kobani"] as [String]),
  ])
  func aSpeakerOfItsOwnMoveIsTheMover(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }

  /// «وقالت قسد إن تنظيم داعش انسحب»: «إن» with no pronoun, and another side named after it — the
  /// speaker only speaks, the side named in the clause moves.
  @Test func aSpeakerOfAnotherSideSpeaksOnly() throws {
    try MoverTests8.expect(
      "وقالت قسد إن تنظيم داعش انسحب من منبج باتجاه جرابلس يوم الاثنين.", ["ISIS Manbij→Jarabulus"])
  }
}
