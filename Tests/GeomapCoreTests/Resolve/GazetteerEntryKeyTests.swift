import Foundation
import Geodata
import Testing

@testable import GeomapCore

/// Resolution compares ids and country codes by the numbers `GazetteerEntry` keeps for them
/// (`IDKey`, `countryCode`): they must answer as the Strings do.
@Suite struct GazetteerEntryKeyTests {
  /// Every row of the bundled `places.tsv`, parsed.
  static let bundledEntries: [GazetteerEntry] = {
    guard let url = GeodataFiles.url("places.tsv"), let text = try? String(contentsOf: url, encoding: .utf8)
    else { return [] }
    return text.split(separator: "\n").dropFirst().compactMap(GazetteerRow.parse)
  }()

  static func entry(_ id: String, parent: String? = nil, country: String = "SY") -> GazetteerEntry {
    GazetteerEntry(
      id: id, kind: .village, country: country, parentID: parent,
      coordinate: Coordinate(longitude: 36, latitude: 33), name: id)
  }

  @Test func bundledEntriesSortByKeyAsByID() throws {
    let entries = Self.bundledEntries
    try #require(entries.count > 200_000, "the bundled gazetteer did not load")
    var shuffled = entries
    var rng = SystemRandomNumberGenerator()
    shuffled.shuffle(using: &rng)
    let byKey = shuffled.sorted { $0.idPrecedes($1) }.map(\.id)
    let byString = shuffled.sorted { $0.id < $1.id }.map(\.id)
    #expect(byKey == byString)
  }

  @Test func bundledParentLinksByKeyAgreeWithParentIDs() throws {
    let entries = Self.bundledEntries
    try #require(entries.count > 200_000, "the bundled gazetteer did not load")
    let byID = Dictionary(entries.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    var linked = 0
    for (k, e) in entries.enumerated() {
      if let parentID = e.parentID, let parent = byID[parentID] {
        #expect(e.isChild(of: parent), "\(e.id) → \(parentID)")
        #expect(e.hasSameID(as: parent) == (e.id == parent.id))
        linked += 1
      }
      // A neighbour in id order, which shares most of its id: neither its child nor the same id.
      let other = entries[(k + 1) % entries.count]
      #expect(e.isChild(of: other) == (e.parentID == other.id))
      #expect(!e.hasSameID(as: other))
    }
    #expect(linked > 100)
  }

  /// Ids past 16 bytes, ids that are prefixes of others, and ids of other characters (U+212A
  /// KELVIN SIGN is canonically equivalent to "K": the Strings are equal, their bytes are not).
  @Test func keysAnswerAsStringsOnEdgeCases() {
    let ids = [
      "gn:1", "gn:10", "gn:2", "geomap:a-very-long-slug-1", "geomap:a-very-long-slug-2",
      "geomap:a-very-lo", "geomap:a-very-long", "wof:85632573", "test:K", "test:\u{212A}", "test:é",
      "test:e\u{301}", "", "a\u{0}b", "a",
    ]
    for a in ids {
      for b in ids {
        let x = Self.entry(a)
        let y = Self.entry(b)
        #expect(x.idPrecedes(y) == (a < b), "\(a) < \(b)")
        #expect(x.hasSameID(as: y) == (a == b), "\(a) == \(b)")
        #expect(Self.entry("x", parent: a).isChild(of: y) == (a == b), "\(a) parent \(b)")
      }
      #expect(!Self.entry(a).isChild(of: Self.entry(a)))
    }
  }

  @Test func countryVotesFindCountriesAsStrings() {
    // No two of these are equal Strings; "KR" equals "\u{212A}R".
    let counted = ["SY", "IQ", "\u{212A}R", "é", "SYR", ""]
    let votes = ContextResolver.CountryVotes(Dictionary(uniqueKeysWithValues: counted.enumerated().map { ($1, $0) }))
    for a in counted + ["KR", "e\u{301}", "LB", "KW", "\u{212A}W"] {
      let e = Self.entry("x", country: a)
      #expect(ContextResolver.isTheatre(e.countryCode) == (a == "SY" || a == "IQ"))
      #expect(PlaceContext.region.contains(packed: e.countryCode) == PlaceContext.region.contains(a))
      #expect(votes.index(of: e).map { votes.countries[$0] } == votes.countries.first { $0 == a }, "\(a)")
    }
  }

  /// `IDKey(bytes:)` as it was written first, a byte at a time: the reference the word-at-a-time
  /// reading must agree with.
  static func referenceIDKey(_ bytes: [UInt8]) -> (prefix: UInt128?, isWhole: Bool) {
    var high: UInt64 = 0
    var low: UInt64 = 0
    for (k, byte) in bytes.enumerated() {
      guard byte != 0, byte < 0x80 else { return (nil, false) }
      if k < 8 {
        high |= UInt64(byte) &<< (56 - 8 * k)
      } else if k < 16 {
        low |= UInt64(byte) &<< (56 - 8 * (k - 8))
      }
    }
    return (UInt128(high) << 64 | UInt128(low), bytes.count <= 16)
  }

  static func expectKeyAsReference(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
    let key = bytes.withUnsafeBufferPointer { GazetteerEntry.IDKey(bytes: $0) }
    let reference = referenceIDKey(bytes)
    #expect(key.prefix == reference.prefix && key.isWhole == reference.isWhole, "\(bytes)", sourceLocation: sourceLocation)
  }

  /// Every bundled id and parent id, and crafted ids of every length to 20 with a NUL, a DEL or a
  /// byte past ASCII at each place.
  @Test func idKeysFromBytesAreTheByteLoops() throws {
    let entries = Self.bundledEntries
    try #require(entries.count > 200_000, "the bundled gazetteer did not load")
    for e in entries {
      Self.expectKeyAsReference(Array(e.id.utf8))
      if let parent = e.parentID { Self.expectKeyAsReference(Array(parent.utf8)) }
    }
    for length in 0...20 {
      let plain = (0..<length).map { UInt8(ascii: "a") + UInt8($0) }
      Self.expectKeyAsReference(plain)
      for at in 0..<length {
        for odd: UInt8 in [0, 1, 0x7F, 0x80, 0xC3, 0xFF] {
          var bytes = plain
          bytes[at] = odd
          Self.expectKeyAsReference(bytes)
        }
      }
    }
  }

  /// The keys read from a row's bytes are those of the row's Strings: on crafted rows with NULs,
  /// invalid UTF-8 and odd country codes (every bundled row: `GazetteerRowTests`).
  @Test func rowKeysAreTheStringKeys() throws {
    let columns: [[UInt8]] = [
      Array("gn:1".utf8), Array("geomap:a-very-long-slug-1".utf8), [], [0x67, 0x00, 0x31], [0xFF, 0x31],
      [0x61, 0xC3], Array("test:é".utf8), Array("SY".utf8), [0x53, 0x00], [0x53, 0x80], [0xC3, 0xA9],
      Array("S".utf8), Array("SYR".utf8), [0x80], [0xE2, 0x84],
    ]
    for id in columns {
      for parent in columns {
        for country in columns {
          let row = id + Array("\t1\tcity\t".utf8) + country + Array("\t\t".utf8) + parent
            + Array("\t35.9\t39.0\t0\t\tRaqqa\tالرقة\t\tgeonames".utf8)
          let entry = try #require(row.withUnsafeBufferPointer { GazetteerRow.parse(bytes: $0) })
          let keys = GazetteerEntry.Keys(id: entry.id, parentID: entry.parentID, country: entry.country)
          #expect(entry.keys == keys, "\(row)")
        }
      }
    }
  }
}
