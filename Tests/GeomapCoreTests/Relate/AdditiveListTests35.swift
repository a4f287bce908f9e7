import Testing

@testable import GeomapCore

/// Control, session 35, from heldout11 (opened this round): "… the towns of Kafr Naha, Urum al-Kubra
/// and Anjara, as well as Hraytan, Kafr Hamra and Anadan" — a list goes on past an additive
/// connective ("as well as", «إضافة إلى», «بالإضافة إلى», «فضلاً عن»), past a trigger noun after it
/// (main 9a0a07f: the list ended at the connective; en-x04). Sentences written for the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct AdditiveListTests35 {
  @Test(arguments: [
    (
      "Turkish-backed factions captured Qabasin and Bzaah, as well as the village of Tal Jijan, on Friday.",
      ["OPPOSITION Kabbasin captured", "OPPOSITION Bizaghah captured", "OPPOSITION Tall al Jijan captured"]
    ),
    (
      "سيطرت فصائل المعارضة على بلدتي كفرناها وعنجارة، إضافة إلى قرية الشيخ عقيل.",
      ["OPPOSITION Kafr Naha captured", "OPPOSITION `Anjarah captured", "OPPOSITION Shaykh `Aqil captured"]
    ),
    (
      "سيطرت فصائل المعارضة على بلدتي كفرناها وعنجارة، فضلاً عن قرية الشيخ عقيل.",
      ["OPPOSITION Kafr Naha captured", "OPPOSITION Shaykh `Aqil captured"]
    ),
  ])
  func theListGoesOnPastAnAdditiveConnective(_ c: (String, [String])) {
    let read = ControlTests7.control(c.0)
    for claim in c.1 { #expect(read.contains(claim), "\(claim) not in \(read.sorted())") }
  }

  /// "as well as" before no place, or before another preposition's object, adds no item.
  @Test(arguments: [
    ("Rebels captured Qabasin and Bzaah, as well as killing dozens of soldiers from Aleppo.", 2),
    ("Rebels captured Qabasin and Bzaah, as well as shelling positions near Aleppo.", 2),
  ])
  func aConnectiveBeforeNoPlaceAddsNothing(_ c: (String, Int)) {
    let read = ControlTests7.control(c.0)
    #expect(read.count == c.1, "read \(read.sorted())")
  }
}
