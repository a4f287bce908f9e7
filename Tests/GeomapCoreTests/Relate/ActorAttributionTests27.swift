import Testing

@testable import GeomapCore

/// Actors, session 27: the side of a claim already read — an actor inside a control verb's object,
/// the Iraqi forces' own word for their units, the armed men a collective noun of movement heads, and
/// the place a withdrawal after an advance leaves. Sentences written for the test, none copied from a
/// fixture; what main a22d659 read for each is in the test's comment.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct ActorAttributionTests27 {
  typealias Case = ControlTests6.Case

  /// «استولى تنظيم داعش على مقر الشرطة الاتحادية في …»: the command or force named after «على» owns
  /// the building taken; it is no subject (main read IRAQ captured Shirqat, OPPOSITION captured
  /// Sarmada). A subject between the verb and «على» still takes the place.
  static let objectActors: [Case] = [
    Case(
      text: "أفاد مصدر أمني بأن تنظيم داعش استولى على مقر الشرطة الاتحادية في قضاء الشرقاط بعد اشتباكات استمرت ساعات.",
      claims: [], absent: ["IRAQ Shirqat captured"]),
    Case(
      text: "ذكرت مصادر محلية أن هيئة تحرير الشام سيطرت على مقرات فيلق الشام في بلدة سرمدا شمال إدلب.",
      claims: [], absent: ["OPPOSITION Sarmada captured"]),
    Case(
      text: "قال مسؤول محلي إن الشرطة الاتحادية سيطرت على قضاء الشرقاط بعد اشتباكات مع تنظيم داعش.",
      claims: ["IRAQ Shirqat captured"]),
  ]

  @Test(arguments: objectActors)
  func anActorInTheObjectTakesNothing(_ c: Case) {
    let read = ControlTests7.control(c.text)
    for claim in c.claims { #expect(read.contains(claim), "read \(read.sorted())") }
    for claim in c.absent { #expect(!read.contains(claim), "read \(read.sorted())") }
  }

  /// «القطعات تقدمت»: "the units", the Iraqi statements' word for their own forces, is Iraq's in a
  /// report about Iraq (main: ISIS, the side named before); in a Syrian report it names no side.
  @Test(arguments: [
    ("وقال ضابط في الجيش العراقي إن مسلحي داعش فجروا جسراً قرب الحويجة. وأضاف أن القطعات تقدمت من الشرقاط باتجاه الحويجة.", ["IRAQ Shirqat→Hawija"] as [String]),
    ("قال مصدر عسكري لعنب بلدي إن القطعات تقدمت من خان شيخون باتجاه معرة النعمان.", [] as [String]),
  ])
  func theUnitsAreIraqs(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }

  /// "a column of militants was moving", "columns of gunmen", «رتلاً من المسلحين»: the collective noun
  /// of movement heads its movers, the insurgents named before (main: UNKNOWN in English, as the side
  /// that took the origin). A column of families is no side's.
  @Test(arguments: [
    ("Islamic State fighters overran Baiji on Tuesday. Police said a column of militants was moving north from Baiji toward Shirqat.", ["ISIS Baiji→Shirqat"] as [String]),
    ("Islamic State fighters overran Baiji on Tuesday. Police said columns of gunmen were heading from Baiji to Shirqat on Wednesday.", ["ISIS Baiji→Shirqat"] as [String]),
    ("سيطر تنظيم داعش على مدينة بيجي. وقالت مصادر أمنية إن رتلاً من المسلحين تحرك من بيجي باتجاه الشرقاط.", ["ISIS Baiji→Shirqat"] as [String]),
    ("Islamic State fighters overran Baiji on Tuesday. Police said a column of families was moving north from Baiji toward Shirqat.", [] as [String]),
  ])
  func aColumnHeadsItsMovers(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }

  /// "the rest of the militants withdrew", «انسحب من تبقى من المسلحين» after the same side's advance:
  /// the withdrawal leaves the place advanced to (main: nothing in English; in Arabic the origin came
  /// from the place taken, and with the remnant read as ISIS before it, the advance's origin).
  @Test(arguments: [
    ("About 80 Islamic State militants advanced from Fadiliya toward Bashiqa at dawn. Peshmerga forces retook the town by noon, and the rest of the militants withdrew to Fadiliya.", ["ISIS Fadiliya→Bashiqa", "ISIS Bashiqa→Fadiliya"] as [String]),
    ("شن تنظيم داعش هجوماً على ناحية بعشيقة فجر اليوم، وتقدم نحو 80 مسلحاً من قرية الفاضلية باتجاه بعشيقة. واستعادت البيشمركة السيطرة على البلدة ظهراً، فيما انسحب من تبقى من المسلحين إلى الفاضلية.", ["ISIS Fadiliya→Bashiqa", "ISIS Bashiqa→Fadiliya"] as [String]),
  ])
  func aWithdrawalAfterAnAdvanceLeavesItsTarget(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }

  /// "the Islamic Front and the al Qaeda-linked Nusra Front captured …": a hyphenated compound
  /// adjective after "and the" qualifies the second name and does not end the joined subject; both
  /// take the place (main read HTS only). A group named after "said" is no partner of the speaker.
  static let compoundPartners: [Case] = [
    Case(
      text: "Fighters from the Free Syrian Army and the al Qaeda-linked Nusra Front captured the town of Morek on Friday, activists said.",
      claims: ["HTS Morek captured", "OPPOSITION Morek captured"]),
    Case(
      text: "The Islamic Front and the al Qaeda-affiliated Nusra Front seized the village of Kessab after three days of fighting.",
      claims: ["HTS Kessab captured", "OPPOSITION Kessab captured"]),
    Case(
      text: "A spokesman for the Islamic Front said the al Qaeda-linked Nusra Front captured the town of Morek on Friday.",
      claims: ["HTS Morek captured"], absent: ["OPPOSITION Morek captured"]),
  ]

  @Test(arguments: compoundPartners)
  func aCompoundAdjectiveKeepsTheSubjectJoined(_ c: Case) {
    let read = ControlTests7.control(c.text)
    for claim in c.claims { #expect(read.contains(claim), "read \(read.sorted())") }
    for claim in c.absent { #expect(!read.contains(claim), "read \(read.sorted())") }
  }
}
