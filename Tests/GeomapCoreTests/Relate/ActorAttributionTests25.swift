import Testing

@testable import GeomapCore

/// Actors, round 25 (session 25): who a name in a sentence is — the agent of its own compound, a
/// thing's qualifier, a handover's recipient, a speaker — fixed by construction. Sentences written
/// for the test, none copied from a fixture; what each read before its change (`geomap inspect` on
/// main 12f7336 and on s24actor2 6bec6dc) is in the test's comment and the commit that adds it.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct ActorAttributionTests25 {
  /// "the ISIS-besieged city", "the rebel-encircled town": the name before the hyphen is the agent of
  /// its own participle — the compound's claim is read — and the subject of no other verb.
  @Test(arguments: [
    ("Residents of the ISIS-besieged city of Deir ez-Zor received air-dropped food on Monday.", "ISIS Deir ez-Zor besieged"),
    ("Aid trucks reached the rebel-encircled town of Madaya on Wednesday.", "OPPOSITION Madaya besieged"),
  ])
  func aCompoundKeepsItsOwnClaim(_ c: (String, String)) {
    #expect(ControlTests7.control(c.0) == [c.1])
  }

  @Test func aCompoundNameIsNoOtherVerbsSubject() {
    let read = ControlTests7.control(
      "Syrian troops pushed into ISIS-besieged districts on Tuesday and captured Mayadin after heavy fighting.")
    #expect(read.contains("REGIME Mayadin captured"), "read \(read.sorted())")
    #expect(!read.contains("ISIS Mayadin captured"), "read \(read.sorted())")
  }
}
