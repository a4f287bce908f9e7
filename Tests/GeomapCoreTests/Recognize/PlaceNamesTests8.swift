import Testing

@testable import GeomapCore

/// Round 8 recognition and resolution causes, on sentences written for these tests: everyday words
/// after a comma, an outlet's name, nouns that head a place («محور», «حاجز»), list openers («ومنها»),
/// English "<adjective> border" phrases, and homonyms the gazetteer data now separates.
@Suite(.enabled(if: BundledGazetteerTests.gazetteer != nil))
struct PlaceNamesTests8 {
  static let reader: ReportReader? = BundledGazetteerTests.gazetteer.map { ReportReader(gazetteer: $0) }

  func places(_ text: String) throws -> [(surface: String, name: String)] {
    let reader = try #require(Self.reader)
    return reader.read(text: text, source: "t", date: nil).mentions.map { ($0.surface, $0.entry.name) }
  }

  func surfaces(_ text: String) throws -> [String] { try places(text).map(\.surface) }

  /// «تحت» (under) after a comma opens a clause; it is no village Taht listed after a place.
  @Test func everydayWordAfterACommaIsNoListItem() throws {
    #expect(try surfaces("تقدمت القوات باتجاه الغاب، تحت غطاء جوي كثيف") == ["الغاب"])
    #expect(try surfaces("انسحب المقاتلون إلى جسر الشغور، تحت ضغط الغارات") == ["جسر الشغور"])
    // English lists go on after commas.
    #expect(try surfaces("Fighters took control of Kafr Nabl, Hass and several villages.") == ["Kafr Nabl", "Hass"])
  }

  /// «لعنب بلدي» is the outlet Enab Baladi, not the village «عنب».
  @Test func outletNameIsNoPlace() throws {
    #expect(try surfaces("وقال قيادي في الفصائل لعنب بلدي إن المعارك مستمرة في ريف حماة") == ["ريف حماة"])
  }

  /// «بحلول العصر» (by the afternoon) is no ب on Halul; «مشارف» (outskirts) no village.
  @Test func byTheTimeAndOutskirtsAreNoPlaces() throws {
    #expect(try surfaces("وأكد المصدر أن الاتفاق سينفذ بحلول نهاية الأسبوع في داريا") == ["داريا"])
    #expect(try surfaces("وصلت القوات إلى مشارف حرستا بعد معارك استمرت أياماً") == ["حرستا"])
  }

  /// A village after «محور» (axis) or «حاجز» (checkpoint) is read as after a preposition; the noun
  /// followed by no place name gives nothing.
  @Test func axisAndCheckpointHeadAPlace() throws {
    #expect(try surfaces("وصلت تعزيزات الجيش القادمة من محور خناصر نحو السفيرة") == ["خناصر", "السفيرة"])
    #expect(try surfaces("منعت قوات النظام دخول الطحين عبر حاجز سعسع إلى البلدة") == ["سعسع"])
    #expect(try surfaces("وتواصل الفصائل هجومها على محور القتال الرئيسي منذ الصباح").isEmpty)
  }

  /// English "the Turkish border" is an adjective phrase (not annotated); "the Syria-Turkey border"
  /// and Arabic «الحدود العراقية» are named border areas.
  @Test func adjectiveBordersAreNoPlaces() throws {
    #expect(try surfaces("Thousands fled toward the Turkish border as the shelling intensified.").isEmpty)
    #expect(try surfaces("Families stranded near the Jordanian border asked for aid.").isEmpty)
    #expect(try places("Aid reached camps along the Syria-Iraq border.").map(\.name) == ["Syria–Iraq border area"])
    #expect(try places("وصل النازحون إلى الحدود السورية التركية مساء أمس").map(\.name) == ["Syria–Turkey border area"])
    #expect(try places("وصلت الحافلات إلى البوكمال على الحدود العراقية مساء أمس").map(\.name)
      == ["Albukamal", "Syria–Iraq border area"])
  }

  /// Homonyms: the Damascus town Adra (not Daraa, whose classical name folds alike), Nimrud by Mosul
  /// (not a Quneitra village), Mleiha in the Ghouta (not Malta's Mellieħa), and "Christian" is no
  /// Kansas village.
  @Test func homonymsResolveToTheTheatrePlace() throws {
    #expect(try places("Rebels seized part of Adra, an industrial town northeast of Damascus.").first?.name == "Adra")
    #expect(try places("Iraqi forces recaptured the ancient city of Nimrud on Sunday.").first?.name == "Nimrud")
    #expect(try places("انسحب المقاتلون من بلدة المليحة في الغوطة الشرقية").first?.name == "Mleiha")
    #expect(try surfaces("The ancient Christian town of Saidnaya lies north of the capital.") == ["Saidnaya"])
  }

  /// Spellings reports use for Telskuf and Batnaya north of Mosul.
  @Test func telskufAndBatnayaSpellings() throws {
    #expect(try places("تقدم عناصر التنظيم من قرية باطنايا باتجاه تلسقف").map(\.name) == ["Batnaya", "Telskuf"])
    #expect(try places("Troops pushed on to Telskuf on Tuesday.").map(\.name) == ["Telskuf"])
  }
}
