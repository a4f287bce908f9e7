import Testing

@testable import GeomapCore

/// Control, session 33: a held compound before a bare list holds every place of it — "opposition-held
/// Qaboun and Barzeh", "rebel-held Douma, Harasta and Arbin". Main 2d728df claimed the first place
/// only; heldout13 en-z04 showed it. A list item with its own article and noun ("and the nearby town
/// of Harasta") or its own compound is not the compound's. A held compound that is a relative clause's
/// predicate ("Taybat al-Imam, which remains regime-held") holds the place before it (main: nothing;
/// heldout13 en-z04). Sentences written for the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct HeldListTests33 {
  @Test(arguments: [
    ("The attack sought to relieve opposition-held Qaboun and Barzeh.", ["OPPOSITION Qabun holds", "OPPOSITION Barzeh holds"]),
    (
      "Shelling hit rebel-held Douma, Harasta and Arbin on Friday.",
      ["OPPOSITION Douma holds", "OPPOSITION Harasta holds", "OPPOSITION Arbin holds"]
    ),
  ])
  func aHeldCompoundHoldsItsBareList(_ c: (String, [String])) {
    let read = ControlTests7.control(c.0)
    for claim in c.1 { #expect(read.contains(claim), "\(claim) not in \(read.sorted())") }
  }

  @Test(arguments: [
    ("Shelling hit rebel-held Douma and the nearby town of Harasta.", ["OPPOSITION Douma holds"]),
    ("Shelling hit rebel-held Douma and regime-held Jaramana.", ["OPPOSITION Douma holds", "REGIME Jaramana holds"]),
  ])
  func aListItemWithItsOwnNounOrCompoundIsNotTheCompounds(_ c: (String, [String])) {
    #expect(ControlTests7.control(c.0) == Set(c.1))
  }

  @Test(arguments: [
    ("Pro-regime forces withdrew south to Taybat al-Imam, which remains regime-held.", "REGIME Ţayyibat al Imām holds"),
    ("Pro-regime forces withdrew south to Taybat al-Imam, which is still largely rebel-held, on Friday.", "OPPOSITION Ţayyibat al Imām holds"),
  ])
  func aHeldCompoundAsARelativeClausesPredicateHoldsThePlaceBefore(_ c: (String, String)) {
    let read = ControlTests7.control(c.0)
    #expect(read.contains(c.1), "read \(read.sorted())")
  }

  /// "which was shelled by rebel-held artillery": the compound qualifies a noun, no predicate.
  @Test func aHeldCompoundQualifyingANounIsNoPredicate() {
    let read = ControlTests7.control("Troops withdrew to Taybat al-Imam, which was shelled by rebel-held artillery.")
    #expect(!read.contains { $0.contains("Imām") }, "read \(read.sorted())")
  }
}
