import ArgumentParser
import Foundation
import GeomapCore

/// `geomap lookup NAME`: ranked gazetteer candidates for a name in Arabic or English.
struct Lookup: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lookup",
    abstract: "Find a place in the bundled gazetteer, however a report spells it.")

  @Argument(help: "The place name, in Arabic or Latin script (e.g. البوكمال, 'Deir ez-Zor').")
  var name: String

  @Option(help: "Keep only places in this country (ISO 3166 alpha-2, e.g. SY).")
  var country: String?

  @Option(help: "Output format: text or json.")
  var format: OutputFormat = .text

  @Option(help: "Most candidates to list.")
  var limit: Int = 10

  func validate() throws {
    if name.unicodeScalars.count > 200 {
      throw ValidationError("name is too long (\(name.unicodeScalars.count) characters; at most 200)")
    }
    if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
      throw ValidationError("name contains control characters")
    }
    if Tokenizer.tokens(in: name).isEmpty {
      throw ValidationError("name has no letters or digits")
    }
    if let country, country.count != 2 || !country.allSatisfy(\.isLetter) {
      throw ValidationError("--country takes a two-letter ISO code, e.g. SY")
    }
    if limit < 1 { throw ValidationError("--limit must be at least 1") }
  }

  func run() throws {
    let gazetteer = try loadGazetteer()
    let candidates = gazetteer.lookup(name, country: country, limit: limit)
    if candidates.isEmpty {
      let suggestions = gazetteer.suggestions(for: name)
      let hint = suggestions.isEmpty ? "" : "; closest: " + suggestions.joined(separator: ", ")
      printError("no place named '\(name)'\(hint)")
      throw ExitCode(1)
    }
    switch format {
    case .json:
      let rows = candidates.map(LookupRow.init)
      print(try encodeJSON(rows))
    case .text:
      for c in candidates {
        let e = c.entry
        let fields = [
          formatScore(c.score), e.name, e.nameAr.isEmpty ? "-" : e.nameAr,
          formatDegrees(e.coordinate.latitude), formatDegrees(e.coordinate.longitude), e.id, e.country,
          e.admin1.isEmpty ? "-" : e.admin1, e.kind.rawValue, String(e.population),
        ]
        print(fields.joined(separator: "\t"))
      }
    }
  }
}

/// One candidate as `geomap lookup --format json` prints it.
struct LookupRow: Encodable {
  var name: String
  var name_ar: String
  var lat: Double
  var lon: Double
  var id: String
  var geonameid: Int?
  var country: String
  var admin1: String
  var kind: String
  var population: Int
  var score: Double
  var matched: String
  var exact: Bool

  init(_ c: LookupCandidate) {
    let e = c.entry
    name = e.name
    name_ar = e.nameAr
    lat = e.coordinate.latitude
    lon = e.coordinate.longitude
    id = e.id
    geonameid = e.geonameID
    country = e.country
    admin1 = e.admin1
    kind = e.kind.rawValue
    population = e.population
    score = (c.score * 1000).rounded() / 1000
    matched = c.matchedName
    exact = c.exact
  }
}
