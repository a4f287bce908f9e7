import Foundation

/// An output format of `geomap export`.
public enum ExportFormat: String, Hashable, Sendable, CaseIterable, Codable {
  case geojson, kml, kmz
}

/// Writes a report's layers to disk: `S.places.geojson`, `S.corridors.geojson`, `S.zones.geojson`,
/// `S.kml`, `S.kmz`. The only place in geomap that writes files.
public struct LayerExporter: Sendable {
  /// Packs KML bytes into KMZ bytes; supplied by the GeomapKMZ target so the core needs no zip library.
  public var kmzPackager: (@Sendable (Data) throws -> Data)?

  public init(kmzPackager: (@Sendable (Data) throws -> Data)? = nil) {
    self.kmzPackager = kmzPackager
  }

  /// Writes `formats` for `layers` into `directory` under `stem`; returns the files written, in order.
  public func export(
    _ layers: MapLayers, stem: String, formats: Set<ExportFormat>, to directory: URL
  ) throws -> [URL] {
    let tables = ExportLayers.build(layers)
    // Everything is rendered before anything is written, and written as one unit: a failure
    // leaves none of this report's files half-updated.
    var files: [(data: Data, url: URL)] = []
    if formats.contains(.geojson) {
      for layer in tables {
        let url = directory.appendingPathComponent("\(stem).\(layer.suffix).geojson")
        files.append((GeoJSONWriter.data(for: layer), url))
      }
    }
    if formats.contains(.kml) || formats.contains(.kmz) {
      let kml = try KMLWriter.data(for: tables, title: stem)
      if formats.contains(.kml) {
        files.append((kml, directory.appendingPathComponent("\(stem).kml")))
      }
      if formats.contains(.kmz) {
        guard let kmzPackager else {
          throw GeomapError(.output, "\(stem).kmz", "no KMZ packager available")
        }
        files.append((try kmzPackager(kml), directory.appendingPathComponent("\(stem).kmz")))
      }
    }
    try AtomicFile.writeAll(files)
    let written = files.map(\.url)
    return written
  }
}
