import Testing

@testable import GeomapCore

/// Towns that share their name with villages elsewhere: with the bundled gazetteer, the report's
/// other places and the trigger noun must pick the town meant.
@Suite(.enabled(if: BundledGazetteerTests.gazetteer != nil))
struct TownNamesakesTests {
  static let reader: ReportReader? = BundledGazetteerTests.gazetteer.map { ReportReader(gazetteer: $0) }

  /// (sentence, surface, latitude, longitude) of the place meant; within 10 km.
  static let cases: [(String, String, Double, Double)] = [
    ("Iraqi forces entered the town of Karmah, east of Fallujah in Anbar province.", "Karmah", 33.40, 43.91),
    ("انسحب مسلحو التنظيم من السعدية باتجاه جلولاء في محافظة ديالى", "السعدية", 34.19, 45.12),
    ("Regime troops took Maskanah on the Euphrates, east of Aleppo, after ISIS withdrew.", "Maskanah", 35.97, 38.04),
    ("SDF units pushed south of Tabqa toward Resafa in Raqqa province.", "Resafa", 35.63, 38.76),
  ]

  @Test(arguments: cases)
  func theTownMeantIsChosen(text: String, surface: String, lat: Double, lon: Double) throws {
    let reader = try #require(Self.reader)
    let mentions = reader.read(text: text, source: "t", date: nil).mentions
    let m = try #require(mentions.first { $0.surface == surface }, "\(surface) not read")
    let km = m.entry.coordinate.distanceKm(to: Coordinate(longitude: lon, latitude: lat))
    #expect(km <= 10, "\(surface) → \(m.entry.name) (\(m.entry.id)) is \(Int(km)) km off")
  }
}
