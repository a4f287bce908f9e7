import Testing

@testable import GeomapCore

/// Control round 6: sentence shapes the held-out set 5 misses or misreads, each written for this test
/// (no fixture sentence), with look-alikes that use the same words and state no such claim:
/// - an Arabic verb whose subject (or two joined subjects) and object «على X» stand apart, with
///   asides set off by commas between them (a date, a backer, a relative clause);
/// - a state named in a relative clause or an apposition after the place ("X, parts of which are
///   still held by", «X القريبة من …، التي لا تزال تحت سيطرة», "X, one of the last rebel-held towns");
/// - a state the same sentence says has just ended ("captured X, the last ISIS stronghold");
/// - "the town" refers to the last town or village, not to a city named since;
/// - "overrun" as a verb of taking.
///
/// Measured before the changes (caec01c): 3 of the first 17 claim sentences read in full, 8 of 8
/// non-claims read nothing; of the 5 claim and 3 non-claim sentences added with the second batch
/// (announcer, apposed name, «حيث لا يزال», "where" with parts), 1 and 3 (read with the bundled
/// gazetteer through `geomap inspect`). The two "town" and partial-hold cases were written after the
/// change and not measured before.
@Suite struct ControlTests6 {
  /// The claims read, as "ACTOR Place status[ partial]" (the round-5 suite's reading).
  static func control(_ text: String) -> Set<String> { ControlFallbackTests.control(text) }

  struct Case: Sendable, CustomTestStringConvertible {
    let text: String
    /// Claims that must be read.
    let claims: [String]
    /// Claims that must not be read.
    var absent: [String] = []
    var testDescription: String { text }
  }

  static let claims: [Case] = [
    // Arabic verb, subject, asides, object.
    Case(
      text: "استعادت قوات النظام ومقاتلو حزب الله، يوم الخميس الماضي، السيطرة على مدينة تدمر",
      claims: ["REGIME Palmyra captured", "HEZBOLLAH Palmyra captured"]),
    Case(
      text: "سيطرت وحدات من الجيش العراقي، مدعومة بطيران التحالف، صباح اليوم، على مركز مدينة الموصل",
      claims: ["IRAQ Mosul captured"]),
    Case(
      text: "سيطرت قوات سوريا الديمقراطية، التي تقودها وحدات حماية الشعب، على مدينة الطبقة بعد معارك طويلة",
      claims: ["SDF Al-Thawrah captured"], absent: ["YPG Al-Thawrah captured"]),
    Case(
      text: "سيطر تنظيم داعش، وفق ما أفاد به ناشطون، على مدينة تدمر الأثرية",
      claims: ["ISIS Palmyra captured"]),
    Case(
      text: "سيطرت فصائل المعارضة، المدعومة من الجيش التركي، اليوم الأحد، على مدينة الباب",
      claims: ["OPPOSITION Al-Bab captured"]),
    // A state in a relative clause or an apposition after the place.
    Case(
      text: "Rebels withdrew to Mayadin, a town to the east that remains in Islamic State hands.",
      claims: ["ISIS Al-Mayadin holds"]),
    Case(
      text: "Troops advanced on Deir ez-Zor, parts of which are still held by Islamic State fighters.",
      claims: ["ISIS Deir ez-Zor holds partial"]),
    Case(
      text: "Families fled to Tabqa, which is now largely held by the SDF, on Tuesday.",
      claims: ["SDF Al-Thawrah holds"]),
    Case(
      text: "انسحب المقاتلون إلى مدينة الباب القريبة من حلب، التي لا تزال تحت سيطرة تنظيم داعش",
      claims: ["ISIS Al-Bab holds"]),
    Case(
      text: "Fighters regrouped in Albukamal, one of the last ISIS-held towns in the province.",
      claims: ["ISIS Abu Kamal holds"]),
    Case(
      text: "Troops pulled back to Hama, a government-held city in the centre of the country.",
      claims: ["REGIME Hama holds"]),
    // A state the same sentence ends.
    Case(
      text: "Government forces captured Palmyra, the last ISIS stronghold in the desert, on Sunday.",
      claims: ["REGIME Palmyra captured"], absent: ["ISIS Palmyra holds"]),
    Case(
      text: "سيطرت قوات النظام على مدينة الميادين، أبرز معاقل تنظيم داعش في ريف دير الزور",
      claims: ["REGIME Al-Mayadin captured"], absent: ["ISIS Al-Mayadin holds"]),
    Case(
      text: "The SDF captured Tabqa, a short drive from Raqqa, the de facto capital of ISIS.",
      claims: ["SDF Al-Thawrah captured", "ISIS Raqqa holds"]),
    Case(
      text: "Raqqa, the ISIS stronghold, was hit by air strikes on Monday.", claims: ["ISIS Raqqa holds"]),
    // "the town" after a city named since.
    Case(
      text: "Rebels left Palmyra for Homs on Monday; government forces entered the town hours later.",
      claims: ["REGIME Palmyra captured"], absent: ["REGIME Homs captured"]),
    Case(
      text: "The siege of Homs ended days after government forces entered the town.",
      claims: ["REGIME Homs captured"]),
    // A partial hold the taking leaves standing.
    Case(
      text:
        "سيطرت القوات العراقية على آخر المواقع في مدينة الموصل، رغم جيوب صغيرة لا يزال عناصر تنظيم داعش يتحصنون فيها",
      claims: ["IRAQ Mosul captured", "ISIS Mosul holds partial"]),
    // An announcer before a date aside; a subject with a name in apposition before the asides.
    Case(
      text: "أعلن الجيش العراقي، اليوم الاثنين، استعادة السيطرة الكاملة على مدينة الموصل",
      claims: ["IRAQ Mosul captured"]),
    Case(
      text: "سيطرت فصائل \"الجيش السوري الحر\"، المدعومة من تركيا، اليوم الأحد، على مدينة الباب",
      claims: ["OPPOSITION Al-Bab captured"]),
    // «حيث لا يزال يسيطر»: a dropped subject after "where … still".
    Case(
      text: "ويأتي الهجوم في ظل تصاعد نشاط تنظيم داعش في ريف حلب، حيث لا يزال يسيطر على مدينة الباب",
      claims: ["ISIS Al-Bab holds"]),
    // "where" and parts of the place as the object.
    Case(
      text:
        "The army flew supplies into Deir ez-Zor, where ISIS has besieged government-held neighborhoods since 2015.",
      claims: ["ISIS Deir ez-Zor besieged"]),
    Case(
      text: "Government forces entered Raqqa, where ISIS has besieged hospitals since May.",
      claims: ["REGIME Raqqa captured"], absent: ["ISIS Raqqa besieged"]),
    // A list joined by "and the".
    Case(
      text: "The SDF captured Raqqa and the nearby town of Tabqa on Monday.",
      claims: ["SDF Raqqa captured", "SDF Al-Thawrah captured"]),
    Case(
      text: "ISIS lost Raqqa and the SDF said Tabqa would follow.", claims: ["ISIS Raqqa lost"],
      absent: ["ISIS Al-Thawrah lost"]),
    Case(
      text: "Government forces entered Homs and the villages around Hama.", claims: ["REGIME Homs captured"],
      absent: ["REGIME Hama captured"]),
    // "overrun".
    Case(
      text: "Islamic State militants have overrun the town of Palmyra, local officials said.",
      claims: ["ISIS Palmyra captured"]),
  ]

  static let nonClaims: [String] = [
    "سيطر الهدوء، صباح اليوم، على مدينة حلب",
    "سيطرت قوات النظام، يوم الأحد، على كميات من الأسلحة في مدينة حماة",
    "سيطرت قوات النظام، بحسب ناشطين، على الطريق الدولي قرب حمص",
    "Rebels pulled back to Aleppo, parts of which were shelled by the regime.",
    "Aid reached Homs, where a convoy was held by the regime at a checkpoint for hours.",
    "وصلت القافلة إلى مدينة حماة القريبة من حمص، التي زارها وفد من الأمم المتحدة",
    "Hospitals in Mosul were overrun with the wounded on Monday.",
    "أعلن الجيش العراقي، اليوم الاثنين، خطة لاستعادة مدينة الموصل",
    "تقدمت قوات النظام في ريف حلب، حيث لا يسيطر على مدينة الباب أي طرف",
    "Aid reached Deir ez-Zor, where ISIS has shelled government-held neighborhoods since 2015.",
    "Hama, a city of 800,000 people, was calm on Friday.",
  ]

  /// Regression: an Arabic siege noun ending a sentence took the actor opening the next one as its
  /// owner, whose name ran past the sentence's end, and the place window was built reversed (a
  /// crash found on 2 MB of shuffled diagnosis-set sentences; the start binary crashed too).
  @Test func siegeNounAtSentenceEndTakesNoOwnerFromTheNext() {
    #expect(
      Self.control("يعاني السكان من نقص الدواء بسبب الحصار. ISIS still holds Raqqa.") == ["ISIS Raqqa holds"])
  }

  @Test(arguments: claims) func claimIsRead(_ c: Case) {
    let read = Self.control(c.text)
    for claim in c.claims { #expect(read.contains(claim), "read \(read.sorted())") }
    for claim in c.absent { #expect(!read.contains(claim), "read \(read.sorted())") }
  }

  @Test(arguments: nonClaims) func nonClaimReadsNothing(_ text: String) {
    #expect(Self.control(text).isEmpty, "read \(Self.control(text).sorted())")
  }
}
