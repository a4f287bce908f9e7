/// The SQL of the GeoPackage 1.3 core tables (OGC 12-128r18 Annex C) and of the R-tree extension
/// (Annex F.3), written as the spec gives it so readers and the GDAL validator find what they expect.
enum GeoPackageSchema {
  /// `PRAGMA application_id` value: the ASCII bytes 'GPKG' (§1.1.1.1.1, Req 2).
  static let applicationID: Int32 = 0x4750_4B47
  /// `PRAGMA user_version` for GeoPackage 1.3.0 (Req 2).
  static let userVersion = 10300
  /// WGS 84 geographic, longitude first as every geomap coordinate.
  static let wgs84: Int32 = 4326

  static let coreTables = [
    """
    CREATE TABLE gpkg_spatial_ref_sys (
      srs_name TEXT NOT NULL,
      srs_id INTEGER NOT NULL PRIMARY KEY,
      organization TEXT NOT NULL,
      organization_coordsys_id INTEGER NOT NULL,
      definition TEXT NOT NULL,
      description TEXT
    )
    """,
    """
    CREATE TABLE gpkg_contents (
      table_name TEXT NOT NULL PRIMARY KEY,
      data_type TEXT NOT NULL,
      identifier TEXT UNIQUE,
      description TEXT DEFAULT '',
      last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
      min_x DOUBLE,
      min_y DOUBLE,
      max_x DOUBLE,
      max_y DOUBLE,
      srs_id INTEGER,
      CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id)
    )
    """,
    """
    CREATE TABLE gpkg_geometry_columns (
      table_name TEXT NOT NULL,
      column_name TEXT NOT NULL,
      geometry_type_name TEXT NOT NULL,
      srs_id INTEGER NOT NULL,
      z TINYINT NOT NULL,
      m TINYINT NOT NULL,
      CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
      CONSTRAINT uk_gc_table_name UNIQUE (table_name),
      CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
      CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id)
    )
    """,
    """
    CREATE TABLE gpkg_extensions (
      table_name TEXT,
      column_name TEXT,
      extension_name TEXT NOT NULL,
      definition TEXT NOT NULL,
      scope TEXT NOT NULL,
      CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name)
    )
    """,
    // The QGIS convention for styles stored with the data (what QGIS itself creates).
    """
    CREATE TABLE layer_styles (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      f_table_catalog TEXT(256),
      f_table_schema TEXT(256),
      f_table_name TEXT(256),
      f_geometry_column TEXT(256),
      styleName TEXT(30),
      styleQML TEXT,
      styleSLD TEXT,
      useAsDefault BOOLEAN,
      description TEXT,
      owner TEXT(30),
      ui TEXT(30),
      update_time DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
    )
    """,
  ]

  /// The three rows Req 11 requires: EPSG:4326 and the undefined cartesian (-1) and geographic (0) systems.
  static let spatialRefSysRows:
    [(name: String, id: Int32, org: String, orgID: Int32, definition: String, description: String)] = [
      (
        "WGS 84 geodetic", wgs84, "EPSG", 4326,
        """
        GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],\
        AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],\
        UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],\
        AUTHORITY["EPSG","4326"]]
        """,
        "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid"
      ),
      (
        "Undefined cartesian SRS", -1, "NONE", -1, "undefined",
        "undefined cartesian coordinate reference system"
      ),
      (
        "Undefined geographic SRS", 0, "NONE", 0, "undefined",
        "undefined geographic coordinate reference system"
      ),
    ]

  /// A double-quoted SQL identifier.
  static func quoted(_ identifier: String) -> String {
    "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// The R-tree virtual table and its six triggers for `table.column` keyed by `fid` (Annex F.3).
  static func rtree(table: String, column: String, id: String) -> [String] {
    let t = quoted(table)
    let c = column
    let r = quoted("rtree_\(table)_\(column)")
    let name = { (suffix: String) in quoted("rtree_\(table)_\(column)_\(suffix)") }
    let values = "NEW.\(id), ST_MinX(NEW.\(c)), ST_MaxX(NEW.\(c)), ST_MinY(NEW.\(c)), ST_MaxY(NEW.\(c))"
    return [
      "CREATE VIRTUAL TABLE \(r) USING rtree(id, minx, maxx, miny, maxy)",
      """
      CREATE TRIGGER \(name("insert")) AFTER INSERT ON \(t)
        WHEN (new.\(c) NOT NULL AND NOT ST_IsEmpty(NEW.\(c)))
      BEGIN
        INSERT OR REPLACE INTO \(r) VALUES (\(values));
      END
      """,
      """
      CREATE TRIGGER \(name("update1")) AFTER UPDATE OF \(c) ON \(t)
        WHEN OLD.\(id) = NEW.\(id) AND (NEW.\(c) NOTNULL AND NOT ST_IsEmpty(NEW.\(c)))
      BEGIN
        INSERT OR REPLACE INTO \(r) VALUES (\(values));
      END
      """,
      """
      CREATE TRIGGER \(name("update2")) AFTER UPDATE OF \(c) ON \(t)
        WHEN OLD.\(id) = NEW.\(id) AND (NEW.\(c) ISNULL OR ST_IsEmpty(NEW.\(c)))
      BEGIN
        DELETE FROM \(r) WHERE id = OLD.\(id);
      END
      """,
      """
      CREATE TRIGGER \(name("update3")) AFTER UPDATE ON \(t)
        WHEN OLD.\(id) != NEW.\(id) AND (NEW.\(c) NOTNULL AND NOT ST_IsEmpty(NEW.\(c)))
      BEGIN
        DELETE FROM \(r) WHERE id = OLD.\(id);
        INSERT OR REPLACE INTO \(r) VALUES (\(values));
      END
      """,
      """
      CREATE TRIGGER \(name("update4")) AFTER UPDATE ON \(t)
        WHEN OLD.\(id) != NEW.\(id) AND (NEW.\(c) ISNULL OR ST_IsEmpty(NEW.\(c)))
      BEGIN
        DELETE FROM \(r) WHERE id IN (OLD.\(id), NEW.\(id));
      END
      """,
      """
      CREATE TRIGGER \(name("delete")) AFTER DELETE ON \(t)
        WHEN old.\(c) NOT NULL
      BEGIN
        DELETE FROM \(r) WHERE id = OLD.\(id);
      END
      """,
    ]
  }
}
