import Foundation

/// The bytes of every file for one set of layers, computed before anything is written, so they
/// can be compared with the files already in the folder.
public struct LayerFiles: Sendable {
  /// File names (no folder) and contents, in writing order.
  public let files: [(name: String, data: Data)]

  public init(
    tables: [ExportLayer], stem: String, formats: Set<ExportFormat>,
    kmzPackager: (@Sendable (Data) throws -> Data)?
  ) throws {
    var files: [(String, Data)] = []
    if formats.contains(.geojson) {
      for layer in tables { files.append(("\(stem).\(layer.suffix).geojson", GeoJSONWriter.data(for: layer))) }
    }
    if formats.contains(.kml) || formats.contains(.kmz) {
      let kml = try KMLWriter.data(for: tables, title: stem)
      if formats.contains(.kml) { files.append(("\(stem).kml", kml)) }
      if formats.contains(.kmz) {
        guard let kmzPackager else { throw GeomapError(.output, "\(stem).kmz", "no KMZ packager available") }
        files.append(("\(stem).kmz", try kmzPackager(kml)))
      }
    }
    self.files = files
  }

  /// The outcome of writing into a folder.
  public struct Outcome: Sendable {
    /// Files whose bytes changed (or are new) and were replaced.
    public var written: [URL] = []
    /// Files already there with exactly these bytes, left untouched (their mtime too).
    public var unchanged: [URL] = []
    /// Feature changes against the previous GeoJSON files (KML-only runs compare whole files).
    public var changes = ChangeSet()
  }

  /// Writes each file atomically into `directory`, skipping those whose bytes are already there.
  public func write(to directory: URL) throws -> Outcome {
    var outcome = Outcome()
    let hasGeoJSON = files.contains { $0.name.hasSuffix(".geojson") }
    var changed: [(data: Data, url: URL)] = []
    for (name, data) in files {
      let url = directory.appendingPathComponent(name)
      let old = try? Data(contentsOf: url)
      if name.hasSuffix(".geojson") {
        outcome.changes.formUnion(ChangeSet.between(old: old, new: data))
      } else if !hasGeoJSON && old != data {
        outcome.changes.formUnion(ChangeSet(changed: [name]))
      }
      if old == data {
        outcome.unchanged.append(url)
      } else {
        changed.append((data, url))
      }
    }
    // All of a report's files are replaced together or not at all.
    try AtomicFile.writeAll(changed)
    outcome.written = changed.map(\.url)
    return outcome
  }
}
