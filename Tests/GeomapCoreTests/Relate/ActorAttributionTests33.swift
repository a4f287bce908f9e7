import Testing

@testable import GeomapCore

/// Actors, session 33: armed men named by whom they are loyal to, in English and Arabic — "gunmen loyal
/// to the government", "militiamen loyal to Damascus", «القوات الموالية للحكومة», «قوات الدفاع الوطني
/// الموالية لدمشق» — are that side (`ActorLexicon.loyalties`, and a role for "the government", whose
/// side the report's country gives). Main 2d728df read no actor in the English sentences and in
/// «القوات الموالية للحكومة/للأسد», OPPOSITION for «المسلحون الموالون للحكومة السورية», and took
/// «لدمشق» after a named force for the place Damascus. A loyalty right after a named side qualifies
/// that side, which stays the actor («الحشد الشعبي الموالية لإيران» is the PMF). Sentences written for
/// the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct ActorAttributionTests33 {
  @Test(arguments: [
    ("BEIRUT, March 3, 2017 - Gunmen loyal to the government captured the town of Qaryatain on Friday.", "REGIME al-Qaryatayn captured"),
    ("BEIRUT, March 3, 2017 - Forces loyal to President Bashar al-Assad captured the town of Qaryatain on Friday.", "REGIME al-Qaryatayn captured"),
    ("BEIRUT, March 3, 2017 - Militiamen loyal to Damascus captured the town of Qaryatain on Friday.", "REGIME al-Qaryatayn captured"),
    ("دمشق، 3 آذار 2017 - سيطرت القوات الموالية للحكومة على بلدة القريتين يوم الجمعة.", "REGIME al-Qaryatayn captured"),
    ("دمشق، 3 آذار 2017 - سيطرت القوات الموالية للأسد على بلدة القريتين يوم الجمعة.", "REGIME al-Qaryatayn captured"),
    ("دمشق، 3 آذار 2017 - سيطر المسلحون الموالون للحكومة السورية على بلدة القريتين يوم الجمعة.", "REGIME al-Qaryatayn captured"),
    ("دمشق، 3 آذار 2017 - سيطر المسلحون الموالون للحكومة على بلدة القريتين يوم الجمعة.", "REGIME al-Qaryatayn captured"),
    // Iraq: "the government" is Baghdad's.
    ("BAGHDAD, March 3, 2017 - Gunmen loyal to the government entered Fallujah on Friday.", "IRAQ Fallujah captured"),
    ("بغداد، 3 آذار 2017 - سيطرت القوات الأمنية الموالية للحكومة على مدينة الفلوجة.", "IRAQ Fallujah captured"),
  ])
  func armedMenLoyalToASideAreThatSide(_ c: (String, String)) {
    let read = ControlTests7.control(c.0)
    #expect(read.contains(c.1), "read \(read.sorted())")
    #expect(!read.contains { $0.hasPrefix("OPPOSITION") || $0.hasPrefix("UNKNOWN") }, "read \(read.sorted())")
  }

  /// A loyalty after a named side qualifies it; the named side stays the actor, and the capital it is
  /// loyal to is no place.
  @Test(arguments: [
    ("دمشق، 3 آذار 2017 - سيطرت قوات الدفاع الوطني الموالية لدمشق على بلدة القريتين.", "REGIME al-Qaryatayn captured", "Damascus"),
    ("بغداد، 3 آذار 2017 - سيطرت فصائل الحشد الشعبي الموالية لإيران على قضاء تلعفر غرب الموصل.", "PMF Tal Afar captured", "IRAN"),
    ("BAGHDAD, March 3, 2017 - Shiite militias loyal to Iran captured Tal Afar west of Mosul.", "PMF Tal Afar captured", "IRAN"),
  ])
  func aLoyaltyAfterANamedSideQualifiesIt(_ c: (String, String, String)) {
    let read = ControlTests7.control(c.0)
    #expect(read.contains(c.1), "read \(read.sorted())")
    #expect(!read.contains { $0.contains(c.2) }, "read \(read.sorted())")
  }

  /// «…قوات النظام والمجموعات الموالية لإيران في بلدة الحاضر، التي تسيطر عليها»: the sides joined
  /// before the place both hold it (main read the regime alone; the loyalty phrase alone read Iran alone).
  @Test func sidesJoinedBeforeARelativeClauseHoldThePlaceTogether() {
    let read = ControlTests7.control(
      "وتقع النقطة التركية الجديدة قرب مواقع قوات النظام والمجموعات الموالية لإيران في بلدة الحاضر، التي تسيطر عليها منذ أواخر عام 2015.")
    #expect(read.contains("REGIME Hadher holds"), "read \(read.sorted())")
    #expect(read.contains("IRAN Hadher holds"), "read \(read.sorted())")
  }

  /// Armed men with no side: the rebels, as before.
  @Test func gunmenAloneAreNoSide() {
    let read = ControlTests7.control("BEIRUT, March 3, 2017 - Gunmen captured the town of Qaryatain on Friday.")
    #expect(read.isEmpty, "read \(read.sorted())")
  }

  /// "the Hay'at" (the Syrian Observatory's English) after Hay'at Tahrir al-Sham is HTS, as «الهيئة» is
  /// in Arabic; with no such name before, it is no one. Main read no actor in it (heldout13 en-z08).
  @Test func theHayatAfterTheFullNameIsHTS() {
    let read = ControlTests7.control(
      "Hay'at Tahrir al-Sham took Sarmada. A convoy headed from Idlib city, which the Hay'at controls, to Sarmada.")
    #expect(read.contains("HTS Idlib holds"), "read \(read.sorted())")
    #expect(ControlTests7.control("A convoy headed from Idlib city, which the Hay'at controls, to Sarmada.").isEmpty)
  }
}
