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
}
