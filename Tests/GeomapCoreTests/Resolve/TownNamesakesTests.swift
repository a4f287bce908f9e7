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
    // "town of" is a settlement hint, not a population class: Ar Rā‘ī (a village by default, no
    // population figure) over Raytown, Missouri (a town by its 29,401 people). Before round 29 the
    // hint's extra 0.2 for an exact kind chose Raytown (heldout6 en-s02-rai-reuters).
    (
      "Syrian rebels seized the Islamic State-held town of al-Rai on the Turkish border on Thursday, "
        + "a significant advance against the militants in northern Aleppo province.", "al-Rai", 36.61, 37.45
    ),
    ("سيطرت فصائل المعارضة السورية يوم الخميس على بلدة الراعي الحدودية مع تركيا في ريف حلب الشمالي", "الراعي", 36.61, 37.45),
    // A relative pronoun ends no name: «الباب التي» keyed loosely like Babati (Tanzania), 6,000 km off.
    ("وصلت التعزيزات إلى مدينة الباب التي تبعد 30 كيلومترا عن حلب.", "مدينة الباب", 36.37, 37.52),
    // A village with a population figure (Ma‘lūlā, 5,000) keeps its lead over namesakes without one.
    ("Syrian troops seized the ancient Christian town of Maaloula north of Damascus on Monday.", "Maaloula", 33.85, 36.55),
    // A countryside anchors like a town: "east of Aleppo" (the eastern Aleppo countryside) puts
    // Jibrin by Aleppo, not Kuljibrin near Azaz (a three-way tie the smaller id broke before round 30;
    // heldout6 ar-s05-foua-kafraya-anadolu).
    ("ووصلت القافلة إلى مركز إيواء في بلدة جبرين شرقي حلب بعد توقف لساعات.", "جبرين", 36.18, 37.26),
    ("The convoy reached a shelter in the village of Jibrin, east of Aleppo.", "Jibrin", 36.18, 37.26),
    // A bare "Old City" in a report about Homs is Homs's: the gazetteer's Old Homs row lacked the
    // variant the other old cities have, and it went to Aleppo's, 150 km off (round 31; heldout4
    // en-q06-ocha-homs-pause).
    (
      "UN teams evacuated some 1,400 people from the besieged Old City to a reception centre in "
        + "government-held Homs.", "Old City", 34.73, 36.72
    ),
  ]

  @Test(arguments: cases)
  func theTownMeantIsChosen(text: String, surface: String, lat: Double, lon: Double) throws {
    try Self.expectRead(text, surface: surface, lat: lat, lon: lon, withinKm: 10)
  }

  /// Reads `text` with the bundled gazetteer and expects a mention `surface` resolved within `km`
  /// of (`lat`, `lon`). (Shared with `ConstructHeadsTests`.)
  static func expectRead(_ text: String, surface: String, lat: Double, lon: Double, withinKm km: Double) throws {
    let reader = try #require(Self.reader)
    let mentions = reader.read(text: text, source: "t", date: nil).mentions
    let m = try #require(mentions.first { $0.surface == surface }, "\(surface) not read: \(mentions.map(\.surface))")
    let off = m.entry.coordinate.distanceKm(to: Coordinate(longitude: lon, latitude: lat))
    #expect(off <= km, "\(surface) → \(m.entry.name) (\(m.entry.id)) is \(Int(off)) km off")
  }
}
