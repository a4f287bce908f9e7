import Foundation

/// A WGS 84 position in decimal degrees, stored longitude first as GeoJSON writes it (RFC 7946 §3.1.1).
public struct Coordinate: Hashable, Sendable, Codable {
  public var longitude: Double
  public var latitude: Double

  public init(longitude: Double, latitude: Double) {
    self.longitude = longitude
    self.latitude = latitude
  }

  /// Great-circle distance in kilometres (haversine, mean Earth radius 6371.0088 km).
  public func distanceKm(to other: Coordinate) -> Double {
    let rad = Double.pi / 180
    let dLat = (other.latitude - latitude) * rad
    let dLon = (other.longitude - longitude) * rad
    let a =
      sin(dLat / 2) * sin(dLat / 2)
      + cos(latitude * rad) * cos(other.latitude * rad) * sin(dLon / 2) * sin(dLon / 2)
    return 2 * 6371.0088 * atan2(a.squareRoot(), (1 - a).squareRoot())
  }
}

