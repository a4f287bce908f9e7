/// One attribute value; each property keeps one type across a layer.
public enum PropertyValue: Hashable, Sendable {
  case string(String)
  case integer(Int)
  /// A number and the decimals it is written with.
  case number(Double, decimals: Int)
  case bool(Bool)

  /// The value as plain text (KML `Data/value`), numbers locale-independent.
  public var text: String {
    switch self {
    case .string(let s): return s
    case .integer(let i): return String(i)
    case .number(let d, let decimals): return NumberFormat.decimal(d, decimals: decimals)
    case .bool(let b): return b ? "true" : "false"
    }
  }
}

/// The geometry of one exported feature, [lon, lat].
public enum FeatureGeometry: Hashable, Sendable {
  case point(Coordinate)
  case line(LineString)
  case polygon(Polygon)
}

/// One feature as both writers see it: identity, geometry, ordered attributes and display hints.
public struct ExportFeature: Hashable, Sendable {
  /// Positive integer id (53-bit) derived from `uid`.
  public var id: Int
  public let uid: String
  public let geometry: FeatureGeometry
  /// Attributes in their fixed output order; `uid` first.
  public let properties: [Property]
  public let name: String
  public let nameAr: String
  /// The original-language quote, shown in the KML balloon.
  public let quote: String
  public let date: CalendarDate?
  public let dateEnd: CalendarDate?
  /// Style id used in KML (`actor-ISIS`, `contested`, `place`).
  public let styleID: String

  public struct Property: Hashable, Sendable {
    public let key: String
    public let value: PropertyValue
  }
}

/// A named layer of features of one geometry kind (`Places`, `Corridors`, `Zones`).
public struct ExportLayer: Hashable, Sendable {
  public let name: String
  /// File name part: `S.<suffix>.geojson`.
  public let suffix: String
  public let features: [ExportFeature]
}
