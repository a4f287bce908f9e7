import Testing

@testable import GeomapCore

/// Movements, session 34: "Opposition groups including Faylaq al-Rahman and HTS advanced from X toward
/// Y" — the members listed after "including" are part of the group named before the list, and that
/// group is the mover, not the member named last. Baseline 4dc9f51 read the last member (HTS);
/// heldout13 en-z04 showed it. Sentences written for the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct IncludingListTests34 {
  @Test(arguments: [
    (
      "Opposition groups including Jaish al-Islam and HTS advanced from Douma toward Harasta on Sunday, a monitor said.",
      ["OPPOSITION Douma→Harasta"]
    ),
    (
      "Kurdish-led forces including the YPG advanced from Kobani toward Sarrin on Tuesday.",
      ["SDF Kobani→Sarrin"]
    ),
  ])
  func theGroupBeforeIncludingMoves(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }

  /// With no "including", the last actor named before the motion is the mover, as before.
  @Test(arguments: [
    ("Jaish al-Islam shelled Harasta while HTS advanced from Douma toward Harasta on Sunday.", "HTS Douma→Harasta"),
    ("Opposition groups and HTS advanced from Douma toward Harasta on Sunday.", "HTS Douma→Harasta"),
  ])
  func withoutIncludingTheLastActorMoves(_ c: (String, String)) throws {
    let read = try MoverTests8.read(c.0)
    #expect(read.contains { MovementFallbackSetTests.matches($0, c.1) }, "\(MoverTests8.describe(read))")
  }
}
