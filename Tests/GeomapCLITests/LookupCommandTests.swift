import Foundation
import Testing

/// `geomap lookup` run as a user runs it, on the bundled gazetteer.
@Suite struct LookupCommandTests {
  struct Row: Decodable {
    var name: String
    var name_ar: String
    var lat: Double
    var lon: Double
    var id: String
    var country: String
    var kind: String
    var score: Double
  }

  func top(_ name: String, _ extra: [String] = []) throws -> Row? {
    let out = try runGeomap(["lookup", name, "--format", "json"] + extra)
    guard out.status == 0 else { return nil }
    return try JSONDecoder().decode([Row].self, from: Data(out.stdout.utf8)).first
  }

  @Test func jsonListsRankedCandidatesWithCoordinates() throws {
    let raqqa = try #require(try top("Raqqa"))
    #expect(raqqa.country == "SY")
    #expect(abs(raqqa.lat - 35.95) < 0.1 && abs(raqqa.lon - 39.01) < 0.1)
    #expect(raqqa.name_ar.contains("الرقة") || raqqa.name_ar.contains("الرقه"))
  }

  @Test func textFormatHasOneLinePerCandidate() throws {
    let out = try runGeomap(["lookup", "البوكمال", "--limit", "3"])
    #expect(out.status == 0)
    let lines = out.stdout.split(separator: "\n")
    #expect((1...3).contains(lines.count))
    #expect(lines.first?.contains("SY") == true)
  }

  @Test func countryFilterKeepsOnlyThatCountry() throws {
    let out = try runGeomap(["lookup", "Tripoli", "--country", "LB", "--format", "json"])
    #expect(out.status == 0)
    let rows = try JSONDecoder().decode([Row].self, from: Data(out.stdout.utf8))
    #expect(!rows.isEmpty && rows.allSatisfy { $0.country == "LB" })
  }

  @Test func unknownNameExitsOneWithSuggestions() throws {
    let out = try runGeomap(["lookup", "Damscus"])
    #expect(out.status == 1)
    #expect(out.stdout.isEmpty)
    #expect(out.stderr.hasPrefix("no place named 'Damscus'"))
    #expect(out.stderr.contains("Damascus"))
    #expect(out.stderr.split(separator: "\n").count == 1)
  }

  @Test(arguments: [
    String(repeating: "x", count: 10_240), "Raq\u{0007}qa", "   ", "", "---",
  ])
  func absurdInputIsAUsageError(name: String) throws {
    let out = try runGeomap(["lookup", name])
    #expect(out.status == 64)
    #expect(out.stderr.contains("Error:"))
    #expect(out.stderr.count < 2_000)
  }
}
