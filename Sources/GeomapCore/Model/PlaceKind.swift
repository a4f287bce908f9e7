/// What a gazetteer entry is; it decides ranking and the size of the zone drawn around it.
public enum PlaceKind: String, Hashable, Sendable, Codable, CaseIterable {
  case country
  case governorate  // admin1: governorate, province, muhafazah, il
  case district  // admin2: mintaqa, qada, ilce
  case region  // named region: Badia, Qalamoun, Eastern Ghouta, Jazira, a border area
  case countryside  // «ريف X» with or without a direction
  case city
  case town
  case village
  case neighbourhood
  case camp
  case facility  // airbase, dam, oil field, prison, factory
  case crossing  // border crossing

  /// Default radius in kilometres when the gazetteer row gives none.
  public var defaultRadiusKm: Double {
    switch self {
    case .country: return 250
    case .governorate: return 60
    case .district: return 30
    case .region: return 40
    case .countryside: return 30
    case .city: return 6
    case .town: return 3
    case .village: return 1.5
    case .neighbourhood: return 0.8
    case .camp: return 1
    case .facility: return 1.5
    case .crossing: return 1
    }
  }
}
