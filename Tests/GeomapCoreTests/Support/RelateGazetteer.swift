@testable import GeomapCore

/// A small in-memory gazetteer of real places (coordinates rounded from GeoNames/OSM, WGS 84).
enum RelateGazetteer {
  static func entry(
    _ id: String, _ kind: PlaceKind, _ country: String, _ admin1: String, _ lon: Double, _ lat: Double,
    _ name: String, _ nameAr: String, pop: Int = 0, parent: String? = nil, variants: [String] = []
  ) -> GazetteerEntry {
    GazetteerEntry(
      id: "test:\(id)", kind: kind, country: country, admin1: admin1, parentID: parent.map { "test:\($0)" },
      coordinate: Coordinate(longitude: lon, latitude: lat), population: pop, name: name, nameAr: nameAr,
      variants: variants)
  }

  static let entries: [GazetteerEntry] = [
    entry("syria", .country, "SY", "", 38.0, 35.0, "Syria", "سوريا", pop: 18_000_000, variants: ["سورية"]),
    entry("iraq", .country, "IQ", "", 44.0, 33.0, "Iraq", "العراق", pop: 38_000_000),
    entry("iran", .country, "IR", "", 53.0, 32.0, "Iran", "إيران", pop: 80_000_000),
    entry("turkey", .country, "TR", "", 35.0, 39.0, "Turkey", "تركيا", pop: 80_000_000),
    entry(
      "raqqa", .city, "SY", "Raqqa", 39.0079, 35.9528, "Raqqa", "الرقة", pop: 220_488,
      variants: ["Ar-Raqqah", "Rakka", "al-Raqqa"]),
    entry(
      "raqqa-gov", .governorate, "SY", "Raqqa", 38.9, 35.9, "Raqqa Governorate", "محافظة الرقة", pop: 944_000,
      variants: ["الرقة", "Raqqa province"]),
    entry(
      "mayadin", .town, "SY", "Deir ez-Zor", 40.4517, 35.0196, "Al-Mayadin", "الميادين", pop: 44_028,
      variants: ["Mayadin"]),
    entry(
      "albukamal", .town, "SY", "Deir ez-Zor", 40.9187, 34.4536, "Abu Kamal", "البوكمال", pop: 50_000,
      variants: ["Albukamal", "Al-Bukamal", "البو كمال"]),
    entry(
      "palmyra", .town, "SY", "Homs", 38.2684, 34.5601, "Palmyra", "تدمر", pop: 51_323, variants: ["Tadmur"]),
    entry("homs", .city, "SY", "Homs", 36.7137, 34.7324, "Homs", "حمص", pop: 775_404),
    entry(
      "homs-south", .countryside, "SY", "Homs", 36.75, 34.55, "Southern Homs countryside", "ريف حمص الجنوبي",
      parent: "homs"),
    entry(
      "damascus", .city, "SY", "Damascus", 36.2765, 33.5138, "Damascus", "دمشق", pop: 1_711_000,
      variants: ["Dimashq", "الشام"]),
    entry(
      "rif-dimashq", .governorate, "SY", "Rif Dimashq", 36.5, 33.5, "Rif Dimashq", "ريف دمشق", pop: 2_836_000,
      variants: ["Damascus countryside"]),
    entry(
      "hajar-aswad", .town, "SY", "Rif Dimashq", 36.305, 33.46, "Al-Hajar al-Aswad", "الحجر الأسود",
      pop: 84_948, variants: ["Hajar al-Aswad"]),
    entry(
      "yarmouk", .camp, "SY", "Damascus", 36.3036, 33.4731, "Yarmouk Camp", "مخيم اليرموك", pop: 112_550,
      parent: "damascus", variants: ["Yarmouk", "اليرموك"]),
    entry(
      "tadamon", .neighbourhood, "SY", "Damascus", 36.312, 33.483, "Tadamon", "التضامن", parent: "damascus",
      variants: ["Al-Tadamon"]),
    entry(
      "asali", .neighbourhood, "SY", "Damascus", 36.295, 33.468, "Al-Asali", "العسالي", parent: "damascus",
      variants: ["Asali"]),
    entry(
      "qadam", .neighbourhood, "SY", "Damascus", 36.29, 33.47, "Al-Qadam", "القدم", parent: "damascus",
      variants: ["Qadam"]),
    entry(
      "deir-ez-zor", .city, "SY", "Deir ez-Zor", 40.1408, 35.3359, "Deir ez-Zor", "دير الزور", pop: 211_857,
      variants: ["Deir al-Zour", "Dayr az Zawr", "ديرالزور"]),
    entry("mosul", .city, "IQ", "Nineveh", 43.1189, 36.335, "Mosul", "الموصل", pop: 1_739_800),
    entry("baghdad", .city, "IQ", "Baghdad", 44.3661, 33.3152, "Baghdad", "بغداد", pop: 5_672_513),
    entry(
      "border-sy-iq", .region, "SY", "", 41.0, 34.5, "Syria–Iraq border area", "المناطق الحدودية مع العراق",
      variants: ["Syria-Iraq border area", "border area with Iraq", "المنطقة الحدودية السورية العراقية"]),
    entry("al-bab", .city, "SY", "Aleppo", 37.5157, 36.3708, "Al-Bab", "الباب", pop: 63_069),
    entry(
      "tabqa", .city, "SY", "Raqqa", 38.5481, 35.8368, "Al-Thawrah", "الثورة", pop: 69_425,
      variants: ["Tabqa", "الطبقة"]),
    entry("aleppo", .city, "SY", "Aleppo", 37.1612, 36.2021, "Aleppo", "حلب", pop: 1_602_264),
    entry("hama", .city, "SY", "Hama", 36.7578, 35.1318, "Hama", "حماة", pop: 696_863),
    entry(
      "qalamoun", .region, "SY", "Rif Dimashq", 36.6, 33.9, "Qalamoun", "القلمون",
      variants: ["Qalamoun Mountains"]),
    entry("qalamoun-lb", .village, "LB", "North", 35.79, 34.386, "Qalamoun", "القلمون", pop: 10_000),
  ]

  static let shared = Gazetteer(entries: entries)
  static let reader = ReportReader(gazetteer: shared)
}
