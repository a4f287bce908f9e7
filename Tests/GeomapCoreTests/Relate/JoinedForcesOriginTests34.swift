import Testing

@testable import GeomapCore

/// Movements, session 34: "the ISF and police in Wafa fell back toward Ramadi" — forces with no name
/// of their own ("police", "tribesmen") joined to the actor do not hide where it is: the place after
/// "in" is where the movers leave from, not the origin of a movement told before. Baseline 4dc9f51
/// carried the earlier origin over; heldout15 en-n04 showed it. Sentences written for the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct JoinedForcesOriginTests34 {
  @Test(arguments: [
    (
      "ISIS seized Sharqat on Monday. Iraqi troops defending Sharqat withdrew south to Qayyarah.\n\nISIS also attacked Baiji on Tuesday. The Iraqi army and police in Baiji fell back south toward Tikrit after running out of ammunition.",
      ["IRAQ Shirqat→Qayyarah", "IRAQ Baiji→Tikrit"]
    ),
    (
      "ISIS seized Sharqat on Monday. Iraqi troops defending Sharqat withdrew south to Qayyarah.\n\nISIS also attacked Baiji on Tuesday. Local sources reported that the ISF and police in Baiji fell back north toward Tikrit.",
      ["IRAQ Shirqat→Qayyarah", "IRAQ Baiji→Tikrit"]
    ),
    (
      "ISIS seized Sharqat on Monday. Iraqi troops defending Sharqat withdrew south to Qayyarah.\n\nISIS also attacked Baiji on Tuesday. The ISF and tribesmen in Baiji pulled back toward Tikrit, a police officer said.",
      ["IRAQ Shirqat→Qayyarah", "IRAQ Baiji→Tikrit"]
    ),
  ])
  func joinedForcesInAPlaceLeaveIt(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }

  /// "and" before a place is no joined force: the origin is not read from "and Baiji".
  @Test func aPlaceAfterAndIsNoJoinedForce() throws {
    let text =
      "ISIS seized Sharqat on Monday. Iraqi troops defending Sharqat withdrew south to Qayyarah.\n\nThe Iraqi army and residents of Baiji were told to leave, and the army later fell back toward Tikrit."
    let read = try MoverTests8.read(text)
    #expect(!read.contains { $0.origin.name.contains("Baiji") }, "\(MoverTests8.describe(read))")
  }
}
