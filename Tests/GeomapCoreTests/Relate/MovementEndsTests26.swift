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

  /// «حيث نقل إليها مئات المقاتلين من الرقة»: "to it", right after the motion, is the place the
  /// sentence named before. In a relative clause («المناطق التي تسلل إليها») it is the clause's head
  /// noun, and «إليهم» ("joined them") is people: neither names a place.
  @Test(arguments: [
    ("وعزز تنظيم داعش مواقعه في مدينة الميادين، حيث نقل إليها مئات المقاتلين من الرقة خلال الأيام الماضية.", ["ISIS Raqqa→Mayadin"] as [String]),
    ("وعزز تنظيم داعش مواقعه في مدينة الميادين، حيث نقل اليها مئات المقاتلين من الرقة خلال الأيام الماضية.", ["ISIS Raqqa→Mayadin"] as [String]),
    ("وقال مصدر أمني في الرمادي إن الجيش يخوض معارك لتطهير المناطق التي تسلل إليها مسلحو داعش من الفلوجة.", [] as [String]),
    ("وقال ناشطون إن تنظيم داعش انسحب من الميادين، وإن عشرات العائلات انضمت إليهم في طريقهم من الرقة.", [] as [String]),
  ])
  func pronounDestination(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }
}
