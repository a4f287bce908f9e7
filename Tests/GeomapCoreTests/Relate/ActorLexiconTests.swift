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

  /// Codes of the actors `mentions` then `placingRoles` read in a Syrian report.
  func sides(_ text: String) -> [String] {
    let doc = ReportText(text)
    return ActorLexicon.placingRoles(ActorLexicon.mentions(in: doc), in: doc, countries: ["SY"]).map(\.actor.rawValue)
  }

  /// Round 8 audit: the factions and commands wires name, in Arabic and English, read as their side.
  @Test func factionNamesReadAsTheirSide() {
    #expect(sides("أعلنت الجبهة الوطنية للتحرير استعادة قرية الحماميات") == ["OPPOSITION"])
    #expect(sides("صد مقاتلو جيش العزة هجوما لقوات النظام") == ["OPPOSITION", "REGIME"])
    #expect(sides("Jaish al-Izza and the Levant Front shelled Tiger Forces positions") == [
      "OPPOSITION", "OPPOSITION", "REGIME",
    ])
    #expect(sides("Turkey-backed rebels entered Afrin") == ["OPPOSITION"])
    #expect(sides("The Southern Operations Room said its fighters entered Daraa") == ["OPPOSITION"])
    #expect(sides("أعلنت إدارة العمليات العسكرية دخول حماة") == ["HTS"])
    #expect(sides("The Military Operations Command said it had taken Homs") == ["HTS"])
    #expect(sides("انسحب مقاتلو لواء القدس ووصلت ميليشيا الدفاع الوطني") == ["REGIME", "REGIME"])
    #expect(sides("Fatemiyoun and Zainabiyoun fighters arrived with the Quds Force") == ["IRAN", "IRAN", "IRAN"])
    #expect(sides("انتشرت الميليشيات الموالية لإيران") == ["IRAN"])
    #expect(sides("US-backed SDF fighters and the Manbij Military Council held the town") == ["SDF", "SDF"])
    #expect(sides("سيطر مجلس دير الزور العسكري وقوات سوريا الديموقراطية على الشحيل") == ["SDF", "SDF"])
    #expect(sides("وصل عناصر من مجموعة فاغنر إلى تدمر") == ["RUS"])
    #expect(sides("سيطر جيش خالد بن الوليد على تسيل") == ["ISIS"])
  }

  /// Iraqi factions: Kataib Hezbollah is the PMF, not Lebanon's Hezbollah; Badr only as a body.
  @Test func iraqiFactions() {
    #expect(actors("سيطرت كتائب حزب الله على القائم بعد انسحاب حزب الله") == [
      "كتائب حزب الله=PMF", "حزب الله=HEZBOLLAH",
    ])
    #expect(actors("Kataib Hezbollah, Asaib Ahl al-Haq and the Badr Organization") == [
      "Kataib Hezbollah=PMF", "Asaib Ahl al-Haq=PMF", "Badr Organization=PMF",
    ])
    #expect(actors("Golden Division troops entered eastern Mosul") == ["Golden Division=IRAQ"])
    #expect(actors("دخلت الفرقة الذهبية ومنظمة بدر") == ["الفرقة الذهبية=IRAQ", "ومنظمة بدر=PMF"])
    #expect(actors("Iraqi Kurdish forces and Iraqi police entered the town") == [
      "Iraqi Kurdish forces=PESHMERGA", "Iraqi police=IRAQ",
    ])
  }

  /// The Asayish are the SDF's in Syria; in Iraq (the Kurdistan Region's police) they name no side.
  @Test func asayishBySyriaOrIraq() {
    let doc = ReportText("Asayish forces arrested ISIS cells")
    let named = ActorLexicon.mentions(in: doc)
    #expect(ActorLexicon.placingRoles(named, in: doc, countries: ["SY"]).map(\.actor.rawValue) == ["SDF", "ISIS"])
    #expect(ActorLexicon.placingRoles(named, in: doc, countries: ["IQ"]).map(\.actor.rawValue) == ["ISIS"])
  }

  /// Look-alikes: names that share words with an armed side's name but are no actor.
  @Test func lookAlikesOfFactionNames() {
    #expect(sides("أعلنت وزارة الدفاع الوطني اللبنانية حالة التأهب") == [])
    #expect(sides("اجتمع مجلس الدفاع الوطني في بيروت") == [])
    #expect(sides("قال بدر الدين إن الطريق مفتوح") == [])
    #expect(sides("The Wagner Act governs labour relations") == [])
    #expect(sides("The southern front remained quiet overnight") == [])
    #expect(sides("the ndf and sna files") == [])
  }
}
