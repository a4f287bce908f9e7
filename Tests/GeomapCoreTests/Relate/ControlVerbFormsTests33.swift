import Testing

@testable import GeomapCore

/// Control, session 33: "freed", and the present and past of losing and ceding — "ISIS loses Tabqa to
/// the SDF", "the army ceded Palmyra to ISIS" — read as "liberated" and "lost … to" are (the taker
/// after "to" captures). Main 2d728df read nothing in the first two (the third it read through
/// another rule; kept as a guard). Sentences written for the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct ControlVerbFormsTests33 {
  @Test(arguments: [
    ("The SDF freed the town of Tabqa on Monday.", ["SDF Tabqa captured"]),
    ("ISIS loses Tabqa to the SDF.", ["ISIS Tabqa lost", "SDF Tabqa captured"]),
    ("The army ceded Palmyra to ISIS in May.", ["REGIME Palmyra lost", "ISIS Palmyra captured"]),
  ])
  func freedLosesAndCededAreControlVerbs(_ c: (String, [String])) {
    #expect(ControlTests7.control(c.0) == Set(c.1))
  }
}
