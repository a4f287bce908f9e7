/// Finds toponym mentions in Arabic and English text with the gazetteer's name index and context.
public struct PlaceRecognizer: Sendable {
  let gazetteer: Gazetteer
  let index: NameIndex
  /// `regionNamed` answers by name, for this recognizer's gazetteer only (another gazetteer, a
  /// test's or one with overrides, may give a name other entries).
  /// Keyed by bytes: a `String` key hashes its Arabic through Unicode normalization.
  let regionCache = Locked<[ByteKey: GazetteerEntry?]>([:])
  /// `NameStarts` bytes by spelling, for this recognizer's name index only.
  let startCache = Locked<[UInt8]>([])
  /// `KeyFacts` by key, for this recognizer's gazetteer only (same reason).
  let keyCache = Locked(KeyFactsCache())

  public init(gazetteer: Gazetteer, index: NameIndex? = nil) {
    self.gazetteer = gazetteer
    self.index = index ?? NameIndex(gazetteer)
  }

  /// Every place mention in `doc`, in text order; tokens in `masked` (actor names) are skipped.
  public func recognize(_ doc: ReportText, masked: Set<Int> = []) -> [RecognizedMention] {
    var isMasked = [Bool](filling: false, count: doc.tokens.count)
    for t in masked where t >= 0 && t < isMasked.count { isMasked[t] = true }
    return recognize(doc, maskedFlags: isMasked)
  }

  /// `recognize(_:masked:)` with the masked tokens as one flag per token of `doc`: every token is
  /// asked, and a set hashed each index (and the reader filled one insert per actor-name token).
  func recognize(_ doc: ReportText, maskedFlags isMasked: [Bool]) -> [RecognizedMention] {
    precondition(isMasked.count == doc.tokens.count, "one masked flag per token")
    var raw: [CandidateSpan] = []
    // Each span's key as its number in `keys` (see `ReportKeys`).
    var rawKeys: [Int32] = []
    // Sized for a candidate span per three tokens (about one per four in Arabic and English):
    // grown from empty, both arrays were copied some ten times per report.
    raw.reserveCapacity(doc.tokens.count / 3)
    rawKeys.reserveCapacity(doc.tokens.count / 3)
    let words = ScanWord.of(doc)
    var keys = ReportKeys(spellings: words.spellingCount)
    let starts = NameStarts.of(doc, words, index, cache: startCache)
    let scan = NameScan(
      words: words, starts: starts, pairs: NamePairs(doc, words, starts, masked: isMasked, index: index))
    // The first token a next name may start at (past the last match).
    var from = 0
    // Only the tokens where a name may start (`NamePairs.candidates`): no other token has a match.
    for c in scan.pairs.candidates where c >= from {
      let i = Int(c)
      guard let (m, key) = longestMatch(doc, scan, at: i, masked: isMasked, keys: &keys) else { continue }
      // "the Deir ez-Zor countryside": "the Deir" keys like Tedder (US); «من دير الزور» (from Deir
      // ez-Zor): «من دير» like the Iraqi village Mandayr, whose Arabic alternate name is spelled so;
      // «مدينة عين العرب» (the city of Kobani): «مدينة عين» like Al Ain City, «قرية خان شيخون» like
      // Qaryat al Khan. A match opening on a lowercase English word, or on an Arabic particle or
      // trigger noun standing alone, gives way to a name starting inside it and running past it
      // (the trigger noun still announces that name). "the Qalamoun region": after "the", a name
      // ending where the match ends is meant as well. (Asked only of matches of two words or more.)
      if m.endToken > i + 1, Self.opensOnFunctionWord(doc, i), Self.mayStartName(doc, starts, i + 1),
        let (next, _) = longestMatch(doc, scan, at: i + 1, masked: isMasked, keys: &keys),
        next.endToken > m.endToken || (next.endToken == m.endToken && doc.words[i] == Self.the)
      {
        continue
      }
      raw.append(m)
      rawKeys.append(key)
      from = m.endToken
    }
    var out = Self.droppingDesertNouns(doc, acceptInContext(doc, words, raw, rawKeys, keys))
    // Widened in text order, each up to its neighbours' words (the one before as widened): no two
    // mentions share a token.
    for k in out.indices {
      let floor = k > 0 ? out[k - 1].endToken : 0
      let ceiling = k + 1 < out.count ? out[k + 1].firstToken : doc.tokens.count
      anchorPhrases(doc, &out[k], floor: floor, ceiling: ceiling)
    }
    let capitals = capitalMentions(doc, existing: out, masked: isMasked)
    // Without a capital mention, `out` is in text order already (spans in token order, sharing no
    // token), and sorting it only copied it (~1k instructions a report).
    if capitals.isEmpty { return out }
    out.append(contentsOf: capitals)
    return out.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
  }

  /// A lowercase English word, or an Arabic particle or trigger noun standing alone, at token `i`:
  /// a word a longer name after it may begin inside a match with (see `recognize`). Also a
  /// preposition or "the" capitalised at the start of a sentence: "In Deir ez-Zor, …" keyed "In
  /// Deir" like Inder (China) and lost Deir ez-Zor to "ez-Zor".
  static func opensOnFunctionWord(_ doc: ReportText, _ i: Int) -> Bool {
    switch doc.tokens[i].script {
    case .latin: !doc.isCapitalized(i) || doc.words[i] == Self.the || PlaceContext.prepositions.contains(doc.words[i])
    case .arabic: PlaceContext.particles.contains(doc.words[i]) || PlaceContext.triggers[doc.words[i]] != nil
    default: false
    }
  }

  /// Bare «بادية» read alone as the Badia, when a place follows it: «بادية السويداء» is the desert
  /// of Suwayda, one phrase that `anchorPhrases` widens the following name over.
  /// (`ms` itself when none is dropped, as in most reports: a new list, grown a mention at a time,
  /// cost ~2.7k instructions a report.)
  static func droppingDesertNouns(_ doc: ReportText, _ ms: [RecognizedMention]) -> [RecognizedMention] {
    func dropped(_ k: Int) -> Bool {
      let m = ms[k]
      // The positions first (integers at hand): the word test reads the token's forms and text, and
      // asked first it ran for every one-word mention.
      return m.endToken == m.firstToken + 1 && k + 1 < ms.count && ms[k + 1].firstToken == m.endToken
        && doc.isNear(before: m.endToken) && isBareDesertNoun(doc, m.firstToken)
    }
    guard let first = ms.indices.first(where: dropped) else { return ms }
    var kept = Array(ms[..<first])
    kept.reserveCapacity(ms.count - 1)
    for k in (first + 1)..<ms.count where !dropped(k) { kept.append(ms[k]) }
    return kept
  }

  static func isBareDesertNoun(_ doc: ReportText, _ i: Int) -> Bool {
    doc.forms[i].contains(ArabicWord.desertForm) && ArabicWord.lacksArticle(doc.tokens[i].text)
  }

  /// False when no gazetteer name can start at token `i`: its script, or its `NameStarts` byte
  /// (`starts[i]`) without touching the index (a Latin article may still start one: "al-Bab" is
  /// keyed without it), or a lowercase English word. Asked before a call of `longestMatch` (most
  /// tokens start no name, and the call's set-up cost more than this test); `NamePairs` gathers
  /// the tokens where it holds.
  @inline(__always)
  static func mayStartName(_ doc: ReportText, _ starts: [UInt8], _ i: Int) -> Bool {
    let script = doc.tokens[i].script
    if script == .arabic { return !NameStarts.startsNothing(starts[i]) }
    guard script == .latin else { return false }
    if NameStarts.startsNothing(starts[i]), !PlaceContext.latinArticles.contains(doc.words[i]) { return false }
    return !lowercaseStartsNoName(doc, i)
  }

  /// The longest gazetteer name starting at token `i` (any clitic reading of its first token), with
  /// its key's number in `keys`. Asked only where `mayStartName` is true.
  func longestMatch(
    _ doc: ReportText, _ nameScan: NameScan, at i: Int, masked: [Bool], keys: inout ReportKeys
  ) -> (CandidateSpan, Int32)? {
    let scan = nameScan.words
    let starts = nameScan.starts
    let tokens = doc.tokens
    // The best span as its token count and reading index: no strings are copied while scanning,
    // and the key is built once, for the span kept.
    var best: (n: Int, reading: Int, hash: UInt64)?
    // The readings' hashes, prefix lengths and emptiness are read from the report's heads; their
    // strings only for the span kept (see `ScanWords.heads`).
    let word = scan.head(i)
    for r in 0..<Int(word.readingCount) {
      // `NameKey.loose(tokens:)` of the growing span, hashed a word at a time: the first word keys
      // differently alone than before others, the later words always alike.
      var laterHash = word.firstHash(r)
      var laterEmpty = true
      for n in 1...max(1, index.maxTokens) {
        // The index's answer when asked before the scan (`NameStarts`, `NamePairs`).
        var asked: (isKey: Bool, isPrefix: Bool)?
        if n == 1 {
          asked = NameStarts.marks(starts[i], r)
        } else {
          let j = i + n - 1
          if n == 2, let pair = nameScan.pairs.pair(i, r) {
            // `NamePairs` asked under the tests below and hashed the span as here: its hash is
            // taken instead of hashing the second word again.
            laterHash = pair.hash
            asked = (pair.isKey, pair.isPrefix)
          } else {
            guard j < tokens.count, !masked[j], doc.isTight(before: j) else { break }
            // "al-Bab in" keys like Babin (IQ): a lowercase English word goes on a name only as an
            // article, a place noun or a direction (what `hardReject` accepts in a name's tail).
            if tokens[j].script == .latin, !doc.isCapitalized(j), !Self.mayContinueName(doc.words[j]) { break }
            laterHash = scan.hash(continuing: laterHash, later: j)
          }
          if !scan.head(j).laterIsEmpty { laterEmpty = false }
        }
        let empty = n == 1 ? word.onlyIsEmpty(r) : word.firstIsEmpty(r) && laterEmpty
        if empty { continue }
        let hash = n == 1 ? word.onlyHash(r) : laterHash
        // One probe of the index answers both questions (name, prefix of a name).
        let marks = asked ?? index.marks(hash: hash)
        let isKey = marks.isKey
        // "al-Bab": the article alone is no name prefix (keys drop it), so look one token further.
        let leadingArticle =
          n == 1 && tokens[i].script == .latin && PlaceContext.latinArticles.contains(doc.words[i])
        if !isKey && !marks.isPrefix && !leadingArticle { break }
        // "Deraa al-Balad": a span never ends on the article ("Deraa al" keys like "Deraa").
        let endsOnArticle =
          n > 1 && tokens[i + n - 1].script == .latin
          && PlaceContext.latinArticles.contains(doc.words[i + n - 1])
        // «مدينة الباب التي»: nor on an Arabic relative pronoun ("al-Bab which" keys like Babati).
        let endsOnRelative =
          n > 1 && isKey && tokens[i + n - 1].script == .arabic
          && !doc.forms[i + n - 1].isDisjoint(with: PlaceContext.relativePronouns)
        if isKey, !endsOnArticle, !endsOnRelative,
          best.map({ n > $0.n || (n == $0.n && word.prefixLength(r) < word.prefixLength($0.reading)) })
            ?? true
        {
          best = (n, r, hash)
        }
      }
    }
    guard let found = best else { return nil }
    let number: Int32
    // A one-word name whose spelling and reading were met before in this report has the same key:
    // its number is remembered by spelling (most spans are such repeats).
    if found.n == 1, let known = keys.number(spelling: scan.spelling(i), reading: found.reading) {
      number = known
    } else {
      number = keyNumber(scan, at: i, found.n, reading: found.reading, hash: found.hash, keys: &keys)
      if found.n == 1 { keys.remember(number, spelling: scan.spelling(i), reading: found.reading) }
    }
    // The head's prefix length: `ScanHead` holds each reading's (clitic prefixes are a few scalars).
    let prefixLength = word.prefixLength(found.reading)
    var start = tokens[i].start + prefixLength
    // «للحجر الأسود»: ل + ال written لل cannot be split; the span is the whole word (asked once per
    // spelling: `ScanHead.startsWithLamLam`).
    if prefixLength == 1, word.startsWithLamLam {
      start = tokens[i].start
    }
    let end = tokens[i + found.n - 1].end
    // A plain span: `acceptInContext` makes a `RecognizedMention` (a box, a surface string) of
    // the spans it keeps only (most candidate spans are dropped).
    return (CandidateSpan(start: start, end: end, firstToken: i, endToken: i + found.n), number)
  }

  /// The number in `keys` of the key of the `n`-token span from token `i` in reading `reading`
  /// (FNV-1a hash `hash`), numbering it first when it has none.
  func keyNumber(
    _ scan: ScanWords, at i: Int, _ n: Int, reading r: Int, hash: UInt64, keys: inout ReportKeys
  ) -> Int32 {
    // A one-word key met in an earlier report is found by its spelling (`KeyFactsCache`), without
    // reading its strings out of the `ScanWord` (most keys of a report were met in earlier ones).
    let oneWord = n == 1 ? KeyFactsCache.oneWordEntry(slot: scan.slot(ofSpelling: scan.spelling(i)), reading: r) : -1
    if oneWord >= 0, let known = oneWordFacts(oneWord) {
      return keys.number(orAdd: known, hash: hash)
    }
    let reading = scan[i].reading(r)
    let later = (i + 1)..<(i + n)
    // A key met before in this report is found without building it; a new one is built once.
    let known =
      n == 1
      ? keys.number(key: reading.only, hash: hash)
      : keys.number(first: reading.first, later: later, of: scan, hash: hash)
    if let known { return known }
    if n > 1, let cached = cachedFacts(hash: hash, where: { ReportKeys.spells($0, reading.first, later, scan) }) {
      return keys.add(cached, hash: hash)
    }
    let key = n == 1 ? reading.only : reading.first + later.map { scan[$0].later }.joined()
    return keys.add(facts(key: key, hash: hash, oneWord: oneWord), hash: hash)
  }

  // MARK: - Context

  enum Support: Int, Comparable {
    /// `glued`: a ب/ل written on the word; «بالتضامن» (in solidarity) shows it is weak for common words.
    case none = 0, discourse, list, glued, preposition, trigger
    static func < (a: Support, b: Support) -> Bool { a.rawValue < b.rawValue }

    /// The name shown in `inspect` (a switch: interpolating an enum goes through reflection).
    var name: String {
      switch self {
      case .none: return "none"
      case .discourse: return "discourse"
      case .list: return "list"
      case .glued: return "glued"
      case .preposition: return "preposition"
      case .trigger: return "trigger"
      }
    }
  }

  /// A candidate span `acceptInContext` weighs, with what it reads of it.
  ///
  /// One record per span, not an array per field: the five arrays (flags, support, hints,
  /// salience, acceptance) were each allocated, grown and freed per report.
  private struct Weighed {
    let span: CandidateSpan
    /// The span's key number in the report's `ReportKeys`, and that key's flags.
    let key: Int32
    let flags: KeyFacts.Flags
    var support: Support = .none
    var hint: PlaceKind?
    var salient = false
    var accepted = false
    /// The support of the list's head, for an item accepted by the list pass (`.none` otherwise):
    /// what a trigger noun or a preposition before the list's first name says of every item.
    var head: Support = .none

    init(_ span: CandidateSpan, key: Int32, flags: KeyFacts.Flags) {
      self.span = span
      self.key = key
      self.flags = flags
    }
  }

  /// Keeps the spans that context makes places, and records the trigger's kind hint.
  func acceptInContext(
    _ doc: ReportText, _ words: ScanWords, _ all: [CandidateSpan], _ allKeys: [Int32], _ reportKeys: ReportKeys
  ) -> [RecognizedMention] {
    // Sized once: grown an element at a time, the array was reallocated several times per report.
    var raw: [Weighed] = []
    raw.reserveCapacity(all.count)
    let quotes = QuoteGaps(doc)
    let lists = RejectWords()
    for k in all.indices {
      let flags = reportKeys.flags(allKeys[k])
      if hardReject(doc, words, all[k], flags, quotes: quotes, lists: lists) { continue }
      raw.append(Weighed(all[k], key: allKeys[k], flags: flags))
    }
    for k in raw.indices {
      var w = raw[k]
      (w.support, w.hint) = contextSupport(doc, words, w.span)
      w.salient = isSalient(w.span, w.flags)
      w.accepted = isAccepted(
        doc, w.span, w.flags, w.support, w.salient, listed: false, key: w.key, of: reportKeys)
      raw[k] = w
    }
    // Lists: «مخيم اليرموك والتضامن والعسالي», "Raqqa, Mayadin and Albukamal" — a name joined to an
    // accepted place takes its support. Repeat until nothing changes (lists run both ways).
    // One sense per report: a name a trigger or preposition made a place stays one when it comes
    // back bare («بلدتي الفوعة وكفريا» … «سكان الفوعة وكفريا»). Words that are also everyday words
    // still need their own preposition (`isAccepted`): «التضامن» may mean solidarity after the camp.
    // By key number (`ReportKeys`): a flag per distinct key, not a set hashed at every round.
    var placeKeys = [Bool](filling: false, count: reportKeys.count)
    // Keys of places a trigger or preposition made, added as those are accepted (discourse support
    // is below a preposition, so only the list pass adds more).
    for w in raw where w.accepted && w.support >= .preposition { placeKeys[Int(w.key)] = true }
    var changed = true
    while changed {
      changed = false
      for k in raw.indices where !raw[k].accepted {
        let m = raw[k].span
        // «باتجاه سهل الغاب، تحت ضغط المعارك»: after a comma an Arabic everyday word («تحت», under)
        // more often opens a new clause than a list; it joins a list only through «و». (In English a
        // capitalised word after a comma is a name: "Kafr Nabl, Hass and …".)
        let comma = !(doc.tokens[m.firstToken].script == .arabic
          && m.endToken - m.firstToken == 1 && raw[k].flags.contains(.common))
        let prevJoined = k > 0 && raw[k - 1].accepted && Self.joined(doc, raw[k - 1].span, m, comma: comma)
        // «بلدة الرصافة الأثرية وحقل الثورة»: an Arabic word right after a place, with nothing
        // between, is its adjective («الأثرية», archaeological), not the first item of the list after it.
        let describesPrevious = k > 0 && raw[k - 1].accepted && raw[k - 1].span.endToken == m.firstToken
          && doc.tokens[m.firstToken].script == .arabic && doc.isNear(before: m.firstToken)
          && Self.gluedLetter(doc, m) == nil
        let nextJoined = !describesPrevious
          && k + 1 < raw.count && raw[k + 1].accepted && Self.joined(doc, m, raw[k + 1].span, comma: comma)
        // The head's support carries forward only («بلدات كنسفرة والبارة»: the trigger noun governs
        // the names after it, not a name before it).
        let head = prevJoined ? max(raw[k - 1].head, raw[k - 1].support) : .none
        if prevJoined || nextJoined,
          isAccepted(
            doc, m, raw[k].flags, .list, raw[k].salient, listed: true, key: raw[k].key, of: reportKeys,
            head: head)
        {
          raw[k].accepted = true
          raw[k].head = head
          // «بلدتي نبل والزهراء»: a later item of a list a trigger noun heads is of its kind.
          if head >= .trigger, raw[k].hint == nil { raw[k].hint = raw[k - 1].hint }
          raw[k].support = max(raw[k].support, .list)
          if raw[k].support >= .preposition { placeKeys[Int(raw[k].key)] = true }
          changed = true
        }
      }
      for k in raw.indices where !raw[k].accepted && placeKeys[Int(raw[k].key)] {
        let w = raw[k]
        guard
          isAccepted(doc, w.span, w.flags, .discourse, w.salient, listed: false, key: w.key, of: reportKeys)
        else { continue }
        raw[k].accepted = true
        raw[k].support = .discourse
        changed = true
      }
    }
    let alike = spelledAlike(doc, words, raw.map(\.span))
    var out: [RecognizedMention] = []
    out.reserveCapacity(raw.count { $0.accepted } + alike.count)
    // The last mention of each key, as its place in `out` (-1 before the first): a report repeats
    // its names, mostly written alike, and a mention spelled as the last one of its key shares
    // that one's surface `String` instead of allocating one. (Places, not the strings: an array of
    // optional strings, filled and then freed string by string, cost ~1,800 instructions a report.)
    var lastOfKey = [Int32](filling: -1, count: reportKeys.count)
    for w in raw where w.accepted {
      let s = w.span
      let facts = reportKeys[w.key]
      let last = Int(lastOfKey[Int(w.key)])
      let surface = Self.surface(doc, s.start, s.end, reusing: last >= 0 ? out[last].surface : nil)
      lastOfKey[Int(w.key)] = Int32(out.count)
      out.append(
        RecognizedMention(
          surface: surface, start: s.start, end: s.end, firstToken: s.firstToken,
          endToken: s.endToken, key: facts.key, candidates: facts.candidates, kindHint: w.hint,
          context: w.salient && w.support == .none ? "salient" : w.support.name, note: nil, anchored: false))
    }
    if alike.isEmpty { return out }
    out += alike
    out.sort { $0.start < $1.start }
    return out
  }

  /// Whether the folded Arabic word `text` has the article after at most two clitic letters
  /// («المدينة», «والمدينة», «بالمدينة»; «للمدينة», whose ل ل is ل + the article's ل).
  /// Read as UTF-8: each of these letters is two bytes, ا D8 A7, ل D9 84, و D9 88, ف D9 81,
  /// ب D8 A8, ك D9 83.
  static func articleOnWord(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { b in
      func letter(_ i: Int, _ lead: UInt8, _ trail: UInt8) -> Bool { i + 1 < b.count && b[i] == lead && b[i + 1] == trail }
      func clitic(_ i: Int) -> Bool {
        letter(i, 0xD9, 0x88) || letter(i, 0xD9, 0x81) || letter(i, 0xD8, 0xA8) || letter(i, 0xD9, 0x83)
          || letter(i, 0xD9, 0x84)
      }
      var i = 0
      for _ in 0..<3 {
        if letter(i, 0xD8, 0xA7) && letter(i + 2, 0xD9, 0x84) { return true }
        // ل + the article's ل, written لل.
        if letter(i, 0xD9, 0x84) && letter(i + 2, 0xD9, 0x84) { return true }
        guard clitic(i), b.count - i > 6 else { return false }
        i += 2
      }
      return false
    }
  }

  /// Names after a trigger noun that match no name but one spelled alike (`NameKey.alike`: other
  /// vowels, other emphatic letters): "the village of Trumba" is Turumbah, «بلدة كنصفرة» is
  /// Kansafrah. Only words no candidate span covers (a word the gazetteer has, kept or rejected,
  /// is not looked at again), of at most three tokens, whose alike key finds one to three places
  /// of Syria or Iraq (resolution chooses among them as among any candidates). A later bare mention spelled as
  /// the first is that place too ("advanced from Kinsabba"). Rare, so cheap: a report has few
  /// trigger nouns before a word the gazetteer lacks.
  func spelledAlike(_ doc: ReportText, _ words: ScanWords, _ spans: [CandidateSpan]) -> [RecognizedMention] {
    // Tokens in a candidate span: a word the gazetteer has, kept or rejected, is not looked at.
    var covered = [Bool](filling: false, count: doc.tokens.count)
    for m in spans { for t in m.firstToken..<m.endToken { covered[t] = true } }
    // The tokens right after a trigger noun, with its hint, found in one pass over the report's
    // forms laid end to end (asking each token's forms cost ~50 instructions a token; the
    // spelling's `ScanWord` would be made for every word).
    let triggers = PlaceContext.triggers
    let plain = doc.plainForms
    var after: [(token: Int, hint: PlaceKind?)] = []
    var lastToken = -1
    for k in plain.words.indices {
      guard let hint = triggers[plain.words[k]] else { continue }
      let p = plain.token(ofWordAt: k)
      guard p != lastToken else { continue }
      lastToken = p
      var t = p + 1
      // "the village of Trumba" (an English trigger noun after a name, "Aleppo Governorate", is
      // not before one).
      if doc.tokens[p].script == .latin {
        guard t < doc.tokens.count, doc.words[t] == Self.of else { continue }
        t += 1
      }
      // Most trigger nouns come before a name the gazetteer has (covered).
      guard t < doc.tokens.count, !covered[t], doc.isNear(before: t), doc.isNear(before: p + 1),
        doc.tokens[t].script == doc.tokens[p].script,
        // «المدينة» (the city) is an anaphor, no trigger noun before a name.
        doc.tokens[p].script != .arabic || !Self.articleOnWord(doc.tokens[p].text)
      else { continue }
      after.append((t, hint))
    }
    if after.isEmpty { return [] }
    // A word that may stand in such a name: the same script as its first, not covered, in the
    // same clause, and in English capitalised.
    func fits(_ t: Int, after first: Int) -> Bool {
      guard t < doc.tokens.count, !covered[t], doc.tokens[t].script == doc.tokens[first].script,
        t == first || doc.isNear(before: t), !words[t].context.isStopOrCommon
      else { return false }
      return doc.tokens[t].script == .arabic || doc.tokens[t].script == .latin && doc.isCapitalized(t)
    }
    // The longest name of at most three tokens from token `t` whose loose key `key` gives places:
    // (its length, its places, its alike key), or nil.
    func name(at t: Int, _ places: (String) -> (candidates: [GazetteerEntry], alike: String)?)
      -> (length: Int, candidates: [GazetteerEntry], alike: String)?
    {
      guard fits(t, after: t) else { return nil }
      var n = 1
      while n < 3, fits(t + n, after: t) { n += 1 }
      for length in stride(from: n, through: 1, by: -1) {
        let key = NameKey.loose(tokens: (t..<(t + length)).map { doc.tokens[$0].text })
        if let found = places(key) { return (length, found.candidates, found.alike) }
      }
      return nil
    }
    func mention(_ t: Int, _ length: Int, _ candidates: [GazetteerEntry], _ alike: String, _ hint: PlaceKind?)
      -> RecognizedMention
    {
      let start = doc.tokens[t].start
      let end = doc.tokens[t + length - 1].end
      return RecognizedMention(
        surface: doc.slice(start, end), start: start, end: end, firstToken: t, endToken: t + length,
        key: alike, candidates: candidates, kindHint: hint, context: "spelled alike", note: nil, anchored: false)
    }
    var found: [RecognizedMention] = []
    // The loose keys found after a trigger noun, with their places.
    var known: [(key: String, candidates: [GazetteerEntry], alike: String)] = []
    for (t, hint) in after {
      let hit = name(at: t) { key in
        if let k = known.first(where: { $0.key == key }) { return (k.candidates, k.alike) }
        guard let alike = NameKey.alike(looseKey: key) else { return nil }
        let entries = gazetteer.entries(forLooseKey: alike)
        guard !entries.isEmpty, entries.count <= 3 else { return nil }
        known.append((key, entries, alike))
        return (entries, alike)
      }
      guard let hit else { continue }
      found.append(mention(t, hit.length, hit.candidates, hit.alike, hint))
      for k in t..<(t + hit.length) { covered[k] = true }
    }
    if known.isEmpty { return found }
    // Later (or earlier) bare mentions spelled as one found: "fell back from Kinsabba". Only
    // tokens spelled as a found name's first are keyed.
    let firsts = found.map { doc.words[$0.firstToken] }
    var t = 0
    while t < doc.tokens.count {
      guard firsts.contains(doc.words[t]),
        let hit = name(at: t, { key in known.first { $0.key == key }.map { ($0.candidates, $0.alike) } })
      else {
        t += 1
        continue
      }
      found.append(mention(t, hit.length, hit.candidates, hit.alike, nil))
      t += hit.length
    }
    found.sort { $0.start < $1.start }
    return found
  }

  /// `doc.slice(start, end)`, or `known` when it has the very bytes of that slice.
  static func surface(_ doc: ReportText, _ start: Int, _ end: Int, reusing known: String?) -> String {
    if let known {
      let lo = max(0, min(start, doc.scalars.count))
      let hi = max(lo, min(end, doc.scalars.count))
      // Byte by byte over buffers: `elementsEqual` of the string's UTF-8 view and the slice went
      // through generic iteration, more than making the string anew.
      let bytes = doc.utf8[Int(doc.utf8Offsets[lo])..<Int(doc.utf8Offsets[hi])]
      let same = known.utf8.withContiguousStorageIfAvailable { k in
        bytes.withUnsafeBufferPointer { b in
          guard k.count == b.count else { return false }
          for at in 0..<k.count where k[at] != b[at] { return false }
          return true
        }
      }
      if same ?? known.utf8.elementsEqual(bytes) { return known }
    }
    return doc.slice(start, end)
  }

  static let the = Word("the")
  static let lamLam: StaticString = "لل"

  /// A lowercase English word starts no name ("all of al-Bab" must not swallow "al"), except an
  /// article or a direction ("southern Homs countryside").
  static func lowercaseStartsNoName(_ doc: ReportText, _ i: Int) -> Bool {
    doc.tokens[i].script == .latin && !doc.isCapitalized(i)
      && !PlaceContext.latinArticles.contains(doc.words[i]) && PlaceContext.directions[doc.words[i]] == nil
  }

  /// Lowercase English words that may stand inside or at the end of a name.
  static func mayContinueName(_ w: Word) -> Bool {
    PlaceContext.latinArticles.contains(w) || nameTailWords.contains(w) || PlaceContext.triggers[w] != nil
      || PlaceContext.directions[w] != nil || w == Self.of
  }
  static let of = Word("of")
  static let by = Word("by")
  /// «أحياء من مخيم …», "city of Raqqa": the word between a trigger noun and its name.
  static let ofWords: WordSet = ["من", "of"]
  static let assadKey = NameKey.loose("Assad")
  static let babKey = NameKey.loose("bab")
  static let arabicBabKey = NameKey.loose("الباب")

  /// English words between a name and its trigger noun: "the Mastumah military base".
  static let facilityQualifiers: WordSet = ["military", "industrial", "air", "gas", "oil", "army", "main"]

  /// English nouns of attack after which «on» introduces a place: "the siege on Jasim".
  static let attackNouns: WordSet = [
    "siege", "sieges", "attack", "attacks", "assault", "offensive", "push", "raid", "raids", "strike",
    "strikes", "airstrikes", "shelling", "bombardment", "march", "advance", "closing", "converging", "blockade",
  ]

  /// Lowercase words that may continue an English name ("Tabqa military airport").
  static let nameTailWords: WordSet = [
    "military", "border", "area", "desert", "mountains", "heights", "valley", "river", "old", "city",
    "region", "hills", "barrens", "plain", "plains", "enclave", "pocket", "basin",
    // "T4 airbase", "Tiyas air base" (the gazetteer has "X air base" for every "X airbase").
    "airbase", "air", "base", "airfield",
    // "the Shaer gas field", "the Conoco gas field", "the Layramoun industrial area", "the Bzebiz bridge".
    "gas", "oil", "field", "fields", "industrial", "bridge", "prison",
  ]

  /// Spans that are never places whatever the context: lowercase English words, function words,
  /// adjectives like «السورية», "Assad", "Bab" without its article, a person's or an organisation's name.
  func hardReject(
    _ doc: ReportText, _ words: ScanWords, _ m: CandidateSpan, _ facts: KeyFacts.Flags, quotes: QuoteGaps,
    lists: RejectWords
  ) -> Bool {
    // The span's own words and key first: they reject nearly every span that is rejected (function
    // and everyday words), and the title and organisation tests, which read the words and quote
    // marks around the span, ran for each of those first. Each test only rejects and none has an
    // effect, so their order does not change the answer.
    if rejectsOwnWords(doc, words, m, facts, lists: lists) { return true }
    let first = m.firstToken
    // "Lt. Gen. Riyadh Jalal", «اللواء رياض»: a name after a title is a person.
    if first > 0, doc.isNear(before: first), !doc.forms[first - 1].isDisjoint(with: lists.titles) {
      return true
    }
    if Self.endsTitledName(doc, first, titles: lists.titles) { return true }
    // "said Issam al-Rayes", "Hadi al-Amiri, commander of …": a name opening on the article right
    // after a man's given name is his surname.
    if first > 0, m.endToken - first >= 2, doc.tokens[first].script == .latin, doc.isNear(before: first),
      PlaceContext.latinArticles.contains(doc.words[first]), doc.isCapitalized(first - 1),
      PlaceContext.givenNames.contains(doc.words[first - 1])
    {
      return true
    }
    if capitalAsGovernment(doc, m) { return true }
    return insideOrganisationName(doc, m, quotes: quotes, lists: lists)
  }

  /// "YPG spokesman Polat Can": an English name whose capitalised words run back to a title is the
  /// rest of a person's name (token `first` opens the span; a name has at most a few words).
  static func endsTitledName(_ doc: ReportText, _ first: Int, titles: WordSet) -> Bool {
    guard doc.tokens[first].script == .latin else { return false }
    var t = first - 1
    while t > 0, first - t <= 3, doc.tokens[t].script == .latin, doc.isCapitalized(t), doc.isNear(before: t + 1) {
      if doc.isNear(before: t), !doc.forms[t - 1].isDisjoint(with: titles) { return true }
      t -= 1
    }
    return false
  }

  /// `hardReject`'s tests of the span's own words and key.
  private func rejectsOwnWords(
    _ doc: ReportText, _ words: ScanWords, _ m: CandidateSpan, _ facts: KeyFacts.Flags, lists: RejectWords
  ) -> Bool {
    let first = m.firstToken
    // «سيطرت على قرى في ريف حمص»: a trigger noun alone is the head of a name, not a name (the village
    // Qirri); regions named by their noun («البادية») stay.
    if m.endToken - first == 1, doc.forms[first].contains(where: { lists.triggers[$0] != nil }),
      !facts.contains(.anyRegionKind)
    {
      return true
    }
    if doc.tokens[first].script == .latin {
      // A lowercase word is rarely a toponym in English; articles ("al-Bab") do not count.
      // The span's named words (not articles) are read in one pass, without gathering them into
      // arrays (two small arrays per candidate span were most of this test on English): their
      // count, first and last, whether one is capitalised, and of the lowercase ones after the
      // first, how many there are and whether one is not a direction or a place noun.
      var namedCount = 0
      var firstNamed = 0
      var lastNamed = 0
      var anyCapitalized = false
      var lowerTail = 0
      var lowerTailOther = false
      for t in m.firstToken..<m.endToken where !PlaceContext.latinArticles.contains(doc.words[t]) {
        let capitalized = doc.isCapitalized(t)
        if namedCount == 0 {
          firstNamed = t
        } else if !capitalized, doc.tokens[t].script == .latin {
          // (A number is no lowercase word: "T4 airbase".)
          lowerTail += 1
          let w = doc.words[t]
          if PlaceContext.directions[w] == nil && PlaceContext.triggers[w] == nil && !Self.nameTailWords.contains(w) {
            lowerTailOther = true
          }
        }
        anyCapitalized = anyCapitalized || capitalized
        namedCount += 1
        lastNamed = t
      }
      // "southern Homs countryside": some word of the name must be capitalised.
      guard namedCount > 0, anyCapitalized else { return true }
      // "By Mariam Karouny" (a byline) keys like Bmariam: "By" opens no name.
      if doc.words[m.firstToken] == Self.by { return true }
      // "the M5 highway", "Route A": a lone letter is a road or a label, not a name.
      if namedCount == 1, doc.tokens[firstNamed].text.unicodeScalars.count == 1 { return true }
      // "BEIRUT, Dec 28 (Reuters)": a month beside a day number.
      if namedCount == 1, PlaceContext.months.contains(doc.words[firstNamed]) {
        let t = firstNamed
        let day = { (k: Int) in k >= 0 && k < doc.tokens.count && doc.tokens[k].script == .digits }
        if day(t + 1) && doc.isNear(before: t + 1) || day(t - 1) && doc.isNear(before: t) { return true }
      }
      if facts.contains(.assad) || doc.tokens[firstNamed].text == "assad" { return true }
      // "Tell Shamsiyat", "Sahl al-Rouj": a noun of the ground before a capitalised word or an
      // article heads a longer name the gazetteer lacks (`headsLongerName` in Arabic).
      if namedCount == 1, m.endToken - m.firstToken == 1,
        PlaceContext.latinConstructHeads.contains(doc.words[firstNamed]), m.endToken < doc.tokens.count,
        doc.tokens[m.endToken].script == .latin, doc.isNear(before: m.endToken),
        doc.isCapitalized(m.endToken) || PlaceContext.latinArticles.contains(doc.words[m.endToken])
      {
        return true
      }
      // "Bashar al", "A war": a name does not end in an article, nor go on in lowercase words
      // (directions and place nouns aside: "Tabqa military airport", "western Anbar").
      if PlaceContext.latinArticles.contains(doc.words[m.endToken - 1]) { return true }
      if namedCount >= 2, !doc.isCapitalized(lastNamed) || lowerTail == namedCount - 1, lowerTailOther {
        return true
      }
      if facts.contains(.latinStop) {
        // "Bab" alone is not al-Bab; "al-Bab" is.
        let hasArticle = namedCount < m.endToken - m.firstToken
        return !(hasArticle && facts.contains(.bab))
      }
      return false
    }
    if m.endToken - m.firstToken == 1, facts.contains(.arabicStop) { return true }
    // «منطقة وادي النصارى»: a noun of the ground before its genitive heads a name the gazetteer
    // lacks; it is not the place spelled like the noun alone (El Oued for «وادي»).
    if Self.headsLongerName(doc, words, m) { return true }
    // «وأفاد ناشطون عرب أن» (Arab activists said that) keys like the village 'Arban: a name never
    // ends on a particle.
    if m.endToken - first > 1, PlaceContext.particles.contains(doc.words[m.endToken - 1]),
      !(Self.endsWithAli(doc, m.endToken - 1) && Self.isPlaceHeaded(doc, m))
    {
      return true
    }
    // «إلى كامل مدينة القصير» (to all of): a word that is itself an everyday or function word is not
    // a clitic on a name (ك + «امل», Āmol in Iran; ب + «يت»).
    if m.start > doc.tokens[first].start, words[first].context.isStopOrCommon { return true }
    // «على أن» (on condition that) keys like «عليان»: a span of function words only is no name
    // («المدينة القديمة», the Old City, has a trigger noun).
    let span = m.firstToken..<m.endToken
    if span.count > 1, span.allSatisfy({ words[$0].context.isStop }),
      !span.contains(where: { t in doc.forms[t].contains { lists.triggers[$0] != nil } })
    {
      return true
    }
    // «من آخر الأحياء» (from the last of) keys like «المناخر»: a span that opens on a preposition and
    // goes on in everyday words is a phrase, not a name.
    if span.count > 1, !doc.forms[first].isDisjoint(with: lists.prepositions),
      span.dropFirst().allSatisfy({ words[$0].context.isStopOrCommon })
    {
      return true
    }
    return false
  }

  /// Whether the one-word Arabic span `m` is followed in its clause by a word with the article that
  /// is not a direction adjective: if it has no article of its own («إصلاح الأضرار», not «للرقة»),
  /// the two may read as a construct.
  static func opensConstruct(_ doc: ReportText, _ m: CandidateSpan) -> Bool {
    let next = m.endToken
    return doc.tokens[m.firstToken].script == .arabic && next < doc.tokens.count
      && doc.tokens[next].script == .arabic && doc.isNear(before: next)
      && !ArabicWord.lacksArticle(doc.tokens[next].text)
      && !doc.forms[next].contains(where: { PlaceContext.directionAdjectives[$0] != nil })
  }

  /// «قرية حاج علي», «تل علي»: the name «علي» folds like the particle «على», but written with a
  /// dotted «ي» (U+064A) it may end a name (after a trigger noun or a noun of the ground:
  /// `isPlaceHeaded`); the particle is written «على» (U+0649).
  static func endsWithAli(_ doc: ReportText, _ t: Int) -> Bool {
    guard aliWord.contains(doc.words[t]) else { return false }
    let tok = doc.tokens[t]
    let end = min(tok.end, doc.scalars.count)
    return end > tok.start && doc.scalars[end - 1] == "\u{064A}"
  }
  static let aliWord = WordSet(words: [ArabicWord.lexiconForm("على")])

  /// Whether span `m` opens with a noun of the ground («تل علي») or follows a trigger noun («قرية
  /// حاج علي»): «أبو علي», «حاج علي» alone are men more often than places.
  static func isPlaceHeaded(_ doc: ReportText, _ m: CandidateSpan) -> Bool {
    let f = m.firstToken
    if !doc.forms[f].isDisjoint(with: PlaceContext.constructHeads) { return true }
    return f > 0 && doc.isNear(before: f) && doc.forms[f - 1].contains { PlaceContext.triggers[$0] != nil }
  }

  /// Whether span `m` ends on a noun of the ground in the construct state (`PlaceContext.constructHeads`,
  /// no article written) whose genitive follows it: «وادي» in «وادي النصارى», «تل» in «تل الشمسيات».
  /// The genitive is the next token, an Arabic word in the same clause that is not a function word
  /// («قرية سهل في ريف الرقة» keeps the village). Only the noun alone, or after a trigger noun in
  /// the span («منطقة تل»): a longer name that ends on such a noun is a name of its own, and the
  /// word after it an adjective («بلدة اقجه قلعة التركية», Akçakale, was lost).
  static func headsLongerName(_ doc: ReportText, _ words: ScanWords, _ m: CandidateSpan) -> Bool {
    let last = m.endToken - 1
    let next = m.endToken
    guard last == m.firstToken || doc.forms[last - 1].contains(where: { PlaceContext.triggers[$0] != nil }),
      next < doc.tokens.count, doc.tokens[next].script == .arabic, doc.tokens[last].script == .arabic,
      doc.isNear(before: next), !doc.forms[last].isDisjoint(with: PlaceContext.constructHeads),
      ArabicWord.lacksArticle(doc.tokens[last].text)
    else { return false }
    return !words[next].context.isStop
  }

  /// Whether context makes span `m` (whose key, number `key` in `reportKeys`, has the flags
  /// `facts`) a place. The article flags, which `facts` may lack (see
  /// `KeyFacts.Flags.articleKnown`), are worked out last, when nothing else decides (and then
  /// found in this recognizer's cache).
  ///
  /// The key's number, not a closure giving the flags: the closure captured `self`, and the
  /// recognizer was copied (its tables retained and released) at every span asked, ~1.1 M
  /// instructions on the 92 Arabic reports' second reading.
  func isAccepted(
    _ doc: ReportText, _ m: CandidateSpan, _ facts: KeyFacts.Flags, _ support: Support, _ salient: Bool,
    listed: Bool, key: Int32, of reportKeys: ReportKeys, head: Support = .none
  ) -> Bool {
    func article() -> KeyFacts.Flags {
      facts.contains(.articleKnown) ? facts : articleFlags(reportKeys[key], hash: reportKeys.hash(key))
    }
    let first = m.firstToken
    if doc.tokens[first].script == .latin && facts.contains(.latinStop) { return true }
    if support == .glued, Self.toNewsOutlet(doc, m) { return false }
    // «لإصلاح الأضرار» (to repair the damage) is no ل on Al Islah (Iraq): a glued ل or ب on a bare
    // word in construct with the definite word after it makes a verbal noun's phrase. Not for a town
    // or a city of the theatre or a large place, which an adjective follows as often («بإدلب
    // الخضراء», «لحلب الشرقية»).
    if support == .glued, m.endToken - first == 1, !facts.contains(.anyCoreTown), !facts.contains(.anyCommonAlone),
      Self.opensConstruct(doc, m), !articleWritten(doc, m)
    {
      return false
    }
    // A place outside the theatre and its neighbours («كان» → Caen, "It is" → Itäkeskus) needs a trigger
    // noun, or must be a country or a city of a million.
    if !facts.contains(.anyInRegion), support < .trigger, !facts.contains(.anyCountryOrMillion) {
      return false
    }
    // «في بيان» (in a statement) is not Bayān in Kuwait, «إلى كامل» not Āmol in Iran: in an Arabic
    // report a one-word name with no candidate in Syria, Iraq or the curated theatre around them
    // (rows with a governorate) needs a trigger noun, unless a country, a governorate or a city of
    // half a million is meant («طهران», «القدس»).
    if doc.tokens[first].script == .arabic, m.endToken - first == 1, support < .trigger,
      !facts.contains(.anyArabicAlone)
    {
      return false
    }
    // «البقاء في منزله» (to stay in his house) is not Al Manzalah in Egypt, «بأنه» (that it) not Bāneh
    // in Iran: a word that reads as an everyday or function word with a pronoun suffix is that word.
    if doc.tokens[first].script == .arabic, m.endToken - first == 1, support < .trigger,
      Self.isSuffixedEverydayWord(doc, first)
    {
      return false
    }
    // «السورية» (Syrian) is an adjective, not «سورية»: the article is written on a name that never takes it.
    // (The flags at hand answer first when they hold the article flags, as `article()` would.)
    // A later item of a list a trigger noun heads is no adjective: «على بلدات كنسفرة والبارة
    // والفطيرة» names three villages, written with the article their gazetteer names lack. (In
    // Syria or Iraq: «مناطق البو غانم والصوفية» is no list of places that reaches Sofia.)
    let headTriggers = head >= .trigger && facts.contains(.anyCore)
    // Nor is an end of a movement («من البارة نحو كنصفرة», «نحو الرهجان»): an adjective follows a
    // noun, not a preposition. A village of Syria or Iraq that is no everyday word is often written
    // with an article its gazetteer name lacks.
    let movementEnd = support == .preposition && facts.contains(.anyCore) && !facts.contains(.common)
      && Self.isMovementEnd(doc, m)
    if doc.tokens[first].script == .arabic, support < .trigger, !headTriggers, !movementEnd,
      !facts.contains(.anyTakesArticle),
      articleWritten(doc, m), !article().contains(.anyTakesArticle)
    {
      return false
    }
    // «مدير المرصد رامي عبد الرحمن» (Rami Abdulrahman): a name opening on «عبد» (servant of) is a
    // person's; a village so named («قرية عبد الرحمن جبر») is read after its trigger noun.
    if doc.tokens[first].script == .arabic, m.endToken - first >= 2, support < .trigger,
      !doc.forms[first].isDisjoint(with: PlaceContext.servantOf)
    {
      return false
    }
    if facts.contains(.strict) {
      if support == .trigger { return true }
      // «إلى الباب» is al-Bab; bare «باب» and «الجانبين» need a trigger noun.
      let stem = doc.tokens[first].script == .arabic ? articleWritten(doc, m) : false
      // «باتجاه تل حاصل والباب»: a later item of a list after a preposition is as much its object.
      return stem && max(support, head) >= .preposition && facts.contains(.arabicBab)
    }
    if facts.contains(.ambiguous) { return support >= (listed ? .list : .preposition) }
    // An everyday word («بدعم», «للمرة», "No. 7") names a place only with context, unless a country,
    // a world capital, or a governorate or large city of the region is meant («دمشق», «القاهرة»).
    if m.endToken - m.firstToken == 1, facts.contains(.common), !facts.contains(.anyCommonAlone) {
      guard support >= (listed ? .list : .preposition) else { return false }
      if support >= .trigger { return true }
      // A preposition is weak evidence for an everyday word: «في كلمة ألقاها» (in a speech) is not
      // the Iranian village Kalameh, «في بيان» not Bayan in Kuwait — such a word names a place
      // abroad only after a trigger noun.
      guard facts.contains(.anyCore) else { return false }
      // «التريث في العودة» (to wait before returning), «عقيد في الشرطة» (a police colonel): in
      // Syria or Iraq too, a preposition makes an everyday word a town or a city, not a village or a
      // neighbourhood so named («قرية العودة», «حي الشرطة» have their trigger noun).
      if !listed, doc.tokens[first].script == .arabic, !facts.contains(.anyCoreTown) {
        return false
      }
      // «عن قاعدة K1 ومحطة الكهرباء» (and the power station): a later item of a list that is an
      // everyday word in construct with the definite word after it is that word's phrase, not a
      // village (Mahattah).
      if listed, support < .preposition, !facts.contains(.anyCoreTown), Self.opensConstruct(doc, m),
        !articleWritten(doc, m)
      {
        return false
      }
      // «في مجلس محافظة الأنبار» (in the council of): the village «المجلس» is always written with
      // its article, so the bare word is the noun.
      if doc.tokens[first].script == .arabic,
        facts.contains(.allTakeArticle) || !facts.contains(.articleKnown),
        !articleWritten(doc, m), article().contains(.allTakeArticle)
      {
        return false
      }
      return true
    }
    if salient || support > .none { return true }
    return Self.capitalisedTownInProse(doc, m, facts)
  }

  /// Whether span `m` is an end of a movement: right after «نحو», «باتجاه», «إلى» (towards, to), or
  /// right after «من» (from) with one of those right after it («من البارة نحو كنصفرة»). (`from`
  /// alone is no end: «بعدد من العجلات المفخخة», a number of car bombs.)
  static func isMovementEnd(_ doc: ReportText, _ m: CandidateSpan) -> Bool {
    let first = m.firstToken
    guard first > 0, doc.isNear(before: first) else { return false }
    let before = doc.plainForms[first - 1]
    if !before.isDisjoint(with: towards) { return true }
    let after = m.endToken
    return !before.isDisjoint(with: ofWords) && after < doc.tokens.count && doc.isNear(before: after)
      && !doc.plainForms[after].isDisjoint(with: towards)
  }
  static let towards = WordSet(words: ["نحو", "باتجاه", "اتجاه", "إلى", "الى", "صوب"].map(ArabicWord.lexiconForm))

  /// "Shelling hit Mhardeh on Tuesday": in English prose a capitalised one-word name right after a
  /// lowercase word names a town or city of Syria or Iraq (a village needs more: villages share
  /// names with everyday and personal words). Not a man's given name ("Jasim" is both).
  static func capitalisedTownInProse(_ doc: ReportText, _ m: CandidateSpan, _ facts: KeyFacts.Flags) -> Bool {
    let first = m.firstToken
    return m.endToken - first == 1 && first > 0 && facts.contains(.anyCoreTown)
      && doc.tokens[first].script == .latin && doc.isNear(before: first) && doc.tokens[first - 1].script == .latin
      && doc.isCapitalized(first) && !doc.isCapitalized(first - 1) && !PlaceContext.givenNames.contains(doc.words[first])
  }

  /// True when span `m` is «للجزيرة» (to al-Jazeera): a ل glued on a name in `PlaceContext.mediaNames`.
  static func toNewsOutlet(_ doc: ReportText, _ m: CandidateSpan) -> Bool {
    m.endToken - m.firstToken == 1 && !doc.forms[m.firstToken].isDisjoint(with: PlaceContext.mediaNames)
      && gluedLetter(doc, m) == "ل"
  }

  /// The first letter, folded, of what is glued before span `m` on its first token (the «و» of
  /// «وحمص», the «ل» of «للجزيرة»); nil when the span starts with its token. Read off the report's
  /// scalars, not the prefix copied into a `FoldedText`.
  static func gluedLetter(_ doc: ReportText, _ m: CandidateSpan) -> Unicode.Scalar? {
    let t = m.firstToken
    guard m.start > doc.tokens[t].start else { return nil }
    for s in doc.scalars[doc.tokens[t].start..<min(m.start, doc.scalars.count)] {
      if case .keep(let f) = Folding.fold(s) { return f }
    }
    return nil
  }

  /// True when Arabic token `t` reads as an everyday or function word with a pronoun suffix: one of
  /// its forms with a suffix taken off (`ArabicWord.appendForms`; the plain forms keep it) is an
  /// everyday word or a function word («منزله»: «منزل», «بأنه»: «أن»).
  static func isSuffixedEverydayWord(_ doc: ReportText, _ t: Int) -> Bool {
    let plain = doc.plainForms[t]
    for w in doc.forms[t] where !plain.contains(w) {
      let key = NameKey.loose(w.text)
      if PlaceContext.common.contains(key) || PlaceContext.arabicStop.contains(key) { return true }
    }
    return false
  }

  /// True when an Arabic name of `e` with loose key `key` starts with the article («الرقة»).
  /// Asked once per key and candidate: `KeyFacts` keeps the answers per key.
  func takesArticle(_ e: GazetteerEntry, key: String) -> Bool {
    func written(_ n: String) -> Bool {
      guard n.utf8.withContiguousStorageIfAvailable(Self.mayOpenWithArticle) ?? true else { return false }
      // A name that may is tokenized once, for the article and its key both.
      let tokens = Tokenizer.tokens(in: n)
      guard let t = tokens.first, Self.opensWithArticle(t) else { return false }
      return NameKey.loose(tokens: tokens.map(\.text)) == key
    }
    // A variant whose bytes cannot open with the article is not made a String.
    return written(e.nameAr) || e.variantsContain(bytesMayMatch: Self.mayOpenWithArticle, where: written)
  }

  /// False when a name's UTF-8 `bytes` cannot start with the article, read without tokenizing it
  /// (most names are answered here, and tokenizing was most of the cost of the others): a name
  /// opening on an Arabic letter that folds to no alef («تل», «دير») opens its first token with
  /// that letter, and folding makes a lam of nothing but a lam, so a name without one (its bytes
  /// D9 84, which stand for nothing else) has no article.
  static func mayOpenWithArticle(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard bytes.count >= 4 else { return false }
    // The first scalar, when it takes two bytes (U+0080 to U+07FF).
    if bytes[0] & 0xE0 == 0xC0 {
      let v = UInt32(bytes[0] & 0x1F) << 6 | UInt32(bytes[1] & 0x3F)
      if (0x0628...0x063A).contains(v) || (0x0641...0x064A).contains(v) { return false }
    }
    for i in 1..<bytes.count where bytes[i] == 0x84 && bytes[i - 1] == 0xD9 { return true }
    return false
  }

  /// Whether an Arabic token opens with the article «ال», read as its four bytes: a folded Arabic
  /// token holds no mark that could join the lam into another Character, so they answer as
  /// `hasPrefix` does (comparing Characters, it was a fifth of `takesArticle`).
  static func opensWithArticle(_ t: Token) -> Bool {
    t.script == .arabic && FNV1a.startsWithBytes(t.text, "ال")
  }

  /// True when the Arabic span's first word carries the article («الباب», «بالباب»).
  func articleWritten(_ doc: ReportText, _ m: CandidateSpan) -> Bool {
    // The span's first three folded scalars, folded one by one from the report's scalars
    // (building its `FoldedText` was a quarter of `isAccepted`).
    var first = Unicode.Scalar(UInt8(0))
    var second = Unicode.Scalar(UInt8(0))
    var count = 0
    let lo = max(0, min(m.start, doc.scalars.count))
    // Most spans open on an Arabic letter that folds to none of ا and ل (only أ إ آ fold to ا, and
    // the tatweel is skipped): their answer is no, read off that scalar without folding.
    if lo < min(m.end, doc.scalars.count), Self.opensOnOtherLetter(doc.scalars[lo]) { return false }
    func take(_ s: Unicode.Scalar) -> Bool {
      guard case .keep(let f) = Folding.fold(s) else { return false }
      if count == 0 { first = f } else if count == 1 { second = f }
      count += 1
      return count > 2
    }
    for s in doc.scalars[lo..<max(lo, min(m.end, doc.scalars.count))] {
      if take(s) { break }
    }
    guard count > 2 else { return false }
    return first == "ا" && second == "ل" || first == "ل" && second == "ل"
  }

  /// True when `s` is an Arabic letter whose folded form (`Folding.fold`) is kept and is neither
  /// ا nor ل.
  @inline(__always)
  static func opensOnOtherLetter(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x0622, 0x0623, 0x0625, 0x0627, 0x0640, 0x0644: return false
    case 0x0621...0x064A: return true
    default: return false
    }
  }

  /// A place that needs no context: a country, governorate, city, region, or a multi-word name.
  func isSalient(_ m: CandidateSpan, _ facts: KeyFacts.Flags) -> Bool {
    m.endToken - m.firstToken >= 2 || facts.contains(.anySalient)
  }

  /// A candidate that needs no context as a one-word name.
  static func isSalient(_ e: GazetteerEntry) -> Bool {
    switch e.kind {
    case .country, .governorate, .region, .countryside, .camp, .crossing: return true
    case .city: return e.population >= 50_000 || e.population == 0
    default: return e.population >= 50_000
    }
  }

  /// Token `t` is a direction word before a name: «جنوب», «شمالي» (north of), "south" — but not
  /// «الغربي» with its article, which ends «ريف حلب الغربي» and says nothing of the word after it.
  func isDirection(_ doc: ReportText, _ t: Int) -> Bool {
    guard doc.forms[t].contains(where: { PlaceContext.directions[$0] != nil }) else { return false }
    return doc.forms[t].isDisjoint(with: PlaceContext.directionAdjectiveWords)
      || ArabicWord.lacksArticle(doc.tokens[t].text)
  }

  /// The strongest context before the span: a trigger noun, a preposition, or a glued ب/ل.
  func contextSupport(_ doc: ReportText, _ words: ScanWords, _ m: CandidateSpan) -> (Support, PlaceKind?) {
    let i = m.firstToken
    // A glued preposition («بالميادين», «للرقة»): the span starts inside the token.
    var best: Support = .none
    if m.start > doc.tokens[i].start {
      // The prefix's scalars folded one by one, not copied into a `FoldedText`.
      for s in doc.scalars[doc.tokens[i].start..<min(m.start, doc.scalars.count)] {
        if case .keep(let f) = Folding.fold(s), f == "ب" || f == "ل" {
          best = .glued
          break
        }
      }
    }
    // The name's own first word may be a trigger («مخيم اليرموك», "Yarmouk camp" is handled below).
    // Read once per spelling (`ScanWord.Context`).
    let own = words[i].context
    if own.isTrigger { return (.trigger, own.hint) }
    // An Arabic dateline, «حماة/ الأناضول», «حماة - سانا»: the report's first word, then a slash, a
    // dash or a parenthesis, names where the report is filed («حماة», also "protectors", otherwise
    // needs a trigger noun). (Not a comma: "Rudaw, 30/9/2014" opens on the agency.)
    if i == 0, doc.tokens[i].script == .arabic, m.endToken < doc.tokens.count, Self.datelineMarkAfter(doc, m) {
      return (.trigger, nil)
    }
    guard i > 0, doc.sentenceOfToken[i] == doc.sentenceOfToken[i - 1] else { return (best, nil) }
    let prevForms = doc.forms[i - 1]
    let tight = !doc.clauseBreakBefore[i]
    // «المدينة للمرة الثانية» (the city, for the second time): a trigger noun with the article is an
    // anaphor, not the head of a name («مدينة الرقة» has none).
    let prevIsAnaphor = doc.tokens[i - 1].script == .arabic && words[i - 1].context.hasArticle
    if tight {
      // «دافعوا عن مناطقهم طوال فترة الحصار» (their areas, throughout), «ومطارها العسكري» (its military
      // airport): a trigger noun with a pronoun suffix has its complement, so its plain forms (suffix
      // kept on) are asked.
      for f in doc.plainForms[i - 1] where !prevIsAnaphor {
        if let hint = PlaceContext.triggers[f] { return (.trigger, hint) }
      }
      // «أحياء من مخيم …», "city of Raqqa": trigger, then من/of.
      if i > 1, !prevForms.isDisjoint(with: Self.ofWords), doc.isNear(before: i - 1) {
        for f in doc.forms[i - 2] where PlaceContext.triggers[f] != nil {
          return (.trigger, PlaceContext.triggers[f] ?? nil)
        }
      }
      // «عليها للمرة»: a preposition with a pronoun suffix already has its object (plain forms keep
      // the suffix on). A direction counts as one: «في جنوب دمشق» (preposition, direction, name).
      if !doc.plainForms[i - 1].isDisjoint(with: PlaceContext.prepositions)
        || !doc.plainForms[i - 1].isDisjoint(with: PlaceContext.placeHeads) && !byWayOf(doc, i - 1)
        || !prevIsAnaphor && !doc.plainForms[i - 1].isDisjoint(with: PlaceContext.peopleOf)
        || doc.tokens[i - 1].script == .latin && PlaceContext.objectVerbs.contains(doc.words[i - 1])
        || isDirection(doc, i - 1)
      {
        best = max(best, .preposition)
      }
    }
    // "the siege on Jasim", "an attack on Kafraya": «on» after a noun of attack is a preposition of place.
    if tight, i > 1, doc.tokens[i - 1].script == .latin, Self.spells(doc.tokens[i - 1].text, "on"),
      doc.isNear(before: i - 1), Self.attackNouns.contains(doc.words[i - 2])
    {
      best = max(best, .preposition)
    }
    // English trigger after the name: "Yarmouk camp", "Homs countryside", "Raqqa province", past
    // one qualifier: "the Mastumah military base", "the Layramoun industrial area".
    var after = m.endToken
    if after + 1 < doc.tokens.count, doc.tokens[after].script == .latin, doc.isNear(before: after),
      Self.facilityQualifiers.contains(doc.words[after])
    {
      after += 1
    }
    if after < doc.tokens.count, doc.tokens[after].script == .latin, doc.isNear(before: after),
      let hint = PlaceContext.triggers[doc.words[after]]
    {
      return (.trigger, hint)
    }
    return (best, nil)
  }

  /// True when the gap after span `m`, on its line, holds a slash, a dash or a parenthesis.
  static func datelineMarkAfter(_ doc: ReportText, _ m: CandidateSpan) -> Bool {
    let gap = doc.scalars[doc.tokens[m.endToken - 1].end..<doc.tokens[m.endToken].start]
    return !gap.contains("\n") && gap.contains { "/-–—(".unicodeScalars.contains($0) }
  }

  /// True when token `t` is the «طريق» of «عن طريق» (by way of).
  func byWayOf(_ doc: ReportText, _ t: Int) -> Bool {
    t > 0 && !doc.plainForms[t].isDisjoint(with: PlaceContext.road)
      && !doc.forms[t - 1].isDisjoint(with: PlaceContext.byWayOf)
  }

  /// True when `b` follows `a` as the next item of a list: «و» glued to `b`, a comma, or "and".
  func joined(_ doc: ReportText, _ a: CandidateSpan, _ b: CandidateSpan) -> Bool {
    Self.joined(doc, a, b)
  }

  /// True when `b` follows `a` as the next item of a list: «و» glued to `b`, a comma, or "and".
  static func joined(_ doc: ReportText, _ a: RecognizedMention, _ b: RecognizedMention) -> Bool {
    joined(doc, CandidateSpan(a), CandidateSpan(b))
  }

  /// True when `b` follows `a` as the next item of a list: «و» glued to `b`, a comma (unless `comma`
  /// is false), or "and".
  static func joined(_ doc: ReportText, _ a: CandidateSpan, _ b: CandidateSpan, comma: Bool = true) -> Bool {
    guard doc.sentenceOfToken[a.firstToken] == doc.sentenceOfToken[b.firstToken] else { return false }
    if b.firstToken == a.endToken {
      // Most gaps hold no comma scalar at all, and then the `String` test below cannot succeed:
      // the gap is read as scalars first and built as a `String` only when it holds one.
      let from = b.firstToken == 0 ? 0 : doc.tokens[b.firstToken - 1].end
      if comma, doc.scalars[from..<doc.tokens[b.firstToken].start].contains(where: { $0 == "،" || $0 == "," }) {
        let gap = doc.gap(before: b.firstToken)
        if gap.contains("،") || gap.contains(",") { return true }
      }
      guard doc.tokens[b.firstToken].script == .arabic else { return false }
      // «على محور تدمر - السخنة» (the Palmyra–Sukhnah axis): a dash between two Arabic names.
      // Not after a name that opens its line: «الحسكة – خاص» is a dateline (exclusive).
      if doc.tokens[a.endToken - 1].script == .arabic, !doc.opensLine(a.firstToken),
        doc.scalars[from..<doc.tokens[b.firstToken].start].contains(where: { $0 == "-" || $0 == "–" })
      {
        return true
      }
      return gluedLetter(doc, b) == "و"
    }
    if b.firstToken == a.endToken + 1 {
      // Bytes, not `==` (see `spells`): «و» too has no other canonically equivalent spelling.
      let mid = doc.tokens[a.endToken].text
      return spells(mid, "and") || FNV1a.sameBytes(mid, "و") || spells(mid, "or")
    }
    return false
  }
}
