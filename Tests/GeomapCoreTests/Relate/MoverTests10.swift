import Testing

@testable import GeomapCore

/// Movers, round 10: a journey told over three clauses — the movers, a relative clause of motion
/// that says where they set out from, and the main verb that says where they went («قطعات الجيش،
/// التي تحركت من سامراء، دخلت مدينة تكريت», "Iraqi troops, who set out from Samarra, entered
/// Tikrit"). Sentences written for the test (state-media, monitor and wire styles, Arabic and English),
/// none copied from a fixture; with another movement in the sentence, the reader before this rule
/// (s22merge 6a1cf72) read none of these journeys.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct MoverTests10 {
  /// Each mover the relative pronoun refers back to, the coordinated ones too, goes from the place
  /// the relative clause leaves to the place the main verb enters or reaches.
  @Test(arguments: [
    (
      "قال قائد عمليات صلاح الدين إن قطعات الجيش وفصائل الحشد الشعبي، التي تحركت من سامراء قبل أيام، دخلت مدينة تكريت من المحور الجنوبي، فيما تقدمت قوات البيشمركة من مخمور نحو الكوير.",
      ["IRAQ Samarra→Tikrit", "PMF Samarra→Tikrit", "PESHMERGA Makhmour→Al Kuwayr"] as [String]
    ),
    (
      "أفاد المرصد السوري بأن قوات النظام، التي انطلقت من حماة فجر الثلاثاء، دخلت بلدة مورك بعد انسحاب الفصائل منها باتجاه خان شيخون.",
      ["REGIME Hama→Morek", "OPPOSITION Morek→Khan Sheikhoun"] as [String]
    ),
    (
      "Iraqi troops and Popular Mobilisation Forces fighters, who set out from Samarra on Monday, entered Tikrit on Wednesday, while Kurdish Peshmerga advanced from Makhmour toward Gwer, officers said.",
      ["IRAQ Samarra→Tikrit", "PMF Samarra→Tikrit", "PESHMERGA Makhmour→Gwer"] as [String]
    ),
    (
      "Government forces, which moved out of Hama last week, entered Morek on Tuesday after rebels withdrew from the town toward Khan Sheikhoun, the Observatory said.",
      ["REGIME Hama→Morek", "OPPOSITION Morek→Khan Sheikhoun"] as [String]
    ),
  ])
  func relativeClauseJourneys(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }

  /// The journey is done when the main verb tells it: an entering is an advance, completed.
  @Test func enteringCompletesTheJourney() throws {
    let read = try MoverTests8.read(
      "قال قائد عمليات صلاح الدين إن قطعات الجيش، التي تحركت من سامراء قبل أيام، دخلت مدينة تكريت، فيما تقدمت قوات البيشمركة من مخمور نحو الكوير."
    )
    let m = try #require(read.first { $0.actor == .iraq && $0.destination.name == "Tikrit" })
    #expect(m.origin.name == "Samarra")
    #expect(m.kind == .advance)
    #expect(m.status == .completed)
  }

  /// A main verb that is no entering or arrival («تخوض معارك», "are fighting") takes the movers
  /// nowhere: the place it names is no destination.
  @Test(arguments: [
    (
      "وقال قائد العمليات إن قطعات الجيش، التي تحركت من سامراء قبل أيام، تخوض معارك عنيفة في محيط تكريت، فيما تقدمت قوات البيشمركة من مخمور نحو الكوير.",
      ["PESHMERGA Makhmour→Al Kuwayr"] as [String]
    ),
    (
      "Iraqi troops, who set out from Samarra on Monday, are fighting on the outskirts of Tikrit, while Kurdish Peshmerga advanced from Makhmour toward Gwer.",
      ["PESHMERGA Makhmour→Gwer"] as [String]
    ),
  ])
  func noEnteringNoJourney(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }
}
