import Testing

@testable import GeomapCore

/// Control, session 35, from heldout13 (a development set): "… to the outskirts of Qamhana, a
/// pro-regime town fewer than 10 km north of Hama City" — a town said to be "pro-regime",
/// "pro-government" is held by the regime, as "a regime-held town" is: in an apposition after the
/// place, or as "the pro-regime town of X" (main 9a0a07f: no claim; en-z04, where "Qamhana" also
/// needs its spelling in the gazetteer). Sentences written for the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct ProSideTests35 {
  @Test(arguments: [
    ("HTS shelled the pro-regime town of Mhardeh.", "REGIME Mhardeh holds"),
    ("Rebels shelled Suqaylabiyah, a pro-government town west of Hama.", "REGIME Suqaylabiyah holds"),
  ])
  func aProRegimeTownIsHeldByTheRegime(_ c: (String, String)) {
    let read = ControlTests7.control(c.0)
    #expect(read.contains(c.1), "read \(read.sorted())")
  }

  /// Men or papers loyal to the government hold nothing.
  @Test(arguments: [
    "Pro-government militias in Mhardeh shelled Kafr Zita.",
    "A pro-government newspaper in Damascus reported the attack.",
  ])
  func proGovernmentMenOrPapersHoldNothing(_ text: String) {
    let read = ControlTests7.control(text)
    #expect(!read.contains { $0.hasPrefix("REGIME") && $0.hasSuffix("holds") }, "read \(read.sorted())")
  }
}
