import Testing

@testable import GeomapCore

/// Control, session 34: «الحويجة في كركوك والقائم وراوة وعانة في الأنبار التي لا تزال تحت سيطرة
/// التنظيم» — a governorate (or its city) after «في»/"in" that says where the place before it lies is
/// no item of the list. Main d218087 read no claim (the relative clause's antecedent was Anbar, a
/// place after «في», which no rule takes as a subject); heldout15 ar-n07 showed it. The same qualifier
/// inside a list read forward after a verb (`listFrom`): «حي الصاخور في حلب وحي الشيخ خضر» (main:
/// Sakhour only). The qualifiers themselves (Kirkuk, Anbar, Aleppo) are claimed by none of them.
/// Sentences written for the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct LocativeQualifierTests34 {
  @Test(arguments: [
    (
      "وتتوجه الأنظار إلى مناطق الحويجة في كركوك والقائم وراوة وعانة في الأنبار التي لا تزال تحت سيطرة تنظيم داعش.",
      ["ISIS Hawija holds", "ISIS al-Qaim holds", "ISIS Rawa holds", "ISIS Anah holds"]
    ),
    ("ويقصف الطيران بلدة عانة في الأنبار التي لا تزال تحت سيطرة تنظيم داعش.", ["ISIS Anah holds"]),
  ])
  func aRelativeClauseAfterALocativeQualifierIsAboutThePlacesBeforeIt(_ c: (String, [String])) {
    let read = ControlTests7.control(c.0)
    #expect(read == Set(c.1), "read \(read.sorted())")
  }

  @Test(arguments: [
    ("سيطرت قوات النظام على حي الصاخور في حلب وحي الشيخ خضر.", ["REGIME Sakhour captured", "REGIME Shaykh al Khidr captured"]),
  ])
  func aListReadForwardStepsOverALocativeQualifier(_ c: (String, [String])) {
    let read = ControlTests7.control(c.0)
    #expect(read == Set(c.1), "read \(read.sorted())")
  }
}
