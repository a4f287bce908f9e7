import Testing

@testable import GeomapCore

/// The places read from `marked`, as (marker offset → entry id) for the marked spans.
private func read(_ marked: String) -> (MarkedText, [PlaceMention]) {
  let t = MarkedText(marked)
  let s = RelateGazetteer.reader.read(text: t.text, source: "test", date: nil)
  return (t, s.mentions)
}

private func mention(at offset: Int, in ms: [PlaceMention]) -> PlaceMention? {
  ms.first { $0.start == offset }
}

@Suite struct PlaceRecognizerTests {
  /// A mention's surface shares an earlier one's `String` only when its bytes are the same.
  @Test func surfaceIsReusedOnlyForTheSameBytes() {
    let doc = ReportText("من الرقة إلى الرقة ثم الرقّة")
    let t = doc.tokens
    let first = doc.slice(t[1].start, t[1].end)
    #expect(first == "الرقة")
    let again = PlaceRecognizer.surface(doc, t[3].start, t[3].end, reusing: first)
    #expect(Array(again.utf8) == Array(first.utf8))
    let other = PlaceRecognizer.surface(doc, t[5].start, t[5].end, reusing: first)
    #expect(Array(other.utf8) == Array("الرقّة".utf8))
    #expect(PlaceRecognizer.surface(doc, t[0].start, t[0].end, reusing: nil) == "من")
  }

  @Test func originAndCountrysideDestination() throws {
    let (t, ms) = read("خروج مقاتلي التنظيم من 1️⃣الرقة باتجاه 2️⃣ريف حمص الجنوبي")
    #expect(ms.count == 2)
    #expect(mention(at: t[1], in: ms)?.entry.id == "test:raqqa")
    let countryside = try #require(mention(at: t[2], in: ms))
    #expect(countryside.entry.id == "test:homs-south")
    #expect(countryside.surface == "ريف حمص الجنوبي")
  }

  @Test func gluedClitics() {
    let (t, ms) = read("انسحب المقاتلون و1️⃣الرقة ب2️⃣الميادين 3️⃣للحجر الأسود")
    // «للحجر» = ل + الحجر: ل+ال written لل cannot be split, so the span is the whole word.
    #expect(mention(at: t[1], in: ms)?.entry.id == "test:raqqa")
    #expect(mention(at: t[2], in: ms)?.entry.id == "test:mayadin")
    #expect(mention(at: t[3], in: ms)?.entry.id == "test:hajar-aswad")
  }

  @Test func longestMatchIsOneMention() {
    let (_, ms) = read("وصلت الحافلات إلى مخيم اليرموك ثم إلى دير الزور")
    #expect(ms.map(\.surface) == ["مخيم اليرموك", "دير الزور"])
  }

  @Test func commonWordsNeedPlaceContext() {
    let (_, none) = read("افتتح التنظيم باب التسجيل أمام الراغبين بالتضامن مع المدنيين من الجانبين")
    #expect(none.isEmpty)
    let (_, bab) = read("سيطرت القوات على مدينة الباب")
    #expect(bab.map(\.entry.id) == ["test:al-bab"])
    let (t, list) = read("أحياء من 1️⃣مخيم اليرموك و2️⃣التضامن و3️⃣العسالي في 4️⃣جنوب دمشق")
    #expect(mention(at: t[2], in: list)?.entry.id == "test:tadamon")
    #expect(mention(at: t[3], in: list)?.entry.id == "test:asali")
    #expect(mention(at: t[4], in: list)?.entry.id == "test:damascus")
    let (_, solidarity) = read("أعلن التضامن الكامل مع الأهالي")
    #expect(solidarity.isEmpty)
  }

  @Test func adjectiveIsNotTheCountry() {
    let (_, ms) = read("خرج المقاتلون من محافظة الرقة السورية")
    #expect(ms.map(\.entry.id) == ["test:raqqa-gov"])
  }

  @Test func englishCapitalisationAndStopWords() {
    let (t, ms) = read("ISIS fighters moved from 1️⃣Raqqa toward 2️⃣Palmyra, Assad said; near Bab and 3️⃣al-Bab")
    #expect(ms.count == 3)
    #expect(mention(at: t[1], in: ms)?.entry.id == "test:raqqa")
    #expect(mention(at: t[2], in: ms)?.entry.id == "test:palmyra")
    #expect(mention(at: t[3], in: ms)?.entry.id == "test:al-bab")
    let (_, lower) = read("they walked from homs to the hama road")
    #expect(lower.isEmpty)
  }

  @Test func directionsMapToAnchorWithNote() throws {
    let i = RelateGazetteer.reader.inspect(text: "نقل الجرحى إلى شرق سوريا من جنوب العاصمة", source: "t", date: nil)
    #expect(i.resolved.map(\.mention.entry.id) == ["test:syria", "test:damascus"])
    #expect(i.resolved.map(\.mention.surface) == ["شرق سوريا", "جنوب العاصمة"])
    #expect(i.situation.diagnostics.allSatisfy { $0.severity == .note })
    #expect(i.situation.diagnostics.count == 2)
    // A side of a country or of "the capital" qualifies other places; it is not itself listed.
    #expect(i.situation.mentions.isEmpty)
    let en = RelateGazetteer.reader.inspect(
      text: "Fighters were bused to eastern Syria from south of Damascus.", source: "t", date: nil)
    #expect(en.resolved.map(\.mention.surface) == ["eastern Syria", "south of Damascus"])
    #expect(en.situation.mentions.map(\.surface) == ["south of Damascus"])
  }

  @Test func englishBorderAreasWithACountry() {
    let (_, ms) = read("US forces would take control of the border areas with Iraq.")
    #expect(ms.map(\.entry.id) == ["test:border-sy-iq"])
    #expect(ms.map(\.surface) == ["the border areas with Iraq"])
  }

  @Test func borderAreaPhrase() {
    let (_, ms) = read("السيطرة على المناطق الحدودية مع العراق")
    #expect(ms.map(\.entry.id) == ["test:border-sy-iq"])
  }
}
