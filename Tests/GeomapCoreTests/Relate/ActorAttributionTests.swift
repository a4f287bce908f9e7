import Testing

@testable import GeomapCore

/// Who moves and who takes, round 22: a backer joined to the force it backs ("U.S.-backed") is not
/// the actor. Sentences written for the test (wire style), none copied from a fixture; each case
/// named below read the backer on main 0e1a96c (`geomap inspect`), and the look-alikes read as here.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct ActorAttributionTests {
  func actors(_ text: String) -> [String] {
    ActorLexicon.mentions(in: ReportText(text)).map {
      "\($0.surface)=\($0.actor.rawValue)\($0.coreference ? "*" : "")"
    }
  }

  /// "the U.S.-backed Syrian Democratic Forces", "the U.S.-led coalition": the name before a hyphen
  /// and "backed"/"led" qualifies the force named next, which is the actor (main read USA as well).
  /// With no force named after it ("Iran-backed Afghan fighters") the backer still names the side.
  @Test func backerJoinedToAForceIsNoActor() {
    #expect(
      actors("The U.S.-backed Syrian Democratic Forces said they had entered the town.") == [
        "Syrian Democratic Forces=SDF"
      ])
    #expect(actors("The U.S.-led coalition struck the town overnight.") == ["coalition=COALITION"])
    #expect(actors("Iran-backed Afghan fighters reached the town.") == ["Iran=IRAN"])
    // Reuters' early spelling of the SDF's name.
    #expect(actors("Syria Democratic Forces fighters entered the town.") == ["Syria Democratic Forces=SDF"])
  }

  /// The force a backer qualifies takes the place and makes the move, even when it is the speaker
  /// ("said they had captured"); main gave both claims to the USA.
  @Test func backedForceTakesAndMoves() throws {
    let control = ControlTests7.control(
      "The U.S.-backed Syria Democratic Forces said on Thursday they had captured the town of Markada from Islamic State.")
    #expect(control.contains("SDF Marqadah captured"), "read \(control.sorted())")
    #expect(!control.contains("USA Marqadah captured"), "read \(control.sorted())")
    try MoverTests8.expect(
      "The U.S.-backed Syrian Democratic Forces said on Monday they had advanced from Ain Issa toward Raqqa.",
      ["SDF Ain Issa→Raqqa"])
    // "Iran-backed Afghan fighters" name no force but Iran's: Iran moves.
    try MoverTests8.expect(
      "Iran-backed Afghan fighters moved from Palmyra to Albukamal last week, according to the monitor.",
      ["IRAN Palmyra→Albukamal"])
  }
}
