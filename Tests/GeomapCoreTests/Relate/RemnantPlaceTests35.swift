import Testing

@testable import GeomapCore

/// Session 35, heldout15 (ar-n01): the rest of an insurgent group leaves from the place named with it.
/// - «فيما لاذ من تبقى منهم في تل ملح بالفرار باتجاه بلدة كفرزيتا»: the remnant stood beyond the
///   four words looked back from the motion word, past «في» and its place (s35 6520e74: REGIME, the
///   army named last; origin the report's place); «من تبقى منهم في X» is where they fled from, also
///   after the verb («فر من تبقى منهم في X باتجاه Y»; main: the place last taken).
/// - «وفر آخرون من الجبين نحو قرية الزكاة»: «من» before a place is where the others came from, not a
///   link to another group (main: REGIME).
/// "Others" after civilians named are still civilians. Sentences written for the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct RemnantPlaceTests35 {
  static let lead = "استعادت وحدات الجيش السوري السيطرة على بلدتي اللطامنة ومورك بعد اشتباكات عنيفة مع مسلحي جبهة النصرة. "

  @Test func theRemnantLeavesThePlaceItWasIn() throws {
    try MoverTests8.expect(
      Self.lead + "وأفاد المراسل بأن الجيش قصف مواقع الإرهابيين بكثافة، فيما فر من تبقى منهم في اللطامنة باتجاه بلدة كفرزيتا.",
      ["HTS Latamneh→Kafr Zita"])
  }

  @Test func othersFromAPlaceAreTheSameInsurgents() throws {
    try MoverTests8.expect(
      Self.lead
        + "وذكر المراسل أن الجيش تقدم وقتل عشرات الإرهابيين، فيما لاذ من تبقى منهم في مورك بالفرار نحو كفرزيتا، وفر آخرون من اللطامنة نحو خان شيخون.",
      ["HTS Morek→Kafr Zita", "HTS Latamneh→Khan Sheikhoun"])
  }

  @Test func theRemnantsPlaceBeforeALongerFlightPhrase() throws {
    try MoverTests8.expect(
      "أعادت وحدات الجيش الأمن إلى بلدتي تل ملح والجبين بعد معارك مع مسلحي جبهة النصرة. وقال المراسل إن الجيش تقدم وكبد الإرهابيين خسائر فادحة، فيما لاذ من تبقى منهم في تل ملح بالفرار باتجاه بلدة كفرزيتا.",
      ["HTS Tall Mallah→Kafr Zita"])
  }

  /// Others after civilians killed are civilians; the rest of the civilians are no insurgents.
  @Test(arguments: [
    "وقال ناشطون إن القصف قتل عشرة مدنيين، وفر آخرون من اللطامنة باتجاه كفرزيتا.",
    "وقال ناشطون إن القصف طال الأحياء السكنية، ونزح من تبقى من المدنيين في اللطامنة باتجاه كفرزيتا.",
  ])
  func civilianRemnantsStayCivilians(_ text: String) throws {
    let read = try MoverTests8.read(Self.lead + text)
    #expect(!read.contains { $0.actor == .hts || $0.actor == .regime }, "\(MoverTests8.describe(read))")
  }
}
