import Testing

@testable import GeomapCore

/// Actors, session 32: armed men named by their loyalty to the side just named («قوات النظام
/// والمسلحون الموالون لها», "the regime's forces and the gunmen loyal to it") are that side, not the
/// rebels a bare «المسلحون» means; so are armed men loyal to a side named after the loyalty word
/// («المسلحون الموالون للنظام»). Main f4ceacd read OPPOSITION in each of these movements (beside
/// the side, or alone for «للنظام»), and «أجبر تنظيم داعش قوات النظام والمسلحين الموالين لها على الانسحاب» as ISIS's
/// withdrawal; heldout13 ar-z02 («انسحبت قوات النظام والمسلحون الموالون لها من البلدة نحو بلدة صدد»:
/// OPPOSITION) and heldout3 ar-k08 (OPPOSITION captured al-Qaryatayn) showed it. Sentences written
/// for the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct ActorAttributionTests32 {
  @Test(arguments: [
    ("وانسحبت قوات النظام والمسلحون الموالون لها من مدينة تدمر نحو حمص.", "REGIME Palmyra→Homs"),
    (
      "وأجبر تنظيم داعش قوات النظام والمسلحين الموالين لها على الانسحاب من مدينة تدمر باتجاه حمص.",
      "REGIME Palmyra→Homs"
    ),
    ("ووصلت تعزيزات لقوات النظام والمسلحين الموالين لها من حماة إلى مدينة حلب.", "REGIME Hama→Aleppo"),
    (
      "وأرسلت قوات سوريا الديمقراطية والمجموعات المسلحة الموالية لها تعزيزات من الحسكة إلى دير الزور.",
      "SDF Hasakah→Deir ez-Zor"
    ),
    ("وانسحبت قوات الحشد الشعبي والفصائل الموالية لها من تلعفر إلى سنجار.", "PMF Tal Afar→Sinjar"),
    // The side named after the loyalty word.
    ("وانسحب المسلحون الموالون للنظام من مدينة تدمر نحو حمص.", "REGIME Palmyra→Homs"),
  ])
  func armedMenLoyalToTheSideJustNamedAreThatSide(_ c: (String, String)) throws {
    try MoverTests8.expect(c.0, [c.1])
  }

  @Test func aPlaceTakenByTheSideAndItsLoyalMenIsTheSides() {
    let read = ControlTests7.control("وسيطرت قوات النظام والمسلحون الموالون لها على بلدة مهين بريف حمص الشرقي.")
    #expect(read.contains("REGIME Mheen captured"), "read \(read.sorted())")
    #expect(!read.contains("OPPOSITION Mheen captured"), "read \(read.sorted())")
  }

  /// Armed men with no side named just before keep the rebels' name, loyal or not.
  @Test(arguments: [
    ("وقال المرصد إن المسلحين سيطروا على قرية كفرجنة.", "OPPOSITION Kafr Jannah captured"),
    ("وقال المرصد إن المسلحين الموالين لها سيطروا على قرية كفرجنة.", "OPPOSITION Kafr Jannah captured"),
    // Armed men loyal to Turkey are Syrian factions, as the lexicon's «الفصائل الموالية لتركيا».
    ("وقال المرصد إن المسلحين الموالين لتركيا سيطروا على قرية كفرجنة.", "OPPOSITION Kafr Jannah captured"),
  ])
  func armedMenAloneStayTheRebels(_ c: (String, String)) {
    let read = ControlTests7.control(c.0)
    #expect(read.contains(c.1), "read \(read.sorted())")
  }
}
