import Testing

@testable import GeomapCore

/// Movers, round 13: an end of a movement named through the site the movers are taken to or leave
/// ("to camps in X", "from our warehouse in X", «إلى مستشفيات بغداد», «من نقاط قرب X»), with the site's
/// modifiers ("a reception centre", "the rugged hills", «المناطق الصحراوية غربي»). Sentences written
/// for the test, none copied from a fixture; main 6fa9d04 read none of the seven positive ones.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct MoverTests13 {
  /// A site noun, with up to two modifiers, between the motion's preposition and its place: the
  /// place is the end.
  @Test(arguments: [
    ("Iraqi forces transported hundreds of families by bus from Fallujah to camps in Baghdad on Sunday.", ["IRAQ Fallujah→Baghdad"] as [String]),
    ("Syrian government troops evacuated wounded soldiers from Palmyra to a reception centre in Homs, state media said.", ["REGIME Palmyra→Homs"] as [String]),
    ("Rebel fighters pulled out of Talbiseh to the rugged hills on the outskirts of Rastan overnight, activists said.", ["OPPOSITION Talbiseh→Rastan"] as [String]),
    ("A Turkish military convoy headed from Kilis to the Turkish observation post near Morek on Sunday.", ["TUR Kilis→Morek"] as [String]),
    ("نقلت القوات العراقية عشرات الجرحى من الفلوجة إلى مستشفيات بغداد.", ["IRAQ Fallujah→Baghdad"] as [String]),
    ("فر عناصر تنظيم داعش من هيت باتجاه المخيمات الصحراوية قرب الرطبة.", ["ISIS Hit→Rutba"] as [String]),
    ("انسحبت فصائل المعارضة من نقاط قرب خان شيخون باتجاه معرة النعمان.", ["OPPOSITION Khan Sheikhoun→Maarat al-Numan"] as [String]),
  ])
  func endsNamedThroughASite(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }

  /// A word before anything but a site noun ends the phrase: "to reinforce the front in X" is a
  /// purpose, not where the movers went; so is «لتعزيز الجبهة في X».
  @Test(arguments: [
    ("Syrian government troops withdrew from Palmyra to reinforce the front in Homs, state media said.", [] as [String]),
    ("انسحبت قوات النظام من تدمر لتعزيز الجبهة في حمص.", [] as [String]),
  ])
  func noSiteNoEnd(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }
}
