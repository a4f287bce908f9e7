import Testing

@testable import GeomapCore

/// Movers, round 12 (session 23): who moves when one side carries people. Sentences written for the
/// test (wire, UN and monitor styles, Arabic and English), none copied from a fixture.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct MoverTests12 {
  /// «نقلت القوات الأمنية … عائلة», "the Islamic State moved civilians": people of no side moved by a
  /// named subject with a transport verb are moved by it; the subject is the mover.
  @Test(arguments: [
    ("The United Nations said the Islamic State moved hundreds of civilians from Qayyarah into Mosul last week.", ["ISIS Qayyarah→Mosul"] as [String]),
    ("وقالت قيادة العمليات المشتركة إن القوات الأمنية نقلت مئات العائلات من هيت إلى الرمادي.", ["IRAQ Hit→Ramadi"] as [String]),
    ("أفاد ناشطون بأن تنظيم داعش نقل مئات المدنيين من الميادين إلى البوكمال.", ["ISIS Mayadin→Albukamal"] as [String]),
  ])
  func carrierOfCiviliansMoves(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }

  /// Civilians who move themselves, or flee a side's shelling, have no actor.
  @Test(arguments: [
    ("Thousands of civilians moved from Hit to Ramadi after Iraqi forces retook the town, officials said.", [] as [String]),
    ("نزح مئات المدنيين من الميادين إلى البوكمال بعد قصف قوات النظام.", [] as [String]),
  ])
  func civiliansMovingThemselvesHaveNoActor(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }

  /// «ونقلت شاحنات قسد عائلات التنظيم»: the side named as the vehicles' owner only carries; the
  /// people carried, named with their own side, move. People of no side: the carrier moves them.
  @Test(arguments: [
    ("ونقلت حافلات النظام مقاتلي المعارضة من دوما إلى إدلب، بحسب ناشطين.", ["OPPOSITION Douma→Idlib"] as [String]),
    ("ونقلت شاحنات قوات سوريا الديمقراطية عائلات تنظيم داعش من الباغوز إلى مخيم الهول.", ["ISIS Baghouz→al-Hol camp"] as [String]),
    ("ونقلت شاحنات قسد مئات المدنيين من الباغوز إلى مخيم الهول.", ["SDF Baghouz→al-Hol camp"] as [String]),
  ])
  func carriedSideMoves(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }
}
