/// One place of the bundled gazetteer.
///
/// The fields live in one immutable box, so copying an entry is one retain instead of one per
/// string and array field (seven): mentions, candidates and scored alternatives copy entries all
/// through the reading pipeline, and those copies were much of its reference counting. A setter
/// replaces the box (entries are edited only when overrides are built, never while reading).
public struct GazetteerEntry: Hashable, Sendable, Codable {
  private var box: Box

  public init(
    id: String, geonameID: Int? = nil, kind: PlaceKind, country: String, admin1: String = "",
    parentID: String? = nil, coordinate: Coordinate, population: Int = 0, radiusKm: Double? = nil,
    name: String, nameAr: String = "", variants: [String] = []
  ) {
    box = Box(
      Fields(
        id: id, geonameID: geonameID, kind: kind, country: country, admin1: admin1, parentID: parentID,
        coordinate: coordinate, population: population, radiusKm: radiusKm ?? kind.defaultRadiusKm,
        name: name, nameAr: nameAr, variants: variants))
  }

  /// Stable id: `gn:<GeoNames id>` where GeoNames has the place, else `wof:<id>` or `geomap:<slug>`.
  public var id: String {
    get { box.fields.id }
    set { edit { $0.id = newValue } }
  }
  /// The GeoNames id, when there is one.
  public var geonameID: Int? {
    get { box.fields.geonameID }
    set { edit { $0.geonameID = newValue } }
  }
  public var kind: PlaceKind {
    get { box.fields.kind }
    set { edit { $0.kind = newValue } }
  }
  /// ISO 3166-1 alpha-2 country code.
  public var country: String {
    get { box.fields.country }
    set { edit { $0.country = newValue } }
  }
  /// First-level division (governorate/province) in English, empty when unknown.
  public var admin1: String {
    get { box.fields.admin1 }
    set { edit { $0.admin1 = newValue } }
  }
  /// The id of the entry this one belongs to (a neighbourhood's city, a countryside's city), if any.
  public var parentID: String? {
    get { box.fields.parentID }
    set { edit { $0.parentID = newValue } }
  }
  public var coordinate: Coordinate {
    get { box.fields.coordinate }
    set { edit { $0.coordinate = newValue } }
  }
  public var population: Int {
    get { box.fields.population }
    set { edit { $0.population = newValue } }
  }
  /// Radius in km of the area the entry stands for; zones are sized from it.
  public var radiusKm: Double {
    get { box.fields.radiusKm }
    set { edit { $0.radiusKm = newValue } }
  }
  /// Preferred English name.
  public var name: String {
    get { box.fields.name }
    set { edit { $0.name = newValue } }
  }
  /// Preferred Arabic name, empty when none is known.
  public var nameAr: String {
    get { box.fields.nameAr }
    set { edit { $0.nameAr = newValue } }
  }
  /// Every other spelling (English, Arabic and other Latin transliterations).
  public var variants: [String] {
    get { box.fields.variants }
    set { edit { $0.variants = newValue } }
  }

  private mutating func edit(_ change: (inout Fields) -> Void) {
    var f = box.fields
    change(&f)
    box = Box(f)
  }

  // Equality, hashing and coding are the fields' own (the synthesized ones, in declaration order),
  // so entries compare, hash and encode exactly as when they were stored inline.
  public static func == (a: GazetteerEntry, b: GazetteerEntry) -> Bool {
    a.box === b.box || a.box.fields == b.box.fields
  }

  public func hash(into hasher: inout Hasher) { box.fields.hash(into: &hasher) }

  /// The identity of this entry's stored fields: entries with the same one are equal (equal
  /// entries may have different ones). A key only while an entry holding it is alive, since the
  /// storage of a freed entry can be reused; printing caches a place's columns by it.
  public var storageIdentity: ObjectIdentifier { ObjectIdentifier(box) }

  public init(from decoder: any Decoder) throws { box = Box(try Fields(from: decoder)) }

  public func encode(to encoder: any Encoder) throws { try box.fields.encode(to: encoder) }

  /// The stored values, in the order (and with the coding keys) of the public properties.
  private struct Fields: Hashable, Sendable, Codable {
    var id: String
    var geonameID: Int?
    var kind: PlaceKind
    var country: String
    var admin1: String
    var parentID: String?
    var coordinate: Coordinate
    var population: Int
    var radiusKm: Double
    var name: String
    var nameAr: String
    var variants: [String]
  }

  private final class Box: Sendable {
    let fields: Fields
    init(_ fields: Fields) { self.fields = fields }
  }
}
