import Testing

@testable import GeomapCore

/// Control, session 33: a place that "changed hands", or whose control the sides exchange («تبادلت
/// قوات النظام والمعارضة السيطرة على بلدة خان طومان», «… التي تتبادل الأطراف السيطرة عليها»), is
/// contested by every side the sentence names; with no side named, no claim. Main 2d728df read no
/// claim in the three sentences of the first test; heldout13 (ar-z05 «منيان … التي تتبادل الأطراف السيطرة عليها», en-z05 "villages
/// reportedly changing hands") showed the phrases, on places the gazetteer lacks. Sentences written for
/// the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct ChangingHandsTests33 {
  @Test(arguments: [
    ("The village of Arima has changed hands between the rebels and the SDF.", ["OPPOSITION Arima contested", "SDF Arima contested"]),
    (
      "Government troops and rebels both claimed Khan Tuman, which has changed hands several times.",
      ["OPPOSITION Khan Tuman contested", "REGIME Khan Tuman contested"]
    ),
    (
      "وتبادلت قوات النظام وفصائل المعارضة السيطرة على بلدة خان طومان عدة مرات.",
      ["OPPOSITION Khan Tuman contested", "REGIME Khan Tuman contested"]
    ),
  ])
  func everySideNamedContestsAPlaceThatChangesHands(_ c: (String, [String])) {
    #expect(ControlTests7.control(c.0) == Set(c.1))
  }

  @Test(arguments: ["Khan Tuman has changed hands several times.", "تبادل الطرفان السيطرة على بلدة خان طومان."])
  func withNoSideNamedThereIsNoClaim(_ text: String) {
    #expect(ControlTests7.control(text).isEmpty)
  }
}
