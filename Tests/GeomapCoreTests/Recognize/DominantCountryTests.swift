import Testing

@testable import GeomapCore

/// `PlaceRecognizer.dominantCountry` counts with the resolver's `CountryVotes`: both must answer as
/// the code the recognizer had (a `Set` of each mention's countries, votes in a dictionary) on the
/// mentions of every fixture report and on crafted ties and odd country codes.
@Suite struct DominantCountryTests {
  /// How many mentions could lie in each country, counted with a `Set` of each mention's countries.
  static func referenceVotes(_ mentions: [RecognizedMention]) -> [String: Int] {
    var votes: [String: Int] = [:]
    for m in mentions {
      for c in Set(m.candidates.map(\.country)) { votes[c, default: 0] += 1 }
    }
    return votes
  }

  /// The country most mentions can be in, as `dominantCountry` counted it before.
  static func reference(_ mentions: [RecognizedMention]) -> String {
    referenceVotes(mentions).max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? "SY"
  }

  static func mention(_ countries: [String]) -> RecognizedMention {
    let candidates = countries.enumerated().map { k, country in
      GazetteerEntry(
        id: "test:\(k)-\(country)", kind: .town, country: country,
        coordinate: Coordinate(longitude: 36, latitude: 35), name: "Town \(k)")
    }
    return RecognizedMention(
      surface: "x", start: 0, end: 1, firstToken: 0, endToken: 1, key: "x", candidates: candidates,
      kindHint: nil, context: "trigger", note: nil, anchored: false)
  }

  @Test func fixtureReportsCountAsBefore() throws {
    let recognizer = PlaceRecognizer(gazetteer: bundledGazetteer ?? RelateGazetteer.shared)
    let (reports, _) = try ScanWordFastPathTests.texts()
    #expect(reports.count > 50)
    var differentFromSyria = 0
    for report in reports {
      let mentions = recognizer.recognize(ReportText(report))
      #expect(ContextResolver().votes(mentions) == Self.referenceVotes(mentions))
      // Every prefix of the mentions: the votes and the ties change as they grow.
      for k in 0...mentions.count {
        let prefix = Array(mentions[..<k])
        let expected = Self.reference(prefix)
        #expect(recognizer.dominantCountry(prefix) == expected)
        if expected != "SY" { differentFromSyria += 1 }
      }
    }
    // The reports do not all vote for Syria: the test sees other winners too.
    #expect(differentFromSyria > 0)
  }

  @Test func craftedTiesAndCodes() {
    let recognizer = PlaceRecognizer(gazetteer: RelateGazetteer.shared)
    let cases: [[[String]]] = [
      [],
      [[]],
      [["IQ"]],
      [["LB"], ["IQ"]],
      [["IQ"], ["LB"]],
      [["TR", "TR", "TR"], ["IQ"]],
      [["TR", "IQ"], ["IQ", "TR"], ["LB"]],
      [["SY", "IQ"], ["IQ"], ["SY"]],
      [[""], ["IQ"]],
      [[""], [""], ["IQ"]],
      [["Syria"], ["Syria", "Syria"], ["SY"]],
      [["S"], ["SYR"], ["sy"], ["SY"], ["sy"]],
      [["\u{0645}\u{0635}"], ["\u{0645}\u{0635}"], ["EG"]],
      [["e\u{301}"], ["\u{E9}"], ["IQ"]],
      // The Kelvin sign is canonically equivalent to K: "\u{212A}S" is the String "KS".
      [["\u{212A}S"], ["KS", "IQ"], ["IQ"], ["KS"]],
      [["KS"], ["\u{212A}S", "\u{212A}S"], ["IQ"], ["IQ"]],
    ]
    for c in cases {
      let mentions = c.map(Self.mention)
      #expect(recognizer.dominantCountry(mentions) == Self.reference(mentions), "\(c)")
      #expect(ContextResolver().votes(mentions) == Self.referenceVotes(mentions), "\(c)")
    }
  }
}
