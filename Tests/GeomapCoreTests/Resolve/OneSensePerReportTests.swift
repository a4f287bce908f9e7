import Testing

@testable import GeomapCore

/// A report that names a place twice means the same place: a repeat that its own context decides
/// less takes the sense of the surest mention of that name (round 30, `ContextResolver.keepOneSense`).
@Suite(.enabled(if: BundledGazetteerTests.gazetteer != nil))
struct OneSensePerReportTests {
  static let reader: ReportReader? = BundledGazetteerTests.gazetteer.map { ReportReader(gazetteer: $0) }

  /// (fixture, surface, the id every mention of it must resolve to).
  static let cases: [(String, String, String)] = [
    // «وبلدة الشجرة» in the Yarmouk basin is the Daraa village; «بالشجرة» later chose the Aleppo
    // one on a four-way tie.
    ("heldout4/ar-q08-yarmouk-basin-sana.txt", "الشجرة", "gn:172829"),
    // «من كلار إلى قره تبه»: Kalar drew the third of four mentions to a namesake village by it.
    ("heldout8/ar-u01-qara-tapa-sumaria.txt", "قره تبه", "gn:92411"),
  ]

  @Test(arguments: cases)
  func everyMentionHasTheSameSense(fixture: String, surface: String, id: String) throws {
    let reader = try #require(Self.reader)
    let text = try Fixtures.text(fixture)
    let mentions = reader.read(text: text, source: fixture, date: nil).mentions.filter { $0.surface == surface }
    #expect(mentions.count >= 2)
    for m in mentions { #expect(m.entry.id == id, "\(m.start): \(m.entry.name) (\(m.entry.id))") }
  }

  /// A site its own words chose keeps its sense: "Taftanaz air base" is the air base, though "the
  /// village of Taftanaz" later is the town.
  @Test func aSiteKeepsItsOwnSense() throws {
    let reader = try #require(Self.reader)
    let text = try Fixtures.text("heldout8/en-u01-taftanaz-reuters.txt")
    let ids = reader.read(text: text, source: "t", date: nil).mentions.filter { $0.surface.hasPrefix("Taftanaz") }.map(\.entry.id)
    #expect(ids == ["geomap:sy-taftanaz-airbase", "gn:163799"])
  }

  /// "Idlib province" (the governorate) and a bare "Idlib" (the city) stay apart.
  @Test func aProvinceAndItsCityStayApart() throws {
    let reader = try #require(Self.reader)
    let text = try Fixtures.text("heldout3/en-k04-altal-afp.txt")
    let ids = Set(reader.read(text: text, source: "t", date: nil).mentions.filter { $0.surface == "Idlib" }.map(\.entry.id))
    #expect(ids == ["gn:169387", "gn:169389"])
  }
}
