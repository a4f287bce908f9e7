import Foundation
import Testing

/// The outside readers of GeoPackages: GDAL's validator and headless QGIS (Debian python3-gdal and
/// python3-qgis). Missing ones are reported through `ExternalTools.unavailable` (a failure under CI=true).
extension ExternalTools {
  /// `GEOMAP_PYTHON`, else the system Python, where Debian's python3-* packages live.
  static var systemPython: String? {
    let env = ProcessInfo.processInfo.environment["GEOMAP_PYTHON"] ?? ""
    return [env, "/usr/bin/python3"].first { !$0.isEmpty && FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// A Python that can import `module`, or nil after saying which package is missing.
  static func python(
    importing module: String, package: String, sourceLocation: SourceLocation = #_sourceLocation
  ) -> String? {
    guard let python = systemPython else {
      unavailable("no system python3 (/usr/bin/python3 or GEOMAP_PYTHON)", sourceLocation: sourceLocation)
      return nil
    }
    let probe = try? run(python, ["-c", "import \(module)"], environment: ["QT_QPA_PLATFORM": "offscreen"])
    guard probe?.status == 0 else {
      unavailable("\(python) cannot import \(module) (install \(package))", sourceLocation: sourceLocation)
      return nil
    }
    return python
  }

  /// GDAL's `validate_gpkg.py` (shipped by python3-gdal), or nil after saying so.
  static func gpkgValidator(sourceLocation: SourceLocation = #_sourceLocation) -> String? {
    let env = ProcessInfo.processInfo.environment["GEOMAP_VALIDATE_GPKG"] ?? ""
    let candidates = [
      env, "/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py",
      "/usr/share/doc/python3-gdal/examples/validate_gpkg.py",
    ]
    if let p = candidates.first(where: { !$0.isEmpty && FileManager.default.fileExists(atPath: $0) }) {
      return p
    }
    unavailable("GDAL's validate_gpkg.py not found (install python3-gdal)", sourceLocation: sourceLocation)
    return nil
  }
}
