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

  /// `ParsableCommand.main()`, parsing with `parse(folding:)`.
  static func main() {
    do {
      var command = try parse(folding: Array(CommandLine.arguments.dropFirst()))
      try command.run()
    } catch {
      exit(withError: error)
    }
  }

  /// `parseAsRoot(arguments)`, with the report files of `places` and `export` handed to
  /// ArgumentParser folded (see `ReportArguments`): its cost grows with the square of their number.
  static func parse(folding arguments: [String]) throws -> ParsableCommand {
    let folded = ReportArguments(arguments)
    let command = try parseAsRoot(folded.arguments)
    // Cast to each type: a cast to a protocol searched the binary's conformances (630k instructions).
    if var places = command as? Places {
      places.reports = folded.unfold(places.reports)
      return places
    }
    if var export = command as? Export {
      export.reports = folded.unfold(export.reports)
      return export
    }
    return command
  }
}
