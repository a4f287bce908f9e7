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
    // Decoded into the few fields read (`JSONDecoder`): `JSONSerialization` boxed each of the
    // file's 345,602 numbers in an object: some 250 ms of every export that draws a governorate or a
    // district (this decoding takes ~190 ms, measured the same way).
    guard let collection = try? JSONDecoder().decode(FeatureCollection.self, from: data) else {
      throw GeomapError(.gazetteer, url.path, "not a GeoJSON FeatureCollection")
    }
    var polygons: [String: Polygon] = [:]
    for feature in collection.features {
      guard let id = feature.properties?.id, let polygon = feature.geometry?.largestPolygon else { continue }
      polygons[id] = polygon
    }
    self.init(polygons: polygons)
  }

  /// The parts of a GeoJSON FeatureCollection read here.
  private struct FeatureCollection: Decodable {
    let features: [Feature]
  }

  private struct Feature: Decodable {
    let properties: Properties?
    let geometry: Geometry?

    struct Properties: Decodable {
      let id: String?
    }

    /// A feature's geometry is skipped, not an error, where it is no polygon or is malformed.
    init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      properties = try? c.decodeIfPresent(Properties.self, forKey: .properties)
      geometry = try? c.decodeIfPresent(Geometry.self, forKey: .geometry)
    }

    enum CodingKeys: String, CodingKey { case properties, geometry }
  }

  /// A Polygon's or a MultiPolygon's rings, as polygons of [longitude, latitude] positions.
  private struct Geometry: Decodable {
    let parts: [[[[Double]]]]

    init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      switch try c.decode(String.self, forKey: .type) {
      case "Polygon": parts = [try c.decode([[[Double]]].self, forKey: .coordinates)]
      case "MultiPolygon": parts = try c.decode([[[[Double]]]].self, forKey: .coordinates)
      default: parts = []
      }
    }

    enum CodingKeys: String, CodingKey { case type, coordinates }

    /// A MultiPolygon's largest part stands for the whole: the zone is one area, and the few
    /// multi-part units here are a mainland with slivers.
    var largestPolygon: Polygon? {
      let polygons = parts.compactMap { rings -> Polygon? in
        guard let shell = rings.first else { return nil }
        let toCoordinates = { (ring: [[Double]]) in
          ring.compactMap { $0.count >= 2 ? Coordinate(longitude: $0[0], latitude: $0[1]) : nil }
        }
        return Polygon(exterior: toCoordinates(shell), holes: rings.dropFirst().map(toCoordinates))
      }
      return polygons.max { abs(Polygon.signedArea2($0.exterior)) < abs(Polygon.signedArea2($1.exterior)) }
    }
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
}
