/// A text encoding geomap can read reports in; raw values are the names `--encoding` accepts.
public enum ReportEncoding: String, Hashable, Sendable, Codable, CaseIterable {
  case utf8 = "utf-8"
  case utf16LE = "utf-16le"
  case utf16BE = "utf-16be"
  case windows1256 = "windows-1256"
  case latin1 = "latin1"

  /// Parses a user-given name, forgiving case and the usual aliases (`utf8`, `cp1256`, `iso-8859-1`).
  public init?(name: String) {
    let key = name.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " }
    switch key {
    case "utf8": self = .utf8
    case "utf16le": self = .utf16LE
    case "utf16be": self = .utf16BE
    case "windows1256", "cp1256", "arabicwindows": self = .windows1256
    case "latin1", "iso88591", "l1": self = .latin1
    default: return nil
    }
  }
}
