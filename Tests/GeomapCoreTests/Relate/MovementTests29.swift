import Testing

@testable import GeomapCore

/// Movements round 29: a town's people named by a pronoun suffix or a collective noun («ونزح أهلها»,
/// "its population fled"), or a community ("Yazidis", «المسيحيين»), are civilians, not the armed side
/// the paragraph is about; before this round they were read as that side's withdrawal (heldout6
/// ar-s02-bashiqa-rudaw, en-s01-qaraqosh-afp, en-s08-rabia-rudaw: "ISIS Bashiqa → Dihok", "ISIS
/// Qaraqosh → Erbil", "ISIS Rabia → Dihok"). Sentences written for the test; the fighters' own flight
/// in the same paragraph stays read.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct MovementTests29 {
  @Test(arguments: [
    (
      "وأفاد سكان بأن مجموعة من مسلحي التنظيم فرّت من بعشيقة ليلاً نحو الموصل. وكانت البلدة قد خلت من معظم سكانها منذ صيف 2014، ونزح أهلها إلى دهوك وأربيل.",
      ["ISIS Bashiqa→Mosul"] as [String]
    ),
    (
      "Islamic State fighters fled Qaraqosh toward Mosul on Monday. The town had been largely empty since 2014, when its Assyrian Christian population fled to Arbil ahead of the Islamic State advance.",
      ["ISIS Qaraqosh→Mosul"] as [String]
    ),
    (
      "Islamic State fighters withdrew from Rabia toward Mosul to avoid the air raids. ISIS still holds Sinjar, from which tens of thousands of Yazidis fled to Duhok in August.",
      ["ISIS Rabia→Mosul"] as [String]
    ),
  ])
  func aTownsPeopleAreNoArmedSide(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }
}
