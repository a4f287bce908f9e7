import Testing

@testable import GeomapCore

/// Control, session 22: armed men named as some of an organisation's (a partitive) take for that
/// organisation. Each sentence written for this test (no fixture sentence):
/// - Arabic, the subject after the verb: «سيطر مسلحون من تنظيم داعش على …» — the generic «مسلحون»
///   alone is read as rebels; with «من» and a name after it the named side is the actor;
/// - English, a second subject joined by "and": "Syrian troops and fighters from Lebanon's
///   Hezbollah seized …" — both sides take the place, as with "Syrian troops and Hezbollah";
/// - the group's 2013–14 name «الدولة الإسلامية في العراق والشام» is ISIS (its «الشام» is no place).
/// Look-alikes: armed men «من» no organisation stay generic; a second clause after a comma is no
/// joined subject.
///
/// Measured on s22merge (`geomap inspect`): none of the five claims below read (three read for
/// rebels or the other side only, one as «الشام» = Damascus); after, all five.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct ControlTests22 {
  typealias Case = ControlTests6.Case

  static let claims: [Case] = [
    Case(
      text: "سيطر مسلحون من تنظيم داعش صباح الأحد على مدينة تكريت بعد انسحاب قوات الجيش.",
      claims: ["ISIS Tikrit captured"], absent: ["OPPOSITION Tikrit captured"]),
    Case(
      text: "سيطر مسلحون من الحشد الشعبي على ناحية العلم شمال تكريت.",
      claims: ["PMF Al-Alam captured"], absent: ["OPPOSITION Al-Alam captured"]),
    Case(
      text: "سيطر عناصر تنظيم \"الدولة الإسلامية في العراق والشام\" فجر اليوم على مدينة الفلوجة.",
      claims: ["ISIS Fallujah captured"], absent: ["ISIS Damascus captured"]),
    Case(
      text: "Iraqi troops and fighters from the Popular Mobilisation Forces recaptured the town of Baiji on Tuesday.",
      claims: ["IRAQ Baiji captured", "PMF Baiji captured"]),
    Case(
      text: "Syrian troops and militants of Lebanon's Hezbollah seized the town of Zabadani.",
      claims: ["REGIME Zabadani captured", "HEZBOLLAH Zabadani captured"]),
  ]

  static let lookAlikes: [Case] = [
    Case(
      text: "سيطر مسلحون من أبناء العشائر على بلدة ذيبان.",
      claims: ["OPPOSITION Dhiban captured"]),
    Case(
      text: "Syrian troops withdrew, and fighters from Hezbollah seized the town of Qusayr.",
      claims: ["HEZBOLLAH Qusayr captured"], absent: ["REGIME Qusayr captured"]),
  ]

  @Test(arguments: claims + lookAlikes)
  func partitiveSubjectTakes(_ c: Case) {
    let read = ControlTests7.control(c.text)
    for claim in c.claims { #expect(read.contains(claim), "read \(read.sorted())") }
    for claim in c.absent { #expect(!read.contains(claim), "read \(read.sorted())") }
  }
}
