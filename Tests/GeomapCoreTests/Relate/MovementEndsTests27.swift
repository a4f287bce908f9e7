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

  /// "Government forces recaptured Qaryatain … Assad said the army would next push toward Sukhnah":
  /// the taker's advance with no origin named goes on from the place the report's lead says it took,
  /// sentences later. Another side's advance, and a nominal prospect ("opens the way for an advance
  /// toward"), do not start there.
  @Test(arguments: [
    ("Syrian government forces recaptured the town of Qaryatain from Islamic State on Sunday, state media said. Army engineers were clearing mines from the streets, a military source said. President Bashar al-Assad said the army would next push toward Sukhnah.", ["REGIME Qaryatayn→Sukhnah"] as [String]),
    ("سيطرت قوات النظام على مدينة تدمر يوم الأحد بعد معارك مع تنظيم داعش. وقال مصدر عسكري إن وحدات الهندسة تعمل على تفكيك الألغام في الشوارع. وتقدمت قوات النظام بعد ذلك باتجاه السخنة.", ["REGIME Palmyra→Sukhnah"] as [String]),
    ("Syrian government forces recaptured the town of Qaryatain from Islamic State on Sunday, state media said. Islamic State fighters later advanced toward Sukhnah, activists said.", [] as [String]),
    ("Syrian government forces recaptured the town of Qaryatain from Islamic State on Sunday, state media said. The capture opens the way for an advance toward Sukhnah, officials said.", [] as [String]),
  ])
  func takersAdvanceGoesOnFromTheLeadPlace(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }
}
