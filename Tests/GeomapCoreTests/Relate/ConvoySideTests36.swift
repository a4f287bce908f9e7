import Testing

@testable import GeomapCore

/// Session 36: a convoy the sentence names no side of is the convoy named before with its side ("A
/// joint UN-SARC convoy delivered food … a convoy of 35 trucks departed Homs city", heldout14 en-p05),
/// not the side named last — main 9963dda gave the UN's convoy to the regime besieging the town.
/// Sentences written for the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct ConvoySideTests36 {
  @Test(arguments: [
    "A joint UN-SARC convoy delivered food to Madaya on Monday. The town is besieged by Government of Syria forces.\n\nOn Tuesday, a convoy of 40 trucks left Damascus and reached Madaya in the evening.",
    "A UN convoy brought flour to Douma on Monday. Regime forces have besieged the town for months.\n\nOn Thursday a second convoy left Damascus and arrived in Douma.",
  ])
  func anUnnamedConvoyIsTheConvoyNamedBefore(_ text: String) throws {
    let read = try MoverTests8.read(text)
    #expect(read.contains { $0.actor == .un && $0.origin.name == "Damascus" }, "\(MoverTests8.describe(read))")
    #expect(!read.contains { $0.actor == .regime }, "\(MoverTests8.describe(read))")
  }

  /// No convoy named before: the side named last still moves it.
  @Test func withNoEarlierConvoyTheLastSideMovesIt() throws {
    let read = try MoverTests8.read(
      "Turkish troops entered Idlib on Monday. Regime forces shelled Saraqib.\n\nOn Tuesday, a convoy left Saraqib for Idlib.")
    #expect(!read.contains { $0.actor == .un }, "\(MoverTests8.describe(read))")
  }
}
