import Foundation
import GRDB
import GeomapCore

/// One attribute column of a feature table and how a feature's property becomes its SQL value.
struct GeoPackageColumn: Hashable, Sendable {
  let name: String
  /// A GeoPackage data type (Table 1): TEXT, INTEGER, REAL, BOOLEAN or DATE.
  let type: String

  /// Properties that hold a day: declared DATE (ISO-8601 `YYYY-MM-DD` text), missing ones NULL.
  static let dateKeys: Set<String> = ["date", "date_end"]

  /// Columns every feature table has, whatever its features: the styles label and categorize on them.
  static let minimal = [
    GeoPackageColumn(name: "name", type: "TEXT"), GeoPackageColumn(name: "name_ar", type: "TEXT"),
    GeoPackageColumn(name: "actor", type: "TEXT"),
  ]

  /// The attribute columns of a layer in property order, `uid` excluded (the table declares it).
  static func columns(of layer: ExportLayer) -> [GeoPackageColumn] {
    guard let first = layer.features.first else { return minimal }
    return first.properties.filter { $0.key != "uid" }.map { p in
      GeoPackageColumn(name: p.key, type: dateKeys.contains(p.key) ? "DATE" : sqlType(p.value))
    }
  }

  static func sqlType(_ value: PropertyValue) -> String {
    switch value {
    case .string: return "TEXT"
    case .integer: return "INTEGER"
    case .number: return "REAL"
    case .bool: return "BOOLEAN"
    }
  }

  /// The SQL value of `feature`'s property for this column; NULL when the feature lacks it or
  /// when a date is missing (an empty string is not a valid DATE).
  func value(in feature: ExportFeature) -> (any DatabaseValueConvertible)? {
    guard let property = feature.properties.first(where: { $0.key == name }) else { return nil }
    switch property.value {
    case .string(let s):
      if type == "DATE" { return s.isEmpty ? nil : s }
      return s
    case .integer(let i): return Int64(i)
    case .number(let d, let decimals):
      // Rounded as the GeoJSON and KML outputs print it, so all formats agree.
      let scale = pow(10, Double(max(0, min(decimals, 15))))
      return (d * scale).rounded() / scale
    case .bool(let b): return b
    }
  }
}
