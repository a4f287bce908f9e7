import Foundation

/// Spherical azimuthal equidistant projection around a centre, in kilometres.
///
/// Buffers are drawn here rather than in degrees: at 35°N a degree of longitude is ~18% shorter
/// than a degree of latitude, so a "circle" in degrees would be an ellipse on the ground. Over the
/// few hundred km of one report's places the scale error stays under 0.2%.
struct LocalProjection {
  let center: Coordinate
  private let rad = Double.pi / 180
  private let r = GreatCircle.earthRadiusKm

  init(center: Coordinate) { self.center = center }

  /// The projection centred on the mean position of `coordinates` (no wrap: the area is regional).
  init(around coordinates: [Coordinate]) {
    let n = Double(max(1, coordinates.count))
    let lon = coordinates.reduce(0) { $0 + $1.longitude } / n
    let lat = coordinates.reduce(0) { $0 + $1.latitude } / n
    self.init(center: Coordinate(longitude: lon, latitude: lat))
  }

  func forward(_ c: Coordinate) -> PlanarPoint {
    let p0 = center.latitude * rad
    let p = c.latitude * rad
    let dl = (c.longitude - center.longitude) * rad
    let cosC = sin(p0) * sin(p) + cos(p0) * cos(p) * cos(dl)
    let angle = acos(min(1, max(-1, cosC)))
    let k = angle < 1e-12 ? 1 : angle / sin(angle)
    return PlanarPoint(
      x: r * k * cos(p) * sin(dl),
      y: r * k * (cos(p0) * sin(p) - sin(p0) * cos(p) * cos(dl)))
  }

  func inverse(_ q: PlanarPoint) -> Coordinate {
    let rho = (q.x * q.x + q.y * q.y).squareRoot()
    if rho < 1e-12 { return center }
    let p0 = center.latitude * rad
    let c = rho / r
    let p = asin(cos(c) * sin(p0) + q.y * sin(c) * cos(p0) / rho)
    let l = center.longitude * rad + atan2(q.x * sin(c), rho * cos(p0) * cos(c) - q.y * sin(p0) * sin(c))
    return Coordinate(longitude: l / rad, latitude: p / rad)
  }
}
