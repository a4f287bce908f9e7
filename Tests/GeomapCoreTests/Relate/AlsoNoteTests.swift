import Testing

@testable import GeomapCore

/// `MovementExtractor.AlsoNote` takes the last note again only when it would build the same one.
@Suite struct AlsoNoteTests {
  typealias AlsoNote = MovementExtractor.AlsoNote

  /// The note as `merge` built it for every draft before the reuse.
  func built(_ status: ClaimStatus, _ kind: MovementKind, _ quote: String) -> String {
    MovementExtractor.alsoReadAs(status, kind, QuotePrefix.of(quote, 80))
  }

  @Test func reusedNotesAreTheNotesBuilt() {
    let arabic = "خرجت صباح اليوم الدفعة الثانية من المسلحين من حي الوعر في مدينة حمص باتجاه ريف حلب الشمالي، "
      + "وسط إجراءات أمنية مشددة من قوات النظام"
    let english = "Buses carrying fighters and their families left the besieged al-Waer district of Homs "
      + "on Saturday, heading for Jarablus in the northern Aleppo countryside"
    // The same bytes in another string (not the shared storage drafts of one group hold).
    let arabicCopy = String(decoding: Array(arabic.utf8), as: UTF8.self)
    let steps: [(ClaimStatus, MovementKind, String, reused: Bool)] = [
      (.reported, .evacuation, arabic, false),
      (.reported, .evacuation, arabic, true),
      (.reported, .evacuation, arabicCopy, true),
      (.agreed, .evacuation, arabic, false),
      (.agreed, .convoy, arabic, false),
      (.agreed, .convoy, english, false),
      (.agreed, .convoy, english, true),
      (.agreed, .convoy, String(english.dropLast()), false),
    ]
    var last: AlsoNote?
    for (status, kind, quote, reused) in steps {
      let note = AlsoNote(status, kind, quote, last: last)
      #expect(note.reused == reused)
      #expect(note.note.utf8.elementsEqual(built(status, kind, quote).utf8))
      last = note
    }
  }
}
