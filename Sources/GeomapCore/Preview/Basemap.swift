import Foundation
import Geodata

/// The background of the preview map: land, lakes, coast, borders, governorates, rivers and
/// country names, read from the bundled `basemap.geojson` (Natural Earth and friends).
public struct Basemap: Sendable {
  /// A named point such as a country label.
  public struct Label: Hashable, Sendable {
    public let coordinate: Coordinate
    public let name: String
    public let nameAr: String
  }

  /// Polygons as ring lists (exterior then holes), filled even-odd.
  public var land: [[[Coordinate]]] = []
  public var lakes: [[[Coordinate]]] = []
  public var coast: [[Coordinate]] = []
  public var borders: [[Coordinate]] = []
  public var admin1: [[Coordinate]] = []
  public var rivers: [[Coordinate]] = []
  public var countries: [Label] = []

  public init() {}

  /// The bundled basemap.
  public static func bundled() throws -> Basemap {
    guard let url = GeodataFiles.url("basemap.geojson") else {
      throw GeomapError(.unreadable, "basemap.geojson", "the bundled geodata folder is missing")
    }
    return try load(url)
  }

  /// Reads a basemap GeoJSON written by `Geodata/build_basemap.py`.
  public static func load(_ url: URL) throws -> Basemap {
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw GeomapError(.unreadable, url.path, "file is not readable or does not exist")
    }
    guard let root = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
      let features = root["features"] as? [[String: Any]]
    else {
      throw GeomapError(.invalidArgument, url.path, "not a GeoJSON feature collection")
    }
    var map = Basemap()
    for feature in features {
      let props = feature["properties"] as? [String: Any] ?? [:]
      guard let layer = props["layer"] as? String, let geometry = feature["geometry"] as? [String: Any]
      else { continue }
      let coords = geometry["coordinates"]
      switch layer {
      case "land": map.land += polygons(coords)
      case "lake": map.lakes += polygons(coords)
      case "coast": map.coast += lines(coords)
      case "border": map.borders += lines(coords)
      case "admin1": map.admin1 += lines(coords)
      case "river": map.rivers += lines(coords)
      case "country":
        if let c = position(coords) {
          map.countries.append(
            Label(
              coordinate: c, name: props["name"] as? String ?? "", nameAr: props["name_ar"] as? String ?? ""))
        }
      default: continue
      }
    }
    return map
  }

  private static func position(_ any: Any?) -> Coordinate? {
    guard let pair = any as? [Any], pair.count >= 2, let lon = number(pair[0]), let lat = number(pair[1])
    else { return nil }
    return Coordinate(longitude: lon, latitude: lat)
  }

  private static func number(_ any: Any) -> Double? {
    (any as? NSNumber)?.doubleValue
  }

  private static func line(_ any: Any?) -> [Coordinate] {
    (any as? [Any] ?? []).compactMap(position)
  }

  private static func lines(_ any: Any?) -> [[Coordinate]] {
    (any as? [Any] ?? []).map(line).filter { $0.count > 1 }
  }

  private static func polygons(_ any: Any?) -> [[[Coordinate]]] {
    (any as? [Any] ?? []).map(lines).filter { !$0.isEmpty }
  }
}
