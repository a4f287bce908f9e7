/// Bare readings of one folded token: clitics, the article and pronoun suffixes taken off, so that
/// cue words match «بإخلاء», «وانسحابه», «سيطرتهم» and «للخروج» alike.
enum ArabicWord {
  static let suffixes = ["هما", "هم", "هن", "ها", "ه", "نا", "كم"]

  /// Every bare form of `folded` (the token itself included), article removed.
  /// `taMarbuta`: the original word ends in ة, so a final folded ه is not the pronoun suffix
  /// («السيطرة» is not «السيطر» + ه).
  static func bareForms(_ folded: String, taMarbuta: Bool = false) -> [String] {
    var stems = NameKey.cliticReadings(folded).map(\.stem)
    stems.append(folded)
    return bareForms(stems: stems, taMarbuta: taMarbuta)
  }

  /// `bareForms` of a token given its clitic stems and itself (`stems`, in that order).
  static func bareForms(stems: [String], taMarbuta: Bool) -> [String] {
    var out: [String] = []
    for stem in stems {
      if isPlainArabic(stem) {
        appendForms(ofLetters: Array(stem.utf8), taMarbuta: taMarbuta, to: &out)
      } else {
        appendForms(of: stem, taMarbuta: taMarbuta, to: &out)
      }
    }
    return out
  }

  /// The forms of one stem, by `String`'s character operations.
  static func appendForms(of stem: String, taMarbuta: Bool, to out: inout [String]) {
    let noArticle = stripArticle(characters: stem)
    out.append(noArticle)
    for suf in suffixes where noArticle.hasSuffix(suf) && noArticle.count > suf.count + 2 {
      if taMarbuta && suf.hasSuffix("ه") { continue }
      var base = String(noArticle.dropLast(suf.count))
      out.append(base)
      // «سيطرته» = «سيطرة» + ه: the taa marbuta is written ت before a suffix (folded ة is ه).
      if base.hasSuffix("ت") {
        base.removeLast()
        out.append(base + "ه")
      }
      // «مقاتليه» = «مقاتلي» + ه, «مقاتلين».
    }
  }

  /// `appendForms(of:)` of a stem of plain Arabic letters (`isPlainArabic`) given as its UTF-8
  /// bytes, two a letter: the same operations on bytes. Written for speed: `hasSuffix`, `count`
  /// and `dropLast` on Arabic strings go through Unicode normalization, and analysing a spelling
  /// cost ~33k instructions, most of a report's set-up when its words are new.
  static func appendForms(ofLetters letters: [UInt8], taMarbuta: Bool, to out: inout [String]) {
    // The article: «ال» and more than one letter after it.
    let noArticle = letters.count > 6 && letters.starts(with: articleBytes) ? letters[4...] : letters[...]
    out.append(String(decoding: noArticle, as: UTF8.self))
    // A suffix with more than two letters before it.
    for suf in suffixBytes where noArticle.count > suf.count + 4 && ends(noArticle, with: suf) {
      if taMarbuta && ends(suf[...], with: hehBytes) { continue }
      let base = noArticle.dropLast(suf.count)
      out.append(String(decoding: base, as: UTF8.self))
      if ends(base, with: tehBytes) {
        out.append(String(decoding: base.dropLast(tehBytes.count) + hehBytes, as: UTF8.self))
      }
    }
  }

  private static func ends(_ bytes: ArraySlice<UInt8>, with end: [UInt8]) -> Bool {
    bytes.count >= end.count && bytes.suffix(end.count).elementsEqual(end)
  }

  private static let suffixBytes = suffixes.map { Array($0.utf8) }
  private static let articleBytes = Array("ال".utf8)
  private static let hehBytes = Array("ه".utf8)
  private static let tehBytes = Array("ت".utf8)

  /// True when every scalar of `s` is one of the Arabic letters folded tokens are made of
  /// (`Folding.script(of:)` is `.arabic`; not the mark U+0670): each is then a character of its
  /// own, of two UTF-8 bytes, equal to another character only when they are the same scalar, so
  /// comparing bytes answers what `hasPrefix`, `hasSuffix` and `count` answer.
  static func isPlainArabic(_ s: String) -> Bool {
    for u in s.unicodeScalars {
      let v = u.value
      guard
        (0x0621...0x064A).contains(v) || ((0x066E...0x06D3).contains(v) && v != 0x0670)
          || (0x06FA...0x06FF).contains(v) || (0x0750...0x077F).contains(v)
      else { return false }
    }
    return true
  }

  /// `s` without the article «ال» when more than one letter follows it.
  static func stripArticle(_ s: String) -> String {
    // Plain Arabic letters (nearly every Arabic token) by their bytes, as `appendForms(ofLetters:)`.
    isPlainArabic(s) ? stripArticle(letters: s) : stripArticle(characters: s)
  }

  static func stripArticle(letters s: String) -> String {
    let bytes = s.utf8
    guard bytes.count > 6, bytes.starts(with: articleBytes) else { return s }
    return String(decoding: bytes.dropFirst(4), as: UTF8.self)
  }

  static func stripArticle(characters s: String) -> String {
    if s.hasPrefix("ال"), s.count > 3 { return String(s.dropFirst(2)) }
    return s
  }

  /// «ريف» (countryside) and «عاصمة» (capital) as lexicon forms, computed once: they are tested
  /// at every candidate place.
  static let countrysideForm = Word(lexiconForm("ريف"))
  static let capitalForm = Word(lexiconForm("عاصمة"))
  /// «بادية» (desert): without its article it is always "the desert of" the name after it.
  static let desertForm = Word(lexiconForm("بادية"))

  /// A token written without the article, even after a clitic: «بادية», «وبادية», not «البادية»,
  /// «والبادية», «للبادية».
  static func lacksArticle(_ folded: String) -> Bool {
    !(folded.hasPrefix("ال") || folded.dropFirst().hasPrefix("ال") || folded.hasPrefix("لل"))
  }

  /// The bare form of a lexicon word written in ordinary Arabic (folded, article removed).
  static func lexiconForm(_ word: String) -> String {
    let folded = Tokenizer.tokens(in: word).map(\.text).joined(separator: " ")
    return stripArticle(folded)
  }
}
