import Foundation
import Geodata

/// Governorate and district outlines keyed by gazetteer id, read from a GeoJSON FeatureCollection
/// (`Geodata/data/admin.geojson`: each feature has `properties.id` and a Polygon or MultiPolygon).
public struct AdminBoundaries: Sendable {
  private let polygons: [String: Polygon]

  /// Number of outlines loaded.
  public var count: Int { polygons.count }

  public init(polygons: [String: Polygon]) { self.polygons = polygons }

  /// Reads `url`; features without an id or a polygon are skipped (they cannot be matched anyway).
  public init(contentsOf url: URL) throws {
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw GeomapError(.gazetteer, url.path, "file is not readable or does not exist")
    }
    guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let features = root["features"] as? [[String: Any]]
    else {
      throw GeomapError(.gazetteer, url.path, "not a GeoJSON FeatureCollection")
    }
    var polygons: [String: Polygon] = [:]
    for feature in features {
      guard let id = (feature["properties"] as? [String: Any])?["id"] as? String,
        let geometry = feature["geometry"] as? [String: Any],
        let polygon = Self.largestPolygon(geometry)
      else { continue }
      polygons[id] = polygon
    }
    self.init(polygons: polygons)
  }

  /// The bundled `admin.geojson`, or nil when this build's gazetteer has none (zones then use radii).
  public static func bundled() throws -> AdminBoundaries? {
    guard let url = GeodataFiles.url("admin.geojson"), FileManager.default.fileExists(atPath: url.path) else {
      return nil
    }
    return try AdminBoundaries(contentsOf: url)
  }

  /// The outline of `entry`, if loaded.
  public func polygon(for entry: GazetteerEntry) -> Polygon? { polygons[entry.id] }

  /// A MultiPolygon's largest part stands for the whole: the zone is one area, and the few
  /// multi-part units here are a mainland with slivers.
  private static func largestPolygon(_ geometry: [String: Any]) -> Polygon? {
    let type = geometry["type"] as? String
    let parts: [Any]
    switch type {
    case "Polygon": parts = [geometry["coordinates"] ?? []]
    case "MultiPolygon": parts = geometry["coordinates"] as? [Any] ?? []
    default: return nil
    }
    let polygons = parts.compactMap { part -> Polygon? in
      guard let rings = part as? [[[Double]]], let shell = rings.first else { return nil }
      let toCoordinates = { (ring: [[Double]]) in
        ring.compactMap { $0.count >= 2 ? Coordinate(longitude: $0[0], latitude: $0[1]) : nil }
      }
      return Polygon(exterior: toCoordinates(shell), holes: rings.dropFirst().map(toCoordinates))
    }
    return polygons.max { abs(Polygon.signedArea2($0.exterior)) < abs(Polygon.signedArea2($1.exterior)) }
  }
}
