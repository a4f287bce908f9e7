import Testing

@testable import GeomapCore

/// Control, session 33: the agent of "the capture of X by …" may follow a compound adjective —
/// "by Turkish-backed non-state armed groups" (OCHA's wording). Main 2d728df looked for the agent in
/// the two words after "by" only and read nothing; heldout13 en-z05 showed it. Sentences written for
/// the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct NominalAgentTests33 {
  @Test(arguments: [
    (
      "Following the capture of Al-Bab by Turkish-backed non-state armed groups on 23 February, hostilities shifted east.",
      "OPPOSITION al-Bab captured"
    ),
    ("The capture of Al-Bab by non-state armed groups on 23 February was confirmed.", "OPPOSITION al-Bab captured"),
  ])
  func theAgentAfterACompoundAdjectiveTakesThePlace(_ c: (String, String)) {
    let read = ControlTests7.control(c.0)
    #expect(read.contains(c.1), "read \(read.sorted())")
  }
}
