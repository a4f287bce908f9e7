import Testing

@testable import GeomapCore

@Suite struct ControlExtractorTests {
  func control(_ text: String) -> [String] {
    RelateGazetteer.reader.read(text: text, source: "t", date: nil).control.map {
      "\($0.actor.rawValue) \($0.place.name) \($0.control.rawValue)\($0.partial ? " partial" : "") \($0.status.rawValue)"
    }
  }

  @Test func strongholdAndHeldBy() {
    #expect(
      control("دخل وفد حي الحجر الأسود، المعقل الرئيسي لتنظيم الدولة في جنوب دمشق") == [
        "ISIS Al-Hajar al-Aswad holds reported"
      ])
    #expect(control("Palmyra, held by ISIS since May, was quiet.") == ["ISIS Palmyra holds reported"])
    #expect(control("مدينة الميادين تحت سيطرة داعش") == ["ISIS Al-Mayadin holds reported"])
  }

  @Test func verbsWithSubjectAfterOrBefore() {
    #expect(control("سيطرت قوات النظام على مدينة تدمر") == ["REGIME Palmyra captured reported"])
    #expect(
      control("The SDF captured Raqqa and Tabqa.") == [
        "SDF Raqqa captured reported", "SDF Al-Thawrah captured reported",
      ])
    #expect(control("Government forces besieged Deir ez-Zor.") == ["REGIME Deir ez-Zor besieged reported"])
    #expect(control("نفت قسد أنها سيطرت على الرقة") == ["SDF Raqqa captured denied"])
  }

  @Test func hypotheticalControlIsNotAClaim() {
    #expect(control("إخلاء المدينة سيمكن القوات الأمريكية من السيطرة على المناطق الحدودية مع العراق") == [])
  }

  @Test func partitiveMarksPartial() {
    let text =
      "وزع تنظيم داعش منشورات في الأحياء التي يسيطر عليها: أحياء الحجر الأسود وأحياء من مخيم اليرموك والتضامن"
    #expect(
      control(text) == [
        "ISIS Al-Hajar al-Aswad holds reported", "ISIS Yarmouk Camp holds partial reported",
        "ISIS Tadamon holds partial reported",
      ])
  }
}

@Suite struct ControlPhrasesTests {
  func control(_ text: String) -> [String] {
    RelateGazetteer.reader.read(text: text, source: "t", date: nil).control.map {
      "\($0.actor.rawValue) \($0.place.name) \($0.control.rawValue)"
    }
  }

  /// "to rebel-held Aleppo" names where a movement ends and is no claim (round 4: the dev, heldout and
  /// heldout2 gold annotate none of eight such phrases); "surrounds the government-held X" is one.
  @Test func heldCompounds() {
    #expect(
      control("Rebels were bused to rebel-held Aleppo while ISIS surrounds the government-held Deir ez-Zor.")
        == [
          "ISIS Deir ez-Zor besieged", "REGIME Deir ez-Zor holds",
        ])
  }

  @Test func announcedControl() {
    #expect(
      control("أعلنت قوات سوريا الديمقراطية اليوم سيطرتها الكاملة على مدينة الطبقة") == [
        "SDF Al-Thawrah captured"
      ])
    #expect(control("أعلن الجيش العراقي استعادة الموصل بالكامل") == ["IRAQ Mosul captured"])
  }

  @Test func infinitiveHold() {
    #expect(
      control("ISIS continues to hold Abu Kamal and Mayadin.") == [
        "ISIS Abu Kamal holds", "ISIS Al-Mayadin holds",
      ])
  }
}
