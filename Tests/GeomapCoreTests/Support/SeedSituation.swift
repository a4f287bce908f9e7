import Testing

@testable import GeomapCore

/// Gazetteer-like entries for the fixture reports (ids and positions as in the bundled gazetteer
/// where it has the place; `geomap:` slugs for neighbourhoods and regions it lacks).
enum Places {
  static func sy(
    _ id: String, _ gn: Int?, _ kind: PlaceKind, _ admin1: String, lat: Double, lon: Double,
    radius: Double? = nil, _ name: String, _ nameAr: String, parent: String? = nil
  ) -> GazetteerEntry {
    GazetteerEntry(
      id: id, geonameID: gn, kind: kind, country: "SY", admin1: admin1, parentID: parent,
      coordinate: Coordinate(longitude: lon, latitude: lat), radiusKm: radius, name: name, nameAr: nameAr)
  }

  static let raqqa = sy(
    "gn:172955", 172955, .city, "Raqqa", lat: 35.9528, lon: 39.0079, radius: 5.82, "Raqqa", "الرقة")
  static let mayadin = sy(
    "gn:173480", 173480, .town, "Deir ez-Zor", lat: 35.0207, lon: 40.4531, radius: 1.86, "Mayadin", "الميادين"
  )
  static let albukamal = sy(
    "gn:174448", 174448, .town, "Deir ez-Zor", lat: 34.4534, lon: 40.9182, radius: 1.91, "Albukamal",
    "البوكمال")
  static let palmyra = sy(
    "gn:163808", 163808, .town, "Homs", lat: 34.5601, lon: 38.2684, radius: 1.8, "Palmyra", "تدمر")
  static let deirEzZor = sy(
    "gn:170794", 170794, .city, "Deir ez-Zor", lat: 35.3359, lon: 40.1408, radius: 6, "Deir ez-Zor",
    "دير الزور")
  static let damascus = sy(
    "gn:170654", 170654, .city, "Damascus", lat: 33.5102, lon: 36.2913, radius: 10, "Damascus", "دمشق")
  static let hajarAlAswad = sy(
    "gn:8419677", 8419677, .neighbourhood, "Rif Dimashq", lat: 33.468, lon: 36.303, "Hajar al-Aswad",
    "الحجر الأسود", parent: "gn:170654")
  static let yarmouk = sy(
    "gn:166716", 166716, .camp, "Damascus", lat: 33.474, lon: 36.302, "Yarmouk camp", "مخيم اليرموك",
    parent: "gn:170654")
  static let tadamon = sy(
    "geomap:tadamon", nil, .neighbourhood, "Damascus", lat: 33.478, lon: 36.312, "Tadamon", "التضامن",
    parent: "gn:170654")
  static let asali = sy(
    "geomap:asali", nil, .neighbourhood, "Damascus", lat: 33.474, lon: 36.285, "Asali", "العسالي",
    parent: "gn:170654")
  static let homsSouth = sy(
    "geomap:homs-countryside-south", nil, .countryside, "Homs", lat: 34.55, lon: 36.75,
    "southern Homs countryside", "ريف حمص الجنوبي", parent: "gn:169577")
  static let border = GazetteerEntry(
    id: "geomap:syria-iraq-border", kind: .region, country: "SY", admin1: "Deir ez-Zor",
    coordinate: Coordinate(longitude: 40.95, latitude: 34.6), name: "Syria–Iraq border area",
    nameAr: "المناطق الحدودية مع العراق")
  static let mosul = GazetteerEntry(
    id: "gn:99072", geonameID: 99072, kind: .city, country: "IQ", admin1: "Nineveh",
    coordinate: Coordinate(longitude: 43.11889, latitude: 36.335), population: 1_683_000, radiusKm: 10.35,
    name: "Mosul", nameAr: "الموصل")
  static let hasakah = sy(
    "gn:173811", 173811, .city, "Hasakah", lat: 36.5024, lon: 40.7477, radius: 5, "Hasakah", "الحسكة")
  static let industrialZone = sy(
    "geomap:deir-ez-zor-industrial-zone", nil, .facility, "Deir ez-Zor", lat: 35.352, lon: 40.205, radius: 3,
    "Deir ez-Zor industrial zone", "المنطقة الصناعية في دير الزور", parent: "gn:170794")
  static let airport = sy(
    "geomap:deir-ez-zor-airport", nil, .facility, "Deir ez-Zor", lat: 35.285, lon: 40.176,
    "Deir ez-Zor military airport", "مطار دير الزور العسكري", parent: "gn:170794")
}

/// The situations of the fixture reports, built by hand as the reader should produce them.
enum FixtureSituations {
  static let seedSource = "seed-000.ar.txt"
  static let englishSource = "deir-ez-zor-2017-09.en.txt"

  /// The founding seed report (Arabic, 4 July 2017): ISIS leaving Raqqa and south Damascus.
  static func seed() throws -> Situation {
    let text = try Fixtures.text("reports/seed-000.ar.txt")
    let date = try #require(CalendarDate(iso: "2017-07-04"))
    let q = QuoteFinder(text: text, source: seedSource, date: date)
    let mentions = q.mentions([
      ("الرقة", Places.raqqa), ("الميادين", Places.mayadin), ("البوكمال", Places.albukamal),
      ("الموصل", Places.mosul), ("المناطق الحدودية مع العراق", Places.border),
      ("ريف حمص الجنوبي", Places.homsSouth), ("تدمر", Places.palmyra), ("الحجر الأسود", Places.hajarAlAswad),
      ("دير الزور", Places.deirEzZor), ("مخيم اليرموك", Places.yarmouk), ("التضامن", Places.tadamon),
      ("العسالي", Places.asali), ("دمشق", Places.damascus),
    ])
    let relocate = try q.evidence(
      "إخلاء مقاتليه من مدينة الرقة وإعادة التموضع في الميادين والبوكمال", confidence: 0.6)
    let passage = try q.evidence(
      "اتفاق يمنح بموجبه مقاتلي التنظيم ممراً آمنا للخروج من مدينة الرقة باتجاه ريف حمص الجنوبي",
      confidence: 0.7)
    let towardsPalmyra = try q.evidence(
      "خروج الأخير من محافظة الرقة السورية وانسحابه نحو تدمر دون قتال", confidence: 0.7)
    let moving = try q.evidence("عناصر داعش بدأوا بالتحرك من الرقة نحو تدمر", confidence: 0.8)
    let southDamascus = try q.evidence(
      "تأمين خروج مقاتلي التنظيم مع عائلاتهم من مناطق سيطرتهم على تخوم العاصمة، إلى دير الزور والرقة شرق سوريا",
      confidence: 0.6)
    let wounded = try q.evidence(
      "اتفاق مبدئي يقضي بإخراج دفعة من جرحى التنظيم إلى مناطق سيطرته شرق سوريا", confidence: 0.7)
    let stronghold = try q.evidence(
      "حي الحجر الأسود، المعقل الرئيسي لتنظيم الدولة في ريف دمشق الجنوبي", confidence: 0.9)
    let pocket = try q.evidence(
      "أحياء الحجر الأسود وأحياء من مخيم اليرموك والتضامن والعسالي في جنوب دمشق", confidence: 0.8)
    let capital = try q.evidence("إعلان تحرير \"عاصمة داعش\"", confidence: 0.8)

    let movements = [
      Movement(
        actor: .isis, kind: .redeployment, status: .underNegotiation, origin: Places.raqqa,
        destination: Places.mayadin, evidence: relocate),
      Movement(
        actor: .isis, kind: .redeployment, status: .underNegotiation, origin: Places.raqqa,
        destination: Places.albukamal, evidence: relocate),
      Movement(
        actor: .isis, kind: .safePassage, status: .agreed, origin: Places.raqqa,
        destination: Places.homsSouth, evidence: passage,
        notes: ["reported by a Russian defence ministry source"]),
      Movement(
        actor: .isis, kind: .withdrawal, status: .reported, origin: Places.raqqa, destination: Places.palmyra,
        evidence: towardsPalmyra),
      Movement(
        actor: .isis, kind: .convoy, status: .reported, origin: Places.raqqa, destination: Places.palmyra,
        evidence: moving,
        notes: ["Russian strikes on the convoys («القوات الروسية قصفت مواكبهم»)"]),
      Movement(
        actor: .isis, kind: .evacuation, status: .underNegotiation, origin: Places.hajarAlAswad,
        destination: Places.deirEzZor, evidence: southDamascus),
      Movement(
        actor: .isis, kind: .evacuation, status: .underNegotiation, origin: Places.hajarAlAswad,
        destination: Places.raqqa, evidence: southDamascus),
      Movement(
        actor: .isis, kind: .transferOfWounded, status: .agreedInPrinciple, origin: Places.hajarAlAswad,
        destination: Places.raqqa,
        evidence: wounded, notes: ["destination «مناطق سيطرته شرق سوريا» resolved to Raqqa"]),
    ]
    let control = [
      ControlClaim(actor: .isis, place: Places.hajarAlAswad, control: .holds, evidence: stronghold),
      ControlClaim(actor: .isis, place: Places.yarmouk, control: .holds, partial: true, evidence: pocket),
      ControlClaim(actor: .isis, place: Places.tadamon, control: .holds, partial: true, evidence: pocket),
      ControlClaim(actor: .isis, place: Places.asali, control: .holds, evidence: pocket),
      ControlClaim(actor: .isis, place: Places.raqqa, control: .holds, evidence: capital),
    ]
    return Situation(
      source: seedSource, date: date, mentions: mentions, movements: movements, control: control)
  }

  /// The English brief: a government and an SDF zone that overlap, an ISIS siege, a repeated corridor.
  static func english() throws -> Situation {
    let text = try Fixtures.text("export/\(englishSource)")
    let date = try #require(CalendarDate(iso: "2017-09-10"))
    let q = QuoteFinder(text: text, source: englishSource, date: date)
    let mentions = q.mentions([
      ("Deir ez-Zor", Places.deirEzZor), ("Palmyra", Places.palmyra), ("Hasakah", Places.hasakah),
      ("industrial zone", Places.industrialZone), ("Mayadin", Places.mayadin),
      ("military airport", Places.airport),
    ])
    let breakSiege = try q.evidence(
      "broke the three-year ISIS siege of Deir ez-Zor city on 5 September after an advance from Palmyra",
      confidence: 0.9)
    let reinforce = try q.evidence(
      "Further reinforcements moved from Palmyra to Deir ez-Zor on Friday", confidence: 0.8)
    let holdsWest = try q.evidence(
      "the government now holds the western districts of the city", confidence: 0.8)
    let jazira = try q.evidence("Operation Jazira Storm from Hasakah towards Deir ez-Zor", confidence: 0.8)
    let industrial = try q.evidence("it had taken the industrial zone east of the city", confidence: 0.7)
    let withdrew = try q.evidence("ISIS fighters withdrew from Deir ez-Zor towards Mayadin", confidence: 0.8)
    let mayadinHeld = try q.evidence("Mayadin, which remains under ISIS control", confidence: 0.9)
    let siege = try q.evidence(
      "the group still besieges the military airport south of the city", confidence: 0.8)
    var earlier = breakSiege
    earlier.date = CalendarDate(year: 2017, month: 9, day: 5)
    var friday = reinforce
    friday.date = CalendarDate(year: 2017, month: 9, day: 8)
    var saturday = industrial
    saturday.date = CalendarDate(year: 2017, month: 9, day: 9)
    let movements = [
      Movement(
        actor: .regime, kind: .advance, status: .completed, origin: Places.palmyra,
        destination: Places.deirEzZor, evidence: earlier),
      Movement(
        actor: .regime, kind: .convoy, status: .reported, origin: Places.palmyra,
        destination: Places.deirEzZor, evidence: friday),
      Movement(
        actor: .sdf, kind: .advance, status: .reported, origin: Places.hasakah,
        destination: Places.industrialZone, evidence: jazira),
      Movement(
        actor: .isis, kind: .withdrawal, status: .reported, origin: Places.deirEzZor,
        destination: Places.mayadin, evidence: withdrew),
    ]
    let control = [
      ControlClaim(
        actor: .regime, place: Places.deirEzZor, control: .holds, partial: true, evidence: holdsWest),
      ControlClaim(
        actor: .sdf, place: Places.industrialZone, control: .captured, status: .claimed, evidence: saturday),
      ControlClaim(actor: .isis, place: Places.mayadin, control: .holds, evidence: mayadinHeld),
      ControlClaim(actor: .isis, place: Places.airport, control: .besieged, evidence: siege),
    ]
    return Situation(
      source: englishSource, date: date, mentions: mentions, movements: movements, control: control)
  }
}
