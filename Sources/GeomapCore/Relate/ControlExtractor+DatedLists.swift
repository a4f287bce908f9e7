/// "retook Salma on January 12 and Rabia on January 24", "seized the Nasib border crossing with Jordan
/// in April and the ancient town of Busra al-Sham in March": an English list of places taken goes on
/// past the date of an item when "and" and the next place follow it (the repeated preposition that
/// `RelationContext.joinsAcrossDate` asks for is not there).
extension ControlExtractor {
  /// Prepositions that open the date after an item ("on January 12", "in April").
  static let datePrepositions: WordSet = ["on", "in", "by"]
  /// "in April", "in March 2015": a month alone is a date here.
  static let monthNames: WordSet = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "early", "late", "mid",
  ]
  /// Adjectives of a list item's generic head ("the ancient town of").
  static let datedListAdjectives: WordSet = ["ancient", "historic", "historical", "nearby", "neighbouring", "neighboring"]
  /// Participles that would make the next item another verb's object ("and besieged Ras al-Ain").
  static let takingParticiples: WordSet = ["held", "controlled", "besieged", "control"]

  /// The places after `list` that a dated list adds: after the last item, a date, "and", then (past
  /// articles, adjectives and trigger nouns, within six words) the next place and its own list.
  func datedListTail(after list: [Int], in sentence: Range<Int>) -> [Int] {
    let doc = ctx.doc
    guard let last = list.last else { return [] }
    var out: [Int] = []
    var end = ctx.places[last].recognized.endToken
    // ("with Jordan": a short qualifier of the item may come first.)
    while out.count < 4, end + 3 < sentence.upperBound, doc.tokens[end].script == .latin {
      var u = end
      if ctx.isWord(u, "with"), u + 1 < sentence.upperBound {
        if let q = ctx.place(startingAt: u + 1) {
          u = ctx.places[q].recognized.endToken
        } else if doc.originalScalars(u + 1).first?.properties.isUppercase == true {
          u += 2
        }
      }
      guard u + 2 < sentence.upperBound, !doc.forms[u].isDisjoint(with: Self.datePrepositions),
        let and = ((u + 1)..<min(sentence.upperBound, u + 5)).first(where: { ctx.isWord($0, "and") }),
        and > u + 1,
        ctx.isDate((u + 1)..<and)
          || ((u + 1)..<and).allSatisfy({
            !doc.forms[$0].isDisjoint(with: Self.monthNames) || doc.tokens[$0].text.allSatisfy(\.isNumber)
          }),
        let k = ctx.placeIndices(startingIn: (and + 1)..<min(sentence.upperBound, and + 7)).first,
        // "and Rabia", "and the ancient town of Busra al-Sham" ("and have encircled Ras al-Ain" is
        // another verb's object).
        ctx.places[k].recognized.firstToken == and + 1
          || (ctx.isWord(and + 1, "the") || ctx.isWord(and + 1, "of"))
            && ((and + 1)..<ctx.places[k].recognized.firstToken).allSatisfy({ t in
              !doc.clauseBreakBefore[t] && ctx.actor(startingAt: t) == nil
                && (isPlaceObjectWord(t) || !doc.forms[t].isDisjoint(with: Self.datedListAdjectives))
                && doc.forms[t].isDisjoint(with: Self.takingParticiples)
            }),
        // "ISIS took Raqqa in 2014 and Mosul fell in June": an item is followed by its own date, the
        // sentence's end or the list's next joint, never by a verb of its own.
        { () -> Bool in
          let e = ctx.places[k].recognized.endToken
          return e >= sentence.upperBound || doc.clauseBreakBefore[e]
            || !doc.forms[e].isDisjoint(with: Self.datePrepositions) || ctx.isWord(e, "and")
        }(),
        // "and of Tadef by Government forces": an item with its own taker is that taker's.
        !(ctx.places[k].recognized.endToken..<min(sentence.upperBound, ctx.places[k].recognized.endToken + 2))
          .contains(where: { ctx.isWord($0, "by") })
      else { break }
      let more = ctx.listFrom(k, limit: sentence.upperBound)
      out += more
      end = ctx.places[more.last ?? k].recognized.endToken
    }
    return out
  }
}
