import Testing

@testable import GeomapCore

/// A noun of the ground written without the article before its genitive («وادي النصارى», «تل
/// الشمسيات») heads a longer name; when the gazetteer lacks that name, the noun alone must not be
/// read as the place spelled like it (round 30: «ومنطقة وادي النصارى» in heldout7
/// ar-t04-sadad-observatory was El Oued, Algeria).
@Suite(.enabled(if: BundledGazetteerTests.gazetteer != nil))
struct ConstructHeadsTests {
  static let reader: ReportReader? = BundledGazetteerTests.gazetteer.map { ReportReader(gazetteer: $0) }

  /// (sentence, the head noun that must not be read alone).
  static let heads: [(String, String)] = [
    ("وصلت القوات إلى منطقة وادي الضيف شرق معرة النعمان.", "وادي"),  // El Oued, Algeria
    ("سيطر التنظيم على منطقة تل الشمسيات شرق حماة.", "تل"),  // al-Tall, Rif Dimashq
    ("انسحب المقاتلون نحو منطقة سهل الروج في ريف إدلب.", "سهل"),  // Sahl, a Raqqa village
    ("تقدمت القوات باتجاه بلدة عين الخضرة في ريف حماة.", "عين"),  // Al Ain City, UAE
    ("ISIS seized Tell Shamsiyat east of Hama.", "Tell"),  // al-Tall
    ("Fighting spread to Jabal Shbeit near Raqqa.", "Jabal"),  // Al Jabal
    ("Families fled to Sahl al-Rouj in Idlib.", "Sahl"),
    // A glued ل on a verbal noun in construct: «لإصلاح الأضرار» (to repair the damage) is no ل on
    // Al Islah, an Iraqi village (heldout4 ar-q03-wadi-barada-enab).
    ("ودخلت ورشات مؤسسة المياه إلى النبع في وادي بردى لإصلاح الأضرار.", "إصلاح"),
  ]

  @Test(arguments: heads)
  func aHeadBeforeItsGenitiveIsNoPlace(text: String, head: String) throws {
    let reader = try #require(Self.reader)
    let mentions = reader.read(text: text, source: "t", date: nil).mentions
    #expect(!mentions.contains { $0.surface.hasSuffix(head) }, "\(mentions.map { "\($0.surface) → \($0.entry.name)" })")
    // The rest of the sentence is still read.
    #expect(!mentions.isEmpty)
  }

  /// (sentence, surface, latitude, longitude): a head noun that is the whole name, or a name the
  /// gazetteer has in full, is still read (within 15 km).
  static let names: [(String, String, Double, Double)] = [
    ("سيطرت القوات على قرية سهل في ريف الرقة.", "سهل", 35.91, 38.92),
    ("وصلت التعزيزات إلى وادي بردى بعد الاتفاق.", "وادي بردى", 33.64, 36.15),
    ("نزحت نحو ألفي عائلة باتجاه حمص ودمشق ومنطقة وادي النصارى.", "وادي النصارى", 34.77, 36.30),
    ("Rebels shelled al-Tall, north of Damascus.", "al-Tall", 33.61, 36.31),
    // A city of the theatre with a glued letter and an adjective after it.
    ("وصلت قافلة المساعدات بإدلب الخضراء مساء أمس.", "إدلب", 35.93, 36.63),
    ("وصلت التعزيزات لحلب الشرقية أمس.", "حلب", 36.20, 37.16),
    ("Troops entered Tell Abyad on Monday.", "Tell Abyad", 36.70, 38.95),
    ("Some 2,000 families fled toward Homs and the Wadi al-Nasara area.", "Wadi al-Nasara", 34.77, 36.30),
  ]

  @Test(arguments: names)
  func aWholeNameIsStillRead(text: String, surface: String, lat: Double, lon: Double) throws {
    try TownNamesakesTests.expectRead(text, surface: surface, lat: lat, lon: lon, withinKm: 15)
  }
}
