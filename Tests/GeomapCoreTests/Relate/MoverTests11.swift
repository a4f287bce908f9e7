import Testing

@testable import GeomapCore

/// Movers, round 11 (session 23): where the movers are said to be posted is where they leave from.
/// Sentences written for the test (wire, state-media and monitor styles, Arabic and English), none
/// copied from a fixture.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct MoverTests11 {
  /// "troops stationed at X moved to Y", «القوات المتمركزة في X … إلى Y», and in Arabic, after the
  /// motion word, «خرج المسلحون … في بلدتي X وY إلى Z»: a place the movers are posted in, named
  /// before where they go, is the origin of a movement that names only its destination.
  @Test(arguments: [
    ("Some of the U.S. troops stationed at Qayyarah moved to Erbil on Friday, a coalition statement said.", ["USA Qayyarah→Erbil"] as [String]),
    ("انسحبت قوات النظام المتمركزة في مدينة خان شيخون إلى معرة النعمان فجر اليوم.", ["REGIME Khan Sheikhoun→Maarat al-Numan"] as [String]),
    ("انسحب اليوم عناصر تنظيم داعش في مدينة الميادين إلى البوكمال بعد قصف عنيف.", ["ISIS Mayadin→Albukamal"] as [String]),
    ("خرج اليوم المسلحون الرافضون للتسوية في بلدتي التل ومعضمية الشام إلى ريف إدلب على متن حافلات.", ["OPPOSITION Al-Tall→Idlib countryside", "OPPOSITION Moadamiyet al-Sham→Idlib countryside"] as [String]),
  ])
  func postedMoversLeaveWhereTheyArePosted(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }

  /// Not where another side is posted, nor a place named after the destination (where it lies).
  @Test(arguments: [
    ("Turkish troops stationed at Bashiqa watched as Iraqi forces moved to Mosul.", [] as [String]),
    ("انسحب مقاتلو التنظيم إلى الميادين في ريف دير الزور الشرقي.", [] as [String]),
  ])
  func otherPlacesAreNoOrigin(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }
}
