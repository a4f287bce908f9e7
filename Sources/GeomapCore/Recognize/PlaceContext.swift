import Foundation
import Geodata

/// Words around a name that make it a place: trigger nouns, prepositions, directions, and the small
/// reviewed list of common words that are also place names (see /work/shared/ARABIC-TEXT.md).
enum PlaceContext {
  /// Trigger nouns (bare form) and the kind they announce.
  static let triggers: WordMap<PlaceKind?> = {
    var t: [Word: PlaceKind?] = [:]
    let arabic: [(String, PlaceKind?)] = [
      ("مدينة", .city), ("بلدة", .town), ("بلدات", .town), ("قرية", .village), ("قرى", .village),
      ("حي", .neighbourhood), ("أحياء", .neighbourhood), ("مخيم", .camp), ("ريف", .countryside),
      ("محافظة", .governorate), ("منطقة", nil), ("معبر", .crossing), ("مطار", .facility),
      ("سد", .facility), ("ناحية", .district), ("قضاء", .district), ("بادية", .region),
      // Duals in construct and plurals: «بلدتي الفوعة وكفريا» (the two towns of), «مدينتا», «مخيمات».
      ("بلدتي", .town), ("بلدتا", .town), ("مدينتي", .city), ("مدينتا", .city), ("مدن", .city),
      ("قريتي", .village), ("قريتا", .village), ("حيي", .neighbourhood), ("مخيمي", .camp),
      ("ناحيتي", .district), ("ناحيتا", .district),
      ("مخيمات", .camp), ("مناطق", nil),
      // «معسكر المسطومة» (the Mastumah camp), «سجن صيدنايا»: the noun announces the name after it,
      // and alone it is no place (Mascara in Algeria is «معسكر»; «السجن», the prison, a village).
      ("معسكر", .facility), ("سجن", .facility),
      // «مجمع سنوني», «مجمع خانصور»: the collective towns of northern Iraq are named «مجمع X».
      ("مجمع", .town),
    ]
    for (w, k) in arabic { t[Word(ArabicWord.lexiconForm(w))] = k }
    let english: [(String, PlaceKind?)] = [
      ("city", .city), ("town", .town), ("towns", .town), ("village", .village),
      ("villages", .village), ("district", .neighbourhood), ("neighbourhood", .neighbourhood),
      ("neighborhood", .neighbourhood), ("camp", .camp), ("province", .governorate),
      // "the Ghweiran and Nashwa neighbourhoods", "the Debaga and Khazir camps".
      ("neighbourhoods", .neighbourhood), ("neighborhoods", .neighbourhood), ("districts", .neighbourhood),
      ("camps", .camp),
      ("governorate", .governorate), ("countryside", .countryside), ("crossing", .crossing),
      ("airport", .facility), ("airbase", .facility), ("dam", .facility), ("area", nil),
      // "the Mastumah military base", "the Shaer gas field" (after a qualifier, `facilityQualifiers`).
      ("base", .facility), ("field", .facility),
    ]
    for (w, k) in english { t[Word(w)] = k }
    return WordMap(t)
  }()

  /// Prepositions of place and motion, bare forms; Latin ones lowercase.
  static let prepositions: WordSet = WordSet(
    words: [
      "من", "إلى", "الى", "نحو", "باتجاه", "اتجاه", "في", "داخل", "قرب", "حول", "محيط", "تخوم", "أطراف",
      "عند", "بين", "أمام", "على",
    ]
    .map(ArabicWord.lexiconForm) + [
      "from", "to", "toward", "towards", "in", "near", "into", "around", "outside", "at", "inside",
      "via", "through", "between", "of",
    ])

  /// Words whose complement is a place as surely as a preposition's: the nouns «من محور أثريا» (the
  /// Athriya axis), «عبر حاجز سعسع» (the Sasa checkpoint), «على مشارف», «ضواحي», «عبر طريق الراموسة»
  /// (the Ramouseh road; «عن طريق», "by way of", is not one: `contextSupport`); the list openers
  /// «ومنها مورك» (among them Morek), «أبرزها», "including Atmeh and Dana"; "in nearby Dibis",
  /// "neighbouring Jasim"; «من جيب عقيربات» (the Aqirbat pocket), «قاطع العظيم» (the Udhaim
  /// sector). Plain forms (suffixes kept).
  static let placeHeads: WordSet = WordSet(
    words: ["محور", "حاجز", "مشارف", "ضواحي", "مدخل", "مداخل", "طريق", "منها", "بينها", "أبرزها", "جيب", "قاطع"]
      .map(ArabicWord.lexiconForm) + ["nearby", "neighbouring", "neighboring", "including"])

  /// The people of a place, in the construct state (no article): «سكان الفوعة» (the residents of
  /// Foua), «أهالي داريا», «مسلحي الهامة» (the gunmen of Hameh). «الأهالي» with the article heads
  /// nothing («وشيع الأهالي الشهداء», the people buried the martyrs). Plain forms.
  static let peopleOf: WordSet = WordSet(words: ["سكان", "أهالي", "مسلحي"].map(ArabicWord.lexiconForm))

  /// «عن طريق» (by way of, through): its «طريق» heads no road.
  static let byWayOf: WordSet = WordSet(words: ["عن"].map(ArabicWord.lexiconForm))
  static let road: WordSet = WordSet(words: ["طريق"].map(ArabicWord.lexiconForm))

  /// English verbs whose object is often a place ("ISIS still holds Hajin", "troops entered Raqqa"):
  /// as much context as a preposition.
  static let objectVerbs: WordSet = WordSet(words: [
    "hold", "holds", "held", "holding", "capture", "captured", "captures", "capturing", "seize", "seized",
    "seizes", "retake", "retook", "retaken", "recapture", "recaptured", "take", "took", "taken", "besiege",
    "besieged", "besieging", "encircle", "encircled", "surround", "surrounded", "enter", "entered",
    "entering", "storm", "stormed", "liberate", "liberated", "shell", "shelled", "bomb", "bombed",
    "reach", "reached", "reaching", "leave", "left", "leaving", "evacuate", "evacuated", "control",
    "controls", "controlled", "abandon", "abandoned", "overran", "overrun", "attack", "attacked",
    "defend", "defended", "secure", "secured", "cleared", "clear",
    // "have fled Hit and surrounding villages", "fighters defending Hit withdrew".
    "fled", "flee", "flees", "fleeing", "defending", "defends", "retaking", "seizing", "shelling", "storming",
    "surrounding", "encircling",
  ])

  /// Titles before a person's name: the name after them is a person («اللواء رياض», "Gen. Riyadh",
  /// «الفريق الركن عبد الوهاب»); and media nouns: «قناة الجزيرة» is the channel, not the Jazira.
  static let titles: WordSet = WordSet(
    words: [
      "اللواء", "العميد", "العقيد", "الرئيس", "الشيخ", "الوزير", "السيد", "الجنرال", "المقدم", "الرائد", "النقيب",
      "الفريق", "الركن", "العماد", "المشير", "الملازم", "الرقيب", "الأمير", "قناة", "صحيفة", "وكالة",
    ]
      .map(ArabicWord.lexiconForm) + [
        "gen", "general", "lt", "col", "colonel", "brig", "brigadier", "maj", "major", "capt", "captain",
        "president", "minister", "mr", "mrs", "ms", "dr", "sheikh", "imam", "commander", "sgt",
        // "YPG spokesman Polat Can", "HTS leader Abu Mohammed al-Golani", "dictator Saddam Hussein".
        "spokesman", "spokeswoman", "spokesperson", "leader", "dictator", "lawmaker", "mayor", "emir",
      ])

  /// «مجلس الرقة المدني», «مجلس منبج العسكري»: the adjective after «مجلس X» that makes it an organisation.
  static let councilAdjectives: WordSet = WordSet(
    words: ["المدني", "العسكري", "المحلي", "الثوري"].map(ArabicWord.lexiconForm))
  /// A word after a name that makes the two an organisation: «الهلال الأحمر» (the Red Crescent),
  /// «عنب بلدي» (the outlet Enab Baladi, not the village «عنب»).
  static let organisationTails: WordSet = WordSet(words: ["الأحمر", "بلدي"].map(ArabicWord.lexiconForm))
  /// The capitals of the theatre, which reports also name for their governments
  /// (`PlaceRecognizer.capitalAsGovernment`).
  static let capitals: WordSet = WordSet(words: ["دمشق", "بغداد"].map(ArabicWord.lexiconForm) + ["damascus", "baghdad"])
  /// Capitals outside the theatre a government is coordinated with ("Damascus and Moscow denied").
  static let foreignCapitals: WordSet = ["moscow", "ankara", "tehran", "washington"]
  /// Verbs of saying or stance whose subject or object a government is: "said", "denied", «هددت».
  static let governmentVerbs: WordSet = WordSet(
    words: ["قالت", "أعلنت", "نفت", "هددت", "اتهمت", "رفضت", "طالبت", "أكدت", "حذرت", "وافقت", "اعتبرت"]
      .map(ArabicWord.lexiconForm) + [
        "said", "says", "denied", "denies", "rejected", "rejects", "warned", "warns", "insisted",
        "insists", "accused", "accuses", "demanded", "demands", "agreed", "refused", "refuses", "blamed",
        "considers", "regards", "wants", "responded", "threatened", "announced", "condemned", "welcomed",
        "intends", "plans", "hopes", "claims", "claimed",
      ])
  /// Verbs whose object is a government: "accused Baghdad of", "urged Damascus to".
  static let governmentObjectVerbs: WordSet = [
    "accused", "accuses", "accuse", "accusing", "urged", "urges", "urge", "pressed", "press", "warned", "blamed",
  ]
  /// "has said", "had denied".
  static let auxiliaries: WordSet = ["has", "have", "had", "also"]
  static let and: Word = Word("and")
  /// "a deal with Damascus", "talks between Damascus and …".
  /// «صفقة مع بغداد» (a deal with Baghdad), «بالتنسيق مع بغداد» (in coordination with), «قيد البحث مع
  /// بغداد» (under discussion with): Arabic deal nouns take «مع» (with) or «بين» (between).
  static let dealPrepositions: WordSet = WordSet(words: ["مع", "بين"].map(ArabicWord.lexiconForm) + ["with", "between"])
  static let dealNouns: WordSet = WordSet(
    words: ["صفقة", "اتفاق", "اتفاقية", "تنسيق", "التنسيق", "البحث", "بحث", "تفاهم", "مفاوضات", "المفاوضات",
      "محادثات", "حوار", "الحوار", "تفاوض", "خلاف", "الخلاف", "نزاع"].map(ArabicWord.lexiconForm) + [
      "deal", "agreement", "talks", "negotiations", "accord", "truce", "understanding", "dispute", "coordination",
      "consultations",
    ])
  /// "the pro-Damascus alliance", "anti-Baghdad protests": a capital after these names its government.
  static let stancePrefixes: WordSet = ["pro", "anti"]

  /// «عبد» (servant of), the first word of «عبد الرحمن», «عبد الله»: personal names.
  static let servantOf: WordSet = WordSet(words: ["عبد"].map(ArabicWord.lexiconForm))
  /// "Khalid ibn al-Walid", «خالد بن الوليد»: the name after is a father's, not a place.
  static let patronymics: WordSet = WordSet(words: ["بن", "ابن"].map(ArabicWord.lexiconForm) + ["ibn", "bin"])
  /// Heads of armed-group names: "Jaysh al-Izza", "Liwa al-Quds", «فيلق الشام», «أحرار الشام» — the
  /// word after is part of the group's name. («جبهة» is left out: «جبهة حلب» is the Aleppo front.)
  static let groupHeads: WordSet = WordSet(
    words: ["جيش", "فيلق", "احرار", "كتائب", "كتيبة", "سرايا", "الويه"].map(ArabicWord.lexiconForm) + [
      "jaysh", "jaish", "jeish", "jabhat", "liwa", "liwaa", "faylaq", "failaq", "harakat", "ahrar",
      "kataib", "katibat", "saraya", "alwiya",
    ])
  /// Men's given names in English spelling: "Issam al-Rayes", "Hadi al-Amiri", "Ahmed al-Hamdan" —
  /// a name opening on the article right after one is a surname (Los Reyes, Āmerī, Handan).
  /// ("Said" is left out: it is the verb.)
  static let givenNames: WordSet = WordSet(words: [
    "ahmed", "ahmad", "mohammed", "mohammad", "muhammad", "mohamed", "mohamad", "hadi", "issam", "essam",
    "ali", "hassan", "hasan", "hussein", "husain", "omar", "umar", "othman", "uthman", "khaled", "khalid",
    "abdullah", "abdallah", "mahmoud", "mahmud", "mustafa", "mostafa", "ibrahim", "youssef", "yousef",
    "yusuf", "rami", "haidar", "haider", "nouri", "nuri", "qassem", "qasim", "kassem", "bashar", "hafez",
    "fadi", "samir", "walid", "ziad", "zaid", "saleh", "salih", "tariq", "tarek", "karim", "kareem", "jamal",
    "nasser", "nasir", "faisal", "anas", "ammar", "osama", "usama", "hamza", "bilal", "majid", "maher",
    "hisham", "ayman", "adnan", "salim", "saleem", "raed", "saad", "saeed", "hamid", "hamed", "riyad",
    "riad", "fawaz", "amer", "amir", "naji", "jihad", "hani", "hazem", "wael", "firas", "louay", "mazen",
    "muhannad", "mohannad", "nawaf", "qais", "kamal", "farhan", "abbas", "jawad", "sami", "murad", "mahdi",
    "adel", "akram", "ismail", "yasser", "yasin", "taha", "talal", "zuhair", "suleiman", "sulaiman",
    "mazloum", "redur", "masoud", "masrour", "hoshyar", "fuad", "jabbar", "abdulrahman", "abdelrahman",
    "jasim", "jassim", "jassem",
  ])
  /// «مراسل الجزيرة», «قناة الجزيرة», «وكالة الأناضول»: a news outlet named after a place; the word
  /// after is the outlet's name.
  static let mediaHeads: WordSet = WordSet(
    words: ["مراسل", "مراسلة", "مراسلو", "قناة", "شبكة", "تلفزيون", "صحيفة", "وكالة"].map(ArabicWord.lexiconForm))
  /// Places whose name is also a news outlet's that reports quote with a glued ل: «وقالت مصادر
  /// للجزيرة» (sources told al-Jazeera) is the channel; the Jazira region takes «في», «ب» or its
  /// trigger noun («منطقة الجزيرة»).
  static let mediaNames: WordSet = WordSet(words: ["الجزيرة"].map(ArabicWord.lexiconForm))
  /// English month names and abbreviations: "Dec 28" in a dateline is no place (Ad Daqq).
  static let months: WordSet = WordSet(words: DateVocabulary.englishMonths.map(\.0))
  static let council: WordSet = WordSet(words: ["مجلس"].map(ArabicWord.lexiconForm) + ["council"])
  /// «قيادة عمليات بغداد», «غرفة عمليات حلب» (the Baghdad Operations Command, the Aleppo operations
  /// room): a command named after its area, not a mention of the place. The word before the name…
  static let operations: WordSet = WordSet(words: ["عمليات"].map(ArabicWord.lexiconForm))
  /// … and the one before it.
  static let operationsHeads: WordSet = WordSet(words: ["قيادة", "غرفة"].map(ArabicWord.lexiconForm))
  /// "Baghdad Operations Command", "the Aleppo Media Center": an English body named after a place
  /// (a kind, then a body, both capitalised).
  /// "Baghdad Operations Command", "the Aleppo Media Center", "the Sinjar Resistance Units".
  static let latinBodyKinds: WordSet = ["operations", "media", "resistance", "protection"]
  static let latinBodies: WordSet = ["command", "center", "centre", "office", "room", "units"]
  /// "Raqqa Civil Council", "Manbij Military Council": the word between the place and "Council".
  static let councilKinds: WordSet = ["civil", "military", "local", "provincial", "revolutionary"]
  /// Every word `PlaceRecognizer.hardReject` looks for right before a name (titles) or
  /// `insideOrganisationName` does (council, patronymics, group heads), and every word the latter
  /// looks for right after one (council adjectives and kinds, organisation tails, council): one
  /// test each that most candidate spans fail, instead of the several sets asked one by one.
  static let beforeOrganisationName = WordSet(
    titles.words + council.words + patronymics.words + groupHeads.words + mediaHeads.words + operations.words)
  static let afterOrganisationName = WordSet(
    councilAdjectives.words + organisationTails.words + council.words + councilKinds.words + latinBodyKinds.words)

  /// Direction words before a place («جنوب دمشق», "south of Damascus", "eastern Syria").
  static let directions: WordMap<String> = {
    var d: [Word: String] = [:]
    for (w, e) in [
      ("شرق", "east"), ("غرب", "west"), ("شمال", "north"), ("جنوب", "south"),
      // «شمالي تكريت», «جنوبي الموصل»: the adjective forms say "north of" just the same.
      ("شرقي", "east"), ("غربي", "west"), ("شمالي", "north"), ("جنوبي", "south"),
      ("east", "east"), ("west", "west"), ("north", "north"), ("south", "south"),
      ("eastern", "east"), ("western", "west"), ("northern", "north"), ("southern", "south"),
    ] {
      d[Word(ArabicWord.lexiconForm(w))] = e
    }
    return WordMap(d)
  }()

  /// «شرقي», «شمالي»…: before a name without the article they mean "east of"; «الشرقي» with it
  /// ends a phrase before.
  static let directionAdjectiveWords: WordSet = WordSet(
    words: ["شرقي", "غربي", "شمالي", "جنوبي"].map(ArabicWord.lexiconForm))

  /// Direction adjectives after «ريف X» («ريف حمص الجنوبي»).
  static let directionAdjectives: WordMap<String> = {
    var d: [Word: String] = [:]
    for (w, e) in [
      ("الشمالي", "north"), ("الجنوبي", "south"), ("الشرقي", "east"), ("الغربي", "west"),
      ("الشمالية", "north"), ("الجنوبية", "south"), ("الشرقية", "east"), ("الغربية", "west"),
    ] {
      d[Word(ArabicWord.lexiconForm(w))] = e
    }
    return WordMap(d)
  }()

  /// Common words that are also place names: accepted only with place context. Loose keys.
  /// (The key sets below are `KeySet`s: asked with every candidate span's key, and `Set<String>`
  /// hashes Arabic text through Unicode normalization.)
  static let ambiguous = KeySet(
    [
      "الباب", "التضامن", "الثورة", "الحجر", "القدم", "الميدان", "النصر", "السلام", "الحرية", "الوحدة",
      "حماة", "الشام", "الجانبين", "الطرفين", "الخير", "العمل", "الأمل", "المنطقة", "الدولة",
    ].map(NameKey.loose))

  /// Ambiguous words a preposition alone does not make a place («من الجانبين», «باب التسجيل»):
  /// they need a trigger noun or the article written on the word (for «الباب»).
  /// The nouns of the ground in war reports belong here too: «آخر جيب للتنظيم» (the last pocket),
  /// «نقص في الخيام» (tents), «نحو المزارع» (farms), «في بساتين» (orchards), «إلى مشافي حلب»
  /// (hospitals), «البؤر الإرهابية» (hotbeds), «ساحة» (a square), «القصر الجمهوري», «قصر الشعب» (the
  /// presidential palace, read as a Suwayda village or El Kseur in Algeria): villages so named (Jayb,
  /// Khiam, Al Qasr) are still read after «قرية», «بلدة». «الشام» alone is the Levant or Syria
  /// («"من الشام والعراق"», the Islamic State "in Iraq and al-Sham") more often than Damascus;
  /// «الوادي» (the valley: «أطراف الوادي» in a report on Wadi Barada) is El Oued in Algeria;
  /// «بسم الله» (the basmala that opens official statements) an Iraqi village.
  static let strict = KeySet(
    [
      "الجانبين", "الطرفين", "الباب", "المنطقة", "الدولة", "الجيب", "الخيام", "المزارع", "البساتين", "المشافي",
      "البؤر", "ساحة", "القصر", "الشام", "الوادي", "بسم الله",
    ].map(NameKey.loose))

  /// Latin words that are never a toponym on their own: function words, "Assad", "Bab" without "al-".
  static let latinStop = KeySet(
    [
      "the", "in", "on", "at", "as", "an", "and", "of", "to", "from", "by", "for", "with", "it", "is",
      "this", "that", "he", "she", "we", "they", "but", "or", "a", "i", "who", "said", "state",
      "army", "forces", "news", "report", "assad", "bab", "al", "el", "may", "march", "june", "july",
      "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "islamic",
      "free", "democratic", "syrian", "iraqi", "russian", "turkish", "kurdish", "the latter", "date",
      "author", "it", "there", "following", "security", "source", "sources", "minister", "local", "main",
      "some", "putin", "abadi", "al-abadi", "erdogan", "trump", "obama", "lavrov", "reuters", "afp", "sana",
      "bashar", "shiite", "sunni", "alawite", "moscow", "ankara", "tehran",
      // People and groups whose names gazetteers also list: "Saddam Hussein" (Sadam, Husayn al 'As),
      // "Abu Mohammed" (Åbo, Turku), "al-Qaida" (Keda), "Turkmen families" (Türkmen, a Hatay village).
      "saddam", "hussein", "abu", "qaida", "qaeda", "al-qaida", "al-qaeda", "turkmen",
      // "told Al Jazeera": the channel, not Suwayrah (Wasit), whose GeoNames row lists "Jazira".
      "jazeera", "al jazeera", "al-jazeera", "aljazeera",
    ]
    .map(NameKey.loose))

  /// Arabic particles that never end a place name: «ناشطون عرب أن» (Arab activists [said] that) keys
  /// like the village 'Arban, «حراس السجن و7 مدنيين» (the prison guards and 7 civilians) like Sajnu.
  /// Folded words.
  static let particles: WordSet = WordSet(
    words: "و أن إن كان كانت هي هو هم التي الذي الذين إلى الى في من على عن مع قد كما ذلك تلك هذه هذا أو ثم لا لم لن"
      .split(separator: " ").map { ArabicWord.lexiconForm(String($0)) })

  /// Arabic relative pronouns: they open a clause about the name before them and are never a name's
  /// last word («مدينة الباب التي» keyed loosely as Babati, Tanzania). Read like `particles`.
  static let relativePronouns: WordSet = WordSet(
    words: "التي الذي الذين اللتين اللذين اللتان اللذان اللواتي اللاتي"
      .split(separator: " ").map { ArabicWord.lexiconForm(String($0)) })

  /// Nouns of the ground that head longer names in the construct state: «منطقة وادي النصارى» (the
  /// Valley of the Christians), «تل الشمسيات», «سهل الروج». Written without the article and followed
  /// by their genitive, they name a place the gazetteer may lack, never the place spelled like the
  /// noun alone («وادي» keyed like El Oued in Algeria, «تل» like al-Tall near Damascus, «سهل» like a
  /// Raqqa village). Read like `particles`.
  static let constructHeads: WordSet = WordSet(
    words: "وادي تل تلة سهل جبل عين نهر بئر دير خربة كفر رأس قصر جسر مزرعة مرج قلعة بحيرة جزيرة ساحل حقل"
      .split(separator: " ").map { ArabicWord.lexiconForm(String($0)) })

  /// `constructHeads` as English writes them: "Tell Shamsiyat", "Jabal Shbeit", "Sahl al-Rouj".
  static let latinConstructHeads: WordSet = [
    "wadi", "tell", "tal", "jabal", "jebel", "sahl", "ain", "ayn", "deir", "dayr", "kafr", "khirbet",
    "khirbat", "ras", "qasr", "jisr", "marj", "nahr", "bir", "qalaat",
  ]

  /// Arabic function words, trigger nouns and direction words that world gazetteers list as names of
  /// far-away places («أن» Ans, «كان» Caen, «المدينة» Medina, «جنوب» South Lebanon). Loose keys.
  static let arabicStop = KeySet(
    ("أن إن أنّ كان كانت يكون هي هو هم هما التي الذي الذين اللذين إلى الى في من على عن مع فإن فإنّ قد كما ذلك تلك "
      + "هذه هذا هؤلاء هنالك هناك بين حيث عند بعد قبل أو ثم لا ما لم لن كل بعض غير عبر منذ حتى خلال ضد نحو "
      + "باتجاه دون أمام وراء يوم اليوم أمس عام العام الشهر السبت الأحد الاثنين الثلاثاء الأربعاء الخميس "
      + "الجمعة مدينة المدينة بلدة قرية حي أحياء مخيم ريف محافظة منطقة المنطقة معبر مطار سد جنوب شمال شرق "
      + "غرب الجنوب الشمال الشرق الغرب وسط قوات القوات الجيش وزارة الدفاع تنظيم مصدر مصادر تقارير أيضا "
      + "السيطرة سيطرة الحدود عملية إعلان تحرير خروج الخروج إخلاء اتفاق الأمن أهلية هنا بل لكن إذ إذا أي "
      + "وفد قيادة إدارة الإدارة المعارضة النظام الأرض متن وإن فإن لأن بأن وأن موجب صالح جانب أثناء عقب إثر "
      // «بحلول العصر» (by the afternoon) is no ب on Halul; «على مشارف» (on the outskirts of) no village.
      + "بحلول مشارف حين بينما أكثر أقل مقابل جسم فجر مساء صباح ليلة القديمة القديم الجديدة الجديد الكبرى الصغرى "
      + "الوطني البلدي شمالي جنوبي شرقي غربي يناير فبراير مارس أبريل إبريل مايو يونيو يوليو أغسطس سبتمبر "
      + "أكتوبر نوفمبر ديسمبر كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين جان الشرقية الغربية "
      + "الشمالية الجنوبية الشرقي الغربي الشمالي الجنوبي إطار خرج الكشف نهر حصار بن كسر الضفة قوله قطر "
      // Numerals: «أكثر من عشرين ساعة» is no village «العشرين».
      + "اثنين اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة عشرين عشرون ثلاثين ثلاثون أربعين أربعون "
      + "خمسين خمسون ستين ستون سبعين سبعون ثمانين ثمانون تسعين تسعون مئة مائة مئات ألف آلاف ألفين مليون "
      // Adjectives of extent after an area noun: «مناطق واسعة» (wide areas) is no Wasi`ah, «محور مجاور»
      // (a nearby axis) no Al Akra' (an Iraqi village with the alternate name «مجاور»).
      + "واسع واسعة شاسعة مجاور مجاورة المجاورة عديدة كثيرة متفرقة "
      // «من أبرز خطوط دفاعه» (among its foremost defence lines) is no village Abraz near Aleppo.
      + "أبرز "
      // «البو فراج», «البو عيثة»: the tribal prefix (Albu, "the house of") before a name the gazetteer
      // may lack is no Bo in Sierra Leone.
      + "البو")
      .split(separator: " ").map { NameKey.loose(String($0)) })

  /// Loose keys of everyday words (Arabic «دعم», «المرة»; English "No", "One") that gazetteers also
  /// list as small places: like `ambiguous`, they need a trigger noun or a separate preposition.
  /// From the bundled `common-words.tsv` (wordfreq, keyed by `CommonWords`); empty when it is missing.
  static let common = KeySet(CommonWords.bundledKeys())

  /// Countries of the theatre and its neighbours: places elsewhere need strong evidence.
  static let region: CountryCodes = ["SY", "IQ", "LB", "JO", "TR", "IL", "PS", "IR", "SA", "KW"]
  /// The countries the reports are about.
  static let core: CountryCodes = ["SY", "IQ"]

  /// Latin articles that may precede a name ("al-Bab", "ar-Raqqa").
  static let latinArticles: WordSet = [
    "al", "el", "ar", "as", "ash", "az", "ad", "at", "an", "ed", "es", "ez", "the",
  ]
}
