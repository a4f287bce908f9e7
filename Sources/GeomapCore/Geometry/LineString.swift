/// A line through two or more positions, [lon, lat] (RFC 7946 §3.1.4).
public struct LineString: Hashable, Sendable, Codable {
  public let coordinates: [Coordinate]

  /// Nil unless there are at least two positions and the first differs from the last.
  public init?(_ coordinates: [Coordinate]) {
    guard coordinates.count >= 2, let first = coordinates.first, let last = coordinates.last,
      first != last
    else { return nil }
    self.coordinates = coordinates
  }

  /// Length along the line in kilometres.
  public var lengthKm: Double {
    zip(coordinates, coordinates.dropFirst()).reduce(0) { $0 + $1.0.distanceKm(to: $1.1) }
  }
}
