import Testing

@testable import GeomapCore

@Suite struct MovementExtractorTests {
  func moves(_ text: String) -> [String] {
    RelateGazetteer.reader.read(text: text, source: "t", date: nil).movements.map {
      "\($0.actor.rawValue) \($0.origin.name)→\($0.destination.name) \($0.kind.rawValue) \($0.status.rawValue)"
    }
  }

  @Test func onePerPairArabic() {
    #expect(
      moves("وافق داعش على إخلاء مقاتليه من مدينة الرقة وإعادة التموضع في الميادين والبوكمال") == [
        "ISIS Raqqa→Al-Mayadin redeployment agreed", "ISIS Raqqa→Abu Kamal redeployment agreed",
      ])
  }

  @Test func englishFromToLists() {
    #expect(
      moves("ISIS fighters were bused from Raqqa to Mayadin and Albukamal.") == [
        "ISIS Raqqa→Al-Mayadin convoy reported", "ISIS Raqqa→Abu Kamal convoy reported",
      ])
    #expect(
      moves("Government forces advanced from Homs toward Palmyra, reports said.") == [
        "REGIME Homs→Palmyra advance reported"
      ])
    #expect(
      moves("The SDF denied that ISIS fighters withdrew from Raqqa to Deir ez-Zor.") == [
        "ISIS Raqqa→Deir ez-Zor withdrawal denied"
      ])
  }

  /// The status table: hedging is status, never fact.
  @Test(arguments: [
    ("يدور الحديث عن مفاوضات لخروج مقاتلي داعش من الرقة إلى تدمر", ClaimStatus.underNegotiation),
    ("تم التوصل إلى اتفاق مبدئي لخروج مقاتلي داعش من الرقة إلى تدمر", .agreedInPrinciple),
    ("نفى التحالف خروج مقاتلي داعش من الرقة إلى تدمر", .denied),
    ("أكدت مصادر خروج مقاتلي داعش من الرقة إلى تدمر", .claimed),
    ("بدأ مقاتلو داعش بالانسحاب من الرقة نحو تدمر", .reported),
    ("وصلت قافلة مقاتلي داعش من الرقة إلى تدمر", .completed),
    ("اقترح الوسطاء خروج مقاتلي داعش من الرقة إلى تدمر", .proposed),
    ("Talks are under way on the evacuation of ISIS fighters from Raqqa to Palmyra", .underNegotiation),
    ("A preliminary agreement allows ISIS fighters to leave Raqqa for Palmyra", .agreedInPrinciple),
  ])
  func statusTable(_ text: String, _ status: ClaimStatus) throws {
    let s = RelateGazetteer.reader.read(text: text, source: "t", date: nil)
    let m = try #require(s.movements.first)
    #expect(m.status == status)
    #expect(m.origin.id == "test:raqqa")
    #expect(m.destination.id == "test:palmyra")
    #expect(m.actor == .isis)
  }

  @Test func regionDestinationUsesNamedControlAreas() throws {
    let text =
      "خرج مقاتلو داعش من الحجر الأسود إلى دير الزور والرقة. واتفق على نقل الجرحى إلى مناطق سيطرته شرق سوريا"
    let s = RelateGazetteer.reader.read(text: text, source: "t", date: nil)
    let pairs = Set(s.movements.map { "\($0.origin.id)→\($0.destination.id) \($0.status.rawValue)" })
    // «خرج» (they left: completed) is further along than the later agreement (agreed).
    #expect(
      pairs == ["test:hajar-aswad→test:deir-ez-zor completed", "test:hajar-aswad→test:raqqa completed"])
    #expect(s.movements.allSatisfy { m in m.notes.contains { $0.contains("resolved to") } })
  }

  @Test func relativePhraseInTheQuoteDatesTheClaim() throws {
    let date = CalendarDate(iso: "2017-07-04")
    let s = RelateGazetteer.reader.read(text: "انسحب داعش أمس من الرقة نحو تدمر", source: "t", date: date)
    let m = try #require(s.movements.first)
    #expect(m.evidence.date == CalendarDate(iso: "2017-07-03"))
    #expect(m.notes.contains("dated by «أمس»"))
  }

  @Test func evidenceKeepsDateAndOffsets() throws {
    let date = CalendarDate(iso: "2017-07-04")
    let text = "سطر\nانسحب داعش من الرقة نحو تدمر"
    let s = RelateGazetteer.reader.read(text: text, source: "r.txt", date: date)
    let m = try #require(s.movements.first)
    #expect(m.evidence.date == date)
    #expect(m.evidence.source == "r.txt")
    #expect(m.evidence.quote == "انسحب داعش من الرقة نحو تدمر")
    #expect(m.evidence.start == 4)
  }
}

@Suite struct MovementContextTests {
  func moves(_ text: String) -> [String] {
    RelateGazetteer.reader.read(text: text, source: "t", date: nil).movements.map {
      "\($0.actor.rawValue) \($0.origin.name)→\($0.destination.name) \($0.kind.rawValue) \($0.status.rawValue)"
    }
  }

  @Test func appositionAndHeadingWordContinueTheClause() {
    // The backer («المدعومة من تركيا») is no origin; the apposition does not cut origin from destination.
    #expect(
      moves(
        "خرج مقاتلو المعارضة المدعومة من تركيا من حي التضامن، آخر معاقل المعارضة في مدينة دمشق، متجهين إلى مدينة حلب"
      ) == [
        "OPPOSITION Tadamon→Aleppo evacuation completed"
      ])
  }

  @Test func whereTheActorIsIsTheOrigin() {
    #expect(
      moves("توصلت فصائل المعارضة في حي القدم إلى اتفاق يقضي بخروج الرافضين للتسوية إلى حلب") == [
        "OPPOSITION Al-Qadam→Aleppo evacuation agreed"
      ])
  }

  @Test func busesCarryTheMovementVerbGivesTheKind() {
    #expect(
      moves("أفادت مصادر أن حافلات أقلت مقاتلين من تنظيم داعش من الحجر الأسود نحو تدمر") == [
        "ISIS Al-Hajar al-Aswad→Palmyra convoy claimed"
      ])
    #expect(
      moves("خرجت الحافلات التي تقل مقاتلي داعش من الحجر الأسود نحو تدمر") == [
        "ISIS Al-Hajar al-Aswad→Palmyra evacuation completed"
      ])
  }
}
