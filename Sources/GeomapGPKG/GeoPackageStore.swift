import Foundation
import GRDB
import GeomapCore

/// Table-level operations on an open GeoPackage, inside the caller's transaction.
///
/// Rows are keyed by `uid` and written by `upsert`, which keeps the earliest `first_seen` and the
/// latest `last_seen`, so accumulating reports into an existing file (`--merge`) reuses this type
/// as it is: open the file, `addMissingColumns`, `upsert`, `refreshExtent`, `setDefaultStyle`.
struct GeoPackageStore {
  let db: Database
  let now: String

  static let geometryColumn = "geom"
  static let idColumn = "fid"

  /// Application id, version, the core tables, the required spatial reference systems.
  func createCore() throws {
    try db.execute(sql: "PRAGMA application_id = \(GeoPackageSchema.applicationID)")
    try db.execute(sql: "PRAGMA user_version = \(GeoPackageSchema.userVersion)")
    for sql in GeoPackageSchema.coreTables { try db.execute(sql: sql) }
    for row in GeoPackageSchema.spatialRefSysRows {
      try db.execute(
        sql: """
          INSERT INTO gpkg_spatial_ref_sys
            (srs_name, srs_id, organization, organization_coordsys_id, definition, description)
          VALUES (?, ?, ?, ?, ?, ?)
          """,
        arguments: [row.name, row.id, row.org, row.orgID, row.definition, row.description])
    }
  }

  /// A feature table with its contents and geometry-column rows and its R-tree index.
  func createFeatureTable(
    _ table: String, identifier: String, description: String, geometryType: String,
    columns: [GeoPackageColumn]
  ) throws {
    let q = GeoPackageSchema.quoted
    let attributes = columns.map { "  \(q($0.name)) \($0.type)" }
    let definition =
      [
        "  \(Self.idColumn) INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL",
        "  \(Self.geometryColumn) \(geometryType)",
        "  uid TEXT NOT NULL UNIQUE",
      ] + attributes + ["  first_seen DATE", "  last_seen DATE"]
    try db.execute(sql: "CREATE TABLE \(q(table)) (\n\(definition.joined(separator: ",\n"))\n)")
    try db.execute(
      sql: """
        INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, srs_id)
        VALUES (?, 'features', ?, ?, ?, ?)
        """,
      arguments: [table, identifier, description, now, GeoPackageSchema.wgs84])
    try db.execute(
      sql: """
        INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m)
        VALUES (?, ?, ?, ?, 0, 0)
        """,
      arguments: [table, Self.geometryColumn, geometryType, GeoPackageSchema.wgs84])
    for sql in GeoPackageSchema.rtree(table: table, column: Self.geometryColumn, id: Self.idColumn) {
      try db.execute(sql: sql)
    }
    try db.execute(
      sql: """
        INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope)
        VALUES (?, ?, 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')
        """,
      arguments: [table, Self.geometryColumn])
  }

  /// Inserts `feature`, or updates the row with its uid: attributes and geometry replaced,
  /// `first_seen` the earlier and `last_seen` the later of old and new.
  ///
  /// An UPDATE then, if no row changed, an INSERT, rather than one `INSERT … ON CONFLICT DO
  /// UPDATE`: an upsert's conflict policy overrides the `INSERT OR REPLACE` inside the GeoPackage
  /// 1.3 R-tree triggers, which then fail on the index row they mean to replace.
  func upsert(_ feature: ExportFeature, into table: String, columns: [GeoPackageColumn]) throws {
    let q = GeoPackageSchema.quoted
    let firstSeen = feature.date?.description
    let lastSeen = (feature.dateEnd ?? feature.date)?.description
    let geometry = GeoPackageGeometry.blob(feature.geometry, srsID: GeoPackageSchema.wgs84)
    let attributes = columns.map { $0.value(in: feature) }
    let assignments =
      ([Self.geometryColumn] + columns.map(\.name)).map { "\(q($0)) = ?" } + [
        "first_seen = min(coalesce(first_seen, ?), coalesce(?, first_seen))",
        "last_seen = max(coalesce(last_seen, ?), coalesce(?, last_seen))",
      ]
    var updateValues: [(any DatabaseValueConvertible)?] = [geometry]
    updateValues += attributes
    updateValues += [firstSeen, firstSeen, lastSeen, lastSeen, feature.uid]
    try db.execute(
      sql: "UPDATE \(q(table)) SET \(assignments.joined(separator: ", ")) WHERE uid = ?",
      arguments: StatementArguments(updateValues))
    if db.changesCount > 0 { return }
    let names =
      [Self.geometryColumn, "uid"] + columns.map(\.name) + ["first_seen", "last_seen"]
    // fid is left to AUTOINCREMENT: small, never reused after a delete, kept by later updates;
    // uid is the key shared with the GeoJSON and KML outputs. (The 53-bit GeoJSON ids would make
    // GDAL flag the layer FID64, which 32-bit object-id readers refuse.)
    var values: [(any DatabaseValueConvertible)?] = [geometry, feature.uid]
    values += attributes
    values += [firstSeen, lastSeen]
    try db.execute(
      sql: """
        INSERT INTO \(q(table)) (\(names.map(q).joined(separator: ", ")))
        VALUES (\(names.map { _ in "?" }.joined(separator: ", ")))
        """,
      arguments: StatementArguments(values))
  }

  /// Sets the table's bounds in gpkg_contents from its geometries and stamps `last_change`.
  /// (Not from the R-tree: it stores 32-bit floats rounded outwards.)
  func refreshExtent(of table: String) throws {
    let g = Self.geometryColumn
    try db.execute(
      sql: """
        UPDATE gpkg_contents SET
          (min_x, max_x, min_y, max_y) = (
            SELECT min(ST_MinX(\(g))), max(ST_MaxX(\(g))), min(ST_MinY(\(g))), max(ST_MaxY(\(g)))
            FROM \(GeoPackageSchema.quoted(table))),
          last_change = ?
        WHERE table_name = ?
        """,
      arguments: [now, table])
  }

  /// Makes `qml` the table's default QGIS style, replacing an earlier default.
  func setDefaultStyle(of table: String, name: String, qml: String, description: String) throws {
    try db.execute(
      sql: "UPDATE layer_styles SET useAsDefault = 0 WHERE f_table_name = ? AND f_geometry_column = ?",
      arguments: [table, Self.geometryColumn])
    try db.execute(
      sql: """
        INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column,
          styleName, styleQML, styleSLD, useAsDefault, description, owner, ui, update_time)
        VALUES ('', '', ?, ?, ?, ?, '', 1, ?, '', NULL, ?)
        """,
      arguments: [table, Self.geometryColumn, name, qml, description, now])
  }
}
