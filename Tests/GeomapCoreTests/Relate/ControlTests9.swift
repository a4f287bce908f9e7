import Testing

@testable import GeomapCore

/// Control round 9 (session 22): each sentence written for this test (no fixture sentence). Checked
/// with `geomap inspect` on main 0e1a96c: every case but the look-alikes missed a claim asserted
/// here (the look-alikes' absent claims were not read there either).
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct ControlTests9 {
  typealias Case = ControlTests6.Case

  /// A siege kept up, imposed, laid or lifted, and an expulsion, over a list of places: every
  /// listed place gets the claim, not only the first; a place after "and" that starts another
  /// clause is no item of the list.
  static let lists: [Case] = [
    Case(
      text: "Pro-government fighters broke the rebel siege of Fuaa and Kafraya late on Monday.",
      claims: ["REGIME Kefraya holds", "OPPOSITION Kefraya besieged"]),
    Case(
      text: "تمكنت قوات النظام من فك الحصار عن بلدتي نبل والزهراء شمال حلب.",
      claims: ["REGIME Nubl holds", "REGIME Zahraa holds"]),
    Case(
      text: "وتواصل قوات النظام حصار بلدتي مضايا وبقين منذ أشهر.",
      claims: ["REGIME Madaya besieged", "REGIME Buqayn besieged"]),
    Case(
      text: "وكان الحصار الذي فرضته قوات النظام على بلدتي مضايا والزبداني قد بدأ صيف 2015.",
      claims: ["REGIME Madaya besieged", "REGIME Zabadani besieged"]),
    Case(
      text: "The siege imposed by government forces on Madaya and Zabadani has lasted two years.",
      claims: ["REGIME Madaya besieged", "REGIME Zabadani besieged"]),
    Case(
      text: "Iraqi troops drove Islamic State out of Hit and Kubaisa on Thursday.",
      claims: ["IRAQ Hit captured", "IRAQ Kubaisa captured"]),
    Case(
      text: "وطردت قوات سوريا الديمقراطية تنظيم داعش من بلدتي الشدادي ومركدة.",
      claims: ["SDF Shaddadi captured", "SDF Markada captured"]),
    Case(
      text: "Syrian troops broke the siege of Nubl and rebels withdrew toward Tal Rifaat.",
      claims: ["REGIME Nubl holds"], absent: ["REGIME Tal Rifaat holds"]),
  ]

  @Test(arguments: lists)
  func everyListedPlaceIsClaimed(_ c: Case) {
    let read = ControlTests7.control(c.text)
    for claim in c.claims { #expect(read.contains(claim), "read \(read.sorted())") }
    for claim in c.absent { #expect(!read.contains(claim), "read \(read.sorted())") }
  }

  /// Arabic relative clauses about two places or one: a siege verb carrying the place as its
  /// pronoun object («اللتين تحاصرهما», «الذي يحاصره»), with its subject after it or dropped (the
  /// side named before the places), and a dual state clause («اللتين لا تزالان تحت سيطرته») whose
  /// pronoun is the side it agrees with, not the nearest one. A negated siege gives no claim.
  static let relatives: [Case] = [
    Case(
      text: "وصلت قافلة مساعدات أممية إلى بلدتي كفريا والفوعة اللتين تحاصرهما فصائل المعارضة منذ عامين.",
      claims: ["OPPOSITION Kefraya besieged", "OPPOSITION al-Foua besieged"]),
    Case(
      text: "ويعاني سكان بلدتي مضايا وبقين، اللتين يحاصرهما حزب الله، من نقص حاد في الغذاء.",
      claims: ["HEZBOLLAH Madaya besieged", "HEZBOLLAH Buqayn besieged"]),
    Case(
      text: "وتمنع فصائل المعارضة دخول الوقود إلى بلدتي نبل والزهراء اللتين تحاصرهما منذ عام 2013.",
      claims: ["OPPOSITION Nubl besieged", "OPPOSITION Zahraa besieged"]),
    Case(
      text: "وقصف الطيران محيط مطار دير الزور العسكري، الذي يحاصره تنظيم داعش منذ ثلاث سنوات.",
      claims: ["ISIS Deir ez-Zor airbase besieged"]),
    Case(
      text: "وانسحب عناصر التنظيم قبل دخول القوات العراقية نحو بلدتي راوة وعنة، اللتين لا تزالان تحت سيطرته.",
      claims: ["ISIS Rawa holds", "ISIS ‘Anah holds"], absent: ["IRAQ Rawa holds", "IRAQ ‘Anah holds"]),
    Case(
      text: "ويعاني سكان بلدتي مضايا وبقين، اللتين لم يحاصرهما حزب الله بعد، من نقص في الوقود.",
      claims: [], absent: ["HEZBOLLAH Madaya besieged", "HEZBOLLAH Buqayn besieged"]),
  ]

  @Test(arguments: relatives)
  func relativeClauseNamesTheHolder(_ c: Case) {
    let read = ControlTests7.control(c.text)
    for claim in c.claims { #expect(read.contains(claim), "read \(read.sorted())") }
    for claim in c.absent { #expect(!read.contains(claim), "read \(read.sorted())") }
  }

  /// English relative clauses whose control verb has "which"/"that" as its object ("Douma, which
  /// rebels have held since 2012", "Mosul, which they have held since June"): the place the clause
  /// is about, past an apposition and a direction span describing it ("Tal Abyad, a border town
  /// north of Raqqa, …"); not a place the verb's own object stands for, nor the place after "to".
  static let englishRelatives: [Case] = [
    Case(
      text: "Kurdish fighters pushed toward Tal Abyad, a border town north of Raqqa that Islamic State still holds.",
      claims: ["ISIS Tal Abyad holds"], absent: ["ISIS northern Raqqa countryside holds", "ISIS Raqqa holds"]),
    Case(
      text: "Islamic State fighters fell back to Mosul, which they have held since June.",
      claims: ["ISIS Mosul holds"]),
    Case(
      text: "Rebels pulled out of Harasta to eastern Douma, which they still hold.",
      claims: ["OPPOSITION Douma holds"], absent: ["OPPOSITION Harasta holds"]),
    Case(
      text: "Residents of Manbij said that the SDF seized weapons.",
      claims: [], absent: ["SDF Manbij captured"]),
  ]

  @Test(arguments: englishRelatives)
  func englishRelativeClauseTakesItsPlace(_ c: Case) {
    let read = ControlTests7.control(c.text)
    for claim in c.claims { #expect(read.contains(claim), "read \(read.sorted())") }
    for claim in c.absent { #expect(!read.contains(claim), "read \(read.sorted())") }
  }

  /// A negated control verb states no control ("had not entered", "no longer holds", «لم يسيطر»);
  /// «لا يزال … يسيطر» ("still holds") and "no" inside an aside before the verb are no negation.
  static let negations: [Case] = [
    Case(
      text: "Government forces had not entered the city of Douma by Friday.",
      claims: [], absent: ["REGIME Douma captured"]),
    Case(
      text: "Islamic State no longer holds Manbij, the SDF said.",
      claims: [], absent: ["ISIS Manbij holds"]),
    Case(
      text: "لم يسيطر التنظيم على مدينة الحسكة رغم هجماته المتكررة.",
      claims: [], absent: ["ISIS Hasakah holds", "ISIS Hasakah captured"]),
    Case(
      text: "لا يزال التنظيم يسيطر على مدينة الميادين.",
      claims: ["ISIS Mayadin holds"]),
    Case(
      text: "Rebels, with no heavy weapons, captured Morek on Friday.",
      claims: ["OPPOSITION Morek captured"]),
  ]

  @Test(arguments: negations)
  func negatedVerbStatesNoControl(_ c: Case) {
    let read = ControlTests7.control(c.text)
    for claim in c.claims { #expect(read.contains(claim), "read \(read.sorted())") }
    for claim in c.absent { #expect(!read.contains(claim), "read \(read.sorted())") }
  }

  /// "has come under government control", "remains under rebel control": the adjectives of the
  /// X-held compounds name the holder before "control" too; what is sent to a place is not it.
  static let underAdjectives: [Case] = [
    Case(
      text: "The town of Nawa has come under government control after the deal.",
      claims: ["REGIME Nawa captured"]),
    Case(
      text: "Tal Abyad remains under rebel control.",
      claims: ["OPPOSITION Tal Abyad holds"]),
    Case(
      text: "Aid to Tal Abyad is under government control.",
      claims: [], absent: ["REGIME Tal Abyad holds", "REGIME Tal Abyad captured"]),
    Case(
      text: "The town of Nawa has come under state control after the deal.",
      claims: [], absent: ["ISIS Nawa captured"]),
  ]

  @Test(arguments: underAdjectives)
  func controlAdjectiveNamesTheHolder(_ c: Case) {
    let read = ControlTests7.control(c.text)
    for claim in c.claims { #expect(read.contains(claim), "read \(read.sorted())") }
    for claim in c.absent { #expect(!read.contains(claim), "read \(read.sorted())") }
  }
}
