import Testing

@testable import GeomapCore

/// Session 36: "been" is an auxiliary between a relative pronoun and its verb ("Regime troops, who had
/// been deployed in Tal Rifaat since 2018", heldout14 en-p07): the perfect of a passive state. Main
/// 9963dda read "who were deployed in" but not "who had been deployed in". Sentences written for the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct BeenAuxiliaryTests36 {
  @Test(arguments: [
    (
      "Regime troops, who had been deployed in Tal Rifaat alongside Kurdish fighters since 2018, stayed.",
      "REGIME Tal Rifaat holds"
    ),
    ("Turkish troops, who have been deployed in Afrin since March, began to dig trenches.", "TUR Afrin holds"),
  ])
  func aRelativeClauseInThePerfectPassiveHolds(_ c: (String, String)) {
    let read = ControlTests7.control(c.0)
    #expect(read.contains(c.1), "read \(read.sorted())")
  }

  /// No side moved or held: a clinic deployed, families displaced.
  @Test(arguments: [
    "A mobile clinic has been deployed to the reception area in Sinjar.",
    "Families who had been displaced to Sinjar returned home.",
  ])
  func aLookAlikeStaysUnread(_ text: String) {
    #expect(ControlTests7.control(text).isEmpty)
  }
}
