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

extension Actor {
  /// Whether `self` and `other` fight on one side in the reports geomap reads, so a place one of
  /// them just took is where the other's advance went ("Iraqi troops drove ISIS out of Baiji … army
  /// units and Shiite militias advanced from Tikrit"). Only the standing alliances: Iraq's army and
  /// the PMF; the Syrian government and Russia, Iran and Hezbollah; the SDF and the YPG at its core.
  /// (Turkey and the Syrian opposition, or the Peshmerga and Baghdad, were allied in some years and
  /// fought in others: not listed.)
  func isAlly(of other: Actor) -> Bool {
    self != other && Self.camps.contains { $0.contains(self) && $0.contains(other) }
  }
  private static let camps: [Set<Actor>] = [[.iraq, .pmf], [.regime, .rus, .iran, .hezbollah], [.sdf, .ypg]]
}
