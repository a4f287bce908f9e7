/// "The attackers withdrew", «انسحب المهاجمون», «المقتحمين», "the assailants fled": the movers are
/// whoever attacked — the side named as attacking in the sentence or the one before — never the side
/// attacked, nor a force that repelled the attack and is named nearer the motion.
extension MovementExtractor {
  /// Nouns for those who attacked (with and without the article: forms keep both).
  static let attackerNouns: WordSet = WordSet(
    words: [
      "المهاجمين", "المهاجمون", "مهاجمين", "مهاجمون", "المقتحمين", "المقتحمون", "مقتحمين", "مقتحمون",
    ].map(ArabicWord.lexiconForm) + ["attackers", "assailants", "raiders"])

  /// Attack verbs whose subject follows them in Arabic («هاجمت هيئة تحرير الشام», «شن تنظيم داعش
  /// هجوماً») and nouns whose agent follows them («هجوم لتنظيم داعش», «هجوم شنه التنظيم»).
  static let attackWordsArabic: WordSet = WordSet(
    words: [
      "هاجم", "هاجمت", "هاجموا", "شن", "شنت", "شنه", "شنها", "شنوا", "اقتحم", "اقتحمت", "اقتحموا", "هجوم",
      "هجوما", "هجمات", "اقتحام",
    ].map(ArabicWord.lexiconForm))
  /// English attack verbs, whose subject stands before them.
  static let attackVerbs: WordSet = ["attacked", "stormed", "raided", "assaulted", "launched"]
  /// English attack nouns: the attacker stands right before them ("an Islamic State attack") or after
  /// "by".
  static let attackNouns: WordSet = ["attack", "assault", "raid", "offensive"]
  /// All attack words, as one cue class.
  static let attackWords: WordSet = WordSet(attackWordsArabic.words + attackVerbs.words + attackNouns.words)
  /// «على», «ضد», "on", "against": the side attacked follows them.
  static let attackTargets: WordSet = WordSet(
    words: ["على", "ضد"].map(ArabicWord.lexiconForm) + ["on", "against"])

  /// The definite attacker noun that is the subject of the motion at `trigger`.
  func attackersReference(at trigger: Range<Int>, in sentence: Range<Int>) -> Int? {
    // (A sentence with no attacker noun, nearly all, is answered from the cue index.)
    guard ctx.cues.occurs(.attackers, in: sentence) else { return nil }
    return subjectNoun(at: trigger, in: sentence, reach: 6) { t in
      !self.ctx.doc.forms[t].isDisjoint(with: Self.attackerNouns) && self.isDefinite(t)
    }
  }

  /// The side named as attacking before token `r`, in its sentence or the one before: the nearest
  /// attack word whose attacker is an actor that neither speaks nor sponsors.
  func attackingSide(before r: Int) -> ActorMention? {
    let doc = ctx.doc
    let s = doc.sentenceOfToken[r]
    let from = doc.sentences[max(0, s - 1)].lowerBound
    let cues = Array(ctx.cues.tokens(.attacks, in: from..<r))
    for c in cues.reversed() {
      if let m = attacker(at: c, in: doc.sentence(of: c)), !ctx.isSource(m), !ctx.isSponsor(m),
        m.actor != .unknown, m.actor != .un
      {
        return m
      }
    }
    return nil
  }

  /// Who attacks at the attack word `c`: in Arabic the actor after it, before «على»/«ضد» names the
  /// side attacked; in English a verb's subject before it, a noun's agent right before it or after "by".
  func attacker(at c: Int, in sentence: Range<Int>) -> ActorMention? {
    let doc = ctx.doc
    if doc.tokens[c].script == .arabic {
      let limit =
        (c + 1..<min(sentence.upperBound, c + 6)).first { !doc.forms[$0].isDisjoint(with: Self.attackTargets) }
        ?? sentence.upperBound
      return ctx.actor(after: c, window: 4, limit: limit)
    }
    if !doc.forms[c].isDisjoint(with: Self.attackVerbs) {
      return ctx.actor(before: c, in: sentence, movers: true)
    }
    if let m = ctx.actor(endingAt: c) { return m }
    guard c + 2 < sentence.upperBound, !doc.forms[c + 1].isDisjoint(with: RelationContext.by) else { return nil }
    return ctx.actor(after: c + 1, window: 3, limit: sentence.upperBound)
  }
}

extension MovementExtractor {
  /// Words that make a convoy an aid convoy («قافلة مساعدات», "aid trucks", "a humanitarian convoy").
  static let aidWords: WordSet = WordSet(
    words: ["مساعدات", "المساعدات", "إغاثية", "الإغاثية", "إغاثة"].map(ArabicWord.lexiconForm) + [
      "aid", "humanitarian", "relief",
    ])

  /// True when an aid word stands in the subject of the motion at `trigger`: before it in its
  /// sentence, or within three words after an Arabic verb («وصلت قافلة مساعدات»).
  func carriesAid(before trigger: Range<Int>, in sentence: Range<Int>) -> Bool {
    let doc = ctx.doc
    let after = doc.tokens[trigger.lowerBound].script == .arabic ? 3 : 0
    let span = max(sentence.lowerBound, trigger.lowerBound - 6)..<min(sentence.upperBound, trigger.upperBound + after)
    return span.contains { !doc.forms[$0].isDisjoint(with: Self.aidWords) }
  }
}
