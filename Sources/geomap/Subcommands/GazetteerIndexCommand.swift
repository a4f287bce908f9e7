import ArgumentParser
import Foundation
import GeomapCore

/// `geomap gazetteer-index`: rebuilds names.idx, names.slots and parents.idx from places.tsv (second rebuild step).
struct GazetteerIndexCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gazetteer-index",
    abstract: "Rebuild the gazetteer's name index from places.tsv (run after Geodata/build.py).")

  @Option(help: "Folder holding places.tsv.")
  var dir: String = "Geodata/data"

  func run() throws {
    try GazetteerIndex.rebuild(directory: URL(fileURLWithPath: dir, isDirectory: true))
    printError("wrote \(dir)/names.idx, \(dir)/names.slots, \(dir)/parents.idx and \(dir)/common-keys.txt")
  }
}
