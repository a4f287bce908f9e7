import Testing

@testable import GeomapCore

/// Movements, session 35, from heldout11 (opened this round): "The Kurdish People's Protection Units,
/// or YPG, pushed east from the Afrin enclave and seized the Menagh air base" — an advance from a
/// place with nowhere to go ends at the place a verb of taking joined to it by "and"/«و» takes
/// (main 9a0a07f: no movement; en-x02). Sentences written for the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct AdvanceAndTakeTests35 {
  @Test(arguments: [
    ("The YPG advanced from Afrin and captured Tal Rifaat on Sunday.", ["YPG Afrin→Tal Rifaat"]),
    (
      "Iraqi troops pushed north from Qayyarah overnight and stormed the village of Hammam al-Alil.",
      ["IRAQ Qayyarah→Hammam al-Alil"]
    ),
    ("تقدمت وحدات الجيش من خناصر وسيطرت على بلدة السفيرة.", ["REGIME Khanasser→Safira"]),
  ])
  func anAdvanceEndsWhereTheJoinedTakingTakes(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }

  /// What the verb takes is no place ("dozens of fighters near …"), or no advance comes first: no
  /// movement.
  @Test(arguments: [
    "The YPG advanced from Afrin and captured dozens of fighters near Tal Rifaat.",
    "Government troops shelled Afrin and captured Tal Rifaat.",
  ])
  func noAdvanceOrNoPlaceTakenIsNoMovement(_ text: String) throws {
    let read = try MoverTests8.read(text).filter { $0.actor != .unknown }
    #expect(read.isEmpty, "\(MoverTests8.describe(read))")
  }
}
