import Testing

@testable import GeomapCore

@Suite struct ReportKeysTests {
  private func facts(_ key: String) -> KeyFacts { KeyFacts(key: key, candidates: [], flags: []) }

  /// The key's number, numbering it first when it has none.
  private func number(_ key: String, hash: UInt64? = nil, in keys: inout ReportKeys) -> Int32 {
    let hash = hash ?? FNV1a.hash64(key)
    return keys.number(key: key, hash: hash) ?? keys.add(facts(key), hash: hash)
  }

  @Test func oneNumberPerKey() {
    var keys = ReportKeys()
    #expect(keys.number(key: "رقه", hash: FNV1a.hash64("رقه")) == nil)
    let raqqa = number("رقه", in: &keys)
    let homs = number("حمص", in: &keys)
    #expect(raqqa != homs)
    #expect(number("رقه", in: &keys) == raqqa)
    #expect(number("حمص", in: &keys) == homs)
    #expect(keys.count == 2)
    #expect(keys[homs].key == "حمص")
  }

  @Test func manyKeysOutgrowTheTable() {
    var keys = ReportKeys()
    let names = (0..<500).map { "place\($0)" }
    let numbers = names.map { number($0, in: &keys) }
    #expect(numbers == (0..<500).map(Int32.init))
    #expect(names.map { keys.number(key: $0, hash: FNV1a.hash64($0)) } == numbers.map { Optional($0) })
  }

  @Test func oneWordNumbersAreRememberedBySpellingAndReading() {
    var keys = ReportKeys()
    #expect(keys.number(spelling: 0, reading: 0) == nil)
    let raqqa = number("رقه", in: &keys)
    keys.remember(raqqa, spelling: 5, reading: 1)
    #expect(keys.number(spelling: 5, reading: 1) == raqqa)
    // Another reading of the spelling, or another spelling, is not remembered with it.
    #expect(keys.number(spelling: 5, reading: 0) == nil)
    #expect(keys.number(spelling: 4, reading: 1) == nil)
    // Number 0 is remembered too, and far spellings grow the table.
    let homs = number("حمص", in: &keys)
    keys.remember(homs, spelling: 10_000, reading: 2)
    keys.remember(raqqa, spelling: 0, reading: 0)
    #expect(keys.number(spelling: 10_000, reading: 2) == homs)
    #expect(keys.number(spelling: 0, reading: 0) == raqqa)
    #expect(keys.number(spelling: 5, reading: 1) == raqqa)
  }

  @Test func numberOrAddAgreesWithLookUpThenAdd() {
    // `number(orAdd:)` probes once where `number(key:)` then `add` probed twice: the same numbers,
    // through table growth (500 keys from 512 slots) and shared hashes (every fifth key's hash is
    // 7, as collisions would), each key asked twice.
    var slow = ReportKeys()
    var fast = ReportKeys()
    let names = (0..<500).map { "place\($0)" } + ["رقه", "حمص", "دير الزور"]
    func hash(_ k: Int) -> UInt64 { k % 5 == 0 ? 7 : FNV1a.hash64(names[k]) }
    for round in 0..<2 {
      for k in names.indices {
        let a = number(names[k], hash: hash(k), in: &slow)
        let b = fast.number(orAdd: facts(names[k]), hash: hash(k))
        #expect(a == b, "round \(round), \(names[k])")
      }
    }
    #expect(fast.count == names.count)
    for k in names.indices {
      #expect(fast.number(key: names[k], hash: hash(k)) == slow.number(key: names[k], hash: hash(k)))
    }
  }

  @Test func keysSharingAHashKeepTheirOwnNumbers() {
    // Two keys given one hash (as a collision would): each keeps one number of its own.
    var keys = ReportKeys()
    let a = number("raqqa", hash: 7, in: &keys)
    let b = number("homs", hash: 7, in: &keys)
    #expect(a != b)
    #expect(number("homs", hash: 7, in: &keys) == b)
    #expect(number("raqqa", hash: 7, in: &keys) == a)
    #expect(keys[b].key == "homs")
    #expect(keys.count == 2)
  }
}

@Suite struct ReportKeysSpellingTests {
  @Test func aKeyOfSeveralWordsIsFoundByItsPieces() throws {
    // «دير الزور»: the first word's key, then the later word's, as the name scan keys them.
    let doc = ReportText("وصلوا إلى دير الزور")
    let scan = ScanWord.of(doc)
    let first = try #require(scan[2].readings.first).first
    let key = first + scan[3].later
    var keys = ReportKeys()
    let hash = FNV1a.hash64(key)
    #expect(keys.number(first: first, later: 3..<4, of: scan, hash: hash) == nil)
    let k = keys.add(KeyFacts(key: key, candidates: [], flags: []), hash: hash)
    #expect(keys.number(first: first, later: 3..<4, of: scan, hash: hash) == k)
    // Same hash, other pieces: not the key.
    #expect(keys.number(first: first, later: 2..<3, of: scan, hash: hash) == nil)
    #expect(keys.number(first: first, later: 3..<3, of: scan, hash: hash) == nil)
    #expect(ReportKeys.spells(key, first, 3..<4, scan))
    #expect(!ReportKeys.spells(key + "x", first, 3..<4, scan))
    // Keys shorter than the pieces, or differing inside a piece.
    #expect(!ReportKeys.spells(first, first, 3..<4, scan))
    #expect(!ReportKeys.spells("", first, 3..<4, scan))
    #expect(!ReportKeys.spells(String(key.dropLast()) + "x", first, 3..<4, scan))
    #expect(ReportKeys.spells(first, first, 3..<3, scan))
  }
}
