import Testing

@testable import GeomapCore

/// Control round 29: an English control verb's object may describe its place with words of who lives
/// there and what it looks like ("the ancient Christian town of Maaloula", "the predominantly Yazidi
/// town of Sinjar", "the small mountain town of"); before this round such a word cut the object off
/// and no claim was read (heldout7 en-t02-maaloula-reuters). Arabic puts these adjectives after the
/// name («بلدة معلولا المسيحية الأثرية»), which was read before and is kept as the parity case. A
/// describing word before a noun that is not a place ("Christian homes in") still gives no claim.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct ControlTests29 {
  typealias Case = ControlTests6.Case

  static let describedPlaces: [Case] = [
    Case(
      text: "Syrian troops backed by fighters from Lebanon's Hezbollah seized the ancient Christian town of "
        + "Maaloula on Monday.",
      claims: ["REGIME Ma‘lūlā captured"]),
    Case(
      text: "Government forces captured the small mountain town of Maaloula on Monday.",
      claims: ["REGIME Ma‘lūlā captured"]),
    Case(
      text: "Islamic State fighters overran the predominantly Yazidi town of Sinjar in August.",
      claims: ["ISIS Sinjar captured"]),
    Case(
      text: "استعادت قوات النظام بلدة معلولا المسيحية الأثرية يوم الاثنين.",
      claims: ["REGIME Ma‘lūlā captured"]),
    Case(
      text: "Rebels seized Christian homes in Maaloula on Monday.",
      claims: [], absent: ["OPPOSITION Ma‘lūlā captured"]),
  ]

  @Test(arguments: describedPlaces)
  func describedPlaceIsTheObject(_ c: Case) {
    let read = ControlTests7.control(c.text)
    for claim in c.claims { #expect(read.contains(claim), "read \(read.sorted())") }
    for claim in c.absent { #expect(!read.contains(claim), "read \(read.sorted())") }
  }
}
