import Foundation
import GeomapCore
import GeomapKMZ

/// Helpers of `geomap export` shared by its batch run.
enum ExportRun {
  /// The bundled outlines as a zone area provider; nil (radii) when absent or unreadable.
  static func loadBoundaries() -> (@Sendable (GazetteerEntry) -> Polygon?)? {
    do {
      guard let boundaries = try AdminBoundaries.bundled() else { return nil }
      return { boundaries.polygon(for: $0) }
    } catch let error as GeomapError {
      printError(
        "\(error.subject): warning: \(error.reason); governorate and district zones fall back to radii")
      return nil
    } catch {
      printError("admin.geojson: warning: \(error); governorate and district zones fall back to radii")
      return nil
    }
  }
}
