/// One place of the bundled gazetteer.
public struct GazetteerEntry: Hashable, Sendable, Codable {
  /// Stable id: `gn:<GeoNames id>` where GeoNames has the place, else `wof:<id>` or `geomap:<slug>`.
  public var id: String
  /// The GeoNames id, when there is one.
  public var geonameID: Int?
  public var kind: PlaceKind
  /// ISO 3166-1 alpha-2 country code.
  public var country: String
  /// First-level division (governorate/province) in English, empty when unknown.
  public var admin1: String
  /// The id of the entry this one belongs to (a neighbourhood's city, a countryside's city), if any.
  public var parentID: String?
  public var coordinate: Coordinate
  public var population: Int
  /// Radius in km of the area the entry stands for; zones are sized from it.
  public var radiusKm: Double
  /// Preferred English name.
  public var name: String
  /// Preferred Arabic name, empty when none is known.
  public var nameAr: String
  /// Every other spelling (English, Arabic and other Latin transliterations).
  public var variants: [String]

  public init(
    id: String, geonameID: Int? = nil, kind: PlaceKind, country: String, admin1: String = "",
    parentID: String? = nil, coordinate: Coordinate, population: Int = 0, radiusKm: Double? = nil,
    name: String, nameAr: String = "", variants: [String] = []
  ) {
    self.id = id
    self.geonameID = geonameID
    self.kind = kind
    self.country = country
    self.admin1 = admin1
    self.parentID = parentID
    self.coordinate = coordinate
    self.population = population
    self.radiusKm = radiusKm ?? kind.defaultRadiusKm
    self.name = name
    self.nameAr = nameAr
    self.variants = variants
  }
}
