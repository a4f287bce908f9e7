import GeomapCore

/// An axis-aligned bounding box in degrees.
struct Envelope: Hashable, Sendable {
  var minX: Double
  var maxX: Double
  var minY: Double
  var maxY: Double

  mutating func include(_ c: Coordinate) {
    minX = min(minX, c.longitude)
    maxX = max(maxX, c.longitude)
    minY = min(minY, c.latitude)
    maxY = max(maxY, c.latitude)
  }

  func union(_ other: Envelope) -> Envelope {
    Envelope(
      minX: min(minX, other.minX), maxX: max(maxX, other.maxX), minY: min(minY, other.minY),
      maxY: max(maxY, other.maxY))
  }
}
