import Testing

@testable import GeomapCore

/// Control, session 27: the place of a control claim named by a noun that refers back to it, and
/// object lists that repeat their preposition. Each sentence written for this test (no fixture
/// sentence).
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct ControlStructureTests27 {
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

  /// «على X، APPOSITION، وعلى Y», «في X وفي Y», "in X and in Y": an item repeating the preposition
  /// of the item before it, after «و»/"and" and at most an aside set off by commas, is a second
  /// object of the same verb (on main the list stopped at «وعلى»/"and in", and only the first place
  /// was read). Look-alikes: another preposition («وفي» after «على») starts no list item, and an
  /// aside naming a place or an actor is no apposition.
  static let repeatedPrepositions: [Case] = [
    Case(
      text: "سيطر مسلحو تنظيم داعش على كامل مدينة تكريت، كبرى مدن المحافظة، وعلى بلدة العلم.",
      claims: ["ISIS Tikrit captured", "ISIS Al-Alam captured"]),
    Case(
      text: "وانتشرت قوات البيشمركة في بلدة مخمور وفي قضاء سنجار.",
      claims: ["PESHMERGA Makhmour holds", "PESHMERGA Sinjar holds"]),
    Case(
      text: "Government forces were fighting in Deir ez-Zor and in Mayadin on Sunday.",
      claims: ["REGIME Deir ez-Zor contested", "REGIME Mayadin contested"]),
    Case(
      text: "سيطرت قوات النظام على بلدة مورك، وفي بلدة اللطامنة قصفت الطائرات مقرات الفصائل.",
      claims: ["REGIME Morek captured"], absent: ["REGIME Latamneh captured"]),
    Case(
      text: "سيطر مسلحو تنظيم داعش على مدينة تكريت، بعد انسحاب الجيش العراقي، وعلى بلدة العلم.",
      claims: ["ISIS Tikrit captured"], absent: ["ISIS Al-Alam captured"]),
  ]

  @Test(arguments: repeatedPrepositions)
  func listItemRepeatsItsPreposition(_ c: Case) {
    let read = ControlTests7.control(c.text)
    for claim in c.claims { #expect(read.contains(claim), "read \(read.sorted())") }
    for claim in c.absent { #expect(!read.contains(claim), "read \(read.sorted())") }
  }
}
