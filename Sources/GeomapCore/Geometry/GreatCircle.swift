import Foundation

/// Spherical great-circle helpers (mean Earth radius, as `Coordinate.distanceKm`).
enum GreatCircle {
  static let earthRadiusKm = 6371.0088
  private static let rad = Double.pi / 180

  /// Points from `a` to `b` along the great circle, no two neighbours more than `maxStepKm` apart;
  /// the first is exactly `a` and the last exactly `b`.
  static func densify(from a: Coordinate, to b: Coordinate, maxStepKm: Double) -> [Coordinate] {
    let distance = a.distanceKm(to: b)
    let steps = max(1, Int((distance / maxStepKm).rounded(.up)))
    let va = unit(a)
    let vb = unit(b)
    let omega = distance / earthRadiusKm
    var out = [a]
    for i in 1..<steps {
      let f = Double(i) / Double(steps)
      let wa = sin((1 - f) * omega) / sin(omega)
      let wb = sin(f * omega) / sin(omega)
      out.append(coordinate(x: wa * va.x + wb * vb.x, y: wa * va.y + wb * vb.y, z: wa * va.z + wb * vb.z))
    }
    out.append(b)
    return out
  }

  /// Initial bearing from `a` towards `b`, degrees clockwise from north.
  static func bearing(from a: Coordinate, to b: Coordinate) -> Double {
    let p1 = a.latitude * rad
    let p2 = b.latitude * rad
    let dl = (b.longitude - a.longitude) * rad
    let y = sin(dl) * cos(p2)
    let x = cos(p1) * sin(p2) - sin(p1) * cos(p2) * cos(dl)
    return atan2(y, x) / rad
  }

  /// The point `distanceKm` from `a` along `bearing` degrees.
  static func destination(from a: Coordinate, bearing: Double, distanceKm: Double) -> Coordinate {
    let d = distanceKm / earthRadiusKm
    let t = bearing * rad
    let p1 = a.latitude * rad
    let l1 = a.longitude * rad
    let p2 = asin(sin(p1) * cos(d) + cos(p1) * sin(d) * cos(t))
    let l2 = l1 + atan2(sin(t) * sin(d) * cos(p1), cos(d) - sin(p1) * sin(p2))
    return Coordinate(longitude: l2 / rad, latitude: p2 / rad)
  }

  private static func unit(_ c: Coordinate) -> (x: Double, y: Double, z: Double) {
    let p = c.latitude * rad
    let l = c.longitude * rad
    return (cos(p) * cos(l), cos(p) * sin(l), sin(p))
  }

  private static func coordinate(x: Double, y: Double, z: Double) -> Coordinate {
    Coordinate(longitude: atan2(y, x) / rad, latitude: atan2(z, (x * x + y * y).squareRoot()) / rad)
  }
}
