import Testing

@testable import GeomapCore

/// The name scanner takes a two-token span's hash from `NamePairs` instead of hashing it again:
/// the hash held must be the span's loose key's, as `PlaceRecognizer.longestMatch` builds it.
@Suite struct NamePairsTests {
  @Test func aPairHoldsItsSpansKeyHash() throws {
    let gazetteer = try makeTestGazetteer()
    let index = NameIndex(gazetteer)
    let doc = ReportText("وصلوا إلى ريف حمص الجنوبي ثم إلى مطار تدمر")
    let scan = ScanWord.of(doc)
    let starts = NameStarts.of(doc, scan, index, cache: Locked([]))
    let masked = [Bool](repeating: false, count: doc.tokens.count)
    let pairs = NamePairs(doc, scan, starts, masked: masked, index: index)
    var held = 0
    for i in 0..<(doc.tokens.count - 1) {
      for (r, reading) in scan[i].readings.enumerated() {
        guard let pair = pairs.pair(i, r) else { continue }
        held += 1
        let key = reading.first + scan[i + 1].later
        #expect(pair.hash == FNV1a.hash64(key))
        #expect(pair.isKey == index.marks(hash: pair.hash).isKey)
        #expect(pair.isPrefix == index.marks(hash: pair.hash).isPrefix)
      }
    }
    // «ريف حمص» and «مطار تدمر» begin names of the test gazetteer: their pairs are asked.
    #expect(held >= 2)
    #expect(pairs.pair(2, 0)?.isPrefix == true)
    #expect(pairs.pair(7, 0)?.isKey == true)
    // The last token has no pair.
    #expect(pairs.pair(doc.tokens.count - 1, 0) == nil)
  }
}

/// The name scan tries only `NamePairs.candidates`: every token where the plain scan, which asked
/// every unmasked token `mayStartName` allows, finds a name must be among them, and none other
/// than those it asked. On every fixture report (Arabic and English) and crafted text, with no
/// token masked and with some.
@Suite struct NameCandidatesTests {
  @Test func candidatesHoldEveryTokenWhereTheScanFindsAName() throws {
    let gazetteer = try bundledGazetteer ?? makeTestGazetteer()
    let recognizer = PlaceRecognizer(gazetteer: gazetteer)
    let docs = try SpellingOnceTests.documents() + [
      ReportText("the Deir ez-Zor countryside and al-Bab, al the ar-Raqqa; Bab al-Hawa 12 al"),
      ReportText("إلى الباب والرقة ومطار تدمر في ريف حمص الجنوبي ثم إلى"),
    ]
    var found = 0
    var asked = 0
    var skipped = 0
    for doc in docs {
      for maskEvery in [0, 5] {
        let masked = doc.tokens.indices.map { maskEvery > 0 && $0 % maskEvery == 3 }
        let words = ScanWord.of(doc)
        let starts = NameStarts.of(doc, words, recognizer.index, cache: recognizer.startCache)
        let pairs = NamePairs(doc, words, starts, masked: masked, index: recognizer.index)
        let scan = NameScan(words: words, starts: starts, pairs: pairs)
        let candidates = pairs.candidates.map(Int.init)
        #expect(zip(candidates, candidates.dropFirst()).allSatisfy { $0 < $1 }, "\(doc.text.prefix(60))")
        var keys = ReportKeys()
        let plain = doc.tokens.indices.filter { !masked[$0] && PlaceRecognizer.mayStartName(doc, starts, $0) }
        for i in plain where recognizer.longestMatch(doc, scan, at: i, masked: masked, keys: &keys) != nil {
          found += 1
          #expect(pairs.candidates.contains(Int32(i)), "token \(i) of \(doc.text.prefix(60))")
        }
        #expect(Set(candidates).isSubset(of: Set(plain)), "\(doc.text.prefix(60))")
        asked += plain.count
        skipped += plain.count - candidates.count
      }
    }
    #expect(found > 1_000)
    // The shortcut leaves out some of the tokens the plain scan asked.
    #expect(skipped > asked / 10)
  }
}
