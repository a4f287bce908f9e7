import Testing

@testable import GeomapCore

/// Round 35 recognition and resolution rules, each on sentences written for this suite:
/// a list's later items share what its head (a trigger noun, a preposition) says of them; a news
/// outlet named after a place is no place; a bare repeat of a place first named with its trigger
/// noun is that place. The positive cases fail on main before round 35 (9a0a07f).
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct ListHeadAndOutletTests35 {
  func places(_ text: String) throws -> [PlaceMention] {
    let g = try #require(bundledGazetteer)
    return ReportReader(gazetteer: g).read(text: text, source: "test", date: CalendarDate(iso: "2019-05-10"))
      .mentions
  }

  func surfaces(_ text: String) throws -> [String] { try places(text).map(\.surface) }

  /// «بلدات كفرنبل والبارة والفطيرة»: the plural trigger noun governs every item, so «والبارة»
  /// and «والفطيرة», written with the article their gazetteer names lack, are villages, not adjectives.
  @Test func laterItemsOfATriggerListAreVillages() throws {
    let found = try places("استهدفت المدفعية بلدات كفرنبل والبارة والفطيرة في جبل الزاوية.")
    #expect(found.map(\.surface) == ["كفرنبل", "البارة", "الفطيرة", "جبل الزاوية"])
    #expect(found.allSatisfy { $0.entry.country == "SY" && $0.entry.admin1 == "Idlib" })
  }

  /// «باتجاه تل حاصل والباب»: al-Bab after «و» is the preposition's object as much as Tal Hasel.
  @Test func alBabAsASecondDestination() throws {
    let found = try places("انسحب المسلحون من المدينة نحو تل حاصل والباب تحت وطأة القصف.")
    #expect(found.map(\.surface) == ["تل حاصل", "الباب"])
    #expect(found.last?.entry.id == "gn:174018")
  }

  /// Negatives: an adjective after a place with no list head stays an adjective; «الباب» after
  /// «و» with nothing before the list (no preposition) is still the door.
  @Test func noHeadNoPlace() throws {
    #expect(try surfaces("زار الوفد مدينة حلب والسورية.") == ["مدينة حلب"])
    #expect(try surfaces("أغلقت الشرطة النوافذ والباب بعد الحادث.").isEmpty)
  }

  /// A list item abroad is no item of a list in Syria or Iraq: «والصوفية» in Ramadi is not Sofia.
  @Test func aListInIraqDoesNotReachSofia() throws {
    let found = try places("شن التنظيم هجوما على مناطق البو غانم والصوفية في الرمادي.")
    #expect(!found.contains { $0.entry.country == "BG" })
  }

  /// «مراسل الجزيرة», «للجزيرة», "told Al Jazeera": the channel, not the Jazira region (nor Algiers,
  /// nor Suwayrah in Wasit, which world gazetteers also list under that name).
  @Test func theChannelIsNoPlace() throws {
    #expect(try surfaces("ونقل مراسل الجزيرة في إدلب أن القصف استهدف سوقا شعبيا.") == ["إدلب"])
    #expect(try surfaces("وقال قيادي في الفصائل للجزيرة إن الهجوم بدأ فجرا.").isEmpty)
    #expect(try surfaces("A rebel spokesman told Al Jazeera the offensive had begun.").isEmpty)
    #expect(try surfaces("The SDF launched Operation Jazeera Storm in Deir ez-Zor.") == ["Deir ez-Zor"])
  }

  /// The region stays a place where it is one, and bare «الجزيرة» is never Algiers.
  @Test func theRegionStaysAPlace() throws {
    let named = try places("وتنتشر وحدات الحماية في مناطق واسعة من الجزيرة السورية.")
    #expect(named.map(\.entry.id) == ["geomap:sy-jazira"])
    let bare = try places("تسيطر الوحدات على مناطق واسعة في الجزيرة.")
    #expect(bare.map(\.entry.id) == ["geomap:sy-jazira"])
  }

  /// «قائد كتيبة صلاح الدين»: a battalion's name, not Iraq's governorate.
  @Test func aBattalionsNameIsNoPlace() throws {
    #expect(try surfaces("قال قائد كتيبة صلاح الدين إن عناصره صدوا الهجوم.").isEmpty)
  }

  /// «البو فراج»: the tribal prefix alone is no Bo in Sierra Leone.
  @Test func theTribalPrefixAloneIsNoPlace() throws {
    let found = try places("وصلت تعزيزات إلى مناطق البو فراج شمال الرمادي.")
    #expect(!found.contains { $0.surface == "البو" })
  }

  /// «حي صلاح الدين» … «انسحبوا من صلاح الدين» … «سيطر بالكامل على صلاح الدين»: the bare repeats
  /// are the Aleppo neighbourhood the trigger noun named, not Iraq's Salahuddin governorate.
  @Test func aBareRepeatFollowsTheTriggerNamedPlace() throws {
    let found = try places(
      """
      انسحب مقاتلو المعارضة صباح الخميس من حي صلاح الدين بعد أيام من المعارك العنيفة مع القوات النظامية.

      وقال قائد ميداني إن مقاتليه انسحبوا من صلاح الدين بعد نفاد الذخيرة، فيما أكد مصدر أمني أن الجيش سيطر بالكامل على صلاح الدين.
      """)
    #expect(found.count == 3)
    #expect(found.allSatisfy { $0.entry.id == "geomap:sy-aleppo-salah-al-din" }, "\(found.map(\.entry.id))")
  }

  /// Negative: a governorate named with its trigger does not pull a later bare name of a city
  /// («محافظة إدلب» … «مدينة إدلب» stay apart; so do "Idlib province" and a bare "Idlib").
  @Test func aGovernorateLendsNoSense() throws {
    let found = try places("Government forces shelled Idlib province on Monday. Protesters gathered in Idlib on Tuesday.")
    #expect(found.map(\.entry.kind) == [.governorate, .city])
  }
}

/// Round 35 gazetteer rows and spellings (Geodata/supplement): places development reports named
/// that the gazetteer lacked or had under another spelling, or that resolved to a namesake far away.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct GazetteerRowsTests35 {
  func entry(_ surface: String, in text: String) throws -> GazetteerEntry {
    let g = try #require(bundledGazetteer)
    let found = ReportReader(gazetteer: g).read(text: text, source: "test", date: CalendarDate(iso: "2019-05-10"))
      .mentions
    let hit = found.first { $0.surface == surface } ?? found.first { $0.surface.contains(surface) }
    return try #require(hit, "no «\(surface)» in \(found.map(\.surface))").entry
  }

  func expectNear(
    _ e: GazetteerEntry, _ lat: Double, _ lon: Double, km: Double = 10, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let d = e.coordinate.distanceKm(to: Coordinate(longitude: lon, latitude: lat))
    #expect(d < km, "\(e.name) (\(e.id)) is \(Int(d)) km from (\(lat), \(lon))", sourceLocation: sourceLocation)
  }

  @Test func spellingsOfKnownPlaces() throws {
    expectNear(try entry("كنصفرة", in: "قصفت قوات النظام بلدة كنصفرة في جبل الزاوية."), 35.66, 36.49, km: 3)
    expectNear(try entry("قرتبة", in: "تقدمت قوات الحشد من جلولاء نحو ناحية قرتبة."), 34.43, 44.93, km: 5)
    expectNear(try entry("اليمضية", in: "انسحبت الفصائل من ربيعة باتجاه قرية اليمضية."), 35.83, 36.14, km: 3)
    expectNear(try entry("Deir Attiyeh", in: "Troops took Deir Attiyeh after a week of fighting."), 34.10, 36.77, km: 3)
    expectNear(try entry("Qamhana", in: "Rebels reached the outskirts of Qamhana, north of Hama."), 35.20, 36.73, km: 3)
    expectNear(try entry("Yaroubiyeh", in: "Fighting was reported near Yaroubiyeh, across from Rabia."), 36.81, 42.06, km: 3)
  }

  @Test func newRows() throws {
    expectNear(try entry("Domiz camp", in: "Refugees were taken to Domiz camp near Dohuk."), 36.79, 42.89, km: 5)
    expectNear(
      try entry("Wadi Deif", in: "Soldiers fell back to the Wadi Deif military base east of Maarat al-Numan."), 35.66, 36.70,
      km: 5)
    expectNear(try entry("Brigade 52", in: "Rebels seized the Brigade 52 base near al-Harak."), 32.73, 36.33, km: 5)
    expectNear(try entry("Tayy", in: "Asayish units deployed into the Tayy neighbourhood of Qamishli."), 37.03, 41.23, km: 4)
    expectNear(try entry("سجو", in: "قصفت المدفعية التركية قرية سجو شمال أعزاز."), 36.61, 37.06, km: 4)
    expectNear(try entry("Tulul al-Safa", in: "The army took Tulul al-Safa from ISIS remnants."), 33.15, 37.10, km: 30)
  }

  @Test func districtsOfHasakahAndDaraa() throws {
    expectNear(try entry("غويران", in: "استعادت القوات السيطرة على حي غويران جنوب مدينة الحسكة."), 36.48, 40.75, km: 3)
    expectNear(try entry("Ghweiran", in: "Families fled the Ghweiran and Nashwa neighbourhoods of Hasakah."), 36.48, 40.75, km: 3)
    expectNear(try entry("Nashwa", in: "Families fled the Ghweiran and Nashwa neighbourhoods of Hasakah."), 36.50, 40.74, km: 3)
    expectNear(try entry("طريق السد", in: "قصفت قوات النظام حي طريق السد في مدينة درعا."), 32.62, 36.11, km: 3)
    expectNear(try entry("al-Hbeit", in: "Rebels pulled back to defensive lines around al-Hbeit, south of Khan Sheikhoun."), 35.44, 36.54, km: 3)
  }

  /// The desert Humaymah of the 2017 convoy, Suruç without its cedilla, and the border town of
  /// al-Yarubiyah in a report from Iraq's side.
  @Test func convoyAndBorderTowns() throws {
    expectNear(
      try entry("حميمة", in: "توقفت قافلة عناصر التنظيم قرب بلدة حميمة في البادية في طريقها من القلمون إلى البوكمال."),
      34.35, 39.40, km: 20)
    expectNear(try entry("Suruc", in: "Refugees gathered in the Turkish border town of Suruc, across from Kobani."), 36.98, 38.42, km: 10)
    expectNear(
      try entry("اليعربية", in: "أغلقت السلطات معبر ربيعة المقابل لبلدة اليعربية على الحدود بين العراق وسوريا قرب سنجار."),
      36.81, 42.06, km: 5)
  }

  /// Namesakes the reading chose far from the place meant.
  @Test func namesakesNoLongerWin() throws {
    // Qal'at al-Hosn (Homs), not al-Husn in Jordan.
    expectNear(try entry("al-Hosn", in: "Army units restored security to al-Hosn town in Homs countryside."), 34.76, 36.29, km: 5)
    // Khanke and Sharya by Duhok, not a village near Zakho or a Hama village.
    expectNear(try entry("Khanke", in: "Families returned from Khanke camp to Sinjar."), 36.78, 42.78, km: 5)
    // (Main read Shar'ya in Russia here. Where the sentence names Sinjar instead — "left camps in
    // Sharya for Sinjar" — a Nineveh village «الشريعة» near Sinjar wins: the words alone cannot
    // tell them apart.)
    expectNear(
      try entry("Sharya", in: "Some 2,000 people returned from the camps in Sharya to their villages."), 36.81, 43.00, km: 5)
  }
}

/// «الحدود مع سوريا», "the border with Syria": the border area of the report's own side. Each
/// neighbour has its row (Geodata/supplement/regions.tsv), and the report's places choose; before
/// round 35 the Arabic phrase was no place and the English one was always the Syria–Iraq row.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct BorderWithSyriaTests35 {
  func borderEntry(_ text: String) throws -> GazetteerEntry {
    let g = try #require(bundledGazetteer)
    let found = ReportReader(gazetteer: g).read(text: text, source: "test", date: CalendarDate(iso: "2017-06-01"))
      .mentions
    return try #require(found.first { $0.entry.kind == .region && $0.entry.name.contains("border") }, "\(found.map(\.surface))").entry
  }

  @Test func fromIraq() throws {
    #expect(try borderEntry("وقال إن عناصر التنظيم فروا باتجاه قضاء القائم على الحدود مع سوريا بعد تحرير الرطبة.").id == "geomap:iq-syria-border-area")
    #expect(try borderEntry("ISIS fighters fled toward the border with Syria from Rawa and Anah.").id == "geomap:iq-syria-border-area")
  }

  @Test func fromJordanTurkeyLebanon() throws {
    #expect(try borderEntry("قال الجيش الأردني إنه أحبط محاولة تسلل على الحدود مع سوريا قرب المفرق والرمثا.").country == "JO")
    #expect(try borderEntry("The Jordanian army repelled an infiltration from the border with Syria near Mafraq and Ramtha.").country == "JO")
    #expect(try borderEntry("Turkish troops massed on the border with Syria near Kilis and Reyhanli.").country == "TR")
    #expect(try borderEntry("وتسلل مسلحون عبر الحدود مع سوريا من القصير إلى الهرمل وجرود عرسال.").country == "LB")
  }

  /// Negative: the adjective phrase is no name (devset README: "the Turkish border" is not annotated).
  @Test func theAdjectivePhraseIsNoPlace() throws {
    let g = try #require(bundledGazetteer)
    let found = ReportReader(gazetteer: g).read(
      text: "وتمركزت القوات العراقية قرب الحدود السورية.", source: "test", date: CalendarDate(iso: "2017-06-01")
    ).mentions
    #expect(!found.contains { $0.entry.name.contains("border") })
  }
}

/// Round 35: a name after a group head is part of the group's name only when the head is in
/// construct (no article) and the name is not the next item of a list; English facility names run
/// on over "gas field", "oil field", "industrial", "bridge", "prison"; verbs of fleeing and
/// defending take a place as their object.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct GroupHeadAndFacilityTests35 {
  func surfaces(_ text: String) throws -> [String] {
    let g = try #require(bundledGazetteer)
    return ReportReader(gazetteer: g).read(text: text, source: "test", date: CalendarDate(iso: "2017-06-01"))
      .mentions.map(\.surface)
  }

  /// «نقاط الجيش ومدينة حلب»: the army's posts and the city — «الجيش» with its article heads no
  /// armed group's name («جيش الإسلام»), and «ومدينة» opens the list's next item.
  @Test func theArmyAndTheCity() throws {
    #expect(try surfaces("وسط صمت دولي على اعتداءاتها على نقاط الجيش ومدينة حلب بالقذائف الصاروخية.") == ["مدينة حلب"])
    #expect(try surfaces("هاجم المسلحون الجيش وحمص بالصواريخ.") == ["حمص"])
  }

  /// Negative: a group's name in construct is still no place.
  @Test func aGroupsNameStaysNoPlace() throws {
    #expect(try surfaces("قال قائد في جيش الإسلام إن الهدنة صامدة.").isEmpty)
    #expect(try surfaces("أعلن فيلق الشام انسحابه من المنطقة.").isEmpty)
  }

  @Test func facilityNamesRunOnOverLowercaseNouns() throws {
    #expect(try surfaces("The SDF seized the Conoco gas field on Saturday.") == ["Conoco gas field"])
    #expect(try surfaces("Militants overran army checkpoints and the Shaer gas field before dawn.") == ["Shaer gas field"])
  }

  /// A qualifier between the name and its trigger noun: "the Mastumah military base", "the
  /// Layramoun industrial area".
  @Test func aTriggerNounPastAQualifier() throws {
    #expect(try surfaces("The alliance advanced from the Mastumah military base last week.") == ["Mastumah"])
    #expect(try surfaces("Rebels seized the Layramoun industrial area on Tuesday.") == ["Layramoun"])
    // Negative: a group's base is no place.
    #expect(try surfaces("The ISIS base was hit by airstrikes.").isEmpty)
  }

  @Test func fledAndDefendingTakeAPlace() throws {
    #expect(try surfaces("More than 30,000 people have fled Hit since the offensive began.") == ["Hit"])
    #expect(try surfaces("Police units defending Hit withdrew overnight.") == ["Hit"])
    // Negative: the everyday verb stays a verb.
    #expect(try surfaces("An airstrike hit a convoy on the road.").isEmpty)
  }
}

/// «بلدتي نبل والزهراء»: a later item of a list a trigger noun heads is of the trigger's kind, and
/// the place it is joined to says where it is; before round 35 a report on Homs put al-Zahraa in
/// Homs (the Zahraa neighbourhood) though the sentence names the two besieged towns of rural Aleppo.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct ListPartnerTests35 {
  func entry(_ surface: String, in text: String) throws -> GazetteerEntry {
    let g = try #require(bundledGazetteer)
    let found = ReportReader(gazetteer: g).read(text: text, source: "test", date: CalendarDate(iso: "2014-05-09"))
      .mentions
    return try #require(found.first { $0.surface == surface }, "\(found.map(\.surface))").entry
  }

  @Test func theSecondOfTwoTownsLiesByTheFirst() throws {
    let zahraa = try entry(
      "الزهراء",
      in: "خرج آخر المقاتلين من أحياء حمص القديمة صباح اليوم، على أن تسمح الفصائل بدخول قافلة مساعدات إلى بلدتي نبل والزهراء اللتين تحاصرهما في ريف حلب، بحسب محافظ حمص.")
    #expect(zahraa.id == "gn:166458", "\(zahraa.name) (\(zahraa.id))")
  }

  /// Negatives: a city named in a list stays the city ("between Hama and Aleppo"; «مدينتي الباب ودير
  /// حافر»), not a village so named near the other item.
  @Test func citiesStayCities() throws {
    #expect(try entry("Hama", in: "The regime wants to open the M5 highway between Hama and Aleppo.").kind == .city)
    #expect(try entry("الباب", in: "فر ما تبقى من الإرهابيين باتجاه مدينتي الباب ودير حافر.").id == "gn:174018")
  }
}

/// "said Issam al-Rayes", "Hadi al-Amiri, commander of …", "Ahmed al-Hamdan said": a name opening
/// on the article right after a man's given name is his surname, not Los Reyes (Mexico), Āmerī
/// (Iran) or Handan (China) as before round 35.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct SurnameTests35 {
  func surfaces(_ text: String) throws -> [String] {
    let g = try #require(bundledGazetteer)
    return ReportReader(gazetteer: g).read(text: text, source: "test", date: CalendarDate(iso: "2017-06-01"))
      .mentions.map(\.surface)
  }

  @Test func surnamesAreNoPlaces() throws {
    #expect(try surfaces("The brigade has fallen, said Issam al-Rayes, a spokesman for the alliance.").isEmpty)
    #expect(try surfaces("Hadi al-Amiri, commander of the Badr Organisation, said the town had fallen.").isEmpty)
    #expect(try surfaces("Ahmed al-Hamdan, a local official, said the fighters left.").isEmpty)
  }

  /// Negatives: a place after a preposition, and a place name that holds a given name.
  @Test func placesStay() throws {
    #expect(try surfaces("Rebels withdrew to al-Bab on Monday.") == ["al-Bab"])
    #expect(try surfaces("Fighters moved from Tal Ali toward al-Bab.") == ["Tal Ali", "al-Bab"])
  }
}

/// English context without a preposition: a capitalised town of Syria or Iraq after a lowercase
/// word ("Shelling hit Mhardeh"), and «on» after a noun of attack ("the siege on Kafraya").
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct EnglishProseContextTests35 {
  func surfaces(_ text: String) throws -> [String] {
    let g = try #require(bundledGazetteer)
    return ReportReader(gazetteer: g).read(text: text, source: "test", date: CalendarDate(iso: "2017-06-01"))
      .mentions.map(\.surface)
  }

  @Test func aCapitalisedTownAfterALowercaseWord() throws {
    #expect(try surfaces("Shelling hit Mhardeh on Tuesday, residents said.") == ["Mhardeh"])
  }

  @Test func onAfterANounOfAttack() throws {
    #expect(try surfaces("The army lifted the siege on Kafraya after two years.") == ["Kafraya"])
    #expect(try surfaces("Rebels tightened their siege on Jasim last week.") == ["Jasim"])
  }

  /// Negatives: a man's given name that is also a town, a village without context, a capitalised
  /// word opening a sentence.
  @Test func namesAndVillagesStayOut() throws {
    #expect(try surfaces("The statement was read by Jasim, a local commander.").isEmpty)
    #expect(try surfaces("The deal now covers only Kafraya.").isEmpty)
  }
}
