/// Folds one Unicode scalar for matching, as /work/shared/ARABIC-TEXT.md lists: Arabic letter variants
/// unified, diacritics and invisible marks dropped, Latin lowercased without diacritics, digits ASCII.
///
/// Written by hand because Foundation's folding (`folding(options:)`) works on whole strings and loses
/// the offset of each scalar, which every later stage needs to point back into the report.
public enum Folding {
  /// What happens to one scalar of the original text.
  public enum Outcome: Equatable, Sendable {
    /// Keep as this (possibly folded) scalar.
    case keep(Unicode.Scalar)
    /// A mark that belongs to the letter before it (tashkeel, tatweel, combining accent): drop it.
    case mark
    /// An invisible format character (ZWJ, RLM, bidi controls, BOM, apostrophe in Latin): drop it.
    case invisible
  }

  @inline(__always)
  public static func fold(_ s: Unicode.Scalar) -> Outcome {
    let v = s.value
    if v < 0x80 {
      if v >= 0x41 && v <= 0x5A { return .keep(Unicode.Scalar(v + 0x20) ?? s) }
      if v == 0x27 || v == 0x60 { return .invisible }  // ' ` inside transliterations (Ma'arrat)
      return .keep(s)
    }
    switch v {
    case 0x064B...0x0652, 0x0670, 0x06D6...0x06ED, 0x0640: return .mark
    case 0x0300...0x036F: return .mark
    case 0x200B...0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF, 0x00AD: return .invisible
    case 0x02BE, 0x02BF, 0x02BB, 0x02BC, 0x2018, 0x2019, 0x00B4: return .invisible  // ʾ ʿ ‘ ’ in Latin names
    case 0x0623, 0x0625, 0x0622, 0x0671: return .keep("\u{0627}")  // أ إ آ ٱ → ا
    case 0x0649, 0x06CC: return .keep("\u{064A}")  // ى ی → ي
    case 0x0629, 0x06D5: return .keep("\u{0647}")  // ة ە → ه
    case 0x0624: return .keep("\u{0648}")  // ؤ → و
    case 0x0626: return .keep("\u{064A}")  // ئ → ي
    case 0x06A9: return .keep("\u{0643}")  // ک → ك
    case 0x0660...0x0669: return .keep(Unicode.Scalar(v - 0x0660 + 0x30) ?? s)
    case 0x06F0...0x06F9: return .keep(Unicode.Scalar(v - 0x06F0 + 0x30) ?? s)
    case 0x00C0...0x024F, 0x1E00...0x1EFF:
      return .keep(latinBase[v] ?? s)
    default:
      return .keep(s)
    }
  }

  /// Base letter, lowercased, of each precomposed Latin letter (Ţ → t, Ā → a, ı → i, ß stays).
  ///
  /// Written out, one character per scalar of U+00C0–U+024F and U+1E00–U+1EFF ("." for none):
  /// deriving it from Foundation's compatibility decomposition of each of the 656 scalars (the
  /// base letter is the first scalar of the lowercased decomposition when that is an ASCII letter;
  /// ı, ø, ł and đ by hand) cost 5M instructions, paid by the first report holding such a letter.
  /// `FoldingTests.latinBaseIsTheDecompositionsBaseLetter` derives it so again and compares.
  static let latinBase: [UInt32: Unicode.Scalar] = {
    var table: [UInt32: Unicode.Scalar] = [:]
    let blocks = [(UInt32(0x00C0), latinBaseLetters), (0x1E00, latinExtendedAdditionalBaseLetters)]
    for (first, letters) in blocks.map({ ($0, $1.joined()) }) {
      for (offset, letter) in letters.unicodeScalars.enumerated() where letter != "." {
        table[first + UInt32(offset)] = letter
      }
    }
    return table
  }()

  /// `latinBase` of U+00C0–U+024F (Latin-1 Supplement letters, Latin Extended-A and -B).
  private static let latinBaseLetters = [
    "aaaaaa.ceeeeiiii.nooooo.ouuuuy..aaaaaa.ceeeeiiii.nooooo.ouuuuy.y",  // U+00C0
    "aaaaaaccccccccddddeeeeeeeeeegggggggghh..iiiiiiiiiiiijjkk.lllllll",  // U+0100
    "lllnnnnnn...oooooo..rrrrrrsssssssstttt..uuuuuuuuuuuuwwyyyzzzzzzs",  // U+0140
    "................................oo.............uu...............",  // U+0180
    "....dddlllnnnaaiioouuuuuuuuuu.aaaa....ggkkoooo..jdddgg..nnaa....",  // U+01C0
    "aaaaeeeeiiiioooorrrruuuusstt..hh......aaeeooooooooyy............",  // U+0200
    "................",  // U+0240
  ]
  /// `latinBase` of U+1E00–U+1EFF (Latin Extended Additional).
  private static let latinExtendedAdditionalBaseLetters = [
    "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm",  // U+1E00
    "mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv",  // U+1E40
    "wwwwwwwwwwxxxxyyzzzzzzhtwyas....aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee",  // U+1E80
    "eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy......",  // U+1EC0
  ]

  /// `fold` of every scalar below U+0800 (ASCII, Arabic: nearly every scalar of a report) with
  /// the folded scalar's `script`, computed once from those two functions: the tokenizer asks for
  /// every scalar, and one table read replaces two chains of range tests.
  /// An entry is the folded scalar's value (bits 0–20), the outcome (bits 24–25: 0 keep, 1 mark,
  /// 2 invisible, 3 not in the table) and the script (bits 28–29, as `scriptCodes`). Precomposed
  /// Latin letters (U+00C0–U+024F) are not in it: folding them builds `latinBase`, which a report
  /// without them should not pay for.
  static let lowTable: [UInt32] = (0..<UInt32(lowLimit)).map { v in
    guard let s = Unicode.Scalar(v), !(0x00C0...0x024F).contains(v) else { return 3 << 24 }
    return entry(of: s)
  }

  /// The `lowTable` entry of any scalar (never outcome 3): `fold` and `script` of `s` in one number.
  static func entry(of s: Unicode.Scalar) -> UInt32 {
    switch fold(s) {
    case .mark: return 1 << 24
    case .invisible: return 2 << 24
    case .keep(let f):
      let code = UInt32(scriptCodes.firstIndex(of: script(of: f)) ?? 3)
      return f.value | code << 28
    }
  }
  static let lowLimit = 0x800

  /// What `fold` keeps of `s` (nil for a mark or an invisible), by one read of `lowTable` (`table`)
  /// below `lowLimit`.
  @inline(__always)
  static func kept(_ s: Unicode.Scalar, table: UnsafeBufferPointer<UInt32>) -> Unicode.Scalar? {
    guard s.value < UInt32(lowLimit) else {
      if case .keep(let folded) = fold(s) { return folded }
      return nil
    }
    let entry = table[Int(s.value)]
    switch entry >> 24 & 3 {
    case 0: return Unicode.Scalar(entry & 0x1F_FFFF) ?? s
    case 3:
      if case .keep(let folded) = fold(s) { return folded }
      return nil
    default: return nil
    }
  }
  static let scriptCodes: [Script] = [.arabic, .latin, .digits, .other]

  /// The script of a `lowTable` entry's code (a switch: reading `scriptCodes` checks its
  /// initialisation and bounds at every scalar).
  @inline(__always)
  static func script(code: UInt32) -> Script {
    switch code {
    case 0: return .arabic
    case 1: return .latin
    case 2: return .digits
    default: return .other
    }
  }

  /// Which writing system a folded scalar belongs to, for token boundaries.
  @inline(__always)
  public static func script(of s: Unicode.Scalar) -> Script {
    let v = s.value
    if v < 0x80 {
      if (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) { return .latin }
      if v >= 0x30 && v <= 0x39 { return .digits }
      return .other
    }
    if (0x0621...0x064A).contains(v) || (0x066E...0x06D3).contains(v) || (0x06FA...0x06FF).contains(v)
      || (0x0750...0x077F).contains(v)
    {
      return .arabic
    }
    if s.properties.isAlphabetic { return .latin }
    return .other
  }
}

import Foundation
