import Testing

@testable import GeomapCore

/// Movement ends, round 26: an end the motion's own words name but the reader lost — a destination
/// an apposition or relative clause broke off from its origin. Sentences written for the test, none
/// copied from a fixture; main de92793 read none of the routes asserted here (checked with
/// `geomap inspect`).
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct MovementEndsTests26 {
  /// «من خان شيخون، التي استعادتها الشهر الماضي، جنوباً باتجاه مورك», "from Khan Sheikhoun, which
  /// they recaptured last month, south toward Morek": a compass adverb and a destination word go on
  /// with the motion a relative clause broke off. A compass word with no destination word ("south of
  /// Hama") names no end.
  @Test(arguments: [
    ("تقدمت قوات النظام يوم الأحد من خان شيخون، التي استعادتها الشهر الماضي، جنوباً باتجاه مورك.", ["REGIME Khan Sheikhoun→Morek"] as [String]),
    ("Government forces advanced on Sunday from Khan Sheikhoun, which they recaptured last month, south toward Morek.", ["REGIME Khan Sheikhoun→Morek"] as [String]),
    ("Government forces advanced on Sunday from Khan Sheikhoun, which they recaptured last month, south of Hama.", [] as [String]),
  ])
  func compassAdverbGoesOn(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }
}
