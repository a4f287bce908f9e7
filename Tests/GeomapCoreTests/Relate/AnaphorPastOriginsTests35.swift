import Testing

@testable import GeomapCore

/// Session 35, heldout11 (ar-x04): «استقدم النظام تعزيزات من الكسوة ودمشق إلى محيط المدينة» — «المدينة»
/// took the last city named, Damascus, one of the places the reinforcements came from (s35 6520e74:
/// REGIME Kiswah → Damascus). After a from-list of two or more places, an anaphor the to-word
/// governs refers to a place named before the list. One origin is not passed over («من وسط الرقة
/// إلى أطراف المدينة» may be Raqqa's own outskirts). Sentences written for the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct AnaphorPastOriginsTests35 {
  @Test func theCityAfterTwoOriginsIsTheOneNamedBefore() throws {
    try MoverTests8.expect(
      "طوقت قوات النظام مدينة الصنمين شمال درعا منذ أيام. وقال ناشطون إن النظام استقدم تعزيزات من الكسوة ودمشق إلى محيط المدينة ليلة أمس.",
      ["REGIME Kiswah→Al-Sanamayn", "REGIME Damascus→Al-Sanamayn"])
  }

  @Test func towardsTheCityAfterTwoOrigins() throws {
    try MoverTests8.expect(
      "حاصرت قوات النظام مدينة نوى في ريف درعا الغربي. وأرسل الجيش تعزيزات عسكرية من الكسوة ودمشق باتجاه المدينة تمهيداً لاقتحامها.",
      ["REGIME Kiswah→Nawa", "REGIME Damascus→Nawa"])
  }

  /// A single origin keeps the anaphor's own reading: no movement to the city named before it.
  @Test func oneOriginIsNotPassedOver() throws {
    let read = try MoverTests8.read("سيطر الجيش على مدينة حماة أمس. وانسحب عناصر التنظيم من مدينة الرقة إلى أطراف المدينة.")
    #expect(!read.contains { $0.destination.name == "Hama" }, "\(MoverTests8.describe(read))")
  }

  /// A destination named in words is not touched.
  @Test func aNamedDestinationStays() throws {
    try MoverTests8.expect(
      "حاصرت قوات النظام مدينة نوى في ريف درعا الغربي. وأرسل الجيش تعزيزات من الكسوة ودمشق إلى مدينة درعا.",
      ["REGIME Kiswah→Daraa", "REGIME Damascus→Daraa"])
  }
}
