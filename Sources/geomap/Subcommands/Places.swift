import ArgumentParser
import Foundation
import GeomapCore

/// `geomap places REPORT...`: the places each report names, resolved against the gazetteer.
struct Places: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List the places each report mentions, with coordinates and gazetteer ids.")

  @Argument(help: "Report files (UTF-8 text); '-' reads standard input.")
  var reports: [String]

  @Option(help: "Output format: text or json.")
  var format: OutputFormat = .text

  @Option(help: "The report date, YYYY-MM-DD; overrides the date read from the report.")
  var date: String?

  @Option(help: "Text encoding (utf-8, utf-16le, utf-16be, windows-1256, latin1); detected by default.")
  var encoding: String?

  func validate() throws {
    if reports.isEmpty { throw ValidationError("give at least one report file") }
    _ = try ReportInput.date(date)
    _ = try ReportInput.encoding(encoding)
  }

  func run() throws {
    let reportDate = try ReportInput.date(date)
    // Unreadable files are reported first and the others still read (exit 2 at the end).
    let encoding = try ReportInput.encoding(encoding)
    var texts: [DecodedReport] = []
    var failed = false
    for path in reports {
      do {
        texts.append(try ReportInput.read(path, encoding: encoding))
      } catch let error as GeomapError {
        printError(error.description)
        failed = true
      }
    }
    var documents: [PlacesDocument] = []
    if !texts.isEmpty {
      let reader = ReportReader(gazetteer: try loadGazetteer())
      for report in texts {
        let situation = reader.read(report, date: reportDate)
        printErrors(situation.diagnostics.map(\.formatted))
        documents.append(PlacesDocument(situation))
      }
    }
    switch format {
    case .json:
      // A non-finite number goes through JSONEncoder, for its error.
      print(try PlacesJSON.encode(documents) ?? encodeJSON(documents))
    case .text:
      // One string, printed once: a long report has thousands of rows.
      var out = ""
      // A row is appended in place: an array of its fields joined per row was a visible share of
      // printing a long report.
      for doc in documents {
        for p in doc.places {
          out += "\(doc.file)\t\(p.start)\t\(p.end)\t\(p.surface)\t\(p.name)\t"
          out += "\(p.name_ar.isEmpty ? "-" : p.name_ar)\t\(formatDegrees(p.lat))\t\(formatDegrees(p.lon))\t"
          out += "\(p.id)\t\(p.country)\t\(formatScore(p.confidence))\n"
        }
      }
      print(out, terminator: "")
    }
    if failed { throw ExitCode(2) }
    if documents.allSatisfy({ $0.places.isEmpty }) { throw ExitCode(1) }
  }
}

/// One report as `geomap places --format json` prints it.
struct PlacesDocument: Encodable {
  var file: String
  var date: String?
  var places: [PlaceRow]

  init(_ s: Situation) {
    file = s.source
    date = s.date?.description
    places = s.mentions.map(PlaceRow.init)
  }
}

/// One place mention.
struct PlaceRow: Encodable {
  var surface: String
  var start: Int
  var end: Int
  var name: String
  var name_ar: String
  var lat: Double
  var lon: Double
  var id: String
  var geonameid: Int?
  var country: String
  var kind: String
  var confidence: Double

  init(_ m: PlaceMention) {
    surface = m.surface
    start = m.start
    end = m.end
    name = m.entry.name
    name_ar = m.entry.nameAr
    lat = m.entry.coordinate.latitude
    lon = m.entry.coordinate.longitude
    id = m.entry.id
    geonameid = m.entry.geonameID
    country = m.entry.country
    kind = m.entry.kind.rawValue
    confidence = m.score
  }
}
