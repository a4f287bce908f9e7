/// Scalars on which `PlainMatcher` and Swift `Regex` provably agree: printable ASCII and its
/// blanks, the Latin-1 letters À–ÿ but ß (`isLatin1Letter`), Arabic letters (no tatweel), Arabic
/// comma, semicolon and question mark, a few quotes and
/// dashes, and the harakat (U+064B–U+0652) when they follow an Arabic letter. Each plain Character
/// is one scalar, CR LF, or an Arabic letter with harakat; it belongs to `\s`, `\d` and `\p{L}` by
/// its first scalar (as in `Regex`), two are canonically equivalent only when their harakat are the
/// same up to order, and only ASCII letters fold to ASCII ones under `(?i)` (a Latin-1 letter's
/// other case is no ASCII letter, so the matcher, which lowers ASCII only, never matches one to a
/// pattern's ASCII or Arabic letters; ß, which folds to "ss" in full case folding, is left out).
enum PlainText {
  /// A haraka (fathatan … sukun): plain only after an Arabic letter or another such haraka.
  static func isHaraka(_ v: UInt32) -> Bool { (0x064B...0x0652).contains(v) }

  static func isArabicLetter(_ v: UInt32) -> Bool {
    (0x0621...0x063A).contains(v) || (0x0641...0x064A).contains(v)
  }

  /// Whether every scalar of `scalars` is plain, harakat included.
  static func isPlain(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
    var attachable = false
    for s in scalars {
      let v = s.value
      if isHaraka(v) {
        guard attachable else { return false }
      } else {
        guard isPlain(v) else { return false }
        attachable = isArabicLetter(v)
      }
    }
    return true
  }

  /// À–ÿ but ×, ÷ and ß: letters (`\p{L}`, ALetter for word breaks), one scalar a Character, NFC.
  static func isLatin1Letter(_ v: UInt32) -> Bool {
    (0xC0...0xFF).contains(v) && v != 0xD7 && v != 0xF7 && v != 0xDF
  }

  static func isPlain(_ v: UInt32) -> Bool {
    if isLatin1Letter(v) { return true }
    switch v {
    case 0x09...0x0D, 0x20...0x7E, 0x0621...0x063A, 0x0641...0x064A, 0x060C, 0x061B, 0x061F,
      0x00AB, 0x00BB, 0x2013, 0x2014, 0x201C, 0x201D:
      return true
    default: return false
    }
  }

  static func lowerASCII(_ v: UInt32) -> UInt32 { (0x41...0x5A).contains(v) ? v + 0x20 : v }

  /// `\s`.
  static func isSpace(_ v: UInt32) -> Bool { v == 0x20 || (0x09...0x0D).contains(v) }
  /// `\d` (digits are folded to ASCII before matching).
  static func isDigit(_ v: UInt32) -> Bool { (0x30...0x39).contains(v) }
  /// `\p{L}`.
  static func isLetter(_ v: UInt32) -> Bool {
    (0x61...0x7A).contains(v | 0x20) || isLatin1Letter(v) || (0x0621...0x063A).contains(v) || (0x0641...0x064A).contains(v)
  }

  /// UAX #29 word-break classes of plain scalars.
  enum WordClass {
    case letter, numeric, extendNumLet, midLetter, midNumLet, midNum, cr, lf, newline, space, other
  }

  static func wordClass(_ v: UInt32) -> WordClass {
    if isLetter(v) { return .letter }
    switch v {
    case 0x30...0x39: return .numeric
    case 0x5F: return .extendNumLet
    case 0x3A: return .midLetter
    case 0x2E, 0x27: return .midNumLet  // "." and the single quote break alike here
    case 0x2C, 0x3B, 0x060C: return .midNum
    case 0x0D: return .cr
    case 0x0A: return .lf
    case 0x0B, 0x0C: return .newline
    case 0x20: return .space
    default: return .other
    }
  }
}
