import Foundation

/// Where the bundled gazetteer files are. `GEOMAP_GEODATA` points at another folder of the same layout.
public enum GeodataFiles {
  /// The folder holding `places.tsv` and its index, or nil when the resource bundle is missing.
  public static var directory: URL? {
    if let custom = ProcessInfo.processInfo.environment["GEOMAP_GEODATA"], !custom.isEmpty {
      return URL(fileURLWithPath: custom, isDirectory: true)
    }
    return Bundle.module.resourceURL?.appendingPathComponent("data", isDirectory: true)
  }

  /// The URL of one bundled data file, e.g. `url("places.tsv")`.
  public static func url(_ name: String) -> URL? {
    directory?.appendingPathComponent(name)
  }

  /// A data file of the bundle itself, whatever `GEOMAP_GEODATA` says (word lists, not gazetteer).
  public static func bundledURL(_ name: String) -> URL? {
    Bundle.module.resourceURL?.appendingPathComponent("data", isDirectory: true).appendingPathComponent(name)
  }
}
