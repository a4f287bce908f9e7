/// The language the preview labels and captions are written in: the report's own.
public enum PreviewLanguage: String, Hashable, Sendable {
  case arabic = "ar"
  case english = "en"

  /// Arabic when most quoted text of the features is in Arabic script, else English.
  public static func of(_ tables: [ExportLayer]) -> PreviewLanguage {
    var arabic = 0
    var other = 0
    for feature in tables.flatMap(\.features) where !feature.quote.isEmpty {
      if PreviewText.isArabic(feature.quote) { arabic += 1 } else { other += 1 }
    }
    return arabic > other ? .arabic : .english
  }

  var isRightToLeft: Bool { self == .arabic }

  /// The feature's name in this language, falling back to the other one.
  func name(_ feature: ExportFeature) -> String {
    self == .arabic && !feature.nameAr.isEmpty ? feature.nameAr : feature.name
  }

  func label(_ entry: Basemap.Label) -> String {
    self == .arabic && !entry.nameAr.isEmpty ? entry.nameAr : entry.name
  }

  func actor(_ style: ActorStyle) -> String { self == .arabic ? style.arabic : style.english }

  /// Fixed captions of the map and page.
  var strings: PreviewStrings { self == .arabic ? .arabic : .english }
}

/// Captions in one language.
struct PreviewStrings {
  let title: String
  let reportDate: String
  let source: String
  let noDate: String
  let legend: String
  let movement: String
  let tentative: String
  let place: String
  let partial: String
  let km: String

  static let english = PreviewStrings(
    title: "Situation map", reportDate: "Report date", source: "Source", noDate: "undated",
    legend: "Legend", movement: "Movement (reported or completed)",
    tentative: "Movement agreed, proposed or negotiated", place: "Place", partial: "Held in part",
    km: "km")
  static let arabic = PreviewStrings(
    title: "خريطة الوضع", reportDate: "تاريخ التقرير", source: "المصدر", noDate: "غير مؤرخ",
    legend: "دليل الخريطة", movement: "تحرك (مُبلغ عنه أو منجز)",
    tentative: "تحرك متفق عليه أو مقترح أو قيد التفاوض",
    place: "مكان", partial: "سيطرة جزئية", km: "كم")
}

extension PreviewLanguage {
  /// A table value (`safe_passage`, `under_negotiation`, `neighbourhood`…) for a reader: Arabic
  /// terms for an Arabic report, otherwise the code with spaces. Unknown codes pass through.
  func term(_ code: String) -> String {
    if self == .arabic, let word = Self.arabicTerms[code] { return word }
    return code.replacingOccurrences(of: "_", with: " ")
  }

  private static let arabicTerms: [String: String] = [
    // MovementKind
    "evacuation": "إخلاء", "withdrawal": "انسحاب", "redeployment": "إعادة تموضع", "advance": "تقدم",
    "safe_passage": "ممر آمن", "transfer_of_wounded": "نقل جرحى", "displacement": "نزوح", "convoy": "قافلة",
    // PlaceKind
    "country": "دولة", "governorate": "محافظة", "district": "منطقة إدارية", "region": "منطقة",
    "countryside": "ريف",
    "city": "مدينة", "town": "بلدة", "village": "قرية", "neighbourhood": "حي", "camp": "مخيم",
    "facility": "منشأة",
    "crossing": "معبر",
    // ZoneControl
    "holds": "سيطرة", "contested": "متنازع عليها",
    // ClaimStatus
    "reported": "مُبلغ عنه", "claimed": "مُدّعى", "agreed": "متفق عليه",
    "agreed_in_principle": "متفق عليه مبدئياً",
    "proposed": "مقترح", "under_negotiation": "قيد التفاوض", "denied": "منفي", "completed": "منجز",
  ]
}
