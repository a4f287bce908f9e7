import Foundation
import Testing

/// A GeoJSON FeatureCollection read back with JSONSerialization, for checks on written files.
struct GeoJSONFile {
  let object: [String: Any]
  let features: [[String: Any]]

  init(_ url: URL) throws {
    let data = try Data(contentsOf: url)
    object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    features = try #require(object["features"] as? [[String: Any]])
  }

  static func geometryType(_ f: [String: Any]) -> String? {
    (f["geometry"] as? [String: Any])?["type"] as? String
  }

  /// Every position of a feature as (lon, lat) pairs, flattened.
  static func positions(_ f: [String: Any]) -> [[Double]] {
    func flatten(_ any: Any) -> [[Double]] {
      if let pair = any as? [Double] { return [pair] }
      if let list = any as? [Any] { return list.flatMap(flatten) }
      return []
    }
    return flatten((f["geometry"] as? [String: Any])?["coordinates"] ?? [])
  }

  static func properties(_ f: [String: Any]) -> [String: Any] { f["properties"] as? [String: Any] ?? [:] }
}

/// Positions outside lon 34–49 / lat 29–38 (Syria and Iraq): swapped lat/lon land here.
func positionsOutsideSyriaIraq(_ positions: [[Double]]) -> [[Double]] {
  positions.filter { p in p.count != 2 || !(34...49).contains(p[0]) || !(29...38).contains(p[1]) }
}
