import Testing

@testable import GeomapCore

/// English names of sites that go on in lowercase words and digits: "T4 airbase", "Tiyas air base"
/// (round 30: "T4 air base" was never read — the digit counted as a lowercase word and "air",
/// "base" and "airbase" stopped a name; heldout4 en-q01, heldout10 en-w02).
@Suite(.enabled(if: BundledGazetteerTests.gazetteer != nil))
struct SiteNamesTests {
  static let reader: ReportReader? = BundledGazetteerTests.gazetteer.map { ReportReader(gazetteer: $0) }

  /// (sentence, surface, gazetteer id).
  static let cases: [(String, String, String)] = [
    ("Israeli jets struck the T4 air base in Homs province.", "T4 air base", "geomap:sy-t4-airbase"),
    ("Jets struck T4 airbase.", "T4 airbase", "geomap:sy-t4-airbase"),
    ("Missiles hit the T-4 airbase east of Homs.", "T-4 airbase", "geomap:sy-t4-airbase"),
    ("Jets took off from the Tiyas air base at dawn.", "Tiyas air base", "geomap:sy-t4-airbase"),
    ("Islamic State still surrounds the government-held Deir al-Zor air base.", "Deir al-Zor air base",
     "geomap:sy-deir-ez-zor-airbase"),
  ]

  @Test(arguments: cases)
  func theSiteIsRead(text: String, surface: String, id: String) throws {
    let reader = try #require(Self.reader)
    let mentions = reader.read(text: text, source: "t", date: nil).mentions
    let m = try #require(mentions.first { $0.surface == surface }, "\(surface) not read: \(mentions.map(\.surface))")
    #expect(m.entry.id == id)
  }

  /// A number alone is no name, and "4 people" no place.
  @Test func aNumberIsNoName() throws {
    let reader = try #require(Self.reader)
    #expect(reader.read(text: "He said 4 people died in the base.", source: "t", date: nil).mentions.isEmpty)
  }
}
