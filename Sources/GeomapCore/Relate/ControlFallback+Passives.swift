/// Agentless passives of taking: "Tabqa was retaken on Wednesday", "The town was fully secured",
/// «وتمت السيطرة على بلدة مورك», «وتم تحرير قضاء القائم». The passive names no taker; wires write
/// it right after the sentence that says whose offensive it was. The owner is that side only when it
/// is clear: the one side named in the sentence, else the one side named in the sentence before.
extension ControlFallback {
  static let passiveAuxiliaries: WordSet = ["was", "were", "been"]
  static let passiveTakings: WordSet = [
    "captured", "retaken", "recaptured", "seized", "liberated", "taken", "secured", "stormed", "overrun",
    "freed",
  ]
  static let passiveAdverbs: WordSet = [
    "fully", "finally", "completely", "eventually", "quickly", "reportedly", "largely", "officially",
  ]
  /// «تمت», «تم», «جرى»: the Arabic passive of a verbal noun («تمت السيطرة على», «جرى تحرير»).
  static let arabicPassiveAuxiliaries: WordSet = WordSet(
    words: ["تمت", "تم", "جرى", "جرت"].map(ArabicWord.lexiconForm))
  static let arabicPassiveNouns: WordSet = WordSet(
    words: ["السيطرة", "سيطرة", "تحرير", "استعادة", "دخول", "اقتحام"].map(ArabicWord.lexiconForm))

  /// Claims of the agentless passives in `sentence`.
  func agentlessPassives(in sentence: Range<Int>, statusAt: (Int) -> ClaimStatus) -> [TokenClaim] {
    let doc = ctx.doc
    var out: [TokenClaim] = []
    // Only the tokens the cue index marks with a taking participle or an auxiliary: scanning every
    // token of every sentence twice was half of this fallback's time; the tests stay as they were.
    for t in ctx.cues.tokens(.passiveTakings, in: sentence)
    where doc.tokens[t].script == .latin && !doc.forms[t].isDisjoint(with: Self.passiveTakings) {
      var a = t - 1
      while a > sentence.lowerBound, !doc.forms[a].isDisjoint(with: Self.passiveAdverbs) { a -= 1 }
      guard a > sentence.lowerBound, !doc.forms[a].isDisjoint(with: Self.passiveAuxiliaries),
        // "captured by X", "taken to hospital": an agent or a destination is read elsewhere or no taking.
        t + 1 >= sentence.upperBound
          || !["by", "to", "prisoner", "hostage", "captive"].contains(doc.tokens[t + 1].text),
        !hasNegation(before: t, in: sentence)
      else { continue }
      // "Tabqa was", "Tabqa has been", "The town was": the subject ends before the auxiliary.
      let end = doc.tokens[a].text == "been" ? a - 1 : a
      guard end > sentence.lowerBound,
        let k = ctx.placesStarting(in: sentence).lastIndex(where: { $0.recognized.endToken == end })
          ?? ctx.anaphor(at: end - 1),
        let owner = clearOwner(of: sentence, before: t)
      else { continue }
      out.append(
        claim(
          owner.actor, on: k, .captured, statusAt(t), sentence,
          carried: sentence.contains(owner.firstToken) ? nil : owner))
    }
    for t in ctx.cues.tokens(.arabicPassiveAuxiliaries, in: sentence)
    where doc.tokens[t].script == .arabic && !doc.forms[t].isDisjoint(with: Self.arabicPassiveAuxiliaries) {
      let noun = t + 1
      guard noun + 1 < sentence.upperBound, !doc.forms[noun].isDisjoint(with: Self.arabicPassiveNouns),
        !hasNegation(before: t, in: sentence)
      else { continue }
      // The place in construct with the noun: «السيطرة على بلدة مورك», «تحرير قضاء القائم».
      var u = noun + 1
      while u < min(sentence.upperBound, noun + 3), ctx.place(startingAt: u) == nil,
        !doc.forms[u].isDisjoint(with: MovementExtractor.onWords)
          || doc.forms[u].contains(where: { PlaceContext.triggers[$0] != nil })
      {
        u += 1
      }
      guard let k = ctx.place(startingAt: u), let owner = clearOwner(of: sentence, before: t) else {
        continue
      }
      for j in ctx.listFrom(k, limit: ctx.clause(of: u, in: sentence).upperBound) {
        out.append(
          claim(
            owner.actor, on: j, .captured, statusAt(t), sentence,
            carried: sentence.contains(owner.firstToken) ? nil : owner))
      }
    }
    return out
  }

  /// The one side the sentence names before token `t`, else the one side the sentence before names;
  /// nil when either names two sides or neither names one ("Rebels and government forces fought near
  /// Morek. Morek was captured on Friday" says nothing of who took it).
  func clearOwner(of sentence: Range<Int>, before t: Int) -> ActorMention? {
    let doc = ctx.doc
    func usable(_ a: ActorMention) -> Bool {
      a.actor != .un && !rules.isBacker(a) && !ctx.isSponsor(a) && !saysSomething(a)
    }
    func single(_ range: Range<Int>) -> ActorMention?? {
      let named = ctx.actorsStarting(from: range.lowerBound, before: range.upperBound).filter {
        range.contains($0.firstToken) && usable($0)
      }
      guard let first = named.first else { return .none }
      return named.allSatisfy({ $0.actor == first.actor }) ? .some(first) : .some(nil)
    }
    // Actors after the cue in its own sentence are who the place was taken from ("from ISIS").
    if let own = single(sentence.lowerBound..<t) { return own }
    if ctx.actorsStarting(from: t, before: sentence.upperBound).contains(where: {
      sentence.contains($0.firstToken) && usable($0) && !isLoser($0)
    }) {
      return nil
    }
    let s = doc.sentenceOfToken[sentence.lowerBound]
    guard s > 0 else { return nil }
    return single(doc.sentences[s - 1]) ?? nil
  }

  /// "retaken from ISIS", «من تنظيم داعش»: the side a place was taken from.
  func isLoser(_ a: ActorMention) -> Bool {
    a.firstToken > 0 && !ctx.doc.forms[a.firstToken - 1].isDisjoint(with: MovementExtractor.originWords)
  }
}

/// «شنت جماعات مسلحة تابعة للتنظيم هجوماً على مناطق البو غانم والصوفية وتمكنت من السيطرة عليها»: a
/// taking the subject managed («تمكنت من», «نجحت في»), its object a pronoun for the places named just
/// before. (An attempt — «في محاولة للسيطرة عليها» — is no taking, and not read here.)
extension ControlFallback {
  static let managedVerbs: WordSet = WordSet(
    words: ["تمكن", "تمكنت", "تمكنوا", "نجح", "نجحت", "نجحوا", "استطاع", "استطاعت", "استطاعوا"].map(ArabicWord.lexiconForm))
  static let managedLinks: WordSet = WordSet(words: ["من", "في"].map(ArabicWord.lexiconForm))

  /// The claims of «تمكنت من السيطرة عليها» whose «عليها» is token `e`; nil when `e` ends no such phrase.
  func managedTaking(resumptive e: Int, in sentence: Range<Int>, statusAt: (Int) -> ClaimStatus) -> [TokenClaim]? {
    let doc = ctx.doc
    guard e - 3 >= sentence.lowerBound, !doc.forms[e - 1].isDisjoint(with: ControlExtractor.controlNouns),
      !doc.forms[e - 2].isDisjoint(with: Self.managedLinks), !doc.forms[e - 3].isDisjoint(with: Self.managedVerbs)
    else { return nil }
    // The places named last before the verb, as a list: «على مناطق البو غانم والصوفية والسجارية».
    guard var last = ctx.placeIndices(startingIn: sentence).last(where: {
      ctx.places[$0].recognized.endToken <= e - 3 && sentence.contains(ctx.places[$0].recognized.firstToken)
    }) else { return [] }
    // «على بلدة الصوفية في الأنبار»: a place after «في» right behind another says where that one lies.
    while last > 0, sentence.contains(ctx.places[last - 1].recognized.firstToken) {
      let f = ctx.places[last].recognized.firstToken
      let gap = ctx.places[last - 1].recognized.endToken..<f
      guard (gap.count == 1 && !doc.forms[gap.lowerBound].isDisjoint(with: MovementExtractor.inWords))
        || (gap.isEmpty && ctx.startsWith(f, "ب"))
      else { break }
      last -= 1
    }
    var first = last
    while first > 0, ctx.joinsNext(first - 1, limit: sentence.upperBound),
      sentence.contains(ctx.places[first - 1].recognized.firstToken)
    {
      first -= 1
    }
    // The subject of the verb the taking is coordinated with («حين شنت جماعات … هجوماً … وتمكنت»):
    // the last side named before the places, though in a clause of time.
    let start = ctx.places[first].recognized.firstToken
    guard
      let owner = ctx.actorsStarting(from: sentence.lowerBound, before: start).last(where: {
        sentence.contains($0.firstToken) && $0.endToken <= start && $0.actor != .un && !rules.isBacker($0)
      })
    else { return [] }
    return (first...last).map { k in claim(owner.actor, on: k, .captured, statusAt(e - 3), sentence) }
  }
}

/// A relative clause whose verb of control has no subject of its own: «انطلقت قوات النظام من المطار،
/// الذي تسيطر عليه منذ سنوات», «وصل التنظيم إلى الميادين، التي يسيطر عليها». The pronoun in the verb is
/// the side named before the place; «عليه», «عليها» take the place back.
extension ControlFallback {
  static let resumptives: WordSet = WordSet(
    words: ["عليه", "عليها", "عليهم", "عليهما"].map(ArabicWord.lexiconForm))

  /// Claims of relative clauses with a dropped subject in `sentence`.
  func droppedRelativeSubjects(in sentence: Range<Int>, statusAt: (Int) -> ClaimStatus) -> [TokenClaim] {
    let doc = ctx.doc
    var out: [TokenClaim] = []
    // Looked up from the rare «عليه», «عليها» back to a one-word verb, not by matching every verb again;
    // the cue index names where they stand instead of a scan of every token.
    for e in ctx.cues.tokens(.resumptives, in: sentence)
    where e > sentence.lowerBound && doc.tokens[e].script == .arabic
      && !doc.forms[e].isDisjoint(with: Self.resumptives)
    {
      if let c = managedTaking(resumptive: e, in: sentence, statusAt: statusAt) {
        out += c
        continue
      }
      guard let v = ControlExtractor.verbMatcher.match(doc, at: e - 1), v.length == 1 else { continue }
      let m = (range: (e - 1)..<e, value: v.value)
      // «التي (لا تزال) تسيطر عليها»: the relative pronoun, then «لا تزال» or «كان» at most.
      let lead = max(sentence.lowerBound, m.range.lowerBound - 3)..<m.range.lowerBound
      guard let r = lead.last(where: { !doc.forms[$0].isDisjoint(with: ControlExtractor.relativeBefore) }),
        ((r + 1)..<m.range.lowerBound).allSatisfy({
          !doc.forms[$0].isDisjoint(with: Self.openingParticles)
            || !doc.forms[$0].isDisjoint(with: Self.stillNegations)
        }),
        !hasNegation(before: m.range.lowerBound, in: sentence),
        // A subject named after «عليها» is the verb rule's («التي يسيطر عليها النظام»).
        ctx.actor(after: m.range.upperBound, window: 2, limit: sentence.upperBound) == nil,
        let k = ctx.placeIndices(startingIn: sentence).last(where: {
          ctx.places[$0].recognized.endToken == r || ctx.places[$0].recognized.endToken == r - 1
        }),
        let owner = antecedent(before: ctx.places[k].recognized.firstToken, in: sentence),
        agrees(verb: m.range.lowerBound, with: owner)
      else { continue }
      // «مواقع قوات النظام والمجموعات الموالية لإيران في بلدة الحاضر، التي تسيطر عليها»: the sides
      // joined before the place hold it together.
      guard sentence.contains(owner.firstToken) else {
        out.append(claim(owner.actor, on: k, m.value, statusAt(m.range.lowerBound), sentence, carried: owner))
        continue
      }
      for a in rules.conjoined(owner) {
        out.append(claim(a.actor, on: k, m.value, statusAt(m.range.lowerBound), sentence))
      }
    }
    return out
  }
}
