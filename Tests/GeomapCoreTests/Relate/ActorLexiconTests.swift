import Testing

@testable import GeomapCore

@Suite struct ActorLexiconTests {
  func actors(_ text: String) -> [String] {
    ActorLexicon.mentions(in: ReportText(text)).map {
      "\($0.surface)=\($0.actor.rawValue)\($0.coreference ? "*" : "")"
    }
  }

  @Test func arabicNamesAndClitics() {
    #expect(
      actors("قاتلت قسد وتنظيم \"داعش\" وقوات النظام") == [
        "قسد=SDF", "وتنظيم \"داعش=ISIS", "وقوات النظام=REGIME",
      ])
    #expect(
      actors("انسحب الجيش السوري الحر أمام الجيش العربي السوري") == [
        "الجيش السوري الحر=OPPOSITION", "الجيش العربي السوري=REGIME",
      ])
    #expect(actors("دعم الحشد الشعبي وهيئة تحرير الشام") == ["الحشد الشعبي=PMF", "وهيئة تحرير الشام=HTS"])
  }

  /// Marines and American troops are the United States; «أميركي» is spelled both ways.
  @Test func americanForces() {
    #expect(
      actors("Marines and American troops moved north while Iraqi soldiers held the town.") == [
        "Marines=USA", "American troops=USA", "Iraqi soldiers=IRAQ",
      ])
    #expect(actors("وانسحبت القوات الأميركية من القاعدة بعد وصول المارينز") == ["القوات الأميركية=USA", "المارينز=USA"])
  }

  @Test func shortPopularMobilisation() {
    #expect(
      actors("The Iraqi army and the Popular Mobilisation advanced, backed by Hashd al-Shaabi units.") == [
        "Iraqi army=IRAQ", "Popular Mobilisation=PMF", "Hashd al-Shaabi=PMF",
      ])
  }

  /// The Kurdistan Region's forces are their own actor; "Kurdish forces" alone names no one, since
  /// in Syria it is the YPG/SDF and in Iraq the Peshmerga.
  @Test func peshmerga() {
    #expect(
      actors("Peshmerga forces pulled out of Makhmour as Kurdish forces regrouped.") == ["Peshmerga forces=PESHMERGA"])
    #expect(actors("انسحبت قوات البيشمركة من طوزخورماتو ووصل البشمركة إلى أربيل") == [
      "قوات البيشمركة=PESHMERGA", "البشمركة=PESHMERGA",
    ])
  }

  @Test func coreference() {
    // «التنظيم» is ISIS once ISIS is named; «الأخير» is the last actor named.
    #expect(
      actors("تفاهم بين حزب الاتحاد الديمقراطي وداعش بخصوص خروج الأخير ثم أعلن التنظيم") == [
        "حزب الاتحاد الديمقراطي=YPG", "وداعش=ISIS", "الأخير=ISIS*", "التنظيم=ISIS*",
      ])
    // "the group" is the last organisation named when ISIS is not in the text.
    #expect(actors("The SDF said the group's fighters left") == ["SDF=SDF", "the group=SDF*"])
    #expect(actors("ISIS said the group's fighters left") == ["ISIS=ISIS", "the group=ISIS*"])
  }

  @Test func englishAbbreviationsAreCaseSensitive() {
    #expect(actors("IS fighters and US forces met the UN") == ["IS=ISIS", "US forces=USA", "UN=UN"])
    #expect(actors("let us go, this is un-American") == [])
    #expect(
      actors("Iran-backed militias and government forces") == [
        "Iran-backed militias=IRAN", "government forces=REGIME",
      ])
  }

  @Test func countryAfterMotionIsAPlaceNotTheActor() {
    #expect(actors("fled to Turkey") == [])
    #expect(actors("هدد تركيا") == ["تركيا=TUR"])
    #expect(actors("فروا إلى تركيا") == [])
  }
}
