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

    // The table is full for this test's task only (filling the process-wide table would change
    // what every test running after this one reads).
    try Vocabulary.$testTokenLimit.withValue(Vocabulary.count) {
      #expect(Word(token: marker) == .unseen)
      #expect(Word(token: "مصدر") != .unseen, "a word already in the table keeps its id")
      #expect(Word("a lexicon word added late \(marker)") != .unseen, "lexicon words are always interned")

      let after = reader.read(text: text.replacingOccurrences(of: marker, with: "مصدر"), source: "s", date: date)
      #expect(after == before)
      let withUnseen = reader.read(text: text, source: "s", date: date)
      #expect(withUnseen.movements.map(\.destination.name) == before.movements.map(\.destination.name))

      // Words new to the table read the same as before it was full: the siege rule's words
      // («فرضته») are lexicon words loaded before any report; the report's own words are unseen.
      let fresh = "خرج المقاتلون من حي التضامن، بعد حصار فرضته قوات النظام على الحي منذ عام \(marker)"
      #expect(Word(token: marker) == .unseen)
      #expect(
        reader.read(text: fresh, source: "s", date: nil).control.map { "\($0.actor.rawValue) \($0.place.name)" }
          == ["REGIME Tadamon"])
    }
  }
}

/// Reading a report interns no lexicon word: every table is built by `Lexicons.loaded` before the
/// first report, so a full word table (`Vocabulary.tokenLimit`) cannot hide a cue from a rule.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct LexiconLoadTests {
  @Test func readingTheFixtureReportsInternsNoLexiconWord() throws {
    let g = try #require(bundledGazetteer)
    let reader = ReportReader(gazetteer: g)
    _ = Lexicons.loaded
    var texts: [String] = []
    for folder in ["devset", "heldout", "reports"] {
      for (name, text, _) in try Evaluation.goldPairs(in: InputFixtures.url(folder)) {
        texts.append(try ReportDecoder.load(contentsOf: text, source: name).text)
      }
    }
    #expect(texts.count > 40)
    let interned = Locked<[String]>([])
    Vocabulary.$lexiconInterns.withValue(interned) {
      for t in texts { _ = reader.read(text: t, source: "t", date: nil) }
    }
    let late = interned.withLock { Array(Set($0)).sorted() }
    #expect(late.isEmpty, "lexicon words interned while reading (add their table to Lexicons.loaded): \(late)")
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

/// Cue sets are bitmaps over word ids: members are found, other words (and `unseen`) are not.
@Suite struct WordSetTests {
  @Test func membersOnly() {
    let set: WordSet = ["من", "from", "باتجاه"]
    #expect(set.contains(Word("from")))
    #expect(set.contains(Word("باتجاه")))
    #expect(!set.contains(Word("to")))
    #expect(!set.contains(.unseen))
    #expect(set.count == 3)
    // Two tokens' forms, laid out as a report lays them out.
    let forms = FlatForms(lists: [[Word("إلى"), Word("from")], [Word("إلى")]])
    #expect(!forms[0].isDisjoint(with: set))
    #expect(forms[1].isDisjoint(with: set))
    #expect(forms.contains(Word("from"), at: 0) && !forms.contains(Word("from"), at: 1))
    // A word interned long after the set was built lies past its bitmap.
    let late = Word("لاحق" + String(UInt64.random(in: 0...UInt64.max), radix: 36))
    #expect(!set.contains(late))
  }
}
