import Foundation

/// A point on the drawing, in SVG user units (y grows downwards).
public struct ScreenPoint: Hashable, Sendable {
  public var x: Double
  public var y: Double
}

/// Where the map sits on the drawing and how [lon, lat] maps onto it: equirectangular with
/// longitudes shrunk by cos(centre latitude), so shapes and the scale bar are true near the centre.
public struct MapFrame: Hashable, Sendable {
  /// The drawing rectangle the map fills.
  public let left: Double
  public let top: Double
  public let width: Double
  public let height: Double
  /// Geographic window shown, degrees.
  public let west: Double
  public let east: Double
  public let south: Double
  public let north: Double
  /// Drawing units per degree of latitude.
  public let unitsPerDegree: Double
  /// cos(centre latitude): degrees of longitude are this much shorter than degrees of latitude.
  public let lonFactor: Double

  /// Fits `coordinates` into the rectangle with `margin` (a fraction of the span on each side)
  /// and at least `minSpanKm` across, so one place alone still shows its surroundings.
  public init(
    fitting coordinates: [Coordinate], left: Double, top: Double, width: Double, height: Double,
    margin: Double = 0.12, minSpanKm: Double = 150
  ) {
    self.left = left
    self.top = top
    self.width = width
    self.height = height
    var lo = (lon: 180.0, lat: 90.0)
    var hi = (lon: -180.0, lat: -90.0)
    for c in coordinates {
      lo = (min(lo.lon, c.longitude), min(lo.lat, c.latitude))
      hi = (max(hi.lon, c.longitude), max(hi.lat, c.latitude))
    }
    if coordinates.isEmpty {
      // Nothing to fit: show Syria and its neighbours.
      lo = (35.5, 32.3)
      hi = (42.4, 37.4)
    }
    let midLat = (lo.lat + hi.lat) / 2
    let k = max(cos(midLat * .pi / 180), 0.05)
    let minSpan = minSpanKm / 111.32
    // Spans in "latitude degrees" so both axes compare.
    var spanX = max((hi.lon - lo.lon) * k, minSpan)
    var spanY = max(hi.lat - lo.lat, minSpan)
    spanX *= 1 + 2 * margin
    spanY *= 1 + 2 * margin
    // Grow the shorter side so the window has the rectangle's shape.
    if spanX / spanY < width / height {
      spanX = spanY * width / height
    } else {
      spanY = spanX * height / width
    }
    let centre = (lon: (lo.lon + hi.lon) / 2, lat: midLat)
    west = centre.lon - spanX / k / 2
    east = centre.lon + spanX / k / 2
    south = centre.lat - spanY / 2
    north = centre.lat + spanY / 2
    unitsPerDegree = height / spanY
    lonFactor = k
  }

  /// The drawing position of a coordinate.
  public func project(_ c: Coordinate) -> ScreenPoint {
    ScreenPoint(
      x: left + (c.longitude - west) * lonFactor * unitsPerDegree,
      y: top + (north - c.latitude) * unitsPerDegree)
  }

  /// Drawing units per kilometre on the ground (exact north–south, and east–west at the centre).
  public var unitsPerKm: Double { unitsPerDegree / 111.32 }

  /// True when a box of coordinates overlaps the window; used to skip basemap pieces off the map.
  func overlaps(_ coordinates: [Coordinate]) -> Bool {
    var w = 180.0, e = -180.0, s = 90.0, n = -90.0
    for c in coordinates {
      w = min(w, c.longitude)
      e = max(e, c.longitude)
      s = min(s, c.latitude)
      n = max(n, c.latitude)
    }
    return !(e < west || w > east || n < south || s > north)
  }

  /// A round scale-bar length near `fraction` of the width: 1, 2 or 5 times a power of ten (or 25).
  public func scaleBarKm(fraction: Double = 0.2) -> Double {
    let target = width * fraction / unitsPerKm
    guard target.isFinite, target > 0 else { return 1 }
    let power = pow(10, floor(log10(target)))
    let steps = [1.0, 2.0, 2.5, 5.0, 10.0]
    return (steps.last { $0 * power <= target } ?? 1) * power
  }
}
