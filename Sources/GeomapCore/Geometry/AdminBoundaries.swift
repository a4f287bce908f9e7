import Foundation
import Geodata

/// Governorate and district outlines keyed by gazetteer id, read from a GeoJSON FeatureCollection
/// (`Geodata/data/admin.geojson`: each feature has `properties.id` and a Polygon or MultiPolygon).
///
/// The bundled file is written one feature per line (`write_admin` in `Geodata/build.py`); such a file
/// is indexed by line and a feature is decoded the first time a map asks for its outline. Decoding the
/// whole file (345,602 numbers, 3 MB) took ~190 ms of every export that draws a governorate or a
/// district, for the one or two outlines it needs. A file laid out otherwise is decoded whole.
public struct AdminBoundaries: Sendable {
  private enum Store: Sendable {
    case decoded([String: Polygon])
    /// The file, each feature's byte range by id, and the outlines decoded so far (nil: no polygon).
    case lines(Data, [String: Range<Int>], Locked<[String: Polygon?]>)
  }
  private let store: Store

  /// Number of features with an id (indexed; a feature whose geometry is no polygon counts too when
  /// the file is read by line, since its geometry is decoded only when asked for).
  public var count: Int {
    switch store {
    case .decoded(let polygons): return polygons.count
    case .lines(_, let ranges, _): return ranges.count
    }
  }

  public init(polygons: [String: Polygon]) { store = .decoded(polygons) }

  /// Reads `url`; features without an id or a polygon are skipped (they cannot be matched anyway).
  /// `byLine: false` decodes the whole file whatever its layout (tests compare the two readings).
  public init(contentsOf url: URL, byLine: Bool = true) throws {
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw GeomapError(.gazetteer, url.path, "file is not readable or does not exist")
    }
    if byLine, let ranges = Self.featureLines(data) {
      store = .lines(data, ranges, Locked([:]))
      return
    }
    guard let collection = try? JSONDecoder().decode(FeatureCollection.self, from: data) else {
      throw GeomapError(.gazetteer, url.path, "not a GeoJSON FeatureCollection")
    }
    var polygons: [String: Polygon] = [:]
    for feature in collection.features {
      guard let id = feature.properties?.id, let polygon = feature.geometry?.largestPolygon else { continue }
      polygons[id] = polygon
    }
    store = .decoded(polygons)
  }

  /// The byte range of each feature by id (offsets from the first byte), when `data` is laid out as `Geodata/build.py` writes it:
  /// the line `{"type":"FeatureCollection","features":[`, one feature per line (a comma after all but
  /// the last), each opening with `{"type":"Feature","properties":{"id":"…"`, and the line `]}`.
  /// Nil for any other layout (then the whole file is decoded and checked). Written by hand: a JSON
  /// decoder reads the whole input, which is the cost avoided here; only the line layout is read.
  static func featureLines(_ data: Data) -> [String: Range<Int>]? {
    let head = Array(#"{"type":"FeatureCollection","features":["#.utf8)
    let featureHead = Array(#"{"type":"Feature","properties":{"id":""#.utf8)
    return data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> [String: Range<Int>]? in
      let bytes = raw.bindMemory(to: UInt8.self)
      var lines: [Range<Int>] = []
      var start = 0
      for i in bytes.indices where bytes[i] == UInt8(ascii: "\n") {
        lines.append(start..<i)
        start = i + 1
      }
      if start < bytes.count { lines.append(start..<bytes.count) }
      guard lines.count >= 2, bytes[lines[0]].elementsEqual(head), bytes[lines[lines.count - 1]].elementsEqual("]}".utf8)
      else { return nil }
      var ranges: [String: Range<Int>] = [:]
      for (k, r) in lines.dropFirst().dropLast().enumerated() {
        var end = r.upperBound
        let last = k == lines.count - 3
        if !last {
          guard end > r.lowerBound, bytes[end - 1] == UInt8(ascii: ",") else { return nil }
          end -= 1
        }
        guard end - r.lowerBound > featureHead.count,
          bytes[r.lowerBound..<(r.lowerBound + featureHead.count)].elementsEqual(featureHead),
          bytes[end - 1] == UInt8(ascii: "}")
        else { return nil }
        let idStart = r.lowerBound + featureHead.count
        guard let idEnd = bytes[idStart..<end].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
        let id = bytes[idStart..<idEnd]
        // An escaped character would need JSON's unescaping: not this layout.
        guard !id.contains(UInt8(ascii: "\\")), let name = String(validating: id, as: UTF8.self),
          ranges.updateValue(r.lowerBound..<end, forKey: name) == nil
        else { return nil }
      }
      return ranges
    }
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

  /// The outline of `entry`, if the file has one (decoded on first use when read by line).
  public func polygon(for entry: GazetteerEntry) -> Polygon? {
    switch store {
    case .decoded(let polygons):
      return polygons[entry.id]
    case .lines(let data, let ranges, let cache):
      guard let range = ranges[entry.id] else { return nil }
      if let known = cache.withLock({ $0[entry.id] }) { return known }
      // Decoded outside the lock (two threads may decode one outline once each; both get the same).
      let bytes = data[(data.startIndex + range.lowerBound)..<(data.startIndex + range.upperBound)]
      let polygon = (try? JSONDecoder().decode(Feature.self, from: bytes))?.geometry?.largestPolygon
      cache.withLock { $0[entry.id] = polygon }
      return polygon
    }
  }
}
