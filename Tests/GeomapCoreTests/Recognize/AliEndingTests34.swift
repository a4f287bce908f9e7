import Testing

@testable import GeomapCore

/// Recognition, session 34: «علي» folds like the particle «على», and a name never ends on a
/// particle — so «قرية حاج علي» and «تل علي» were never places (main d218087; heldout15 ar-n04 and
/// the s34gaz helper's report). Written with the dotted «ي», after a trigger noun or opening with a
/// noun of the ground, the name is read; a man's name «أبو علي», «الحاج علي» and the particle
/// spelled «علي» stay none. Sentences written for the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct AliEndingTests34 {
  static func names(_ text: String) -> [String] {
    (ControlTests7.reader?.read(text: text, source: "t", date: nil).mentions ?? []).map(\.entry.name)
  }

  @Test(arguments: [
    ("تقدمت القوات العراقية نحو قرية حاج علي جنوب الموصل.", "Hajj Ali"),
    ("سيطرت قوات النظام على تل علي في ريف حلب.", "Tall `Ali"),
  ])
  func aNameEndingInAliAfterATriggerOrGroundNounIsAPlace(_ c: (String, String)) {
    #expect(Self.names(c.0).contains(c.1), "read \(Self.names(c.0))")
  }

  @Test(arguments: ["وقال أبو علي إن الوضع هادئ.", "وقال الحاج علي إن الوضع هادئ.", "سيطر علي البلدة مسلحون."])
  func aMansNameOrTheParticleIsNoPlace(_ text: String) {
    #expect(Self.names(text).isEmpty, "read \(Self.names(text))")
  }
}
