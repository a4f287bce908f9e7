import Testing

@testable import GeomapCore

/// Control round 27 (cues): constructions that state control with no finite verb of control beside
/// its subject, each sentence written for this test (no fixture sentence), with look-alikes that must
/// not give the claim.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct ControlTests27 {
  typealias Case = ControlTests6.Case

  /// An English participial clause of taking or siege ("…, capturing the town of X", "… and
  /// effectively encircling X") has its main clause's subject; a main subject that is a noun for
  /// insurgents ("The militants began …") is the insurgent side named before, not the army named
  /// since. English only: Arabic states such a taking with a finite verb joined by «و», which the
  /// verb rule reads. On main (a22d659) none of the four claims was read; the look-alikes ("taking
  /// part in", "taking refuge in") were clean before and after.
  static let participles: [Case] = [
    Case(
      text: "Regime units advanced east from Izraa on Tuesday, encircling the Lajat region.",
      claims: ["REGIME Lajat besieged"]),
    Case(
      text: "Islamic State fighters swept across the desert on Friday, capturing the town of Sukhnah.",
      claims: ["ISIS Sukhnah captured"]),
    Case(
      text:
        "Islamic State militants recaptured Palmyra on Sunday. Government forces withdrew toward Homs. "
        + "The militants began their push on Thursday, overrunning army checkpoints and the town of Sukhnah.",
      claims: ["ISIS Sukhnah captured"], absent: ["REGIME Sukhnah captured"]),
    Case(
      text: "The army cut the highway north of Hama, effectively besieging Morek.",
      claims: ["REGIME Morek besieged"]),
  ]

  static let participleLookAlikes: [Case] = [
    Case(
      text: "Rebels advanced along the frontier on Monday, taking part in clashes near Azaz.",
      claims: [], absent: ["OPPOSITION Azaz captured"]),
    Case(
      text: "Government troops withdrew from Palmyra, taking refuge in Homs.",
      claims: [], absent: ["REGIME Homs captured"]),
  ]

  @Test(arguments: participles + participleLookAlikes)
  func participleClauseIsRead(_ c: Case) {
    let read = ControlTests7.control(c.text)
    for claim in c.claims { #expect(read.contains(claim), "read \(read.sorted())") }
    for claim in c.absent { #expect(!read.contains(claim), "read \(read.sorted())") }
  }

  /// An Arabic siege noun after a verb that keeps it up, with the subject before the verb (after
  /// «إن»/«أن», subject, verb, object): «إن قوات النظام تواصل حصار مدينة دوما», «أن تنظيم داعش يفرض
  /// حصاراً على …». The verb-first order («تواصل قوات النظام حصار …») was read before; English puts
  /// its subject first always and was read too (`keptSiegeSubject`). On main (a22d659) neither
  /// claim was read; a verb that keeps up something else («تواصل قصف») or a siege refused («رفضت
  /// حصار») besieges nothing, before and after.
  static let subjectFirstSieges: [Case] = [
    Case(
      text: "وقال ناشطون إن قوات النظام تواصل حصار مدينة دوما منذ أشهر.",
      claims: ["REGIME Douma besieged"]),
    Case(
      text: "وأضاف المصدر أن تنظيم داعش يفرض حصاراً على مدينة دير الزور منذ ثلاث سنوات.",
      claims: ["ISIS Deir ez-Zor besieged"]),
    Case(
      text: "وقال ناشطون إن قوات النظام تواصل قصف مدينة دوما.",
      claims: [], absent: ["REGIME Douma besieged"]),
    Case(
      text: "وقال ناشطون إن فصائل المعارضة رفضت حصار مدينة دوما.",
      claims: [], absent: ["OPPOSITION Douma besieged"]),
  ]

  @Test(arguments: subjectFirstSieges)
  func subjectFirstSiegeIsRead(_ c: Case) {
    let read = ControlTests7.control(c.text)
    for claim in c.claims { #expect(read.contains(claim), "read \(read.sorted())") }
    for claim in c.absent { #expect(!read.contains(claim), "read \(read.sorted())") }
  }

  /// "Latakia, a government stronghold", "the main government bastion": a stronghold noun whose side
  /// is named by an adjective (the words of "government-held"), not by a name the actor lexicon
  /// knows ("regime", "rebel" were read before). Arabic names the side in construct («معقل النظام»), which
  /// the actor lexicon reads, so English only. On main (a22d659) neither claim was read; "the Kurdish
  /// capital" (a region's seat) and "a state stronghold" give none, before and after.
  static let adjectiveStrongholds: [Case] = [
    Case(
      text: "Latakia, a government stronghold on the coast, has been largely spared the violence.",
      claims: ["REGIME Latakia holds"]),
    Case(
      text: "Residents fled to Qardaha, the main government bastion in the mountains.",
      claims: ["REGIME Qardaha holds"]),
    Case(
      text: "Officials met in Erbil, the Kurdish capital, on Monday.",
      claims: [], absent: ["SDF Erbil holds"]),
  ]

  @Test(arguments: adjectiveStrongholds)
  func adjectiveStrongholdIsRead(_ c: Case) {
    let read = ControlTests7.control(c.text)
    for claim in c.claims { #expect(read.contains(claim), "read \(read.sorted())") }
    for claim in c.absent { #expect(!read.contains(claim), "read \(read.sorted())") }
  }

  /// "Fallujah, a militant-held city", "the extremist-held city of Fallujah": a noun for insurgents
  /// before "-held" names the insurgent side the report named before (in its sentence or the six
  /// before), not the army named there; with no insurgent side named it names none. Arabic writes
  /// «الخاضعة لسيطرة المسلحين», whose «المسلحين» the actor lexicon reads. On main (a22d659) neither
  /// claim was read.
  static let insurgentHeld: [Case] = [
    Case(
      text:
        "The Islamic State group attacked Ramadi on Friday. Aid groups say thousands are trapped in "
        + "Fallujah, a militant-held city where food is running out.",
      claims: ["ISIS Fallujah holds"]),
    Case(
      text:
        "The Islamic State group attacked Ramadi on Friday. Iraqi troops tightened the cordon around the "
        + "extremist-held city of Fallujah.",
      claims: ["ISIS Fallujah holds"], absent: ["IRAQ Fallujah holds"]),
    Case(
      text: "Iraqi troops advanced on Fallujah, a militant-held city west of Baghdad.",
      claims: [], absent: ["IRAQ Fallujah holds"]),
  ]

  @Test(arguments: insurgentHeld)
  func insurgentHeldIsRead(_ c: Case) {
    let read = ControlTests7.control(c.text)
    for claim in c.claims { #expect(read.contains(claim), "read \(read.sorted())") }
    for claim in c.absent { #expect(!read.contains(claim), "read \(read.sorted())") }
  }
}
