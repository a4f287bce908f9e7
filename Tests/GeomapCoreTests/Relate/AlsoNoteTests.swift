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

  /// `carriedOver` (room reserved once) is the note the interpolation built: on every line of every
  /// fixture report as the earlier movement's quote, and on short, empty and marked quotes.
  @Test func carriedOverIsTheInterpolatedNote() throws {
    let crafted = ["", "x", "قوّات النظام هجوماً على الرقة", String(repeating: "ب\u{0651}", count: 70)]
    var lines = 0
    for text in try RelateFastPathTests.reports() + crafted {
      for quote in text.split(separator: "\n").map(String.init) + [text] {
        for head in ["destination carried over from «", "origin carried over from «"] {
          let note = MovementExtractor.carriedOver(head, from: quote)
          #expect(note.utf8.elementsEqual("\(head)\(QuotePrefix.of(quote, 60))»".utf8))
          #expect(note == "\(head)\(quote.prefix(60))»")
        }
        lines += 1
      }
    }
    #expect(lines > 1000)
  }

  /// `alsoReadAs` copies the parts' bytes itself: the note an interpolation builds, for every status
  /// and kind, on Arabic (with harakat), English and empty quotes, whole and cut.
  @Test func alsoReadAsIsTheInterpolatedNote() {
    let quotes = [
      "خرجت صباح اليوم الدفعة الثانية من المسلحين من حي الوعر، وسط إجراءات أمنية مشددة من قوّات النظام هجوماً",
      "Buses carrying fighters and their families left the besieged al-Waer district of Homs on Saturday",
      "",
    ]
    for status in ClaimStatus.allCases {
      for kind in MovementKind.allCases {
        for quote in quotes {
          for cut in [quote[...], QuotePrefix.of(quote, 80), quote.dropFirst(3).prefix(20)] {
            let note = MovementExtractor.alsoReadAs(status, kind, cut)
            #expect(note.utf8.elementsEqual("also read as \(status.rawValue) (\(kind.rawValue)): «\(cut)»".utf8))
          }
        }
      }
    }
  }
}
