import Testing

@testable import GeomapCore

@Suite struct NoteSetTests {
  /// The first occurrences kept by a `NoteSet` and by a `Set<String>`, side by side.
  func firsts(_ notes: [String]) -> (kept: [String], expected: [String]) {
    var set = NoteSet()
    var strings = Set<String>()
    return (notes.filter { set.insert($0) }, notes.filter { strings.insert($0).inserted })
  }

  @Test func arabicAndEnglishNotesDedupeByText() {
    let notes = [
      "also read as reported (withdrawal): «انسحب تنظيم داعش من الرقة»",
      "later claim: withdrawal, completed",
      "also read as reported (withdrawal): «انسحب تنظيم داعش من الرقة»",
      "also read as reported (withdrawal): «انسحب تنظيم داعش من دير الزور»",
      "later claim: withdrawal, completed",
    ]
    let r = firsts(notes)
    #expect(r.kept == r.expected)
    #expect(r.kept.count == 3)
  }

  @Test func canonicallyEquivalentNotesStillMatch() {
    // «أ» precomposed (U+0623) and as alef + combining hamza (U+0627 U+0654); «é» both ways.
    let notes = [
      "movers: «\u{0623}هالي» of the town", "movers: «\u{0627}\u{0654}هالي» of the town",
      "note: caf\u{E9}", "note: cafe\u{301}", "note: café again",
    ]
    let r = firsts(notes)
    #expect(r.kept == r.expected)
    #expect(r.kept == ["movers: «\u{0623}هالي» of the town", "note: caf\u{E9}", "note: café again"])
  }

  @Test func stableScalarsAreTold() {
    #expect(NoteSet.isStableNFC("انسحب «داعش» – ١٢ kilometres"))
    #expect(!NoteSet.isStableNFC("قُتل"))  // a damma: a combining mark
    #expect(!NoteSet.isStableNFC("\u{0627}\u{0653}"))  // alef + madda composes to U+0622
    #expect(!NoteSet.isStableNFC("cafe\u{301}"))
  }
}
