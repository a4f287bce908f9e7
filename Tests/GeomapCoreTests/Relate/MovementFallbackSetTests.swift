import Testing

@testable import GeomapCore

/// Round 5: movements written fresh for the general (discourse-level) reader, in the styles of SANA,
/// Enab Baladi, the Syrian Observatory, Rudaw, Reuters, AP, ISW and OCHA. None is copied from a
/// fixture. Half put the two ends of one movement in different sentences (the origin a deal, a
/// dateline or the town of the sentence before names); half put everything in one sentence in a
/// frame the specific rules did not cover (nominal motion, a clause between verb and places, "out of
/// X and into Y", a participle of arrival). The look-alikes use the same cue words and are no claims.
/// Read on the bundled gazetteer, where these place names resolve as in a real report.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct MovementFallbackSetTests {
  /// A text and the movements it states: "ACTOR origin→destination", names as the gazetteer spells
  /// them (matched loosely: one contains the other, case and "al-" aside).
  struct Case: CustomTestStringConvertible, Sendable {
    let text: String
    let routes: [String]
    var testDescription: String { String(text.prefix(50)) }
  }

  static let claims: [Case] = [
    // Ends in different sentences (English).
    Case(
      text:
        "Rebel fighters began leaving Daraya on Friday under a deal with the government. Buses carrying them arrived in Idlib on Saturday morning.",
      routes: ["OPPOSITION Darayya→Idlib"]),
    Case(
      text:
        "Jaish al-Islam fighters withdrew from Douma overnight, according to the Syrian Observatory. They headed north toward Jarablus.",
      routes: ["OPPOSITION Douma→Jarabulus"]),
    Case(
      text:
        "The last rebel group in Madaya agreed on Monday to hand the town over to the army. Some 400 fighters and their families left for Idlib under the deal.",
      routes: ["OPPOSITION Madaya→Idlib"]),
    Case(
      text:
        "The agreement provides for the departure of Hayat Tahrir al-Sham fighters from Arsal. The militants will be taken to Idlib province, Hezbollah's media unit said.",
      routes: ["HTS Arsal→Idlib"]),
    Case(
      text:
        "Islamic State militants abandoned their positions in Hawija on Thursday, Iraqi officials said. Many of them fled toward Kirkuk and surrendered to Kurdish forces.",
      routes: ["ISIS Hawija→Kirkuk"]),
    Case(
      text:
        "Iraqi forces retook Rawa on Friday. ISIS militants escaped from the town across the desert to Abu Kamal, a military spokesman said.",
      routes: ["ISIS Rawa→Albukamal"]),
    Case(
      text:
        "Government troops entered Khan Shaykhun after rebel fighters left the town on Tuesday. The rebels fell back to Maarat al-Numan, activists said.",
      routes: ["OPPOSITION Khan Sheikhoun→Maarat al-Numan"]),
    Case(
      text:
        "A convoy of Hezbollah fighters set off from Qusayr on Monday. It arrived in Deir ez-Zor two days later, state media said.",
      routes: ["HEZBOLLAH Qusayr→Deir ez-Zor"]),
    Case(
      text:
        "MAYADIN, Syria (AP) — Islamic State militants are streaming out of the town as government troops close in. Hundreds left for Abu Kamal overnight, residents said.",
      routes: ["ISIS Mayadin→Albukamal"]),
    // One sentence, a frame the specific rules missed (English).
    Case(
      text:
        "The evacuation of Ahrar al-Sham fighters from Zabadani to Idlib was completed on Wednesday, the UN said.",
      routes: ["OPPOSITION Zabadani→Idlib"]),
    Case(
      text:
        "Hundreds of ISIS militants, including foreign fighters, were moved overnight by bus from Raqqa to Mayadin, activists said.",
      routes: ["ISIS Raqqa→Mayadin"]),
    Case(
      text: "The Tiger Forces, backed by Russian jets, pushed out of Ithriyah and into Rasafa on Sunday.",
      routes: ["REGIME Athriya→Rasafa"]),
    Case(
      text: "Kurdish YPG fighters crossed back over the Euphrates from Manbij to Kobani, the Pentagon said.",
      routes: ["YPG Manbij→Kobani"]),
    Case(
      text:
        "Iraqi troops, after a three-day march from Qayyarah, arrived on the southern outskirts of Mosul.",
      routes: ["IRAQ Qayyarah→Mosul"]),
    Case(
      text:
        "PMF units redeployed from Baiji to the outskirts of Tal Afar over the weekend, a spokesman said.",
      routes: ["PMF Baiji→Tal Afar"]),
    Case(
      text: "Turkish troops rolled into Afrin from Azaz on Sunday, the Turkish military said.",
      routes: ["TUR Azaz→Afrin"]),
    Case(
      text: "SDF fighters advancing from Tabqa have reached the western edges of Raqqa, the coalition said.",
      routes: ["SDF Tabqa→Raqqa"]),
    Case(
      text: "The withdrawal of ISIS militants from al-Qaryatayn to Palmyra began at dawn, SANA reported.",
      routes: ["ISIS Qaryatayn→Palmyra"]),
    Case(
      text:
        "Opposition fighters, who had held out in al-Waer for three years, boarded green buses bound for Jarablus on Saturday.",
      routes: ["OPPOSITION Waer→Jarabulus"]),
    Case(
      text: "Some 3,000 rebels evacuated from Aleppo were driven to Idlib, the ICRC said.",
      routes: ["OPPOSITION Aleppo→Idlib"]),
    Case(
      text:
        "ISIS militants retreating before the Iraqi advance streamed out of al-Qaim and across the border into Abu Kamal.",
      routes: ["ISIS Qaim→Albukamal"]),
    Case(
      text:
        "Hezbollah moved hundreds of fighters from Qusayr to the Qalamoun mountains this week, opposition sources said.",
      routes: ["HEZBOLLAH Qusayr→Qalamoun"]),
    // Ends in different sentences (Arabic).
    Case(
      text: "انسحب مقاتلو هيئة تحرير الشام من بلدة عرسال فجر اليوم. ووصلت الحافلات إلى إدلب مساءً",
      routes: ["HTS Arsal→Idlib"]),
    Case(
      text: "خرج مقاتلو جيش الإسلام من مدينة دوما صباح اليوم. وتوجهت القافلة نحو جرابلس في ريف حلب الشمالي",
      routes: ["OPPOSITION Douma→Jarabulus"]),
    Case(
      text:
        "توصلت فصائل المعارضة في مدينة الرستن إلى اتفاق مع الجانب الروسي. وسيخرج الرافضون للاتفاق من المقاتلين إلى إدلب",
      routes: ["OPPOSITION Rastan→Idlib"]),
    Case(
      text: "استعادت القوات العراقية السيطرة على مدينة عانة. وفر مسلحو داعش من المدينة باتجاه القائم",
      routes: ["ISIS Anah→Qaim"]),
    Case(
      text:
        "غادرت قافلة لمقاتلي تنظيم داعش منطقة القلمون الغربي يوم الاثنين. ووصلت القافلة إلى البوكمال بعد يومين بحسب المرصد السوري",
      routes: ["ISIS Qalamoun→Albukamal"]),
    Case(
      text:
        "أفاد ناشطون بأن عناصر تنظيم داعش أخلوا مواقعهم في مدينة الطبقة ليلاً. وتوجه العناصر إلى الرقة عبر طريق ترابي",
      routes: ["ISIS Tabqa→Raqqa"]),
    Case(
      text:
        "تحدثت مصادر محلية عن انسحاب قوات سوريا الديمقراطية من منبج. وأضافت المصادر أن القوات اتجهت إلى عين العرب",
      routes: ["SDF Manbij→Kobani"]),
    Case(
      text:
        "تم التوصل إلى اتفاق يقضي بخروج مقاتلي هيئة تحرير الشام من جرود عرسال. وسيتوجه المقاتلون إلى إدلب برفقة عائلاتهم",
      routes: ["HTS Arsal→Idlib"]),
    Case(
      text: "دير الزور - عنب بلدي: انسحب عناصر تنظيم داعش من المدينة خلال الليل، وتوجهوا إلى البوكمال",
      routes: ["ISIS Deir ez-Zor→Albukamal"]),
    // One sentence, a frame the specific rules missed (Arabic).
    Case(
      text: "بدأت صباح اليوم عملية نقل مقاتلي فيلق الرحمن من عربين إلى إدلب",
      routes: ["OPPOSITION Arbin→Idlib"]),
    Case(
      text: "أعلنت وزارة الدفاع الروسية وصول رتل من عناصر داعش قادماً من الرقة إلى دير الزور",
      routes: ["ISIS Raqqa→Deir ez-Zor"]),
    Case(
      text: "وصلت إلى مدينة الباب تعزيزات عسكرية للجيش التركي قادمة من أعزاز",
      routes: ["TUR Azaz→al-Bab"]),
    Case(
      text: "خروج مقاتلي حركة أحرار الشام من الزبداني إلى إدلب اكتمل مساء أمس",
      routes: ["OPPOSITION Zabadani→Idlib"]),
    Case(
      text: "انسحبت ميليشيا حزب الله، بحسب ناشطين، من مواقعها في مدينة القصير نحو القلمون",
      routes: ["HEZBOLLAH Qusayr→Qalamoun"]),
    Case(
      text: "نقلت حافلات خضراء المئات من مقاتلي المعارضة وعائلاتهم من حي القابون في دمشق إلى محافظة إدلب",
      routes: ["OPPOSITION Qabun→Idlib"]),
    Case(
      text: "تمكنت قوات الحشد الشعبي بعد تقدمها من بيجي من الوصول إلى أطراف تكريت",
      routes: ["PMF Baiji→Tikrit"]),
    Case(
      text: "فرّ عشرات العناصر من تنظيم داعش من الحويجة إلى مناطق سيطرة البيشمركة في كركوك",
      routes: ["ISIS Hawija→Kirkuk"]),
    Case(
      text: "قوات النظام، التي انطلقت من أثريا، وصلت إلى مشارف الرصافة",
      routes: ["REGIME Athriya→Rasafa"]),
    Case(
      text: "دخل رتل عسكري تركي مدينة إدلب قادماً من معبر باب الهوى",
      routes: ["TUR Bab al-Hawa→Idlib"]),
    Case(
      text: "ونقل حزب الله مئات من عناصره من حلب إلى ريف حماة الشمالي خلال الأسبوع الماضي",
      routes: ["HEZBOLLAH Aleppo→Hama"]),
    Case(
      text: "وأشار المرصد إلى إجلاء مقاتلي داعش من مخيم اليرموك نحو البوكمال",
      routes: ["ISIS Yarmouk→Albukamal"]),
    Case(
      text: "شوهدت أرتال لقوات سوريا الديمقراطية تتحرك من الحسكة نحو الشدادي",
      routes: ["SDF Hasakah→Shaddadi"]),
    Case(
      text: "وكان مقاتلو المعارضة قد وصلوا إلى إدلب بعد رحلة استمرت ساعات من حمص",
      routes: ["OPPOSITION Homs→Idlib"]),
    Case(
      text: "واصلت قوات النظام زحفها من السخنة باتجاه دير الزور",
      routes: ["REGIME Sukhnah→Deir ez-Zor"]),
  ]

  /// Written after the first measurement, while building the reader (so not part of the before/after
  /// figure): wordings the first set lacked. Each must be read.
  static let laterClaims: [Case] = [
    Case(
      text:
        "The YPG began pulling its fighters out of Manbij on Thursday. They will move east of the Euphrates, to Kobani, the Pentagon said.",
      routes: ["YPG Manbij→Kobani"]),
    Case(
      text: "ISIS fighters who fled Raqqa have regrouped in Mayadin, according to the Syrian Observatory.",
      routes: ["ISIS Raqqa→Mayadin"]),
    Case(
      text: "The SDF said its forces had entered Raqqa from the east after crossing from Tabqa.",
      routes: ["SDF Tabqa→Raqqa"]),
    Case(
      text:
        "ISIS militants fleeing Mosul have crossed into Syria and reached Raqqa, Iraqi intelligence officials said.",
      routes: ["ISIS Mosul→Raqqa"]),
    Case(
      text:
        "ISIS fighters reached Abu Kamal on Tuesday. The militants had left Qalamoun a week earlier, activists said.",
      routes: ["ISIS Qalamoun→Albukamal"]),
    Case(
      text:
        "ISIS withdrew from al-Qaim overnight, Iraqi commanders said. The militants headed west, crossing the border to Albukamal.",
      routes: ["ISIS Qaim→Albukamal"]),
    Case(
      text: "An Idlib-bound convoy carrying Ahrar al-Sham fighters left Zabadani on Wednesday.",
      routes: ["OPPOSITION Zabadani→Idlib"]),
    // The plural verb carries its subject: «توجهوا», "they headed".
    Case(
      text: "قال ناشطون إن عناصر تنظيم داعش أخلوا مواقعهم في مدينة الطبقة. ثم توجهوا إلى الرقة قبل الفجر",
      routes: ["ISIS Tabqa→Raqqa"]),
  ]

  @Test(arguments: laterClaims)
  func laterClaimIsRead(_ c: Case) throws {
    let read = try Self.read(c.text).map { "\($0.actor.rawValue) \($0.origin.name)→\($0.destination.name)" }
    #expect(try Self.isRead(c), "\(read)")
  }

  /// The same cue words with no armed actor moving between two places.
  static let lookAlikes: [String] = [
    "The road from Homs to Palmyra was cut by shelling on Monday.",
    "Residents fled from Raqqa to Tabqa as airstrikes intensified, OCHA said.",
    "نزح آلاف المدنيين من الرقة إلى الطبقة هرباً من القصف",
    "Turkey's foreign minister flew from Ankara to Moscow for talks on Idlib.",
    "انتقلت المعارك من حلب إلى ريف إدلب الجنوبي",
    "وصل وفد من المعارضة إلى أستانا للمشاركة في المحادثات",
    "Prices of fuel moving from Manbij to Raqqa have doubled since the summer.",
    "تتجه الأنظار إلى معركة إدلب بعد انتهاء معركة حلب",
    "The pipeline from Kirkuk to Ceyhan was shut after the referendum.",
    "Aid trucks travelling from Damascus to Douma were held at a checkpoint.",
    "عاد آلاف النازحين من تركيا إلى جرابلس خلال الأسبوع الماضي",
    "Rebels shelled the road between Homs and Hama overnight.",
    "وصلت أسعار الخبز في حلب إلى مستويات قياسية",
    "Flights from Damascus to Aleppo resumed on Sunday for the first time in four years.",
    "ISIS fighters shelled Tabqa on Tuesday. Civilians arrived in Raqqa on Wednesday, OCHA said.",
    "انسحبت قوات النظام من تدمر. وزار وزير الدفاع الروسي حلب بعد يومين",
    "The SDF captured Tabqa on Monday. Thousands of displaced people left for Raqqa camps.",
    "وصل المبعوث الأممي إلى دمشق قادماً من بيروت",
    // Written with the later claims.
    "Regime forces captured Khan Sheikhoun on Tuesday. Thousands fled to Maarat al-Numan.",
    "ISIS fighters attacked Palmyra on Monday. Civilians fled to Homs.",
    "قُتل عشرون من عناصر التنظيم القادمين من الرقة في غارات قرب السخنة، وفرّ الناجون منهم نحو تدمر",
    // A bureau dateline is no place the movers leave.
    "DAMASCUS, May 3 (Reuters) - Rebel fighters withdrew toward Idlib, a monitor said.",
  ]

  static func read(_ text: String) throws -> [Movement] {
    let g = try #require(bundledGazetteer)
    return ReportReader(gazetteer: g).read(text: text, source: "t", date: nil).movements
  }

  /// Lowercase letters only, an "al" article at a word's start dropped ("al-Bab", "Al Masharif").
  static func loose(_ s: String) -> String {
    s.lowercased().split(whereSeparator: { !$0.isLetter }).map { String($0) }.filter { $0 != "al" }.joined()
  }

  /// True when a movement read matches the route "ACTOR origin→destination".
  static func matches(_ m: Movement, _ route: String) -> Bool {
    let head = route.split(separator: " ", maxSplits: 1)
    let ends = head[1].split(separator: "→").map { loose(String($0)) }
    let same: (String, String) -> Bool = { a, b in a.contains(b) || b.contains(a) }
    return m.actor.rawValue == head[0] && same(loose(m.origin.name), ends[0])
      && same(loose(m.destination.name), ends[1])
  }

  static func isRead(_ c: Case) throws -> Bool {
    let ms = try read(c.text)
    return c.routes.allSatisfy { r in ms.contains { matches($0, r) } }
  }

  /// How many of the claims are read whole, and how many look-alikes are read with no movement at
  /// all. Before the general reader (commit 83deebf): 29 of 46 read, 14 of the first 18 silent (the
  /// other 4 read as civilian or unnamed movements, UNKNOWN actor, by the specific rules).
  @Test func recallOnTheSet() throws {
    var read = 0
    for c in Self.claims where try Self.isRead(c) { read += 1 }
    var silent = 0
    for t in Self.lookAlikes where try Self.read(t).isEmpty { silent += 1 }
    print(
      "fallback set: claims read \(read)/\(Self.claims.count), look-alikes silent \(silent)/\(Self.lookAlikes.count)"
    )
    #expect(read >= Self.readFloor)
  }

  /// Measured with the general reader; a change that reads fewer fails here.
  static let readFloor = 43

  /// No look-alike gives a named actor a movement.
  @Test(arguments: lookAlikes)
  func lookAlikeMovesNoNamedActor(_ text: String) throws {
    let named = try Self.read(text).filter { $0.actor != .unknown }
    #expect(named.isEmpty, "\(named.map { "\($0.actor.rawValue) \($0.origin.name)→\($0.destination.name)" })")
  }

  /// Movements whose ends are in different sentences keep the quote of both sentences and say the
  /// end was carried.
  @Test func carriedEndKeepsBothSentences() throws {
    let text = "عناصر تنظيم داعش أخلوا مواقعهم في مدينة الطبقة ليلاً. وتوجه العناصر إلى الرقة عبر طريق ترابي"
    let m = try #require(Self.read(text).first)
    #expect(m.evidence.quote.contains("الطبقة") && m.evidence.quote.contains("الرقة"))
    #expect(m.notes.contains { $0.contains("carried") })
  }
}
