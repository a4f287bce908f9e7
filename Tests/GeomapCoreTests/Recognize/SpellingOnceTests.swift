import Foundation
import Testing

@testable import GeomapCore

/// What the name scan and `capitalMentions` work out once per spelling, or find by scanning a
/// report's words, must answer as the token-by-token code it replaced, kept here as the reference:
/// on every fixture report (Arabic and English) and on crafted text, spellings past the word
/// table's limit included.
@Suite struct SpellingOnceTests {
  /// `NameStarts.of` as it was: each token's byte from its own spelling's readings and the
  /// index's marks, with no cache and nothing shared between tokens.
  static func referenceStarts(_ doc: ReportText, _ scan: ScanWords, _ index: NameIndex) -> [UInt8] {
    doc.tokens.indices.map { t in
      var hashes: [UInt64] = []
      NameStarts.hashes(scan.head(t), into: &hashes)
      let marks = index.marks(hashes: hashes)
      var at = 0
      return NameStarts.byte(scan.head(t), marks, at: &at)
    }
  }

  /// The tokens `capitalMentions` asked before it scanned for them: every token, kept when it is
  /// an Arabic token with the capital among its forms or a Latin token spelled "capital".
  static func referenceCapitalTokens(_ doc: ReportText) -> [Int] {
    doc.tokens.indices.filter { i in
      let t = doc.tokens[i]
      return t.script == .arabic && doc.forms.contains(ArabicWord.capitalForm, at: i)
        || t.script == .latin && t.text == "capital"
    }
  }

  static let crafted = [
    "", "العاصمة", "والعاصمة دمشق", "قصفت العاصمة السورية وبالعاصمة العراقية", "عاصمة داعش الرقة",
    "the capital", "The Capital city", "capital", "the capital, Damascus", "capitals and the capital's",
    "\"الرقة تذبح بصمت\" في العاصمة", "وصلوا إلى ريف حمص الجنوبي ثم إلى مطار تدمر والعاصمة",
    "Raqqa Raqqa الرقة الرقة الرقة Deir ez-Zor دير الزور",
  ]

  /// An Arabic word no report holds: new to the word table.
  static func newWord() -> String {
    let letters = Array("بتثجحخسشصضطظعغفقكلمن")
    return "زقزق" + String((0..<8).map { _ in letters.randomElement() ?? "ب" })
  }

  static func gazetteerIndex() throws -> NameIndex {
    try NameIndex(bundledGazetteer ?? makeTestGazetteer())
  }

  /// Every fixture report and the crafted texts, read as reports.
  static func documents() throws -> [ReportText] {
    try (ScanWordFastPathTests.texts().reports + crafted).map(ReportText.init)
  }

  func checkStarts(_ docs: [ReportText], _ index: NameIndex, cache: Locked<[UInt8]>) {
    for doc in docs {
      let scan = ScanWord.of(doc)
      let expected = Self.referenceStarts(doc, scan, index)
      // Asked twice: the first time may fill the cache, the second reads it.
      #expect(NameStarts.of(doc, scan, index, cache: cache) == expected, "\(doc.text.prefix(60))")
      #expect(NameStarts.of(doc, scan, index, cache: cache) == expected, "\(doc.text.prefix(60))")
    }
  }

  @Test func nameStartsAreEachTokensOwn() throws {
    let index = try Self.gazetteerIndex()
    let docs = try Self.documents()
    #expect(docs.count >= 50)
    checkStarts(docs, index, cache: Locked([]))
  }

  /// Past the word table's limit a report's new spellings have no slot: each such token is its
  /// own spelling, worked out for this report only.
  @Test func nameStartsPastTheWordTablesLimit() throws {
    let index = try Self.gazetteerIndex()
    let marker = Self.newWord()
    try Vocabulary.$testTokenLimit.withValue(Vocabulary.count) {
      let docs = [
        ReportText("خرج \(marker) من الرقة إلى \(marker)ة ثم \(marker) إلى تدمر"),
        ReportText("\(marker)ت Raqqa \(marker)ت الرقة"),
      ]
      let scan = ScanWord.of(docs[0])
      #expect(docs[0].words.contains(.unseen))
      #expect(scan.spellingCount >= 5)
      checkStarts(docs, index, cache: Locked([]))
    }
  }

  @Test func capitalTokensHoldEveryTokenAsked() throws {
    let marker = Self.newWord()
    var docs = try Self.documents()
    // Past the word table's limit: tokens of new spellings (unseen) are asked too.
    Vocabulary.$testTokenLimit.withValue(Vocabulary.count) {
      docs.append(ReportText("\(marker) العاصمة \(marker)ة the capital \(marker) zzqq\(marker.count)capital"))
    }
    var found = 0
    for doc in docs {
      let tokens = PlaceRecognizer.capitalTokens(doc)
      let expected = Self.referenceCapitalTokens(doc)
      found += expected.count
      // Ascending, each once, holding every token the old loop kept: `capitalMentions` reads them
      // in order and its own tests drop the rest.
      #expect(zip(tokens, tokens.dropFirst()).allSatisfy { $0 < $1 }, "\(doc.text.prefix(60))")
      #expect(Set(expected).isSubset(of: Set(tokens)), "\(doc.text.prefix(60))")
      // Only unseen spellings are asked beyond those.
      for i in Set(tokens).subtracting(expected) { #expect(doc.words[i] == .unseen) }
    }
    #expect(found >= 10)
  }

  @Test func indicesOfTwoWordsAreTheLoopsAnswer() {
    let a = Word(id: 7)
    let b = Word(id: 9)
    // Every length up to three groups of four and a bit, hits at every place of a group.
    for count in 0...14 {
      for hitA in [-1] + Array(0..<count) {
        for hitB in [-1, 0, count - 1, count / 2] where hitB < count {
          var words = (0..<count).map { Word(id: UInt32(100 + $0)) }
          if hitA >= 0 { words[hitA] = a }
          if hitB >= 0 { words[hitB] = b }
          var out: [Int] = [-5]
          words.withUnsafeBufferPointer { Word.appendIndices(of: a, b, in: $0, to: &out) }
          let expected = [-5] + words.indices.filter { words[$0] == a || words[$0] == b }
          #expect(out == expected, "\(count) \(hitA) \(hitB)")
        }
      }
    }
    var none: [Int] = []
    Word.appendIndices(of: a, b, in: UnsafeBufferPointer(start: nil, count: 0), to: &none)
    #expect(none.isEmpty)
  }

  @Test func aFormsTokenIsTheListHoldingIt() throws {
    // Lists with empty ones among them (first, inside, last).
    let lists: [[Word]] = [[], [Word(id: 1)], [], [], [Word(id: 2), Word(id: 3)], [Word(id: 4)], []]
    let flat = FlatForms(lists: lists)
    var k = 0
    for (i, list) in lists.enumerated() {
      for _ in list {
        #expect(flat.token(ofWordAt: k) == i)
        k += 1
      }
    }
    for doc in try Self.documents().prefix(20) {
      for (i, _) in doc.tokens.enumerated() {
        for k in doc.forms.range(of: i) { #expect(doc.forms.token(ofWordAt: k) == i) }
      }
    }
  }
}

/// `ReportKeys.spells` reads later words' keys from their `ScanHead` bytes and compares eight bytes
/// at a time: it must answer as the byte-by-byte comparison of the keys' strings it replaced.
@Suite struct KeySpellingReferenceTests {
  /// `spells` as the plain comparison of bytes: the key is `first` followed by each token's
  /// later-word key.
  static func referenceSpells(_ key: String, _ first: String, _ later: Range<Int>, _ scan: ScanWords) -> Bool {
    Array(key.utf8) == Array(first.utf8) + later.flatMap { Array(scan[$0].later.utf8) }
  }

  @Test func spellingAgreesWithTheReferenceOnEveryReport() throws {
    var checked = 0
    let long = "مقاتلينالكيلومترات"  // a later key past the 16 bytes a head holds
    for doc in try SpellingOnceTests.documents() + [ReportText("دير \(long) \(long) الزور abcdefghijklmnopq x")] {
      let scan = ScanWord.of(doc)
      let n = doc.tokens.count
      // Spans of two to four tokens from every token (every eighth of a long report), every
      // reading's first word.
      for i in stride(from: 0, to: n, by: n > 400 ? 8 : 1) {
        for r in 0..<scan[i].readingCount {
          let first = scan[i].reading(r).first
          for end in (i + 1)..<min(n, i + 4) + 1 where end > i + 1 {
            let later = (i + 1)..<end
            let key = first + later.map { scan[$0].later }.joined()
            // The key itself, and keys that differ from it at its end, inside it, by a byte more
            // or less, and the key of the next span.
            var variants = [key, key + "x", String(key.dropLast()), "", first, String(key.dropFirst())]
            if key.count > 3 {
              var s = Array(key)
              s[s.count / 2] = s[s.count / 2] == "x" ? "y" : "x"
              variants.append(String(s))
            }
            for v in variants {
              #expect(ReportKeys.spells(v, first, later, scan) == Self.referenceSpells(v, first, later, scan), "\(v)")
              checked += 1
            }
          }
        }
      }
    }
    #expect(checked > 10_000)
  }
}
