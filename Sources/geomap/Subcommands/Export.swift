import ArgumentParser
import Foundation
import GeomapCore
import GeomapOverrides

/// `geomap export`: reports (files, folders, stdin) in, GeoJSON/KML/KMZ files out.
struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export places, corridors and control zones of reports as GeoJSON, KML or KMZ.",
    discussion: """
      Folders are read recursively (*.txt and *.md; --glob to change). Without --merge each report \
      gets its own files; reports sharing a file name get their folder names in front \
      (2017-07_report.kml). Files are replaced atomically and only when their bytes change; one \
      run at a time may write into a folder (it is locked with flock). Exit 0 written, 1 nothing \
      resolved, 2 a file failed (the others are still written), 64 usage.
      """)

  enum SummaryFormat: String, ExpressibleByArgument { case json }

  @Argument(help: "Report files or folders; - reads standard input.")
  var reports: [String] = []

  @Flag(help: "Write S.places/corridors/zones.geojson.") var geojson = false
  @Flag(help: "Write S.kml.") var kml = false
  @Flag(help: "Write S.kmz (zipped KML).") var kmz = false
  @Flag(help: "Write S.gpkg (GeoPackage with QGIS styles).") var gpkg = false
  @Flag(help: "Also write S.svg and S.html: a situation map to open in a browser.") var preview = false

  @Option(name: [.short, .customLong("output")], help: "Output folder.")
  var output = "Exports"

  @Option(help: "Merge every report into one map, written as NAME.places.geojson, NAME.kml, ...")
  var merge: String?

  @Option(help: "File name pattern for reports found in folders (repeatable; default *.txt and *.md).")
  var glob: [String] = []

  @Option(help: "Keep only claims dated on or after this day (YYYY-MM-DD).")
  var since: String?

  @Option(help: "Keep only claims dated on or before this day (YYYY-MM-DD).")
  var until: String?

  @Option(help: "Analyst corrections (YAML): pins, added or dropped names, forced or removed claims.")
  var overrides: String?

  @Option(help: "Reports read in parallel (default: the number of cores).")
  var jobs: Int?

  @Option(name: .customLong("max-bytes"), help: "Refuse report files larger than this many bytes (default and ceiling 64 MiB).")
  var maxBytes: Int = ReportDecoder.maxBytes

  @Option(help: "Print a summary of what was written and what changed to stdout (json).")
  var summary: SummaryFormat?

  @Option(help: "Report date (YYYY-MM-DD); overrides the date read from the report.")
  var date: String?

  @Option(help: "Text encoding (utf-8, utf-16le, utf-16be, windows-1256, latin1); detected by default.")
  var encoding: String?

  @Option(name: .customLong("situation-json"), help: .hidden)
  var situationJSON: [String] = []

  func validate() throws {
    if reports.isEmpty && situationJSON.isEmpty {
      throw ValidationError("give at least one report file or folder")
    }
    _ = try ReportInput.encoding(encoding)
    for (flag, value) in [("--date", date), ("--since", since), ("--until", until)] {
      if let value, CalendarDate(iso: value) == nil {
        throw ValidationError("\(flag) must be a real day written YYYY-MM-DD, got '\(value)'")
      }
    }
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
    if maxBytes < 1 { throw ValidationError("--max-bytes must be positive, got \(maxBytes)") }
    // "-" reads standard input among the reports, but export writes a set of files: an output named
    // "-" would silently become a folder called "-" (one was once committed by accident).
    if output.isEmpty || output == "-" {
      throw ValidationError("--output takes a folder (export writes several files, not standard output), got '\(output)'")
    }
    if let merge, merge.isEmpty || merge.contains("/") || merge.hasPrefix(".") {
      throw ValidationError("--merge takes a file name without folders, got '\(merge)'")
    }
  }

  func run() throws {
    // Honour the user's locale like any CLI; every number geomap writes is locale-independent anyway.
    setlocale(LC_ALL, "")
    var formats = Set<ExportFormat>()
    if geojson { formats.insert(.geojson) }
    if kml { formats.insert(.kml) }
    if kmz { formats.insert(.kmz) }
    if formats.isEmpty && !gpkg { formats = [.geojson, .kml] }
    var batch = BatchExport(
      directory: URL(fileURLWithPath: output, isDirectory: true), formats: formats, mergeName: merge,
      window: DateWindow(since: since.flatMap(CalendarDate.init(iso:)), until: until.flatMap(CalendarDate.init(iso:))),
      jobs: jobs ?? ParallelMap.automaticJobs, maxBytes: min(maxBytes, ReportDecoder.maxBytes),
      date: date.flatMap(CalendarDate.init(iso:)), encoding: try ReportInput.encoding(encoding))
    batch.gpkg = gpkg
    batch.preview = preview ? SituationPreview(basemap: try? Basemap.bundled()) : nil
    let overridesFile: Overrides?
    do {
      overridesFile = try overrides.map(OverridesFile.load)
    } catch let error as GeomapError {
      printError(error.description)
      throw ExitCode(2)
    }
    let result = batch.run(
      reports: reports, patterns: glob.isEmpty ? InputDiscovery.defaultPatterns : glob,
      situationJSON: situationJSON, overrides: overridesFile)
    if summary == .json { print(result.summaryJSON()) }
    if result.fatal || result.failed > 0 { throw ExitCode(2) }
    if result.nothingResolved { throw ExitCode(1) }
  }
}
