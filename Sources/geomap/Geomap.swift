import ArgumentParser
import GeomapCore

@main
struct Geomap: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "geomap",
    abstract: "Turn situation reports about Syria and Iraq into map data (GeoJSON, KML).",
    version: GeomapCore.version,
    subcommands: [
      Export.self, Places.self, Inspect.self, Lookup.self, Eval.self, GazetteerIndexCommand.self,
    ]
  )
}
