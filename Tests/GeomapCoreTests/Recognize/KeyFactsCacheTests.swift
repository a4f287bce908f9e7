import Foundation
import Testing

@testable import GeomapCore

@Suite struct KeyFactsCacheTests {
  private func facts(_ key: String, _ flags: KeyFacts.Flags = []) -> KeyFacts {
    KeyFacts(key: key, candidates: [], flags: flags)
  }

  @Test func findsEachHashAsItGrows() {
    var cache = KeyFactsCache()
    // Hashes sharing their top bits (one home slot) and spread ones, past the first table's size.
    let hashes = (0..<3_000).map { UInt64($0) } + (0..<3_000).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 | 1 << 63 }
    for (k, h) in hashes.enumerated() {
      #expect(cache.index(hash: h) == nil)
      #expect(cache.add(facts("k\(k)"), hash: h) == k)
    }
    #expect(cache.count == hashes.count)
    for (k, h) in hashes.enumerated() { #expect(cache.index(hash: h) == k) }
    cache[5] = facts("k5", .common)
    #expect(cache[5].flags == .common && cache[5].key == "k5")
    cache.removeAll()
    #expect(cache.count == 0)
    #expect(cache.index(hash: hashes[5]) == nil)
    #expect(cache.add(facts("again"), hash: hashes[5]) == 0)
  }

  @Test func remembersOneWordFactsBySpellingAndReading() {
    var cache = KeyFactsCache()
    let raqqa = cache.add(facts("رقه"), hash: FNV1a.hash64("رقه"))
    let homs = cache.add(facts("حمص"), hash: FNV1a.hash64("حمص"))
    #expect(KeyFactsCache.oneWordEntry(slot: -1, reading: 0) == -1)
    let a = KeyFactsCache.oneWordEntry(slot: 7, reading: 1)
    let b = KeyFactsCache.oneWordEntry(slot: 50_000, reading: 2)
    #expect(cache.oneWordFacts(a) == nil && cache.oneWordFacts(-1) == nil)
    cache.remember(raqqa, oneWord: a)
    cache.remember(homs, oneWord: b)
    cache.remember(homs, oneWord: -1)
    #expect(cache.oneWordFacts(a)?.key == "رقه")
    #expect(cache.oneWordFacts(b)?.key == "حمص")
    #expect(cache.oneWordFacts(KeyFactsCache.oneWordEntry(slot: 7, reading: 0)) == nil)
    // The memo reads the entry as it stands (article flags are added in place).
    cache[raqqa] = facts("رقه", .articleKnown)
    #expect(cache.oneWordFacts(a)?.flags == .articleKnown)
    // Dropped with the entries it points at.
    cache.removeAll()
    #expect(cache.oneWordFacts(a) == nil && cache.oneWordFacts(b) == nil)
  }

  /// Reports read one after another by one recognizer (its caches warm, one-word keys found by
  /// spelling) give the mentions a fresh recognizer gives each.
  @Test func aWarmRecognizerReadsAsAFreshOne() throws {
    let gazetteer = try makeTestGazetteer()
    let warm = PlaceRecognizer(gazetteer: gazetteer)
    let reports = try ScanWordFastPathTests.texts().reports
    #expect(reports.count > 50)
    func described(_ ms: [RecognizedMention]) -> [String] {
      ms.map { "\($0.start) \($0.end) \($0.key) \($0.context) \($0.candidates.count) \($0.surface)" }
    }
    for text in reports + reports.prefix(10) {
      let doc = ReportText(text)
      let fresh = PlaceRecognizer(gazetteer: gazetteer, index: warm.index)
      #expect(described(warm.recognize(doc)) == described(fresh.recognize(doc)))
    }
  }
}
