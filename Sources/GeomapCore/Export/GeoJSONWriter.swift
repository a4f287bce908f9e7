import Foundation

/// Writes one layer as an RFC 7946 FeatureCollection: [lon, lat], at most 6 decimals, no `crs`,
/// integer `id`, one feature per line, keys in a fixed order, UTF-8 text unescaped, trailing newline.
///
/// Written by hand because JSONEncoder can give neither a chosen key order (only sorted or
/// undefined) nor a fixed number format (it prints 35.9528 as 35.952799999999996 at times).
public enum GeoJSONWriter {
  public static func data(for layer: ExportLayer) -> Data {
    var out = "{\"type\":\"FeatureCollection\",\"name\":\(string(layer.name)),\"features\":["
    for (i, f) in layer.features.enumerated() {
      out += i == 0 ? "\n" : ",\n"
      out += feature(f)
    }
    out += "\n]}\n"
    return Data(out.utf8)
  }

  static func feature(_ f: ExportFeature) -> String {
    var out = "{\"type\":\"Feature\",\"id\":\(f.id),\"geometry\":\(geometry(f.geometry)),\"properties\":{"
    out += f.properties.map { "\(string($0.key)):\(value($0.value))" }.joined(separator: ",")
    out += "}}"
    return out
  }

  static func geometry(_ g: FeatureGeometry) -> String {
    switch g {
    case .point(let c):
      return "{\"type\":\"Point\",\"coordinates\":\(position(c))}"
    case .line(let l):
      return "{\"type\":\"LineString\",\"coordinates\":\(positions(l.coordinates))}"
    case .polygon(let p):
      return "{\"type\":\"Polygon\",\"coordinates\":[\(p.rings.map(positions).joined(separator: ","))]}"
    }
  }

  static func position(_ c: Coordinate) -> String {
    "[\(NumberFormat.decimal(c.longitude)),\(NumberFormat.decimal(c.latitude))]"
  }

  static func positions(_ cs: [Coordinate]) -> String {
    "[" + cs.map(position).joined(separator: ",") + "]"
  }

  static func value(_ v: PropertyValue) -> String {
    switch v {
    case .string(let s): return string(s)
    case .integer, .number, .bool: return v.text
    }
  }

  /// A JSON string literal (RFC 8259 §7): quotes, backslash and control characters escaped,
  /// U+2028/U+2029 too (JavaScript embeds), U+FEFF too (Foundation's parser drops it raw at the
  /// start of a string), everything else as UTF-8.
  static func string(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{08}": out += "\\b"
      case "\u{0C}": out += "\\f"
      case "\u{2028}", "\u{2029}", "\u{FEFF}": out += "\\u" + hex4(scalar.value)
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          out += "\\u" + hex4(scalar.value)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  private static func hex4(_ v: UInt32) -> String {
    let h = String(v, radix: 16)
    return String(repeating: "0", count: max(0, 4 - h.count)) + h
  }
}
