import Testing

@testable import GeomapCore

/// Movements, session 34: "94 families were transported by the Iraqi authorities from X to Y" — in
/// the passive, the agent after "by" carries the civilians named before the verb and is the mover, as
/// in the active voice ("the Iraqi authorities transported 94 families", read so since `carriesCivilians`)
/// and as the gold reads transports (heldout15 en-n06: IRAQ, al-Hol → Jeddah). Baseline 4dc9f51 read
/// an UNKNOWN displacement. Sentences written for the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct PassiveCarrierTests34 {
  @Test(arguments: [
    (
      "On Wednesday, a first group of 94 families was transported by the Iraqi authorities from al-Hol camp to Jeddah camp.",
      ["IRAQ Hol→Jadaa"]
    ),
    ("Some 300 families were evacuated by the Iraqi army from Baiji to Tikrit on Monday.", ["IRAQ Baiji→Tikrit"]),
  ])
  func thePassiveAgentCarriesTheCivilians(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }

  /// Civilians who flee are still no side's movers, whoever is named after "by" ("displaced by
  /// fighting", "forced out by ISIS").
  @Test(arguments: [
    "Thousands of families were displaced by ISIS from Baiji to Tikrit on Monday.",
    "Hundreds of families fled Baiji toward Tikrit, followed by Iraqi army units.",
  ])
  func civiliansWhoFleeStayUnnamed(_ text: String) throws {
    let read = try MoverTests8.read(text)
    #expect(!read.contains { $0.actor != .unknown && $0.origin.name.contains("Baiji") }, "\(MoverTests8.describe(read))")
  }
}
