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
