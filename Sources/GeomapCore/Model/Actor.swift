/// A party to the conflict, by the stable code geomap's outputs use.
public enum Actor: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
  case isis = "ISIS"
  case sdf = "SDF"
  case ypg = "YPG"
  case regime = "REGIME"
  case rus = "RUS"
  case usa = "USA"
  case coalition = "COALITION"
  case iran = "IRAN"
  case hezbollah = "HEZBOLLAH"
  case hts = "HTS"
  case opposition = "OPPOSITION"
  case tur = "TUR"
  case un = "UN"
  case iraq = "IRAQ"
  case pmf = "PMF"
  /// The Kurdistan Region of Iraq's forces (Sinjar, Makhmour, Mosul Dam, Kirkuk, 2014–17).
  case peshmerga = "PESHMERGA"
  case unknown = "UNKNOWN"

  public static func < (lhs: Actor, rhs: Actor) -> Bool { lhs.rawValue < rhs.rawValue }
}
