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

  @Test func notesWithHarakatDedupeAsStrings() {
    // A shadda and a fatha either way round are one note; tanween and shadda as written.
    let notes = [
      "also read as reported (advance): «شن هجوماً على قوّات النظام»", "movers: «ت\u{0651}\u{064E}»",
      "also read as reported (advance): «شن هجوماً على قوّات النظام»", "movers: «ت\u{064E}\u{0651}»",
      "also read as reported (advance): «شن هجوما على قوات النظام»", "movers: «ت\u{064E}»",
    ]
    let r = firsts(notes)
    #expect(r.kept == r.expected)
    #expect(r.kept.count == 4)
  }

  /// Every pair of harakat after a letter: told stable exactly when their code points do not fall
  /// (Python's `unicodedata.is_normalized("NFC", …)` agrees on all 64 pairs).
  @Test func harakatPairsAreToldInCanonicalOrder() {
    let marks = (0x064B...0x0652).compactMap(Unicode.Scalar.init)
    for a in marks {
      for b in marks {
        let text = "ت" + String(a) + String(b)
        let swapped = "ت" + String(b) + String(a)
        // Either order is canonically equivalent: only one of two different byte orders is NFC.
        #expect(text == swapped)
        #expect(NoteSet.isStableNFC(text) == (a.value <= b.value))
      }
    }
  }

  @Test func stableScalarsAreTold() {
    #expect(NoteSet.isStableNFC("انسحب «داعش» – ١٢ kilometres"))
    // Harakat in canonical order (their combining classes rise with their code points) are NFC.
    #expect(NoteSet.isStableNFC("قُتل"))
    #expect(NoteSet.isStableNFC("شن هجوماً على قوّات النظام"))
    #expect(NoteSet.isStableNFC("\u{064E}\u{0651}"))
    #expect(!NoteSet.isStableNFC("ت\u{0651}\u{064E}"))  // shadda before fatha: NFC reorders them
    #expect(!NoteSet.isStableNFC("\u{0627}\u{0654}"))  // hamza above composes with alef
    #expect(!NoteSet.isStableNFC("\u{0670}"))  // superscript alef: not among the harakat taken
    #expect(!NoteSet.isStableNFC("\u{0627}\u{0653}"))  // alef + madda composes to U+0622
    #expect(!NoteSet.isStableNFC("cafe\u{301}"))
  }
}
