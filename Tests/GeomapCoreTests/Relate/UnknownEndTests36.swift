import Testing

@testable import GeomapCore

/// Session 36: a destination the sentence names but the gazetteer does not know ("advanced … from
/// Salma to reach Kinsabba", heldout14 en-p04) is not replaced by a guess — main 9963dda sent the
/// advance to the place the side had just taken. Sentences written for the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct UnknownEndTests36 {
  @Test func aNamedButUnknownDestinationIsNotGuessed() throws {
    let read = try MoverTests8.read(
      "The army captured Palmyra on Sunday. Regime units then advanced north from Homs to reach Kinsabba.")
    #expect(!read.contains { $0.destination.name == "Palmyra" }, "\(MoverTests8.describe(read))")
  }

  /// With no destination named, the place just taken is still where the advance went.
  @Test func withNoDestinationNamedThePlaceJustTakenStays() throws {
    try MoverTests8.expect(
      "The army captured Palmyra on Sunday. Regime units then advanced north from Homs.", ["REGIME Homs→Palmyra"])
  }
}
