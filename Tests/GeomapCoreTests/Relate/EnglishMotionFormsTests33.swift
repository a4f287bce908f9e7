import Testing

@testable import GeomapCore

/// Movements, session 33: the other persons and tenses of the English motion verbs — "would pull back
/// from … to …", headlines' "withdraws from", "advances from" — are triggers as "pulled back",
/// "withdrew", "advanced" were. Main 2d728df read none of these; heldout13 en-z05 (OCHA: "its own fighters
/// would pull back from the western Manbij countryside to Manbij city") showed it. Sentences written
/// for the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct EnglishMotionFormsTests33 {
  @Test(arguments: [
    ("The SDF said its fighters would pull back from Arima to Manbij.", "SDF Al ‘Arīmah→Manbij"),
    ("ISIS withdraws from Tabqa toward Raqqa.", "ISIS Tabqa→Raqqa"),
    ("The army advances from Palmyra toward Sukhnah.", "REGIME Palmyra→Sukhnah"),
    ("Rebels pull out of Daraya toward Idlib.", "OPPOSITION Darayya→Idlib"),
  ])
  func otherFormsOfTheMotionVerbsAreTriggers(_ c: (String, String)) throws {
    try MoverTests8.expect(c.0, [c.1])
  }

  /// The Arabic verbs of retreating and pushing in («تراجعت», «توغلت»): main read nothing.
  @Test(arguments: [
    ("وتراجعت قوات النظام من بلدة خان طومان باتجاه مدينة حلب.", "REGIME Khan Tuman→Aleppo"),
    ("وتوغلت القوات التركية من جرابلس باتجاه مدينة الباب.", "TUR Jarabulus→al-Bab"),
  ])
  func arabicVerbsOfRetreatingAndPushingInAreTriggers(_ c: (String, String)) throws {
    try MoverTests8.expect(c.0, [c.1])
  }

  /// «تراجع عدد النازحين» (the number of displaced fell): no mover, no movement.
  @Test func aNumberThatFellIsNoRetreat() throws {
    #expect(try MoverTests8.read("وتراجع عدد النازحين في مخيم الركبان.").isEmpty)
  }
}
