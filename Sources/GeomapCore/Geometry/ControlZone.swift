/// Whether a zone is held by one actor or claimed by several at once.
public enum ZoneControl: String, Hashable, Sendable, Codable {
  case holds
  case contested
}

/// One connected area of control: a single polygon, its actors and the claims it rests on.
public struct ControlZone: Hashable, Sendable {
  /// One actor, or several (sorted) for a contested zone.
  public let actors: [Actor]
  public let control: ZoneControl
  /// The claims whose places fall in this zone, in text order.
  public let claims: [ControlClaim]
  public let polygon: Polygon
  /// Area on the ground, km².
  public let areaKm2: Double
  /// 0, or 1, 2, … when one actor set's claims came out as several separate polygons.
  public let part: Int

  public init(
    actors: [Actor], control: ZoneControl, claims: [ControlClaim], polygon: Polygon, areaKm2: Double,
    part: Int = 0
  ) {
    self.actors = actors
    self.control = control
    self.claims = claims
    self.polygon = polygon
    self.areaKm2 = areaKm2
    self.part = part
  }

  /// The distinct places of the claims, sorted by id.
  public var places: [GazetteerEntry] {
    var seen = Set<String>()
    return claims.map(\.place).filter { seen.insert($0.id).inserted }.sorted { $0.id < $1.id }
  }

  /// True when any place in the zone is held only in part.
  public var partial: Bool { claims.contains { $0.partial } }

  /// Stable identity from what the zone is: `zone:ISIS:<hash of sorted place ids>`.
  public var uid: String {
    let ids = places.map(\.id).joined(separator: ",")
    let hex = String(FNV1a.hash64(ids), radix: 16)
    let hash = String(repeating: "0", count: 16 - hex.count) + hex
    let base = "zone:\(actors.map(\.rawValue).joined(separator: "+")):\(hash)"
    return part > 0 ? "\(base)#\(part)" : base
  }
}
