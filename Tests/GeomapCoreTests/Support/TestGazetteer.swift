import Foundation

@testable import GeomapCore

/// The fixture folder of the test bundle.
func fixtureURL(_ path: String) -> URL {
  guard let base = Bundle.module.resourceURL else { return URL(fileURLWithPath: path) }
  return base.appendingPathComponent("Fixtures").appendingPathComponent(path)
}

/// A small gazetteer of real places (plus a deliberate homonym), memory-mapped from a temporary
/// folder after building its index with `GazetteerIndex`, exactly as the bundled one is read.
func makeTestGazetteer() throws -> Gazetteer {
  let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
    "geomap-gaz-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
  try FileManager.default.copyItem(
    at: fixtureURL("gazetteer/places.tsv"), to: dir.appendingPathComponent("places.tsv"))
  try GazetteerIndex.rebuild(directory: dir)
  return try Gazetteer(directory: dir)
}

/// The same rows, in memory.
func makeInMemoryTestGazetteer() throws -> Gazetteer {
  let text = try String(contentsOf: fixtureURL("gazetteer/places.tsv"), encoding: .utf8)
  let entries = text.split(separator: "\n").dropFirst().compactMap { GazetteerRow.parse($0) }
  return Gazetteer(entries: entries)
}
