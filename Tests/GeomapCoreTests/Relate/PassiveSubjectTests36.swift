import Testing

@testable import GeomapCore

/// Session 36: the subject of an English passive of control stands before its auxiliaries and adverbs
/// of degree however many ("Raqqa has been almost completely surrounded by the SDF", heldout14 en-p03);
/// main 9963dda looked only three words back. Sentences written for the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct PassiveSubjectTests36 {
  @Test(arguments: [
    ("Raqqa has been almost completely surrounded by the SDF since last month.", "SDF Raqqa besieged"),
    ("Kobani was by then largely encircled by Islamic State fighters.", "ISIS Kobani besieged"),
    ("Aleppo has now been fully retaken by government forces.", "REGIME Aleppo captured"),
  ])
  func aPassiveSubjectBeforeAuxiliariesAndAdverbs(_ c: (String, String)) {
    let read = ControlTests7.control(c.0)
    #expect(read.contains(c.1), "read \(read.sorted())")
  }

  /// A participle of no control, and a subject that is no place (a road to it).
  @Test(arguments: [
    "Raqqa has been almost completely destroyed by coalition airstrikes.",
    "The road to Raqqa, cut in March, has been almost completely surrounded by the SDF.",
  ])
  func aLookAlikeStaysUnread(_ text: String) {
    #expect(ControlTests7.control(text).isEmpty, "read \(ControlTests7.control(text).sorted())")
  }
}
