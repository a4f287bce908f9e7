import Testing

@testable import GeomapCore

extension ScanWord {
  /// The readings in order, as an array (the scan data keeps the first apart).
  var readings: [Reading] { (0..<readingCount).map(reading) }
}

/// `ScanHead` answers the name scan without the `ScanWord`'s strings: it must answer as they do.
@Suite struct ScanHeadTests {
  static let words = [
    "وبالميادين", "للرقة", "الرقة", "دمشق", "و", "ال", "السوريةالديمقراطية", "Raqqa", "al", "Deir", "Abu-Kamal",
    // Later keys of 14 to 18 bytes, about the 16 a head holds.
    "مقاتلين", "abcdefghijklmno", "abcdefghijklmnop", "abcdefghijklmnopq", "المقاتلين", "الكيلومترات",
  ]

  @Test(arguments: words) func headMatchesTheReadings(_ text: String) throws {
    let token = try #require(Tokenizer.tokens(in: text).first)
    let word = ScanWord(token.text, script: token.script, word: Word(token: token.text))
    let head = word.head
    #expect(Int(head.readingCount) == word.readingCount)
    for r in 0..<word.readingCount {
      let reading = word.reading(r)
      #expect(head.onlyHash(r) == reading.onlyHash)
      #expect(head.firstHash(r) == reading.firstHash)
      #expect(head.prefixLength(r) == reading.prefixLength)
      #expect(head.onlyIsEmpty(r) == reading.only.isEmpty)
      #expect(head.firstIsEmpty(r) == reading.first.isEmpty)
    }
    #expect(head.laterIsEmpty == word.later.isEmpty)
    let seed: UInt64 = 0x1234_5678_9ABC_DEF0
    let expected = FNV1a.hash64(continuing: seed, word.later)
    if word.later.utf8.count <= 16 {
      #expect(head.hash(continuing: seed) == expected)
    } else {
      #expect(head.hash(continuing: seed) == nil)
    }
  }

  /// A report's scan data, made when first asked for, is each token's own, for spellings new to
  /// the process, known ones and the report's repeats alike: Arabic and English fixture reports,
  /// each read twice (the second time every spelling is known, some with scan data made).
  @Test func scanDataMadeWhenAskedIsTheTokensOwn() throws {
    let reports = try ScanWordFastPathTests.texts().reports
    let chosen = reports.filter { $0.unicodeScalars.contains { $0.value >= 0x0600 && $0.value < 0x0700 } }.prefix(3)
      + reports.filter { !$0.unicodeScalars.contains { $0.value >= 0x0600 && $0.value < 0x0700 } }.prefix(3)
    #expect(chosen.count == 6)
    for text in chosen {
      let doc = ReportText(text)
      for _ in 0..<2 {
        let scan = ScanWord.of(doc)
        // Every other token asked first, then all: each spelling's scan data is made at its
        // first token or at a later one.
        for i in doc.tokens.indices where i % 2 == 1 { _ = scan[i] }
        for i in doc.tokens.indices {
          let own = ScanWord(doc.tokens[i].text, script: doc.tokens[i].script, word: doc.words[i])
          #expect(scan[i].readings.map(\.only) == own.readings.map(\.only), "\(doc.tokens[i].text)")
          #expect(scan[i].later == own.later, "\(doc.tokens[i].text)")
          #expect(scan[i].context.isStopOrCommon == own.context.isStopOrCommon, "\(doc.tokens[i].text)")
          #expect(scan[i].context.hint == own.context.hint, "\(doc.tokens[i].text)")
          #expect(ScanWordFastPathTests.same(scan.head(i), own.head), "\(doc.tokens[i].text)")
        }
      }
    }
  }

  /// A report's heads are each token's spelling's, for known and new spellings alike.
  @Test func reportHeadsFollowTheTokens() {
    let doc = ReportText("خرج مقاتلو التنظيم من الرقة باتجاه الميادين ثم من الرقة إلى البوكمال")
    let scan = ScanWord.of(doc)
    for i in doc.tokens.indices {
      #expect(scan.head(i).onlyHash(0) == scan[i].reading(0).onlyHash)
      if i + 1 < doc.tokens.count {
        #expect(scan.hash(continuing: 7, later: i + 1) == FNV1a.hash64(continuing: 7, scan[i + 1].later))
      }
    }
  }
}
