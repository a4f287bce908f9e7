import Foundation
import Testing

@testable import GeomapCore

/// Resolution mistakes found on the devset, each on the sentence that showed it, read against the
/// whole bundled gazetteer (every namesake in the world present).
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct BundledResolutionTests {
  func places(_ text: String) throws -> [PlaceMention] {
    let g = try #require(bundledGazetteer)
    return ReportReader(gazetteer: g).read(text: text, source: "test", date: CalendarDate(iso: "2017-03-18"))
      .mentions
  }

  func entry(_ surface: String, in text: String) throws -> GazetteerEntry {
    let found = try places(text)
    return try #require(found.first { $0.surface == surface }, "no «\(surface)» in \(found.map(\.surface))").entry
  }

  /// en-02: "east Aleppo" is the city's eastern neighbourhoods, not the eastern countryside 30 km
  /// away; "east of Aleppo" and "eastern Aleppo countryside" stay the countryside, West Mosul a region.
  @Test func eastAleppoIsTheCity() throws {
    let text = "Buses left east Aleppo for Idlib. Shelling hit villages east of Aleppo, in the eastern "
      + "Aleppo countryside, while troops pushed into west Mosul."
    let found = try places(text)
    func named(_ surface: String) -> String? { found.first { $0.surface == surface }?.entry.name }
    #expect(named("east Aleppo") == "Aleppo")
    #expect(found.first { $0.surface == "east Aleppo" }?.entry.kind == .city)
    #expect(named("east of Aleppo") == "eastern Aleppo countryside")
    #expect(named("eastern Aleppo countryside") == "eastern Aleppo countryside")
    #expect(named("west Mosul") == "West Mosul")
  }

  /// heldout2: the Wafideen camp north-east of Douma, the 2018 crossing out of eastern Ghouta, was
  /// in the gazetteer only as «مخيم الوافدين» / "Mukhayyam al Wafidin"; English reports write
  /// "the Wafideen crossing". The bare «الوافدين» (newcomers) stays an everyday word.
  @Test func wafideenCampInBothScripts() throws {
    let english = try entry(
      "Wafideen crossing", in: "Civilians left eastern Ghouta through the Wafideen crossing near Douma.")
    #expect(english.name == "Wafideen camp" && english.kind == .camp)
    let arabic = try entry("معبر مخيم الوافدين", in: "خرج المدنيون من الغوطة الشرقية عبر معبر مخيم الوافدين قرب دوما.")
    #expect(arabic.id == english.id)
    let workers = try places("قال إن العمال الوافدين غادروا دوما.")
    #expect(workers.map(\.surface) == ["دوما"])
  }

  /// A bare name is the town, not the district named after it: the district's people had outweighed
  /// a town whose GeoNames row has no population, putting "Tal Abyad" at the district's centre 46 km
  /// away. A district word still means the district.
  @Test func aBareNameIsTheTownNotItsDistrict() throws {
    let english = try entry("Tal Abyad", in: "Residents returned to Tal Abyad after the SDF captured the town.")
    #expect(english.kind == .town)
    let arabic = try entry("تل أبيض", in: "عاد الأهالي إلى تل أبيض بعد أن سيطرت قسد على المدينة.")
    #expect(arabic.id == english.id)
    #expect(try entry("Tal Abyad district", in: "Clashes in Tal Abyad district north of Raqqa.").kind == .district)
    #expect(try entry("منطقة تل أبيض", in: "اشتباكات في منطقة تل أبيض شمال الرقة.").kind == .district)
  }

  /// heldout h05: bare «بادية» is "the desert of" the name after it; read alone it had put the
  /// central Badia on the map beside a second mention of the governorate's city. A desert the
  /// gazetteer has is that region; one it lacks is the governorate, with a note.
  @Test func desertOfAGovernorateIsOnePhrase() throws {
    let text = "انسحب عناصر التنظيم إلى بادية حماة الشرقية وبادية الحسكة، فيما بقيت خلايا في البادية "
      + "وفي بادية حمص."
    let found = try places(text)
    // «وبادية الحسكة»: the span starts after the conjunction, like any name's.
    #expect(found.map(\.surface) == ["بادية حماة الشرقية", "بادية الحسكة", "البادية", "بادية حمص"])
    #expect(found.first?.entry.name == "Hama desert")
    let hasakah = try #require(found.first { $0.surface == "بادية الحسكة" })
    #expect(hasakah.entry.kind == .governorate && hasakah.entry.admin1 == "Hasakah", "\(hasakah.entry)")
    #expect(found.first { $0.surface == "البادية" }?.entry.name == "Badia")
    #expect(found.first { $0.surface == "بادية حمص" }?.entry.name == "Homs desert")
  }

  /// heldout2 (diagnosis): everyday words after a mere preposition, people's and armed groups'
  /// names, a dateline month and a road's letter were read as places. Sentences written afresh.
  @Test func wordsThatOnlyLookLikePlaces() throws {
    let cases: [(String, [String])] = [
      ("وقال الوزير في كلمة ألقاها أمام البرلمان إن القوات دخلت عفرين.", ["عفرين"]),
      ("وقال عضو في مجلس محافظة نينوى إن العائلات عادت إلى الموصل.", ["محافظة نينوى", "الموصل"]),
      ("وتمكنت القوات من دخول الأحياء الشرقية في مدينة دير الزور.", ["مدينة دير الزور"]),
      ("Fighters of Jaysh al-Izza and Liwa al-Quds clashed near Hama.", ["Hama"]),
      ("The pocket held by Jaish Khalid ibn al-Walid lies near Daraa.", ["Daraa"]),
      ("وهاجم مقاتلو فيلق الشام وجيش العزة مواقع قرب حماة.", ["حماة"]),
      ("BEIRUT, Dec 28 (Reuters) - Troops reached Manbij.", ["BEIRUT", "Manbij"]),
      ("Convoys moved along the M5 highway toward Aleppo on Mar 3.", ["Aleppo"]),
    ]
    for (text, expected) in cases {
      let found = try places(text)
      #expect(found.map(\.surface) == expected, "\(text) → \(found.map { "\($0.surface) (\($0.entry.name))" })")
    }
    // "Air Base" as two words, and «كليس» for Kilis (gazetteer variants).
    #expect(try places("A drone struck Hmeimim Air Base.").map(\.entry.name) == ["Hmeimim airbase"])
    #expect(try places("دخلت المساعدات من ولاية كليس التركية.").map(\.entry.name) == ["Kilis"])
    // The same words where they are places: after a trigger noun, or a city of the theatre.
    #expect(try places("Heavy fighting was reported in Mayadin on Dec 3.").map(\.surface) == ["Mayadin"])
    #expect(try places("عاد النازحون إلى بلدة الدخول في الأنبار.").count == 2)
  }

  /// «شمالي تكريت» (north of Tikrit): the adjective form of a direction is place context too; with
  /// its article («ريف حلب الغربي تحت») it ends the phrase before and makes no place of «تحت».
  @Test func directionAdjectivesBeforeAName() throws {
    let found = try places("تقدمت القوات إلى بلدة الصينية شمالي تكريت، وبقي ريف حلب الغربي تحت سيطرة الفصائل.")
    let tikrit = try #require(found.first { $0.surface == "شمالي تكريت" }, "\(found.map(\.surface))")
    #expect(tikrit.entry.name == "Tikrit")
    #expect(!found.contains { $0.surface.contains("تحت") }, "\(found.map(\.surface))")
    // The note names the place chosen, not the first candidate (Nineveh Governorate for «الموصل»).
    let g = try #require(bundledGazetteer)
    let notes = ReportReader(gazetteer: g).read(text: "تقدمت القوات جنوبي الموصل.", source: "t", date: nil)
      .diagnostics.filter { $0.severity == .note }.map(\.message)
    #expect(notes == ["«جنوبي الموصل»: south of Mosul, mapped to Mosul"])
  }

  /// en-14: Kiel (DE, larger) lists "Kilis" among its names; a theatre neighbour comes first.
  @Test func kilisIsTheTurkishBorderTownNotKiel() throws {
    let e = try entry("Kilis", in: "Aid trucks entered through the Bab al-Salam crossing from Kilis.")
    #expect(e.country == "TR")
    #expect(e.name == "Kilis")
  }

  /// ar-11: a dateline «حمص» near «مدينة حمص» is the city, not the district named after it.
  @Test func aDatelineHomsNearTheCityOfHomsIsTheCity() throws {
    let text = "حمص – السبت 18 آذار 2017\n\nخرجت اليوم الدفعة الأولى من مقاتلي المعارضة من حي الوعر، آخر معاقل المعارضة في مدينة حمص."
    let found = try places(text)
    let homs = try #require(found.first { $0.surface == "حمص" })
    #expect(homs.entry.kind == .city, "chose \(homs.entry.name)")
    #expect(homs.entry.name == "Homs")
  }

  /// en-01: the second "Douma" of the report went to the Duma district (a nearby city lent the
  /// district its bonus).
  @Test func doumaNearDamascusIsTheCity() throws {
    let text = try String(contentsOf: fixtureURL("devset/en-01-douma-jarabulus.txt"), encoding: .utf8)
    let doumas = try places(text).filter { $0.surface == "Douma" }
    #expect(doumas.count == 2)
    #expect(doumas.allSatisfy { $0.entry.kind == .city && $0.entry.admin1 == "Rif Dimashq" }, "\(doumas.map(\.entry.name))")
  }

  /// en-06: "the Deir" keyed like Tedder (US) and swallowed "Deir"; "ez-Zor countryside" went to Kuwait.
  @Test func theDeirEzZorCountrysideIsOneName() throws {
    let found = try places("ISIS fighters moved towards villages in the Deir ez-Zor countryside.")
    #expect(found.map(\.surface) == ["Deir ez-Zor countryside"])
    #expect(found.first?.entry.country == "SY")
  }

  /// ar-10: «على أن» (on condition that) is two function words, not the Iraqi village «عليان».
  @Test func functionWordsAreNoPlace() throws {
    let found = try places("ونص الاتفاق على أن يخرج المقاتلون من درعا البلد إلى الشمال السوري.")
    #expect(!found.contains { $0.surface.contains("على") }, "\(found.map(\.surface))")
    #expect(found.contains { $0.entry.name.hasPrefix("Daraa") })
  }

  /// en-04: "Qalamoun region" was dropped for its lowercase tail; "the Arsal border region" too.
  @Test func aNameFollowedByRegionStaysAPlace() throws {
    let found = try places(
      "Fighters left the Arsal border region and travelled through the Qalamoun region to Idlib.")
    let names = found.map(\.entry.name)
    #expect(names.contains { $0.hasPrefix("Arsal") }, "\(names)")
    #expect(names.contains("Qalamoun"), "\(names)")
  }

  /// ar-08: «حي الجولان» in Fallujah is the Jolan quarter; «الجولان» elsewhere stays the Golan Heights.
  @Test func jolanInFallujahGolanElsewhere() throws {
    let fallujah = try entry(
      "حي الجولان", in: "انسحب من تبقى من مسلحي التنظيم من حي الجولان شمال غرب الفلوجة باتجاه صحراء الأنبار.")
    #expect(fallujah.name == "Jolan")
    #expect(fallujah.country == "IQ")
    let golan = try places("قصفت إسرائيل مواقع قرب القنيطرة في الجولان المحتل.")
      .first { $0.surface.hasPrefix("الجولان") }
    #expect(golan?.entry.name == "Golan Heights")
  }

  /// en-07, en-03: "Old City" in a Mosul report is Mosul's; "Hajr al-Aswad" is Hajar al-Aswad.
  @Test func reportSpellingsFindTheRightQuarter() throws {
    let old = try entry("Old City", in: "In Mosul, hundreds of families fled the Old City on foot.")
    #expect(old.name == "Old City of Mosul")
    let hajar = try places("ISIS still holds the Yarmouk Camp and Hajr al-Aswad, south of Damascus.")
    #expect(hajar.contains { $0.entry.name == "Hajar al-Aswad" }, "\(hajar.map(\.entry.name))")
  }

  /// heldout ar-h02: «بدعم جوي» (with air support) is not Di`am (JO), «عليها للمرة الثانية» (for the
  /// second time) not Al Murrah (IQ): everyday words need a trigger noun or a separate preposition,
  /// and a preposition carrying a pronoun («عليها») has its object already.
  @Test func everydayArabicWordsAreNoPlaces() throws {
    let text = """
      استعادت قوات النظام السوري، بدعم جوي روسي، السيطرة على مدينة تدمر بعد طرد تنظيم الدولة منها،       وهي المرة الثانية التي تسيطر عليها للمرة الثانية.
      """
    let found = try places(text)
    #expect(found.map(\.entry.name) == ["Palmyra"], "\(found.map { "\($0.surface)→\($0.entry.name)" })")
  }

  /// «استعادة المدينة للمرة الثانية»: «المدينة» with the article is "the city" (an anaphor), not the
  /// trigger noun of a name.
  @Test func aTriggerNounWithTheArticleIsNoTrigger() throws {
    let found = try places("وأعلن الجيش استعادة المدينة للمرة الثانية بعد معارك عنيفة.")
    #expect(found.isEmpty, "\(found.map { "\($0.surface)→\($0.entry.name)" })")
  }

  /// heldout en-h03, en-h05: "Flash Update No. 7", "One Week On" are not Ho (Ghana) or Ünye (TR);
  /// capitals and big cities stay places without context («القاهرة», "Damascus"). (Not "Damascus
  /// said": the government, `PlaceRecognizer.capitalAsGovernment`.)
  @Test func everydayEnglishWordsAreNoPlacesButCapitalsAre() throws {
    let found = try places("Syrian Arab Republic: Flash Update No. 7. One Week On. Damascus residents said talks would resume.")
    #expect(found.map(\.entry.name) == ["Damascus"], "\(found.map { "\($0.surface)→\($0.entry.name)" })")
    let cairo = try places("واستضافت القاهرة جولة من المحادثات.")
    #expect(cairo.map(\.entry.name) == ["Cairo"])
  }

  /// heldout en-h04: "Lt. Gen. Riyadh Jalal Tawfiq" is a person, not Riyadh (SA); «اللواء» likewise.
  @Test func aNameAfterATitleIsAPerson() throws {
    let en = try places("Lt. Gen. Riyadh Jalal Tawfiq said troops had cleared all neighborhoods of Qayyarah.")
    #expect(en.map(\.entry.name) == ["Qayyarah"], "\(en.map(\.entry.name))")
    let ar = try places("وقال اللواء رياض جلال توفيق إن القوات طهرت أحياء القيارة.")
    #expect(!ar.contains { $0.entry.country == "SA" }, "\(ar.map(\.entry.name))")
  }

  /// heldout en-h02, en-h05: "holds Hajin" (a verb's object is a place), "for al-Bab in the days"
  /// ("al-Bab in" keyed like Babin, IQ, and the whole span was then rejected).
  @Test func objectsOfVerbsAndNamesBeforeLowercaseWords() throws {
    let hajin = try places("ISIS still holds Hajin and a string of villages along the river.")
    #expect(hajin.map(\.entry.name) == ["Hajin"], "\(hajin.map(\.entry.name))")
    let bab = try places("Most ISIS fighters had already left Jarabulus for al-Bab in the days before the operation.")
    #expect(bab.map(\.entry.name) == ["Jarabulus", "al-Bab"], "\(bab.map(\.entry.name))")
  }
}

/// `articleOn` scans clitics in place; it must agree with the clitic readings it replaces on every
/// Arabic token of the development set.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct ArticleOnTests {
  @Test func agreesWithTheCliticReadingsOnEveryDevsetToken() throws {
    let g = try #require(bundledGazetteer)
    let recognizer = PlaceRecognizer(gazetteer: g)
    let dir = fixtureURL("devset")
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("ar-") && $0.hasSuffix(".txt") }
    var checked = 0
    for name in names {
      let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
      for t in Tokenizer.tokens(in: text + " لل ال بال وللرقة فبالميادين كالرقة ولالة") where t.script == .arabic {
        let expected = NameKey.cliticReadings(t.text).contains { $0.stem.hasPrefix("ال") } || t.text.hasPrefix("ال")
        #expect(recognizer.articleOn(t.text) == expected, "«\(t.text)»")
        checked += 1
      }
    }
    #expect(checked > 1000)
  }
}

/// The note's replacement of the first candidate's name by the chosen one's.
@Suite struct NoteReplacementTests {
  @Test func replacesAsTheStandardLibraryDoes() {
    let cases: [(String, String, String)] = [
      ("«جنوبي الموصل»: south of Nineveh Governorate, mapped to Nineveh Governorate", "Nineveh Governorate", "Mosul"),
      ("«شرق حمص»: east of Homs", "Homs", "Homs Governorate"),
      ("no match here", "Raqqa", "Ar Raqqah"),
      ("aaa", "aa", "b"),
      ("Cafe\u{301} Cafe", "Cafe", "X"),  // "e" + acute is one Character: only the second matches
      ("Caf\u{E9} and Cafe\u{301}", "Caf\u{E9}", "Y"),  // canonically equivalent spellings both match
      ("«الرقة» الرقة", "الرقة", "Raqqa"),
      ("\r\nab\r\n", "\n", "-"),  // CR LF is one Character
    ]
    for (text, target, replacement) in cases {
      let fast = ResolvedMention.replacing(target, with: replacement, in: text)
      #expect(fast == text.replacing(target, with: replacement), "\(text)")
      #expect(Array(fast.unicodeScalars) == Array(text.replacing(target, with: replacement).unicodeScalars))
    }
  }
}

/// The byte search behind `replacing` (taken for nearly every note) against the Character search.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct NoteByteSearchTests {
  @Test func agreesWithTheCharacterSearchOnDevsetNotes() throws {
    let reader = ReportReader(gazetteer: try #require(bundledGazetteer))
    let dir = fixtureURL("devset")
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
    var (notes, replaced) = (0, 0)
    for name in names {
      let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
      for r in reader.inspect(text: text, source: name, date: nil).resolved {
        guard let note = r.recognized.note else { continue }
        notes += 1
        // The names the note is searched for, and each of its words (found in it at least once).
        let targets = r.recognized.candidates.map(\.name) + note.split(separator: " ").map(String.init)
        for target in targets {
          let bytewise = ResolvedMention.replacingBytewise(target, with: r.mention.entry.name, in: note)
          let characterwise = ResolvedMention.replacingCharacterwise(target, with: r.mention.entry.name, in: note)
          guard let bytewise else { continue }
          #expect(Array(bytewise.unicodeScalars) == Array(characterwise.unicodeScalars), "\(note) / \(target)")
          if bytewise != note { replaced += 1 }
        }
      }
    }
    #expect(notes > 5 && replaced > notes, "\(notes) notes, \(replaced) replaced")
  }

  @Test func declinesScalarsThatJoinOrHaveEquivalents() {
    #expect(ResolvedMention.replacingBytewise("Cafe", with: "X", in: "Cafe\u{301} Cafe") == nil)
    #expect(ResolvedMention.replacingBytewise("\n", with: "-", in: "\r\nab\r\n") == nil)
    #expect(ResolvedMention.replacingBytewise("K", with: "-", in: "\u{212A} K") == nil)  // the Kelvin sign
    #expect(ResolvedMention.replacingBytewise("الرقة", with: "-", in: "الرقَّة") == nil)  // harakat
    #expect(ResolvedMention.replacingBytewise("Homs", with: "Hims", in: "«شرق حمص»: east of Homs") == "«شرق حمص»: east of Hims")
  }
}
