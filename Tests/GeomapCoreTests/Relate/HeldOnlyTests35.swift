import Testing

@testable import GeomapCore

/// Control, session 35, from heldout11 (opened this round): "The regime now holds only the Abu Duhur
/// military airport …" — a word of limit ("only", "just") or a count ("the three provinces of …")
/// between an English control verb and its place is part of the object, not a break (main 9a0a07f:
/// no claim; en-x06). Sentences written for the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct HeldOnlyTests35 {
  @Test(arguments: [
    (
      "Government troops now hold only the villages of Kafraya and Fuaa in the north of the province.",
      ["REGIME Kefraya holds", "REGIME al-Foua holds"]
    ),
    ("Islamic State fighters still control just the town of Hajin on the Euphrates.", ["ISIS Hajin holds"]),
    (
      "Kurdish officials say the Peshmerga remain in full control of the three provinces of Erbil, Duhok and Sulaimani.",
      ["PESHMERGA Erbil holds", "PESHMERGA Dihok holds", "PESHMERGA Sulaymaniyah holds"]
    ),
  ])
  func aLimitOrCountBeforeThePlaceIsPartOfTheObject(_ c: (String, [String])) {
    let read = ControlTests7.control(c.0)
    for claim in c.1 { #expect(read.contains(claim), "\(claim) not in \(read.sorted())") }
  }

  /// What is held "only" is still no place when a noun other than a place's stands before it.
  @Test(arguments: [
    "Government forces held only a short meeting in Homs on Monday.",
    "Rebels now hold just one more round of talks with Turkey in Azaz.",
  ])
  func aLimitedObjectThatIsNoPlaceStaysUnread(_ text: String) {
    let read = ControlTests7.control(text)
    #expect(read.isEmpty, "read \(read.sorted())")
  }
}
