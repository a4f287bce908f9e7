import Testing

@testable import GeomapCore

/// Session 36: an English relative clause of control with no relative pronoun after an apposition's
/// generic head ("Jisr al-Shughur, the town they captured in April"; heldout15 en-n02), and "that"
/// before a subject named with its article ("the town that the army recaptured") — main 9963dda read
/// neither. Sentences written for the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct ContactRelativesTests36 {
  @Test(arguments: [
    (
      "The rebels launched their assault from positions around Jisr al-Shughur, the town they captured in April.",
      "OPPOSITION Jisr al-Shughur captured"
    ),
    ("Rebels withdrew to Palmyra, the town that the army recaptured in March.", "REGIME Palmyra captured"),
    ("Rebels withdrew to Palmyra, a city the army has held since March.", "REGIME Palmyra holds"),
  ])
  func aContactRelativeAfterAnAppositionTakesThePlace(_ c: (String, String)) {
    let read = ControlTests7.control(c.0)
    #expect(read.contains(c.1), "read \(read.sorted())")
  }

  /// A verb of no control, and a head that is no place noun.
  @Test(arguments: [
    "Rebels withdrew to Palmyra, the town they visited in March.",
    "Rebels withdrew to Palmyra, the group they captured in March.",
  ])
  func aLookAlikeStaysUnread(_ text: String) {
    let read = ControlTests7.control(text)
    #expect(!read.contains { $0.contains("Palmyra") }, "read \(read.sorted())")
  }
}
