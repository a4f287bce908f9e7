/// Bare readings of one folded token: clitics, the article and pronoun suffixes taken off, so that
/// cue words match «بإخلاء», «وانسحابه», «سيطرتهم» and «للخروج» alike.
enum ArabicWord {
  static let suffixes = ["هما", "هم", "هن", "ها", "ه", "نا", "كم"]

  /// Every bare form of `folded` (the token itself included), article removed.
  /// `taMarbuta`: the original word ends in ة, so a final folded ه is not the pronoun suffix
  /// («السيطرة» is not «السيطر» + ه).
  static func bareForms(_ folded: String, taMarbuta: Bool = false) -> [String] {
    var out: [String] = []
    var stems = NameKey.cliticReadings(folded).map(\.stem)
    stems.append(folded)
    for stem in stems {
      let noArticle = stripArticle(stem)
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
    return out
  }

  static func stripArticle(_ s: String) -> String {
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
