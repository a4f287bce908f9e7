import Testing

@testable import GeomapCore

/// Movements, session 34: "retreated from both villages towards X", «انسحبوا من القريتين» — the
/// two places of a list told before ("seized the villages of A and B") are both where the movers
/// leave. Baseline 4dc9f51 read no origin (or one carried over from elsewhere); heldout15 en-n02
/// showed it. Sentences written for the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct BothPlacesTests34 {
  @Test(arguments: [
    (
      "Rebels seized the towns of Morek and Latamneh on Sunday after two days of fighting. A monitor said soldiers retreated from both towns towards Hama.",
      ["REGIME Morek→Hama", "REGIME Latamneh→Hama"]
    ),
    (
      "Rebels seized the towns of Morek and Latamneh on Sunday. The fighters had attacked from Khan Shaykhun. A monitor said soldiers retreated from both towns towards Hama.",
      ["REGIME Morek→Hama", "REGIME Latamneh→Hama", "OPPOSITION Khan Shaykhun→"]
    ),
  ])
  func bothPlacesAreTheListToldBefore(_ c: (String, [String])) throws {
    let read = try MoverTests8.read(c.0).filter { $0.actor == .regime }
    let routes = c.1.filter { $0.hasPrefix("REGIME") }
    #expect(read.count == routes.count, "\(MoverTests8.describe(read))")
    for r in routes {
      #expect(read.contains { MovementFallbackSetTests.matches($0, r) }, "\(r) not in \(MoverTests8.describe(read))")
    }
  }

  /// Three places named before are no "both": nothing is read from a pair inside the list.
  @Test func threePlacesAreNoBoth() throws {
    let read = try MoverTests8.read(
      "Rebels seized the towns of Morek, Kafr Zita and Latamneh on Sunday. A monitor said soldiers retreated from both towns towards Hama."
    )
    #expect(!read.contains { $0.origin.name.contains("Kafr") && $0.destination.name.contains("Hama") }, "\(MoverTests8.describe(read))")
  }

  /// "pro-government militiamen" are the regime's men, as "pro-government" alone is: movers named so
  /// after a speech verb are not the side named last (baseline: UNKNOWN, the rebels having taken the
  /// origin).
  @Test(arguments: [
    (
      "Rebels seized the towns of Morek and Latamneh on Sunday after two days of fighting. A monitor said soldiers and pro-government militiamen retreated from both towns towards Hama.",
      ["REGIME Morek→Hama", "REGIME Latamneh→Hama"]
    ),
    (
      "Rebels seized Morek on Sunday after two days of fighting. A monitor said pro-government militiamen retreated from Morek towards Hama.",
      ["REGIME Morek→Hama"]
    ),
  ])
  func proGovernmentMilitiamenAreTheRegime(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }
}
