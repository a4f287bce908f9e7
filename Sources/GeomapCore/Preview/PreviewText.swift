/// The one escaping path of the preview: every text that goes into the SVG or the HTML page,
/// element content and attribute values alike, passes through `escape`.
public enum PreviewText {
  /// Escapes `& < > " '` and drops what must never reach the page: characters XML 1.0 forbids,
  /// and the bidi embedding/override/isolate controls (U+202A–U+202E, U+2066–U+2069), which
  /// would let a quote reverse the text around it. Arabic itself is left as it is; cells and
  /// labels are isolated with `dir="auto"`/`unicode-bidi` instead.
  public static func escape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for scalar in XMLText.sanitized(s).unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default:
        if isBidiControl(scalar.value) { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  static func isBidiControl(_ v: UInt32) -> Bool {
    (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
  }

  /// True when the first strongly directional letter is Arabic script, the rule of HTML's
  /// `dir="auto"`: "ISIS (داعش)" runs left to right, "داعش (ISIS)" right to left.
  public static func startsRightToLeft(_ s: String) -> Bool {
    for scalar in s.unicodeScalars where scalar.properties.isAlphabetic {
      return isArabic(String(scalar))
    }
    return false
  }

  /// True when the text holds Arabic-script letters.
  public static func isArabic(_ s: String) -> Bool { XMLText.hasArabic(s) }
}
