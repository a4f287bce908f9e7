import Foundation
import GRDB
import GeomapCore

/// Writes export layers as one OGC GeoPackage 1.3 file (`S.gpkg`): a feature table per layer with
/// an R-tree index, and a default QGIS style per table in `layer_styles`.
public struct GeoPackageWriter: Sendable {
  /// The clock for `last_change` and `update_time`; fixed in tests.
  public var now: @Sendable () -> Date

  public init(now: @escaping @Sendable () -> Date = { Date() }) {
    self.now = now
  }

  /// Writes `layers` to `url`, replacing any file there; builds a temporary file in the same folder
  /// and renames it, so readers never see a half-written GeoPackage.
  public func write(_ layers: [ExportLayer], title: String, to url: URL) throws {
    let directory = url.deletingLastPathComponent()
    let temp = directory.appendingPathComponent(".\(url.lastPathComponent).tmp-\(UUID().uuidString)")
    do {
      let queue = try DatabaseQueue(path: temp.path, configuration: Self.configuration)
      let stamp = Self.timestamp(now())
      try queue.write { db in
        let store = GeoPackageStore(db: db, now: stamp)
        try store.createCore()
        for layer in layers { try write(layer, title: title, store: store) }
      }
      try queue.close()
    } catch {
      Self.remove(temp)
      throw GeomapError(.output, url.path, "cannot write the GeoPackage: \(Self.reason(error))")
    }
    if rename(temp.path, url.path) != 0 {
      let reason = String(cString: strerror(errno)).lowercased()
      Self.remove(temp)
      throw GeomapError(.output, url.path, "cannot write: \(reason)")
    }
  }

  private func write(_ layer: ExportLayer, title: String, store: GeoPackageStore) throws {
    let table = layer.suffix
    let columns = GeoPackageColumn.columns(of: layer)
    let geometryType = Self.geometryType(of: layer)
    if try store.db.tableExists(table) {
      // Accumulating into an earlier file: new attributes become new columns, old rows keep theirs.
      let existing = Set(try store.db.columns(in: table).map(\.name))
      for column in columns where !existing.contains(column.name) {
        try store.db.execute(
          sql: "ALTER TABLE \(GeoPackageSchema.quoted(table)) ADD COLUMN \(GeoPackageSchema.quoted(column.name)) \(column.type)")
      }
    } else {
      try store.createFeatureTable(
        table, identifier: layer.name, description: "geomap \(layer.name.lowercased()) of \(title)",
        geometryType: geometryType, columns: columns)
    }
    for feature in layer.features { try store.upsert(feature, into: table, columns: columns) }
    try store.refreshExtent(of: table)
    try store.setDefaultStyle(
      of: table, name: "geomap \(layer.name.lowercased())",
      qml: QGISStyle.qml(for: layer, geometryType: geometryType),
      description: "geomap default: categorized by actor in faction colours, labelled with name and name_ar")
  }

  /// A connection set-up with the functions the R-tree triggers call; any later writer to a
  /// geomap GeoPackage (such as `--merge`) opens the file with it.
  static var configuration: Configuration {
    var configuration = Configuration()
    configuration.prepareDatabase { db in SpatialFunctions.install(in: db) }
    return configuration
  }

  /// The layer's geometry type: from its features, else from the layer kind.
  static func geometryType(of layer: ExportLayer) -> String {
    if let first = layer.features.first { return GeoPackageGeometry.typeName(first.geometry) }
    switch layer.suffix {
    case "places": return "POINT"
    case "corridors": return "LINESTRING"
    default: return "POLYGON"
    }
  }

  /// `YYYY-MM-DDTHH:MM:SS.SSSZ` in UTC, the DATETIME form GeoPackage requires.
  static func timestamp(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: date)
  }

  /// Adds `layers` to the GeoPackage at `url` (a refresh job's `--merge`): features are updated by
  /// uid — `first_seen` keeps the earliest date, `last_seen` takes the latest — features from
  /// earlier runs stay, and new tables or columns are added. The update runs on a copy in the same
  /// folder inside one transaction and is renamed over the file, so a failure or a kill leaves
  /// the previous file as it was. Without a file there, it is `write`.
  public func accumulate(_ layers: [ExportLayer], title: String, into url: URL) throws {
    guard FileManager.default.fileExists(atPath: url.path) else {
      return try write(layers, title: title, to: url)
    }
    let directory = url.deletingLastPathComponent()
    let temp = directory.appendingPathComponent(".\(url.lastPathComponent).tmp-\(UUID().uuidString)")
    do {
      try FileManager.default.copyItem(at: url, to: temp)
      let queue = try DatabaseQueue(path: temp.path, configuration: Self.configuration)
      let stamp = Self.timestamp(now())
      try queue.write { db in
        guard try db.tableExists("gpkg_contents") else {
          throw GeomapError(.output, url.path, "not a GeoPackage written by geomap")
        }
        let store = GeoPackageStore(db: db, now: stamp)
        for layer in layers { try write(layer, title: title, store: store) }
      }
      try queue.close()
    } catch {
      Self.remove(temp)
      throw GeomapError(.output, url.path, "cannot update the GeoPackage: \(Self.reason(error))")
    }
    if rename(temp.path, url.path) != 0 {
      let reason = String(cString: strerror(errno)).lowercased()
      Self.remove(temp)
      throw GeomapError(.output, url.path, "cannot write: \(reason)")
    }
  }

  private static func remove(_ temp: URL) {
    for suffix in ["", "-journal", "-wal", "-shm"] { unlink(temp.path + suffix) }
  }

  private static func reason(_ error: Error) -> String {
    if let e = error as? GeomapError { return e.reason }
    if let e = error as? DatabaseError { return (e.message ?? "\(e.resultCode)").lowercased() }
    return "\(error)".lowercased()
  }
}
