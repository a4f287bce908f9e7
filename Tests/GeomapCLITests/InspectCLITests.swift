import Foundation
import Testing

/// True when the built binary finds its gazetteer (bundled index, or GEOMAP_GEODATA).
private let gazetteerAvailable = (try? runGeomap(["lookup", "Raqqa"]))?.status == 0

/// `geomap inspect --format json` on a report that names one ambiguous place again and again: every
/// mention wrote its full candidate list (0.3 MB of one sentence naming al-Hamidiyah, 26 candidates:
/// 564 MB of JSON and 2.5 GB of memory with main 12f7336). The output now grows with the report,
/// and still names each mention's chosen entry and its best rivals with their scores.
@Suite(.enabled(if: gazetteerAvailable))
struct InspectCLITests {
  /// The fixture's sentence naming Palmyra (25 candidates) and Raqqa, repeated.
  static func repeatedSentence(times: Int) throws -> String {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("GeomapCoreTests/Fixtures/reports/seed-000.en.txt").path
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let sentence = try #require(
      text.split(separator: ".").first { $0.contains("began moving from Raqqa towards Palmyra") })
    return String(repeating: sentence.trimmingCharacters(in: .whitespacesAndNewlines) + ". ", count: times)
  }

  @Test func jsonGrowsWithTheReportAndNamesTheRivals() throws {
    let text = try Self.repeatedSentence(times: 100)
    let out = try runGeomap(["inspect", "-", "--format", "json"], stdin: Data(text.utf8))
    #expect(out.status == 0)
    #expect(out.stdout.utf8.count < 30 * text.utf8.count, "\(out.stdout.utf8.count) bytes for \(text.utf8.count)")
    let obj = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
    let entries = try #require(obj["entries"] as? [[String: Any]])
    let resolved = try #require(obj["resolved"] as? [[String: Any]])
    #expect(resolved.count >= 200)
    let palmyra = try #require(resolved.last { $0["surface"] as? String == "Palmyra" })
    let chosen = try #require(palmyra["entry"] as? Int)
    #expect(entries[chosen]["name"] as? String == "Palmyra")
    #expect(palmyra["score"] is Double)
    let rivals = try #require(palmyra["alternatives"] as? [[String: Any]])
    #expect(rivals.count == 5)
    for rival in rivals {
      let k = try #require(rival["entry"] as? Int)
      #expect(entries.indices.contains(k) && entries[k]["id"] is String)
      #expect(rival["score"] is Double)
    }
    #expect((palmyra["moreAlternatives"] as? Int ?? 0) > 0)
    let recognized = try #require(obj["recognized"] as? [[String: Any]])
    let sets = try #require(obj["candidateSets"] as? [[Int]])
    #expect(sets.count < 10, "each distinct candidate list once")
    let first = try #require(recognized.first { $0["surface"] as? String == "Palmyra" })
    let set = try #require(first["candidateSet"] as? Int)
    #expect(sets[set].count == first["candidateCount"] as? Int)
  }
}
