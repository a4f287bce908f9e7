import Testing

@testable import GeomapCore

/// Control, session 25: the arguments of a control cue the reader saw but did not attach. Each
/// sentence written for this test (no fixture sentence).
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct ControlTests25 {
  typealias Case = ControlTests6.Case

  /// "X, which the group still holds, with …": an English verb whose object is the relative pronoun
  /// before its subject takes the place "which" refers to, though a place follows in the next
  /// clause (on main the verb took that later place as its object, found it no object and dropped
  /// the claim; and "holds, with …" past the comma was read as holding "with" an agreement).
  /// (Arabic «التي لا يزال … يسيطر عليها» was read already: `relativeAntecedent`.)
  /// Look-alike: the later place is held by nobody.
  static let relativeObjects: [Case] = [
    Case(
      text: "The highway connects Tabqa, which the group still holds, with Aleppo.",
      claims: ["ISIS Tabqa holds"], absent: ["ISIS Aleppo holds"]),
    Case(
      text: "The road links Mayadin, which the group still controls, with Deir ez-Zor.",
      claims: ["ISIS Mayadin holds"], absent: ["ISIS Deir ez-Zor holds"]),
  ]

  @Test(arguments: relativeObjects)
  func relativePronounIsTheObject(_ c: Case) {
    let read = ControlTests7.control(c.text)
    for claim in c.claims { #expect(read.contains(claim), "read \(read.sorted())") }
    for claim in c.absent { #expect(!read.contains(claim), "read \(read.sorted())") }
  }

  /// "launched an offensive into opposition-held Daraa and seized X": the actor of an "X-held"
  /// compound is an adjective of the noun after it, not the subject of a verb after it (on main it
  /// was the nearest actor before the verb, so the side attacked "seized" the town). Look-alike: a
  /// real subject after the compound still takes.
  static let heldModifiers: [Case] = [
    Case(
      text: "Syrian troops launched an assault on rebel-held areas on Monday and seized the town of Khan Shaykhun.",
      claims: ["REGIME Khan Sheikhoun captured"], absent: ["OPPOSITION Khan Sheikhoun captured"]),
    Case(
      text: "Turkish forces advanced into SDF-held territory overnight and captured the town of Tal Abyad.",
      claims: ["TUR Tal Abyad captured"], absent: ["SDF Tal Abyad captured"]),
    Case(
      text: "Iraqi forces stormed ISIS-held districts on Tuesday and retook the town of Tal Afar.",
      claims: ["IRAQ Tal Afar captured"], absent: ["ISIS Tal Afar captured"]),
    Case(
      text: "ISIS fighters attacked government-held positions near the airport and captured the village of Khanasir.",
      claims: [], absent: ["REGIME Khanasir captured"]),
  ]

  @Test(arguments: heldModifiers)
  func heldCompoundActorIsNoSubject(_ c: Case) {
    let read = ControlTests7.control(c.text)
    for claim in c.claims { #expect(read.contains(claim), "read \(read.sorted())") }
    for claim in c.absent { #expect(!read.contains(claim), "read \(read.sorted())") }
  }

  /// "where Kurdish fighters are in control", "where SDF fighters are holding out in the old town":
  /// holding with no object of its own, about the place "where" refers to. Look-alikes: "held out
  /// hope", "in control of the talks" name no place.
  static let objectlessHolding: [Case] = [
    Case(
      text: "Thousands of families fled toward Qamishli, where Kurdish YPG fighters are in control, officials said.",
      claims: ["YPG Qamishli holds"]),
    Case(
      text: "Turkish troops have encircled Manbij, where SDF fighters are holding out in the old town.",
      claims: ["SDF Manbij holds"]),
    Case(
      text: "The Syrian army held out hope for a deal in Daraa.",
      claims: [], absent: ["REGIME Daraa holds"]),
  ]

  @Test(arguments: objectlessHolding)
  func holdingWithoutObject(_ c: Case) {
    let read = ControlTests7.control(c.text)
    for claim in c.claims { #expect(read.contains(claim), "read \(read.sorted())") }
    for claim in c.absent { #expect(!read.contains(claim), "read \(read.sorted())") }
  }

  /// "Non-state armed groups, primarily Hayat Tahrir al-Sham, continue to control X": a subject the
  /// lexicon does not know, set off with an apposition naming its chief member, is that member (on
  /// main the apposition was passed over and the verb had no subject). Look-alike: the same
  /// apposition before a verb of attacking gives no control.
  static let mainlyAppositions: [Case] = [
    Case(
      text: "Armed groups, mainly Hayat Tahrir al-Sham, continue to control Saraqib, residents said.",
      claims: ["HTS Saraqib holds"]),
    Case(
      text: "Militias, primarily Kataib Hezbollah, now hold the town of Jurf al-Sakhar.",
      claims: ["PMF Jurf al-Sakhar holds"]),
    Case(
      text: "Armed groups, mainly Hayat Tahrir al-Sham, shelled Saraqib on Monday.",
      claims: [], absent: ["HTS Saraqib holds", "HTS Saraqib captured"]),
  ]

  @Test(arguments: mainlyAppositions)
  func appositionNamesTheChiefMember(_ c: Case) {
    let read = ControlTests7.control(c.text)
    for claim in c.claims { #expect(read.contains(claim), "read \(read.sorted())") }
    for claim in c.absent { #expect(!read.contains(claim), "read \(read.sorted())") }
  }

  /// "have retaken roughly a third of X": an estimate of the part taken stands between the verb and
  /// its place (on main "roughly" was no object word and the claim was dropped). Look-alike: a
  /// number of things that are no place ("roughly a third of the weapons in X") gives none.
  static let estimates: [Case] = [
    Case(
      text: "Iraqi troops have retaken roughly a third of Tal Afar, the army said.",
      claims: ["IRAQ Tal Afar captured"]),
    Case(
      text: "Iraqi troops seized roughly a third of the weapons stored in Tikrit.",
      claims: [], absent: ["IRAQ Tikrit captured", "IRAQ Tikrit captured partial"]),
  ]

  @Test(arguments: estimates)
  func estimateOfThePartTaken(_ c: Case) {
    let read = ControlTests7.control(c.text)
    for claim in c.claims { #expect(read.contains(claim), "read \(read.sorted())") }
    for claim in c.absent { #expect(!read.contains(claim), "read \(read.sorted())") }
  }
}
