/// Advances told as aims, plans or possibilities: "plans to advance", "could advance", «تسعى للتقدم».
extension MovementExtractor {
  /// Words before an advance that make it an aim, a plan or a possibility, not an event.
  static let intentWords: WordSet = WordSet(
    words: [
      // Not «قد» nor «أن»: before a past verb they tell it done («قد تقدمت», «بعد أن تقدمت»).
      "سوف", "تسعى", "يسعى", "تستعد", "يستعد", "تعتزم", "يعتزم", "تحاول", "يحاول", "تنوي", "ينوي",
      "تخطط", "يخطط", "محاولة",
    ].map(ArabicWord.lexiconForm)
      + [
        "to", "could", "would", "will", "may", "might", "can", "plans", "plan", "aims", "aim", "seeks", "seek",
        "intends", "intend", "preparing", "prepares", "poised", "expected", "likely", "trying", "tries",
      ])

  /// True when the advance at `trigger` is told as an aim or a possibility ("The army plans to
  /// advance from Sukhna", "could advance", «تسعى قوات النظام للتقدم»): it has not happened.
  func isIntended(_ trigger: Range<Int>) -> Bool {
    let doc = ctx.doc
    let t = trigger.lowerBound
    // «للتقدم», «لاقتحام»: the Arabic infinitive of purpose carries «ل» on the noun itself.
    if doc.tokens[t].script == .arabic, doc.original(t).hasPrefix("لل") { return true }
    var u = t
    while u > 0, t - u < 3, doc.isNear(before: u) {
      u -= 1
      if !doc.forms[u].isDisjoint(with: Self.intentWords) { return true }
    }
    return false
  }
}
