import Foundation
import Testing

@testable import GeomapCore

/// The process-wide word table stops growing at `Vocabulary.tokenLimit` report words; past it, new
/// spellings read as `Word.unseen` and reading must come out the same (lexicon words are always
/// interned, so every comparison that matters stays exact).
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct WordTableLimitTests {
  @Test func readingIsTheSameOnceTheTableIsFull() throws {
    let g = try #require(bundledGazetteer)
    let reader = ReportReader(gazetteer: g)
    // A report of words nobody has read yet, so they reach the table only after it is full.
    let marker = "زقزق" + String(UInt32.random(in: 0...UInt32.max), radix: 36)
    let text = try fixture("seed-000.ar.txt") + "\n\nوقالت مصادر إن \(marker) خرج من الرقة إلى تدمر."
    let date = CalendarDate(iso: "2017-07-04")
    let before = reader.read(text: text.replacingOccurrences(of: marker, with: "مصدر"), source: "s", date: date)

    // Fill the table with report spellings up to its limit.
    var k = 0
    while Word(token: "fill\(k)") != .unseen { k += 100 }
    #expect(Word(token: marker) == .unseen)
    #expect(Word(token: "مصدر") != .unseen, "a word already in the table keeps its id")
    #expect(Word("a lexicon word added late \(marker)") != .unseen, "lexicon words are always interned")

    let after = reader.read(text: text.replacingOccurrences(of: marker, with: "مصدر"), source: "s", date: date)
    #expect(after == before)
    let withUnseen = reader.read(text: text, source: "s", date: date)
    #expect(withUnseen.movements.map(\.destination.name) == before.movements.map(\.destination.name))
  }
}

/// Looking a report's or gazetteer's spelling up in a lexicon table adds nothing to the word table.
@Suite struct WordLookupTests {
  @Test func existingFindsInternedWordsOnlyAndAddsNone() {
    let fresh = "لم" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
    #expect(Word.existing(fresh) == nil)
    #expect(Word.existing(fresh) == nil, "a lookup must not intern")
    let word = Word(fresh)
    #expect(Word.existing(fresh) == word)
    _ = PlaceContext.triggers
    #expect(Word.existing(ArabicWord.lexiconForm("مدينة")).flatMap { PlaceContext.triggers[$0] } == .some(.city))
  }
}
