/// Phrases built on a place name: «ريف X الجنوبي», «جنوب X», "south of X", "eastern Syria",
/// "X countryside", and «العاصمة» standing for the capital.
extension PlaceRecognizer {
  static let syrianWords: WordSet = ["سوريه", "سوري", "syrian"]
  static let iraqiWords: WordSet = ["عراقيه", "عراقي", "iraqi"]
  /// English directions as nouns before a name ("east Aleppo"), unlike "eastern Syria".
  static let shortDirections: WordSet = ["east", "west", "north", "south"]

  /// True when the folded token text `text` is the lowercase ASCII word `word`.
  ///
  /// Bytes, not `==`: `String` equality runs canonical equivalence, slow on the Arabic tokens these
  /// English words are asked of at every mention. For a lowercase ASCII word the answers agree: no
  /// other scalar is canonically equivalent to a lowercase ASCII letter.
  @inline(__always)
  static func spells(_ text: String, _ word: StaticString) -> Bool {
    word.withUTF8Buffer { bytes in text.utf8.count == bytes.count && text.utf8.elementsEqual(bytes) }
  }

  /// Widens a mention over a countryside or direction phrase and maps it to the countryside or
  /// region entry when the gazetteer has one, else to the anchor place with a note.
  ///
  /// In place: the caller's list holds the only copy of the mention, so a phrase's changes are
  /// written into its box (changing a copy made a second box for every phrase).
  ///
  /// The phrase stays within tokens `floor..<ceiling`, the words no neighbouring mention holds: in
  /// "al-Bab countryside east of al-Bab city" the gazetteer name "al-Bab countryside east" holds
  /// "east", and the second "al-Bab" is read as the name alone. Widened over it, the two spans
  /// overlapped, and the stages after recognition, which take a place's words to be its own, built
  /// inverted ranges between them (a trap in the state clauses).
  func anchorPhrases(_ doc: ReportText, _ m: inout RecognizedMention, floor: Int, ceiling: Int) {
    let i = m.firstToken
    let prevForms = i > floor && doc.isNear(before: i) ? doc.forms[i - 1] : WordForms.empty
    let next = m.endToken < ceiling && doc.isNear(before: m.endToken) ? m.endToken : nil

    // "the border areas with Iraq" (the gazetteer spells "border area with Iraq"): the border region.
    if i - 2 >= floor, Self.spells(doc.tokens[i - 1].text, "with"), doc.isNear(before: i), doc.isNear(before: i - 1),
      let country = m.candidates.first(where: { $0.kind == .country })
    {
      var first = i - 2
      let heads: Set<String> = ["border", "borders", "area", "areas", "frontier", "region"]
      while first > floor, heads.contains(doc.tokens[first - 1].text), doc.isNear(before: first) { first -= 1 }
      // Every side's row: "the border with Syria" is Iraq's, Turkey's, Jordan's or Lebanon's border
      // area with it, and the report's places choose (`ContextResolver`).
      let hits = heads.contains(doc.tokens[i - 2].text)
        ? gazetteer.lookup("border area with \(country.name)", limit: 6).filter { $0.exact && $0.entry.kind == .region }
        : []
      if !hits.isEmpty {
        if first > floor, doc.tokens[first - 1].text == "the", doc.isNear(before: first) { first -= 1 }
        m.firstToken = first
        m.start = doc.tokens[first].start
        m.surface = doc.slice(m.start, m.end)
        m.candidates = hits.map(\.entry)
        m.context = "trigger"
        return
      }
    }

    // «ريف دمشق الجنوبي» where «ريف دمشق» is itself a name (the governorate): widen over the adjective.
    if doc.forms[i].contains(ArabicWord.countrysideForm), let n = next,
      let d = doc.forms[n].compactMap({ PlaceContext.directionAdjectives[$0] }).first
    {
      let anchorName = Self.anchorName(m)
      m.endToken = n + 1
      m.end = doc.tokens[n].end
      m.surface = doc.slice(m.start, m.end)
      m.direction = d
      if let entry = countryside(of: m.candidates, direction: d) {
        m.candidates = [entry]
      } else {
        m.note = "«\(m.surface)»: the \(d) of \(anchorName), mapped to \(anchorName)"
        m.anchored = true
      }
      return
    }

    // «ريف حمص الجنوبي» / "southern Homs countryside" / "Homs countryside".
    let arabicCountryside = prevForms.contains(ArabicWord.countrysideForm)
    let englishCountryside = next.map { Self.spells(doc.tokens[$0].text, "countryside") } ?? false
    if arabicCountryside || englishCountryside {
      let anchorName = Self.anchorName(m)
      var first = i
      var end = m.endToken
      var direction: String?
      if arabicCountryside {
        first = i - 1
        if let n = next, let d = doc.forms[n].compactMap({ PlaceContext.directionAdjectives[$0] }).first {
          direction = d
          end = n + 1
        }
      } else if let n = next {
        end = n + 1
        if i > floor, doc.isNear(before: i), let d = PlaceContext.directions[doc.words[i - 1]] {
          direction = d
          first = i - 1
        }
      }
      let phrase = doc.slice(tokens: first..<end)
      m.firstToken = first
      m.endToken = end
      m.start = doc.tokens[first].start
      m.end = doc.tokens[end - 1].end
      m.surface = phrase
      m.kindHint = .countryside
      m.context = "trigger"
      m.direction = direction
      if let entry = countryside(of: m.candidates, direction: direction) {
        m.candidates = [entry]
      } else {
        m.anchored = true
        m.note = "«\(phrase)» has no countryside entry; mapped to \(anchorName)"
      }
      return
    }

    // «بادية السويداء الشرقية» with no entry of its own: the desert of the governorate, a note says so.
    if i > floor, doc.isNear(before: i), Self.isBareDesertNoun(doc, i - 1) {
      let anchorName = Self.anchorName(m)
      var end = m.endToken
      if let n = next, let d = doc.forms[n].compactMap({ PlaceContext.directionAdjectives[$0] }).first {
        m.direction = d
        end = n + 1
      }
      // «وبادية الرقة»: the span starts after the glued conjunction or preposition, like a name's.
      let desert = doc.tokens[i - 1]
      let clitic = NameKey.cliticReadings(desert.text).first { Word.existing($0.stem) == ArabicWord.desertForm }
      m.firstToken = i - 1
      m.endToken = end
      m.start = desert.start + (clitic?.prefixLength ?? 0)
      m.end = doc.tokens[end - 1].end
      m.surface = doc.slice(m.start, m.end)
      m.kindHint = .region
      m.context = "trigger"
      let governorates = m.candidates.filter { $0.kind == .governorate }
      if !governorates.isEmpty { m.candidates = governorates }
      m.anchored = true
      m.note = "«\(m.surface)» has no desert entry; mapped to \(m.candidates.first?.name ?? anchorName)"
      return
    }

    // «جنوب دمشق», «شرق سوريا», "south of Damascus", "eastern Syria".
    var dirToken: Int?
    if i > floor, doc.isNear(before: i), isDirection(doc, i - 1) {
      dirToken = i - 1
    } else if i - 2 >= floor, Self.spells(doc.tokens[i - 1].text, "of"), doc.isNear(before: i), doc.isNear(before: i - 1),
      PlaceContext.directions[doc.words[i - 2]] != nil
    {
      dirToken = i - 2
    }
    if let d = dirToken {
      let anchorName = Self.anchorName(m)
      let direction = doc.forms[d].compactMap { PlaceContext.directions[$0] }.first ?? ""
      let phrase = doc.slice(tokens: d..<m.endToken)
      m.firstToken = d
      m.start = doc.tokens[d].start
      m.surface = phrase
      m.direction = direction
      // "east Aleppo", "west Mosul": the short English form right before a city names a part of
      // the city (east Aleppo's neighbourhoods in 2016), not the governorate's eastern countryside
      // 30 km away; a region of that part (West Mosul) is kept, else the city with a note.
      let city = d == i - 1 && Self.shortDirections.contains(doc.words[d])
        ? m.candidates.first { $0.kind == .city && $0.population >= 100_000 } : nil
      if let region = region(direction: direction, of: m.candidates), city == nil || region.kind == .region {
        m.candidates = [region]
      } else if let city {
        m.candidates = [city]
        m.anchored = true
        m.note = "«\(phrase)»: the \(direction) of \(city.name) city, mapped to \(city.name)"
      } else {
        m.anchored = true
        m.note = "«\(phrase)»: \(direction) of \(anchorName), mapped to \(anchorName)"
      }
    }
  }

  /// The place a phrase on mention `m` is mapped to when it has no entry of its own, named in the
  /// note: asked as a phrase is found, before `m` changes (most mentions are no phrase, and reading
  /// it for every one retained and released its strings).
  private static func anchorName(_ m: RecognizedMention) -> String { m.candidates.first?.name ?? m.surface }

  /// The countryside entry of one of `anchors` in `direction` (or without one), if the gazetteer has it.
  func countryside(of anchors: [GazetteerEntry], direction: String?) -> GazetteerEntry? {
    for a in anchors {
      let kids = gazetteer.children(of: a.id).filter { $0.kind == .countryside }
      if let d = direction, let hit = kids.first(where: { Self.direction(of: $0) == d }) { return hit }
      if let hit = kids.first(where: { Self.direction(of: $0) == direction }) { return hit }
    }
    return nil
  }

  /// The direction an entry's English name states ("Southern Homs countryside" → south).
  static func direction(of e: GazetteerEntry) -> String? {
    let directions = PlaceContext.directions  // interns its words before the lookups below
    let words = Tokenizer.tokens(in: e.name).map(\.text)
    for w in words {
      if let word = Word.existing(w), let d = directions[word] { return d }
    }
    return nil
  }

  /// A region entry for "eastern Syria" and the like, found by its English name, if any.
  func region(direction: String, of anchors: [GazetteerEntry]) -> GazetteerEntry? {
    let adjective: String
    switch direction {
    case "east": adjective = "eastern"
    case "west": adjective = "western"
    case "north": adjective = "northern"
    case "south": adjective = "southern"
    default: return nil
    }
    for a in anchors {
      if let hit = regionNamed("\(adjective) \(a.name)") { return hit }
    }
    return nil
  }

  /// The region or countryside entry named exactly `name`, remembered per name: every direction
  /// phrase asks, and a gazetteer lookup was a tenth of recognition.
  private func regionNamed(_ name: String) -> GazetteerEntry? {
    let key = ByteKey(name)
    if let known = regionCache.withLock({ $0[key] }) { return known }
    var found: GazetteerEntry?
    for c in gazetteer.lookup(name, limit: 3) where c.exact {
      if c.entry.kind == .region || c.entry.kind == .countryside {
        found = c.entry
        break
      }
    }
    regionCache.withLock { cache in
      // Bounded so a long batch cannot grow it without limit.
      if cache.count > 10_000 { cache.removeAll(keepingCapacity: true) }
      cache[key] = found
    }
    return found
  }

  /// «العاصمة» / "the capital" with no name after it: the capital of the country it names
  /// («العاصمة العراقية») or of the document's main country.
  /// `masked` flags the actor-name tokens, one flag per token of `doc`.
  func capitalMentions(_ doc: ReportText, existing: [RecognizedMention], masked: [Bool])
    -> [RecognizedMention]
  {
    let capitalForm = ArabicWord.capitalForm
    // Only `capitalTokens` are asked: flags per token instead of hashing its index into sets, and
    // the cheap tests (script, flat forms) before string comparisons. Found first: most reports
    // have none, and the flags below (a copy of `masked`, every mention's tokens) were made for
    // nothing (~1.6k instructions a report).
    let asked = Self.capitalTokens(doc)
    if asked.isEmpty { return [] }
    var covered = masked
    for m in existing {
      for t in m.firstToken..<m.endToken where t >= 0 && t < covered.count { covered[t] = true }
    }
    // Built at the first capital word met (most reports have none; building it was a third of
    // this pass).
    var startsIfMade: Set<Int>?
    // The same for every capital word (`existing` does not change here): worked out at the first.
    var dominantIfMade: String?
    var out: [RecognizedMention] = []
    // Indexed, not enumerated: each `Token` copied out retained and released its text.
    let tokens = doc.tokens
    for i in asked where !covered[i] {
      let script = tokens[i].script
      let arabic = script == .arabic && doc.forms.contains(capitalForm, at: i) && articleOn(tokens[i].text)
      let english =
        script == .latin && tokens[i].text == "capital" && i > 0 && tokens[i - 1].text == "the" && !covered[i - 1]
      guard arabic || english else { continue }
      let t = tokens[i]
      // «العاصمة السورية دمشق», «عاصمة داعش»: a name or an actor follows; nothing to resolve.
      let n = doc.tokens.count
      let starts = startsIfMade ?? Set(existing.map(\.firstToken))
      startsIfMade = starts
      let next1 = i + 1 < n && doc.isNear(before: i + 1)
      let next2 = next1 && i + 2 < n && doc.isNear(before: i + 2)
      if next1 && (starts.contains(i + 1) || masked[i + 1]) { continue }
      if next2 && (starts.contains(i + 2) || masked[i + 2]) { continue }
      let dominant = dominantIfMade ?? dominantCountry(existing)
      dominantIfMade = dominant
      var country = dominant
      if i + 1 < doc.tokens.count, doc.isNear(before: i + 1) {
        let f = doc.forms[i + 1]
        if !f.isDisjoint(with: Self.syrianWords) { country = "SY" }
        if !f.isDisjoint(with: Self.iraqiWords) { country = "IQ" }
      }
      guard let name = ["SY": "دمشق", "IQ": "بغداد", "LB": "بيروت", "JO": "عمان", "TR": "أنقرة"][country]
      else { continue }
      let candidates = gazetteer.entries(forLooseKey: NameKey.loose(name)).filter {
        $0.country == country && ($0.kind == .city || $0.kind == .town)
      }
      guard !candidates.isEmpty else { continue }
      var first = english ? i - 1 : i
      var direction: String?
      // A direction another mention holds («ريف حلب الشمالي» ends on one) is that mention's word.
      if first > 0, !covered[first - 1], doc.isNear(before: first),
        let d = doc.forms[first - 1].compactMap({ PlaceContext.directions[$0] }).first
      {
        first -= 1
        direction = d
      }
      let surface = doc.slice(tokens: first..<(i + 1))
      out.append(
        RecognizedMention(
          surface: surface, start: doc.tokens[first].start, end: t.end, firstToken: first,
          endToken: i + 1, key: NameKey.loose(name), candidates: candidates, kindHint: .city,
          context: "anaphor", note: "«\(surface)»: the capital, read as \(candidates[0].name)",
          anchored: true, direction: direction))
    }
    return out
  }

  func articleOn(_ folded: String) -> Bool { Self.articleOn(folded) }

  /// "capital" as a word: `capitalMentions` looks for the tokens spelled so by their words.
  static let capitalWord: Word = "capital"

  /// The tokens of `doc` that may be «العاصمة» or "capital", ascending: those with
  /// `ArabicWord.capitalForm` among their forms, and those whose word is "capital" (or a spelling
  /// past the word table's limit, whose word says nothing). Every other token fails both tests of
  /// `capitalMentions`, which asks only these.
  ///
  /// Written for speed: asking every token (its script, its forms, its text) was ~36 instructions a
  /// token, nearly all finding nothing; here the report's forms and words are scanned as integers
  /// (`Word.appendIndices`), and a form's token is found by a binary search in the forms' starts
  /// (a hit is rare).
  static func capitalTokens(_ doc: ReportText) -> [Int] {
    var out: [Int] = []
    let forms = doc.forms
    let capital = ArabicWord.capitalForm
    Word.appendIndices(of: capital, capital, in: forms.words, to: &out)
    for k in out.indices { out[k] = forms.token(ofWordAt: out[k]) }
    let arabicHits = out.count
    doc.words.withUnsafeBufferPointer { Word.appendIndices(of: capitalWord, .unseen, in: $0, to: &out) }
    // Two ascending runs (a token's forms hold a word once), merged in token order; an Arabic
    // token past the word table's limit is in both.
    guard arabicHits > 0 && arabicHits < out.count else { return out }
    out.sort()
    var kept = 0
    for k in out.indices where kept == 0 || out[k] != out[kept - 1] {
      out[kept] = out[k]
      kept += 1
    }
    out.removeLast(out.count - kept)
    return out
  }

  /// True when the article is written on the folded token, after any clitic («الرقة», «وبالرقة»).
  static func articleOn(_ folded: String) -> Bool {
    // `NameKey.cliticReadings(folded).contains { $0.stem.hasPrefix("ال") }` without building the
    // readings: asked for every Arabic mention. و/ف, then ب/ل/ك, then the article; ل + ال is لل.
    let s = Array(folded.unicodeScalars)
    func alAt(_ k: Int) -> Bool { k + 1 < s.count && s[k] == "\u{0627}" && s[k + 1] == "\u{0644}" }
    if alAt(0) { return true }
    guard s.count >= 3 else { return false }
    let i = s[0] == "\u{0648}" || s[0] == "\u{0641}" ? 1 : 0
    if i > 0, alAt(i) { return true }
    let j = s[i] == "\u{0628}" || s[i] == "\u{0644}" || s[i] == "\u{0643}" ? i + 1 : i
    guard j > i, s.count - j >= 2 else { return false }
    return s[j - 1] == "\u{0644}" && s[j] == "\u{0644}" || alAt(j)
  }

  /// The country most mentions can be in (Syria when there is no evidence).
  /// Counted as the resolver counts its country votes (a mention votes once for each country its
  /// candidates lie in): a `Set` of the countries per mention cost ~2k instructions a mention.
  func dominantCountry(_ mentions: [RecognizedMention]) -> String {
    let votes = ContextResolver.CountryVotes(mentions)
    // Most votes; of equal votes, the first code in order.
    return zip(votes.countries, votes.counts).max { ($0.1, $1.0) < ($1.1, $0.0) }?.0 ?? "SY"
  }
}
