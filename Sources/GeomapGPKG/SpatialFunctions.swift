import Foundation
import GRDB

/// The SQL functions the R-tree triggers call (GeoPackage Annex F.3: `ST_MinX`, `ST_MaxX`,
/// `ST_MinY`, `ST_MaxY`, `ST_IsEmpty`), so this writer, and later `--merge` updating rows in
/// place, keeps the spatial index current without SpatiaLite.
enum SpatialFunctions {
  static func install(in db: Database) {
    for name in ["ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY"] {
      db.add(
        function: DatabaseFunction(name, argumentCount: 1, pure: true) { args in
          guard let e = envelope(args[0]) else { return nil }
          switch name {
          case "ST_MinX": return e.minX
          case "ST_MaxX": return e.maxX
          case "ST_MinY": return e.minY
          default: return e.maxY
          }
        })
    }
    db.add(
      function: DatabaseFunction("ST_IsEmpty", argumentCount: 1, pure: true) { args in
        guard let blob = Data.fromDatabaseValue(args[0]), blob.count >= 4 else { return nil }
        if blob[blob.startIndex + 3] & 0b0001_0000 != 0 { return 1 }
        return GeoPackageGeometry.envelope(ofBlob: blob) == nil ? 1 : 0
      })
  }

  private static func envelope(_ value: DatabaseValue) -> Envelope? {
    Data.fromDatabaseValue(value).flatMap(GeoPackageGeometry.envelope(ofBlob:))
  }
}
