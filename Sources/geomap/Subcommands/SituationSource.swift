import Foundation
import GeomapCore

/// The "report file → Situation" step of `geomap export`, kept behind one protocol so the reading
/// pipeline plugs in at a single spot.
protocol SituationSource {
  func situation(forReport path: String, date: CalendarDate?) throws -> Situation
}

/// Reads a JSON-serialised `Situation` (debugging and tests).
struct SituationJSONFile: SituationSource {
  func situation(forReport path: String, date: CalendarDate?) throws -> Situation {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw GeomapError(.unreadable, path, "file is not readable or does not exist")
    }
    do {
      var situation = try JSONDecoder().decode(Situation.self, from: data)
      if let date { situation.date = date }
      return situation
    } catch {
      throw GeomapError(.invalidArgument, path, "not a geomap situation JSON file (\(Self.reason(error)))")
    }
  }

  private static func reason(_ error: Error) -> String {
    switch error {
    case DecodingError.dataCorrupted(let c), DecodingError.keyNotFound(_, let c),
      DecodingError.typeMismatch(_, let c), DecodingError.valueNotFound(_, let c):
      let path = c.codingPath.map(\.stringValue).joined(separator: ".")
      return path.isEmpty ? c.debugDescription.lowercased() : "\(path): \(c.debugDescription.lowercased())"
    default:
      return "unreadable JSON"
    }
  }
}
