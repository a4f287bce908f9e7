/// A polygon in [lon, lat]: rings closed, exterior counter-clockwise and holes clockwise by
/// construction (RFC 7946 §3.1.6).
public struct Polygon: Hashable, Sendable, Codable {
  public let exterior: [Coordinate]
  public let holes: [[Coordinate]]

  /// Closes and orients the rings; nil when the exterior has fewer than 3 distinct positions.
  public init?(exterior: [Coordinate], holes: [[Coordinate]] = []) {
    guard let shell = Polygon.ring(exterior, counterClockwise: true) else { return nil }
    self.exterior = shell
    self.holes = holes.compactMap { Polygon.ring($0, counterClockwise: false) }
  }

  /// Every ring, exterior first.
  public var rings: [[Coordinate]] { [exterior] + holes }

  /// Twice the signed area in squared degrees (shoelace); positive when counter-clockwise.
  static func signedArea2(_ ring: [Coordinate]) -> Double {
    zip(ring, ring.dropFirst()).reduce(0) {
      $0 + ($1.0.longitude * $1.1.latitude - $1.1.longitude * $1.0.latitude)
    }
  }

  private static func ring(_ points: [Coordinate], counterClockwise: Bool) -> [Coordinate]? {
    var ring = points
    if let first = ring.first, ring.last != first { ring.append(first) }
    guard ring.count >= 4, Set(ring).count >= 3 else { return nil }
    let area = signedArea2(ring)
    guard area != 0 else { return nil }
    if (area > 0) != counterClockwise { ring.reverse() }
    return ring
  }
}

/// Several polygons taken together.
public struct MultiPolygon: Hashable, Sendable, Codable {
  public let polygons: [Polygon]

  public init(_ polygons: [Polygon]) { self.polygons = polygons }
}
