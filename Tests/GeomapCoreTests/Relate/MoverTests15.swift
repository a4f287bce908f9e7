import Testing

@testable import GeomapCore

/// Movers, round 26: the rest of a group of insurgents ("others", «من تبقى منهم», «من تبقى من
/// الإرهابيين») moves as the insurgents the sentence names, not as the force named before it; with no
/// insurgent side named, insurgents in Syria are the opposition. Sentences written for the test (wire,
/// ministry and state-media styles, Arabic and English), none copied from a fixture; main de92793 read
/// the first two of `theRestOfTheInsurgents` and both of `unnamedInsurgentsInSyria` otherwise (checked
/// with `geomap inspect`).
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct MoverTests15 {
  /// "Dozens of militants were killed and others fled", «وقتلت ٣٠ إرهابياً، فيما فرّ من تبقى منهم»:
  /// the remnant is of the insurgents named in the sentence, whose side the report named before —
  /// not the army or militias that are the sentence's subject or were named last.
  @Test(arguments: [
    ("Iraqi troops drove Islamic State militants out of Baiji on Saturday. The offensive began when army units and Shiite militias advanced from Tikrit, an officer said. He said dozens of militants were killed and others fled north toward Shirqat.", ["PMF Tikrit→Baiji", "ISIS Baiji→Shirqat"] as [String]),
    ("شن تنظيم داعش هجوماً واسعاً على ناحية العلم أمس. وقالت قيادة العمليات إن قطعاتنا انطلقت من سامراء باتجاه العلم وقتلت ٣٠ إرهابياً، فيما فرّ من تبقى منهم من العلم باتجاه الحويجة.", ["IRAQ Samarra→Al-Alam", "ISIS Al-Alam→Hawija"] as [String]),
    ("Islamic State militants attacked army posts near Hit. Army units and tribal fighters advanced from Baghdadi, and an officer said the rest of the militants fled from Hit toward Rawa.", ["ISIS Hit→Rawa"] as [String]),
  ])
  func theRestOfTheInsurgents(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }

  /// «من تبقى من الإرهابيين فرّوا», "the remaining gunmen fled": state media name the rebels no other
  /// way; in Syria, with no insurgent side named, they are the opposition (as «المسلحين» is read).
  @Test(arguments: [
    ("أعادت قوات النظام الأمن إلى بلدة معلولا بعد القضاء على تجمعات الإرهابيين فيها. وأفاد مصدر عسكري بأن من تبقى من الإرهابيين فرّوا من معلولا باتجاه يبرود.", ["OPPOSITION Ma‘lūlā→Yabroud"] as [String]),
    ("Syrian troops restored security to Rankous on Wednesday, state media said. A military source said the remaining gunmen fled from Rankous toward Zabadani.", ["OPPOSITION Rankous→Zabadani"] as [String]),
  ])
  func unnamedInsurgentsInSyria(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }

  /// Not the rest of the insurgents: the remaining civilians, others of the residents named since, and
  /// «عناصر», said of every side, with no side named.
  @Test(arguments: [
    ("Government forces shelled Latamneh on Monday, and the remaining civilians fled from Latamneh toward Hama.", [] as [String]),
    ("Militants shelled Morek on Monday, killing ten residents; others fled from Morek toward Hama, activists said.", [] as [String]),
    ("أعلنت قسد السيطرة على الطبقة. وأفادت مصادر بأن مئات العناصر خرجوا من الطبقة باتجاه الرقة.", [] as [String]),
  ])
  func notTheRestOfTheInsurgents(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }
}
