import Testing

@testable import GeomapCore

/// Control, session 27: the place of a control claim named by a noun that refers back to it.
/// Each sentence written for this test (no fixture sentence).
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct ControlTests27 {
  typealias Case = ControlTests6.Case

  /// «مركز القضاء», «الناحية», "the district": an Iraqi administrative unit is named after its seat,
  /// and the unit noun refers back to the town named before it (on main neither noun was an
  /// anaphor, so the verb or «تحت سيطرة» had no place and nothing was read). Look-alikes: «الناحية
  /// الشمالية» (the northern side) and «القضاء على» (eliminating) are no unit.
  static let administrativeUnits: [Case] = [
    Case(
      text: "وفي قضاء سنجار، سيطرت قوات البيشمركة على مركز القضاء بعد انسحاب مسلحي داعش منه.",
      claims: ["PESHMERGA Sinjar captured"]),
    Case(
      text: "وأكد المصدر أن مسلحي داعش هاجموا ناحية العلم من محورين، وأن الناحية لا تزال تحت سيطرة القوات الأمنية.",
      claims: ["IRAQ Al-Alam holds"]),
    Case(
      text: "Clashes went on for a week in Baiji district. On Tuesday Iraqi troops took full control of the district, a military spokesman said.",
      claims: ["IRAQ Baiji captured"]),
    Case(
      text: "وفي قضاء سنجار، سيطرت قوات البيشمركة على الناحية الشمالية من الجبل.",
      claims: [], absent: ["PESHMERGA Sinjar captured"]),
    Case(
      text: "وفي ناحية العلم، سيطرت القوات الأمنية على التلال بعد القضاء على مسلحي داعش.",
      claims: [], absent: ["IRAQ Al-Alam captured"]),
  ]

  @Test(arguments: administrativeUnits)
  func unitNounRefersBackToItsSeat(_ c: Case) {
    let read = ControlTests7.control(c.text)
    for claim in c.claims { #expect(read.contains(claim), "read \(read.sorted())") }
    for claim in c.absent { #expect(!read.contains(claim), "read \(read.sorted())") }
  }
}
