import Testing

@testable import GeomapCore

/// Movement ends, round 27: a movement whose parts stand in different sentences — the place arrived
/// at named as the report's capture, the place arrived from in a later sentence. Sentences written
/// for the test (wire and monitor styles, Arabic and English), none copied from a fixture; main
/// a22d659 read none of the routes asserted here (checked with `geomap inspect`).
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct MovementEndsTests27 {
  /// "Reinforcements arrived overnight from Kobani", «ووصل مقاتلو المعارضة من إدلب»: an arrival from a
  /// place is a motion; where they arrived is the place the side took in the sentence before. With
  /// nothing taken or named before, no movement is read; "reached an agreement" is no arrival.
  @Test(arguments: [
    ("The Syrian Democratic Forces took full control of Manbij on Sunday, a spokesman said. SDF reinforcements arrived overnight from Kobani, according to activists.", ["SDF Kobani→Manbij"] as [String]),
    ("Iraqi troops recaptured the town of Baiji on Tuesday, officials said. Army units had arrived from Samarra two days earlier.", ["IRAQ Samarra→Baiji"] as [String]),
    ("سيطرت فصائل المعارضة على مدينة سراقب بعد معارك عنيفة مع قوات النظام. ووصل مقاتلو المعارضة من إدلب مساء الأحد.", ["OPPOSITION Idlib→Saraqib"] as [String]),
    ("استعادت قوات النظام السيطرة على بلدة مورك بعد اشتباكات مع فصائل المعارضة. وكانت وحدات من الجيش السوري قد وصلت من حماة قبل يومين.", ["REGIME Hama→Morek"] as [String]),
    ("Activists said the fighting went on through the night. Rebel reinforcements arrived overnight from Tal Abyad.", [] as [String]),
    ("Rebels and government forces reached an agreement from which civilians in Aleppo would benefit, activists said.", [] as [String]),
  ])
  func arrivalFromAPlaceGoesWhereTheSideTook(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }
}
