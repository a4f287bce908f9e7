import Testing

@testable import GeomapCore

/// Actors, round 24 (session 24): English names that gave a claim to the wrong side. Sentences written
/// for the test, none copied from a fixture. On main 6fa9d04 (`geomap inspect`): the compound
/// sentences gave OPPOSITION captured Kafr Zita and ISIS a claim on Tal Hamis; the "army units"
/// sentences gave the withdrawals to OPPOSITION and ISIS, the side named earlier in the sentence.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct ActorAttributionTests24 {
  /// "rebel-held", "ISIS-held": the name in a hyphen compound modifies a place; it is not the subject
  /// of the clause's verb.
  @Test func nameInAHeldCompoundIsNoSubject() {
    let read = ControlTests7.control(
      "Syrian troops pushed into rebel-held territory in northern Hama on Tuesday and captured Kafr Zita after heavy fighting.")
    #expect(read.contains("REGIME Kafr Zita captured"), "read \(read.sorted())")
    #expect(!read.contains { $0.hasPrefix("OPPOSITION") }, "read \(read.sorted())")
    let kurds = ControlTests7.control("Kurdish forces pushed into ISIS-held villages and captured Tal Hamis.")
    #expect(!kurds.contains { $0.hasPrefix("ISIS") }, "read \(kurds.sorted())")
  }

  /// Lowercase "army" is the state's army, as «الجيش» is: REGIME in Syria, IRAQ in Iraq — not the side
  /// named earlier in the sentence.
  @Test(arguments: [
    ("Rebels attacked the checkpoints on Sunday, and army units withdrew from Izraa towards Kisweh.", ["REGIME Izraa→Kiswah"] as [String]),
    ("Islamic State fighters shelled the town, and army units withdrew from Baiji toward Tikrit.", ["IRAQ Baiji→Tikrit"] as [String]),
  ])
  func armyIsTheState(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }
}
