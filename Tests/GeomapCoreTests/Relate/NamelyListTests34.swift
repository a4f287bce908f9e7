import Testing

@testable import GeomapCore

/// Control, session 34: a plural of places in a side's hands, then «وهي»/"namely" and the places —
/// «الأقضية الثلاثة المتبقية بيد التنظيم في المحافظة، وهي القائم وراوة» (heldout13 ar-z04; main
/// d218087 read no claim: no place stands before «بيد»). Sentences written for the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct NamelyListTests34 {
  @Test(arguments: [
    (
      "وتأتي العملية تمهيداً لمعركة تحرير المدن الثلاث المتبقية بيد تنظيم داعش في المحافظة، وهي القائم وراوة وهيت.",
      ["ISIS al-Qaim holds", "ISIS Rawa holds", "ISIS Hit holds"]
    ),
    ("The three towns still in ISIS hands, namely Qaim, Rawa and Anah, will be next.", ["ISIS al-Qaim holds", "ISIS Rawa holds", "ISIS ‘Anah holds"]),
  ])
  func thePlacesNamedAfterAHeldPluralAreHeld(_ c: (String, [String])) {
    let read = ControlTests7.control(c.0)
    #expect(read == Set(c.1), "read \(read.sorted())")
  }

  /// No plural of places before «بيد»: the places after «وهي» are not said to be held.
  @Test func withoutAPluralOfPlacesNothingIsHeld() {
    let read = ControlTests7.control("وقال المسؤول إن الملف بيد الحكومة، وهي القائم على المفاوضات.")
    #expect(read.isEmpty, "read \(read.sorted())")
  }
}
