import Testing

@testable import GeomapCore

/// Control, session 23: a side that reinforces, keeps or holds its own positions in a place holds
/// the place («عزز التنظيم مواقعه في مدينة الباب», "forces reinforced their positions in …"). Each
/// sentence written for this test (no fixture sentence):
/// - Arabic, subject before the verb and a time phrase between verb and object;
/// - Arabic, two subjects after the verb («عززت قوات النظام وحزب الله مواقعهما»);
/// - Arabic «تتمسك بمواقعها» after «ما زالت»;
/// - English "reinforced their positions in", "have held their positions inside".
/// Look-alikes: positions struck by another side, positions left, positions "around" a place or
/// «في محيط» it give no hold.
///
/// Measured with `geomap inspect` on main 2f0df34: none of the six claims below read; after, all six.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct ControlTests23 {
  typealias Case = ControlTests6.Case

  static let claims: [Case] = [
    Case(
      text: "وأفاد ناشطون بأن التنظيم عزز خلال الأيام الماضية مواقعه في مدينة الميادين بعد وصول مقاتلين من البوكمال.",
      claims: ["ISIS Mayadin holds"]),
    Case(
      text: "عززت قوات النظام وحزب الله مواقعهما في مدينة القصير تحسباً لهجوم معاكس.",
      claims: ["REGIME Qusayr holds", "HEZBOLLAH Qusayr holds"]),
    Case(
      text: "وقال المصدر إن قوات سوريا الديمقراطية ما زالت تتمسك بمواقعها في أحياء مدينة الحسكة الجنوبية.",
      claims: ["SDF Hasakah holds"]),
    Case(
      text: "Syrian government forces reinforced their positions in Deir ez-Zor after the attack, state media said.",
      claims: ["REGIME Deir ez-Zor holds"]),
    Case(
      text: "YPG fighters have held their positions inside Kobani despite heavy shelling.",
      claims: ["YPG Kobani holds"]),
  ]

  static let lookAlikes: [Case] = [
    Case(
      text: "قصفت طائرات التحالف مواقع التنظيم في مدينة الرقة.",
      claims: [], absent: ["COALITION Raqqa holds"]),
    Case(
      text: "Syrian government forces reinforced their positions around Palmyra.",
      claims: [], absent: ["REGIME Palmyra holds"]),
    Case(
      text: "عززت قوات النظام مواقعها في محيط مدينة حماة.",
      claims: [], absent: ["REGIME Hama holds"]),
    Case(
      text: "The Turkish air force struck YPG positions in Afrin.",
      claims: [], absent: ["TUR Afrin holds"]),
  ]

  @Test(arguments: claims + lookAlikes)
  func ownPositionsHoldThePlace(_ c: Case) {
    let read = ControlTests7.control(c.text)
    for claim in c.claims { #expect(read.contains(claim), "read \(read.sorted())") }
    for claim in c.absent { #expect(!read.contains(claim), "read \(read.sorted())") }
  }

  /// An Arabic subject of two sides joined by a unit noun carrying «و» («قوات النظام ومقاتلو حزب الله
  /// دخلوا», «القوات الأمنية وفصائل الحشد الشعبي حررت»): both take the place. Measured with `geomap
  /// inspect` on main 2f0df34: only the second side read in both sentences. Look-alike: a side in an
  /// earlier clause, after a comma, is no partner.
  static let unitJoined: [Case] = [
    Case(
      text: "وكانت قوات النظام ومقاتلو حزب الله قد دخلوا بلدة الزبداني فجر الاثنين.",
      claims: ["REGIME Zabadani captured", "HEZBOLLAH Zabadani captured"]),
    Case(
      text: "وقال المصدر إن القوات الأمنية وفصائل الحشد الشعبي حررت قضاء الشرقاط بالكامل.",
      claims: ["IRAQ Shirqat captured", "PMF Shirqat captured"]),
    Case(
      text: "انسحب تنظيم داعش من المنطقة، ومقاتلو حزب الله سيطروا على بلدة القصير.",
      claims: ["HEZBOLLAH Qusayr captured"], absent: ["ISIS Qusayr captured"]),
  ]

  @Test(arguments: unitJoined)
  func unitNounJoinsTheSubjects(_ c: Case) {
    let read = ControlTests7.control(c.text)
    for claim in c.claims { #expect(read.contains(claim), "read \(read.sorted())") }
    for claim in c.absent { #expect(!read.contains(claim), "read \(read.sorted())") }
  }
}
