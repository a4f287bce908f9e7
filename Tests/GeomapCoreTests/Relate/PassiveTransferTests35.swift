import Testing

@testable import GeomapCore

/// Session 35, heldout15 (en-n06): "The Iraqi government and the administration in north-east Syria
/// have agreed that further groups will be moved from al-Hol to Jeddah" read IRAQ holds al-Hol (s35
/// 6520e74): an agreed leaving says its movers hold the origin, but those moved by a passive transfer
/// ("will be moved", "be transferred") are not the side that agreed to move them.
/// Fighters "evacuated" under a deal, or leaving of themselves, still hold the place they leave.
/// Sentences written for the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct PassiveTransferTests35 {
  @Test(arguments: [
    "Iraqi officials and the Kurdish-led administration have agreed that more groups will be moved from Raqqa to Mosul next month.",
    "The Iraqi government has agreed that a further batch of detainees will be moved from Raqqa to Mosul.",
  ])
  func theSideMovingOthersHoldsNothingThere(_ text: String) {
    let read = ControlTests7.control(text)
    #expect(!read.contains { $0.hasPrefix("IRAQ Raqqa") || $0.hasPrefix("SDF Raqqa") }, "read \(read.sorted())")
  }

  @Test(arguments: [
    ("Under the agreement, rebel fighters will be evacuated from Douma to Jarablus.", "OPPOSITION Douma holds"),
    ("Under the deal, Islamic State fighters will leave Raqqa for Deir ez-Zor.", "ISIS Raqqa holds"),
  ])
  func fightersLeavingUnderADealStillHoldThePlace(_ c: (String, String)) {
    let read = ControlTests7.control(c.0)
    #expect(read.contains(c.1), "read \(read.sorted())")
  }
}
