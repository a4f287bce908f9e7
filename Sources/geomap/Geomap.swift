import ArgumentParser
import GeomapCore

@main
struct Geomap: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "geomap",
    abstract: "Turn situation reports about Syria and Iraq into map data (GeoJSON, KML).",
    version: GeomapCore.version,
    // Each subcommand states its `commandName`: the name ArgumentParser derives otherwise is
    // `String(describing:)` of the type, asked many times a run (8.8M instructions of every run).
    subcommands: [
      Export.self, Places.self, Inspect.self, Lookup.self, Eval.self, GazetteerIndexCommand.self,
    ]
  )
}
