/// How an actor is labelled and coloured on the map.
///
/// Colours follow the common Syria-map conventions (Wikipedia, van Linge): regime red,
/// opposition green, SDF/YPG yellow, ISIS near-black, HTS grey-white, Turkey blue; the
/// supporting states get distinct hues so they never pass for a Syrian faction.
public struct ActorStyle: Hashable, Sendable {
  public let english: String
  public let arabic: String
  /// Opaque colour as `RRGGBB` (web order); KML output converts it to `aabbggrr`.
  public let rgb: String

  public static func of(_ actor: Actor) -> ActorStyle {
    switch actor {
    case .regime: return ActorStyle(english: "Syrian government", arabic: "النظام السوري", rgb: "D7191C")
    case .opposition: return ActorStyle(english: "Opposition", arabic: "المعارضة", rgb: "2E9E3E")
    case .sdf: return ActorStyle(english: "SDF", arabic: "قسد", rgb: "F2D600")
    case .ypg: return ActorStyle(english: "YPG", arabic: "وحدات حماية الشعب", rgb: "E0B000")
    case .isis: return ActorStyle(english: "ISIS", arabic: "داعش", rgb: "1A1A1A")
    case .hts: return ActorStyle(english: "HTS", arabic: "هيئة تحرير الشام", rgb: "BDBDBD")
    case .tur: return ActorStyle(english: "Turkey", arabic: "تركيا", rgb: "1F5FD6")
    case .rus: return ActorStyle(english: "Russia", arabic: "روسيا", rgb: "7B2CBF")
    case .iran: return ActorStyle(english: "Iran", arabic: "إيران", rgb: "00897B")
    case .hezbollah: return ActorStyle(english: "Hezbollah", arabic: "حزب الله", rgb: "9E9D24")
    case .usa: return ActorStyle(english: "United States", arabic: "الولايات المتحدة", rgb: "0D47A1")
    case .coalition: return ActorStyle(english: "Coalition", arabic: "التحالف الدولي", rgb: "5C6BC0")
    case .iraq: return ActorStyle(english: "Iraqi forces", arabic: "القوات العراقية", rgb: "8D6E63")
    case .pmf: return ActorStyle(english: "PMF", arabic: "الحشد الشعبي", rgb: "EF6C00")
    // Kurdish yellow darkened, so Iraqi Kurdish forces never pass for the Syrian SDF or YPG.
    case .peshmerga: return ActorStyle(english: "Peshmerga", arabic: "البيشمركة", rgb: "B8860B")
    case .un: return ActorStyle(english: "UN", arabic: "الأمم المتحدة", rgb: "4FC3F7")
    case .unknown: return ActorStyle(english: "Unknown", arabic: "جهة غير معروفة", rgb: "9E9E9E")
    }
  }

  /// Contested zones: magenta stands apart from every faction colour.
  public static let contested = ActorStyle(english: "Contested", arabic: "متنازع عليها", rgb: "E040FB")
  /// Places nobody is said to hold.
  public static let neutralPlace = ActorStyle(english: "Place", arabic: "مكان", rgb: "FFFFFF")

  /// KML `aabbggrr` for this colour with `alpha` (0…255): KML stores bytes reversed from the web.
  public func kmlColor(alpha: UInt8 = 0xFF) -> String {
    let chars = Array(rgb.lowercased())
    guard chars.count == 6 else { return "ff000000" }
    let r = String(chars[0...1])
    let g = String(chars[2...3])
    let b = String(chars[4...5])
    let a = String(alpha, radix: 16)
    return (a.count == 1 ? "0" + a : a) + b + g + r
  }
}
