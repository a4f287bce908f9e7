extension PlaceRecognizer {
  /// A place named inside the name of an organisation, campaign or operation is not a mention of the
  /// place (the dev-set conventions: the map should not put a point on Raqqa for the Raqqa Civil
  /// Council): «مجلس الرقة المدني», "Raqqa Civil Council", «حملة "الرقة تذبح بصمت"», «عملية "عاصفة الجزيرة"».
  /// `quotes`: the report's `QuoteGaps`; `lists`: its `RejectWords`.
  func insideOrganisationName(_ doc: ReportText, _ m: CandidateSpan, quotes: QuoteGaps, lists: RejectWords) -> Bool {
    let first = m.firstToken
    let end = m.endToken
    // Every test but the quote's needs a word of `beforeOrganisationName` before the span or one
    // of `afterOrganisationName` after it; most spans have neither, and skip them.
    if first == 0 || doc.forms[first - 1].isDisjoint(with: lists.beforeOrganisationName),
      end >= doc.tokens.count || doc.forms[end].isDisjoint(with: lists.afterOrganisationName)
    {
      return quotedName(doc, m, quotes: quotes)
    }
    // «مجلس الرقة المدني»
    if first > 0, end < doc.tokens.count, doc.isNear(before: first), doc.isNear(before: end),
      !doc.forms[first - 1].isDisjoint(with: PlaceContext.council),
      !doc.forms[end].isDisjoint(with: PlaceContext.councilAdjectives)
    {
      return true
    }
    // "ibn al-Walid", "Jaysh al-Izza", «فيلق الشام»: a father's name or part of an armed group's;
    // «مراسل الجزيرة», «وكالة الأناضول»: a news outlet's. A head written with the article is no
    // name's head, and a name with «و» glued on opens a list's next item: «نقاط الجيش ومدينة حلب»
    // (the army's posts and the city of Aleppo), «الجيش وحمص».
    if first > 0, doc.isNear(before: first), !Self.opensWithAnd(doc, m),
      !doc.forms[first - 1].isDisjoint(with: PlaceContext.patronymics)
        || (!doc.forms[first - 1].isDisjoint(with: PlaceContext.groupHeads)
          || !doc.forms[first - 1].isDisjoint(with: PlaceContext.mediaHeads))
          && (doc.tokens[first - 1].script != .arabic || ArabicWord.lacksArticle(doc.tokens[first - 1].text))
    {
      return true
    }
    // «قيادة عمليات بغداد», «مقر قيادة عمليات الأنبار», «غرفة عمليات حلب»: a command, named after its area.
    if first > 1, doc.isNear(before: first), !doc.forms[first - 1].isDisjoint(with: PlaceContext.operations),
      doc.isNear(before: first - 1), !doc.forms[first - 2].isDisjoint(with: PlaceContext.operationsHeads)
    {
      return true
    }
    // "Baghdad Operations Command", "the Aleppo Media Center".
    if doc.tokens[first].script == .latin, end + 1 < doc.tokens.count, doc.isNear(before: end),
      doc.isNear(before: end + 1), !doc.forms[end].isDisjoint(with: PlaceContext.latinBodyKinds),
      !doc.forms[end + 1].isDisjoint(with: PlaceContext.latinBodies), doc.isCapitalized(end), doc.isCapitalized(end + 1)
    {
      return true
    }
    // «الهلال الأحمر» (the Red Crescent), not the village al-Hilal.
    if end < doc.tokens.count, doc.isNear(before: end), !doc.forms[end].isDisjoint(with: PlaceContext.organisationTails) {
      return true
    }
    // "Raqqa Civil Council", "the Manbij Council"
    if doc.tokens[first].script == .latin, end < doc.tokens.count, doc.isNear(before: end) {
      var t = end
      if doc.forms[t].isDisjoint(with: PlaceContext.council), !doc.forms[t].isDisjoint(with: PlaceContext.councilKinds),
        t + 1 < doc.tokens.count, doc.isNear(before: t + 1)
      {
        t += 1
      }
      if !doc.forms[t].isDisjoint(with: PlaceContext.council), doc.isCapitalized(t) { return true }
    }
    return quotedName(doc, m, quotes: quotes)
  }

  /// True when span `m` starts after a «و» glued on its first token («وحمص», «ومدينة حلب»).
  static func opensWithAnd(_ doc: ReportText, _ m: CandidateSpan) -> Bool {
    doc.tokens[m.firstToken].script == .arabic && gluedLetter(doc, m) == "و"
  }

  /// A switch, not a `Set<Unicode.Scalar>`: this runs on the scalars around every candidate name,
  /// and hashing each one was 1.5 % of the run. (`QuoteGaps` finds these marks by their UTF-8.)
  static func isQuoteMark(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x22, 0xAB, 0xBB, 0x201C, 0x201D: return true
    default: return false
    }
  }

  /// The place is one word of a short quoted name that says more than the place: «"عاصفة الجزيرة"»,
  /// «"الرقة تذبح بصمت"». A quote holding only the place, or the place with its trigger noun or a
  /// preposition («"مدينة الرقة"», «"إلى الرقة"»), is still the place.
  func quotedName(_ doc: ReportText, _ m: CandidateSpan, quotes: QuoteGaps) -> Bool {
    // Most places have no quote mark near them: the gaps read below, counted once per report.
    guard quotes.anyMark(before: (m.firstToken - 3)...(m.endToken + 3)) else { return false }
    let sentence = doc.sentence(of: m.firstToken)
    // Gaps are read as slices of the report's scalars (building each gap as a `String` was most of
    // this test's time); the gap after the last token runs to the end of the text.
    func gap(before i: Int) -> ArraySlice<Unicode.Scalar> {
      let lo = i == 0 ? 0 : doc.tokens[i - 1].end
      return doc.scalars[lo..<(i < doc.tokens.count ? doc.tokens[i].start : doc.scalars.count)]
    }
    func hasMark(_ gap: ArraySlice<Unicode.Scalar>) -> Bool { gap.contains(where: Self.isQuoteMark) }
    // The opening mark is written against the quote's first token; no mark between it and the place.
    var open: Int?
    var j = m.firstToken
    while j >= max(sentence.lowerBound, m.firstToken - 3) {
      let gap = gap(before: j)
      if let last = gap.last, Self.isQuoteMark(last) { open = j; break }
      if hasMark(gap) { return false }
      j -= 1
    }
    guard let open else { return false }
    // The closing mark is written against the quote's last token.
    var close: Int?
    var k = m.endToken
    while k <= min(sentence.upperBound, m.endToken + 3) {
      let gap = gap(before: k)
      if let firstMark = gap.first, Self.isQuoteMark(firstMark) { close = k; break }
      if hasMark(gap) { return false }
      k += 1
    }
    guard let close, close - open <= 4 else { return false }
    // A trigger noun or a preposition right before the place, inside the quote, makes it quoted
    // speech about the place, not a name: «"حرروا مدينة حماة بالكامل"» (we liberated the city of
    // Hama entirely), «"لن تتوقف عند زمار"» (will not stop at Zummar).
    // (A span may open on its own trigger noun: «مدينة حماة».)
    if doc.forms[m.firstToken].contains(where: { PlaceContext.triggers[$0] != nil }) { return false }
    if m.firstToken > open {
      let f = doc.forms[m.firstToken - 1]
      if f.contains(where: { PlaceContext.triggers[$0] != nil }) || !f.isDisjoint(with: PlaceContext.prepositions) {
        return false
      }
    }
    let others = Array(open..<m.firstToken) + Array(m.endToken..<close)
    return others.contains { t in
      let f = doc.forms[t]
      return !f.contains { PlaceContext.triggers[$0] != nil } && f.isDisjoint(with: PlaceContext.prepositions)
        && !f.contains { PlaceContext.directions[$0] != nil || PlaceContext.directionAdjectives[$0] != nil }
        && f.isDisjoint(with: PlaceContext.latinArticles)
    }
  }

  /// The capital of the theatre standing for its government (the conventions leave it unannotated, and
  /// a point on the city would say the claim is about the city): "Damascus has said", "Damascus and
  /// Moscow denied", "accused Baghdad of", "a deal with Damascus", "a deal struck between Damascus and
  /// the SDF", «هددت دمشق» (Damascus threatened). Only the capital alone (one word), next to a verb of
  /// saying or stance, or inside a deal phrase. (Moscow, Ankara, Tehran are never places: `latinStop`.)
  func capitalAsGovernment(_ doc: ReportText, _ m: CandidateSpan) -> Bool {
    let first = m.firstToken
    guard m.endToken - first == 1, !doc.forms[first].isDisjoint(with: PlaceContext.capitals) else { return false }
    let stance = PlaceContext.governmentVerbs
    if doc.tokens[first].script == .arabic {
      guard first > 0, doc.isNear(before: first) else { return false }
      // «هددت دمشق»: a verb of saying or stance, the capital its subject.
      if !doc.plainForms[first - 1].isDisjoint(with: stance) { return true }
      return dealPhrase(doc, before: first)
    }
    var next = m.endToken
    // "Damascus has said", "Damascus and Moscow denied".
    if next < doc.tokens.count, doc.isNear(before: next), !doc.forms[next].isDisjoint(with: PlaceContext.auxiliaries) {
      next += 1
    }
    if next + 1 < doc.tokens.count, doc.isNear(before: next), doc.words[next] == PlaceContext.and,
      doc.isNear(before: next + 1), !doc.forms[next + 1].isDisjoint(with: PlaceContext.foreignCapitals)
    {
      next += 2
    }
    if next < doc.tokens.count, doc.isNear(before: next), !doc.forms[next].isDisjoint(with: stance) { return true }
    guard first > 0, doc.isNear(before: first) else { return false }
    let before = doc.forms[first - 1]
    // "accused Baghdad of", "urged Damascus to".
    if !before.isDisjoint(with: PlaceContext.governmentObjectVerbs) { return true }
    // "the pro-Damascus alliance".
    if !before.isDisjoint(with: PlaceContext.stancePrefixes),
      doc.scalars[doc.tokens[first - 1].end..<doc.tokens[first].start].elementsEqual(["-"])
    {
      return true
    }
    return dealPhrase(doc, before: first)
  }

  /// "a deal with Damascus", "talks between Damascus and the SDF", «صفقة مع بغداد», «بالتنسيق مع
  /// بغداد»: the word before token `t` is «مع»/"with" or «بين»/"between", and a deal noun is at most
  /// four words before that, in the same sentence.
  private func dealPhrase(_ doc: ReportText, before t: Int) -> Bool {
    guard !doc.forms[t - 1].isDisjoint(with: PlaceContext.dealPrepositions) else { return false }
    for k in max(0, t - 5)..<(t - 1) where doc.sentenceOfToken[k] == doc.sentenceOfToken[t] {
      if !doc.forms[k].isDisjoint(with: PlaceContext.dealNouns) { return true }
    }
    return false
  }
}
