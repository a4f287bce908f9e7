/// What the relation stages share: the text, the resolved places and the actors, with look-ups.
/// (A class, so the extractors and their closures share one instead of copying its arrays.)
final class RelationContext {
  let doc: ReportText
  let places: [ResolvedMention]
  let actors: [ActorMention]
  let source: String
  let date: CalendarDate?
  /// Where the rules' cue words stand, found once for all rules (see `CueIndex`).
  let cues: CueIndex
  /// What the rules ask at almost every token, by token (`TokenSlot`), and one slot past the last
  /// token, where an actor may end. Tables by token, not dictionaries: hashing each question showed
  /// in the profile. One block this context owns (freed in `deinit`), written through a constant
  /// pointer: a table per question was a heap block each to make and free per report, and a class's
  /// array property is checked for exclusive access at every write (`anaphor` is filled as asked).
  private let slots: UnsafeMutableBufferPointer<TokenSlot>
  /// Each place mention's first token, when they are in text order (the resolver keeps it), else
  /// nil: `firstPlace(in:)` then searches by halves instead of scanning every place of a long report
  /// per rule match (the scans grow with the report, the rules ask per sentence).
  private let placeStarts: [Int]?
  /// Each actor mention's first token, when they are in text order and none is empty (checked), else nil.
  private let actorStarts: [Int]?
  /// Each place mention's end token and kind bit (`kindBit`): `anaphor(at:)` searches back through
  /// them without copying mentions out of `places`.
  private let placeEnds: [Int]
  private let placeKindBits: [UInt32]
  /// Whether the report opens with a dateline naming its first place (`datelinePlace`).
  private let startsWithDateline: Bool
  /// Whether place `k + 1` is joined to place `k` as a list's next item (`joinsNext` but for its
  /// limit), by `k`, worked out the first time it is asked: -1 not yet, else 0 or 1. Written for
  /// speed, as `TokenSlot.anaphor`, in a block this context owns: every list read (`listRange`,
  /// `placeRange`) and every partitive question (`ControlExtractor.partial`) steps through the same
  /// joins again, each step reading the words between the two places against the list words and
  /// dates (`joinsNext` was 0.43M instructions of the 92 Arabic reports' second reading, 0.32M so).
  private let joins: UnsafeMutableBufferPointer<Int8>

  /// A token's entries in `slots`.
  private struct TokenSlot {
    /// The place mention starting at the token, -1 for none.
    var placeAt: Int32 = -1
    /// The first actor mention starting at the token and the last ending there (exclusive end), -1
    /// for none: rules need not scan every actor of a long report.
    var actorFrom: Int32 = -1
    var actorTo: Int32 = -1
    /// `anaphor(at:)`, worked out the first time the token is asked: -2 not yet, -1 none, else the
    /// place's index. Written for speed: the rules of both extractors ask at every word of their
    /// windows (`placeRange`, `placeIn`, `approachEnd`), many words again and again, and each answer
    /// read the word's scalars against every anaphor noun.
    var anaphor: Int32 = -2
    /// Bit 1 when an actor mention covers the token and bit 2 when a place mention does: asked per
    /// word between a verb and its object, answered without scanning every mention of the report.
    var coverage: UInt8 = 0
  }

  /// `cues`: the report's cue index when the caller built it already (for the actor scan), else
  /// built here.
  init(
    doc: ReportText, places: [ResolvedMention], actors: [ActorMention], source: String, date: CalendarDate?,
    cues: CueIndex? = nil
  ) {
    self.doc = doc
    self.places = places
    self.actors = actors
    self.source = source
    self.date = date
    self.cues = cues ?? CueIndex(doc)
    // One pass over the places and one over the actors, reading each mention's fields in place
    // (copying mentions out of the arrays retained and released their strings and boxes).
    let slots = UnsafeMutableBufferPointer<TokenSlot>.allocate(capacity: doc.tokens.count + 1)
    slots.initialize(repeating: TokenSlot())
    // (Covered tokens are the text's: a mention ending past it covers no slot past the last token.)
    func mark(_ range: Range<Int>, _ bit: UInt8) {
      let (lo, hi) = (max(0, range.lowerBound), min(doc.tokens.count, range.upperBound))
      guard lo < hi else { return }
      for t in lo..<hi { slots[t].coverage |= bit }
    }
    var starts: [Int] = []
    var ends: [Int] = []
    var kinds: [UInt32] = []
    starts.reserveCapacity(places.count)
    ends.reserveCapacity(places.count)
    kinds.reserveCapacity(places.count)
    var placesInOrder = true
    for k in places.indices {
      let first = places[k].recognized.firstToken
      let end = places[k].recognized.endToken
      if slots.indices.contains(first) { slots[first].placeAt = Int32(k) }
      mark(first..<max(first, end), 2)
      if let last = starts.last, last > first { placesInOrder = false }
      starts.append(first)
      ends.append(end)
      kinds.append(Self.kindBit(places[k].mention.entry.kind))
    }
    placeEnds = ends
    placeKindBits = kinds
    placeStarts = placesInOrder ? starts : nil
    var actorFirsts: [Int] = []
    actorFirsts.reserveCapacity(actors.count)
    var actorsInOrder = true
    for k in actors.indices {
      let first = actors[k].firstToken
      let end = actors[k].endToken
      if slots.indices.contains(first), slots[first].actorFrom < 0 { slots[first].actorFrom = Int32(k) }
      if slots.indices.contains(end) { slots[end].actorTo = Int32(k) }
      mark(first..<max(first, end), 1)
      if let last = actorFirsts.last, last > first { actorsInOrder = false }
      if first >= end { actorsInOrder = false }
      actorFirsts.append(first)
    }
    self.slots = slots
    actorStarts = actorsInOrder ? actorFirsts : nil
    startsWithDateline = Self.opensWithDateline(doc, places)
    joins = UnsafeMutableBufferPointer<Int8>.allocate(capacity: places.count)
    joins.initialize(repeating: -1)
  }

  deinit {
    slots.deallocate()
    joins.deallocate()
  }

  /// The indices of `places` to search for mentions starting inside `window`: exactly those when the
  /// places are in text order, else all. A rule keeps its own test and searches only this range
  /// instead of every place of a long report; the answer is the same, as the rest fail the test.
  func placeIndices(startingIn window: Range<Int>) -> Range<Int> {
    guard let starts = placeStarts else { return places.indices }
    return Self.indices(of: window, in: starts)
  }

  /// The indices of `actors` to search for mentions starting inside `window` (see `placeIndices`).
  /// An actor ending by token `t` starts before it: mentions are never empty when this narrows.
  func actorIndices(startingIn window: Range<Int>) -> Range<Int> {
    guard let starts = actorStarts else { return actors.indices }
    return Self.indices(of: window, in: starts)
  }

  /// The clause of `sentence` holding token `t`, else the sentence: what
  /// `doc.clauses(in: sentence).first { $0.contains(t) } ?? sentence` gives, without building the
  /// sentence's clauses per rule match.
  func clause(of t: Int, in sentence: Range<Int>) -> Range<Int> {
    guard sentence.contains(t) else { return sentence }
    var lo = t
    while lo > sentence.lowerBound && !doc.clauseBreakBefore[lo] { lo -= 1 }
    var hi = t + 1
    while hi < sentence.upperBound && !doc.clauseBreakBefore[hi] { hi += 1 }
    return lo..<hi
  }

  /// The place mentions to search for one starting inside `window` (see `placeIndices`).
  /// The place `p` says the location of, when `p` is a direction phrase right after it («قضاء الحويجة
  /// جنوب غرب كركوك، آخر معاقل التنظيم», "Hawija, west of Kirkuk, held by ISIS": the stronghold is
  /// Hawija); else `p`. A second direction word may open the phrase («جنوب غرب»).
  func locatedPlace(_ p: ResolvedMention) -> ResolvedMention {
    var first = p.recognized.firstToken
    func isDirection(_ t: Int) -> Bool {
      t >= 0 && t < doc.tokens.count && doc.forms[t].contains { PlaceContext.directions[$0] != nil }
    }
    guard isDirection(first) else { return p }
    if isDirection(first - 1) { first -= 1 }
    let sentence = doc.sentence(of: p.recognized.firstToken)
    return placesStarting(in: sentence.lowerBound..<first).last { $0.recognized.endToken == first } ?? p
  }

  func placesStarting(in window: Range<Int>) -> ArraySlice<ResolvedMention> {
    places[placeIndices(startingIn: window)]
  }

  /// The actor mentions to search for one starting at or after `from` and before `to` (an empty
  /// window when `to <= from`; see `actorIndices`).
  func actorsStarting(from: Int, before to: Int) -> ArraySlice<ActorMention> {
    actors[actorIndices(startingIn: from..<max(from, to))]
  }

  /// The positions in `starts` (ascending) of the values inside `window`, by binary search.
  private static func indices(of window: Range<Int>, in starts: [Int]) -> Range<Int> {
    let lo = SortedSearch.firstAtLeast(window.lowerBound, in: starts, from: 0, to: starts.count)
    // The end from `lo` on: windows mostly hold a mention or two.
    return lo..<max(lo, SortedSearch.firstAtLeast(window.upperBound, in: starts, searchingFrom: lo))
  }


  /// The index of the first place mention (in array order) starting inside `window`: the same
  /// answer as `places.firstIndex { window.contains($0.recognized.firstToken) }`.
  func firstPlace(in window: Range<Int>) -> Int? {
    guard let starts = placeStarts else {
      return places.firstIndex { window.contains($0.recognized.firstToken) }
    }
    // The first mention starting at or after the window's start; in text order no earlier one can
    // start inside the window, and it is inside only if it starts before the window's end.
    var lo = 0
    var hi = starts.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if starts[mid] < window.lowerBound { lo = mid + 1 } else { hi = mid }
    }
    return lo < starts.count && starts[lo] < window.upperBound ? lo : nil
  }

  /// True when an actor mention covers token `t`: `actors.contains { $0.firstToken <= t && t < $0.endToken }`.
  func isInsideActor(_ t: Int) -> Bool { slots.indices.contains(t) && slots[t].coverage & 1 != 0 }

  /// True when a place mention covers token `t` (as `isInsideActor` for `places`).
  func isInsidePlace(_ t: Int) -> Bool { slots.indices.contains(t) && slots[t].coverage & 2 != 0 }

  /// The index a table of `slots` holds (-1: none). (A token outside the text has no slot and holds
  /// none.)
  @inline(__always)
  private static func index(_ k: Int32) -> Int? { k >= 0 ? Int(k) : nil }

  /// The index of the place mention starting at token `t`. (Inlined: the movement rules ask at
  /// every token of a group they read, and the call was most of the answer.)
  @inline(__always)
  func place(startingAt t: Int) -> Int? { slots.indices.contains(t) ? Self.index(slots[t].placeAt) : nil }

  /// The actor mention starting at token `t`.
  func actor(startingAt t: Int) -> ActorMention? {
    slots.indices.contains(t) ? Self.index(slots[t].actorFrom).map { actors[$0] } : nil
  }

  /// The last actor mention ending at token `t` (exclusive end).
  func actor(endingAt t: Int) -> ActorMention? {
    slots.indices.contains(t) ? Self.index(slots[t].actorTo).map { actors[$0] } : nil
  }

  /// The place mentions right after the word at token `p` («من مدينة الرقة», «إلى دير الزور والرقة»):
  /// trigger nouns and «أحياء من» may stand between; list continuations follow.
  func placesAfter(_ p: Int, limit: Int) -> [Int] { Array(placeRange(after: p, limit: limit)) }

  /// `placesAfter(p, limit:)` as the range of place indices it lists (a list is consecutive
  /// mentions). Written for speed: the movement rules ask at every from- and to-word, and an array
  /// per question was a sixth of their heap blocks.
  func placeRange(after p: Int, limit: Int) -> Range<Int> {
    var t = p + 1
    var skipped = 0
    while t < limit, skipped < 3, doc.isNear(before: t), place(startingAt: t) == nil {
      // «من المدينة», "from the city": the last city or town named before.
      if let a = anaphor(at: t) { return a..<a + 1 }
      let f = doc.forms[t]
      let isTrigger = f.contains { PlaceContext.triggers[$0] != nil }
      let isFiller =
        !f.isDisjoint(with: Self.fillerWords)
        || !f.isDisjoint(with: PlaceContext.latinArticles)
        || !f.isDisjoint(with: Self.placeModifiers)
      // "in the southern Syrian city of Deraa", "for the rebel-held town of Jarabulus": a direction,
      // nation or holder adjective neither names the place nor ends the phrase, and does not count
      // towards the words skipped.
      if !f.isDisjoint(with: Self.descriptors) || !f.isDisjoint(with: Self.besiegedAdjectives)
        || isHeldCompound(t) || (t > p + 1 && isHeldCompound(t - 1))
      {
        t += 1
        continue
      }
      guard isTrigger || isFiller else { return 0..<0 }
      t += 1
      skipped += 1
    }
    guard t < limit, let first = place(startingAt: t), t == p + 1 || doc.isNear(before: t) else {
      return 0..<0
    }
    return listRange(named(first, limit: limit), limit: limit)
  }

  /// "the Damascus suburb of Darayya", "the northern Homs town of Rastan": a place qualifying a
  /// generic head; the (smaller) place after "of" is the one meant. Returns that place, else `k`.
  func named(_ k: Int, limit: Int) -> Int {
    let end = places[k].recognized.endToken
    guard end + 2 < min(limit, doc.tokens.count), doc.tokens[end].script == .latin,
      !doc.forms[end].isDisjoint(with: Self.genericHeads),
      !doc.forms[end + 1].isDisjoint(with: Self.englishOf),
      let next = place(startingAt: end + 2)
    else { return k }
    // "the al-Waer neighborhood of Homs": the same words, the other way round; the smaller place is meant.
    return places[next].mention.entry.radiusKm < places[k].mention.entry.radiusKm ? next : k
  }
  static let genericHeads: WordSet = [
    "suburb", "suburbs", "town", "city", "village", "district", "neighbourhood", "neighborhood", "camp",
    "enclave",
    "region", "area",
  ]
  static let englishOf: WordSet = ["of"]

  /// Direction and nation adjectives before a trigger noun ("the southern Syrian city of").
  static let descriptors: WordSet = [
    "southern", "northern", "eastern", "western", "syrian", "iraqi", "central", "northeastern",
    "northwestern", "southeastern", "southwestern", "nearby", "neighbouring", "neighboring",
  ]

  /// Words between a motion word and its place that neither name it nor end the phrase
  /// ("to rebel-held Idlib", "towards the desert of western Anbar").
  static let placeModifiers: WordSet = WordSet(
    words: ["أطراف", "مشارف", "محيط"].map(ArabicWord.lexiconForm) + [
      "held", "controlled", "desert", "outskirts",
    ])

  /// "left the besieged town of Homs", «المحاصرة»: a siege adjective, skipped like a descriptor.
  static let besiegedAdjectives: WordSet = WordSet(
    words: ["المحاصر", "المحاصرة", "المحاصرين"].map(ArabicWord.lexiconForm) + ["besieged", "encircled"])

  /// "rebel-held", "ISIS-controlled": the word before a tight "held"/"controlled".
  func isHeldCompound(_ t: Int) -> Bool {
    guard t + 1 < doc.tokens.count, doc.isTight(before: t + 1) else { return false }
    return isWord(t + 1, "held") || isWord(t + 1, "controlled")
  }

  /// The last place mention starting before token `t` that `accept` takes, searched back from `t`.
  /// With places in text order the search stops at the first mention before sentence `minSentence`
  /// and answers nil where a full scan could answer an earlier mention: for callers that use no
  /// mention before that sentence (a backward scan over a long report's places, per claim, showed).
  func lastPlace(before t: Int, fromSentence minSentence: Int, where accept: (Int) -> Bool) -> Int? {
    guard let starts = placeStarts else {
      return places.indices.last { places[$0].recognized.firstToken < t && accept($0) }
    }
    var lo = 0
    var hi = starts.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if starts[mid] < t { lo = mid + 1 } else { hi = mid }
    }
    var k = lo
    while k > 0 {
      k -= 1
      if doc.sentenceOfToken[starts[k]] < minSentence { return nil }
      if accept(k) { return k }
    }
    return nil
  }

  /// True when token `t` is spelled `word`, an ASCII word. An Arabic token (a run of Arabic letters
  /// only) never is, and is not compared: `==` on it goes through Unicode normalization (asked at
  /// every token, it was ~1 % of a 2 MB Arabic run), while on two short ASCII strings it compares bits.
  func isWord(_ t: Int, _ word: String) -> Bool {
    doc.tokens[t].script != .arabic && doc.tokens[t].text == word
  }

  /// Nouns that refer back to the last city, town or camp named ("the city", «المدينة», «المخيم»).
  /// The Iraqi administrative units («الناحية», «القضاء», "the district") are named after their
  /// seat: «ناحية زمار … أطراف الناحية», «قضاء طوزخورماتو … مركز القضاء» refer back to that town.
  static let anaphorNouns: [(arabic: String, latin: String)] = [
    ("المدينة", "city"), ("البلدة", "town"), ("المخيم", "camp"), ("الحي", "neighbourhood"),
    ("الحي", "neighborhood"), ("المطار", "airport"), ("المطار", "base"), ("المطار", "airbase"),
    ("الناحية", "subdistrict"), ("القضاء", "district"), ("السد", "dam"),
  ]

  /// Adjectives that make «المدينة» a kind of site, not the city referred back to.
  static let compoundCityAdjectives: WordSet = WordSet(
    words: ["الصناعية", "الرياضية", "الجامعية", "الطبية", "العمالية", "السكنية"].map(ArabicWord.lexiconForm))

  /// The last letters of the Arabic `anaphorNouns`, distinct. An array, not a `Set`: three
  /// scalars are compared faster than one is hashed, and `anaphor(at:)` asks per Arabic word.
  static let anaphorLastLetters: [Unicode.Scalar] = anaphorNouns.compactMap { $0.arabic.unicodeScalars.last }
    .reduce(into: []) { if !$0.contains($1) { $0.append($1) } }

  /// The scalars of the Arabic `anaphorNouns`. They are plain letters (no marks, none with a
  /// canonical decomposition), so an original spelling ending in one ends in its scalars.
  static let anaphorScalars: [[Unicode.Scalar]] = anaphorNouns.map { Array($0.arabic.unicodeScalars) }

  /// What an anaphor noun refers back to: the last camp, neighbourhood, facility, or settlement
  /// (a city first for "the city"; a town or village for "the town", «البلدة», see `anaphor(at:)`).
  enum AnaphorNoun {
    case camp, neighbourhood, facility, city, settlement, town, district
  }

  /// The anaphor noun an Arabic token is, decided on its scalars: the `anaphorNouns` spelling its
  /// original text ends with, when that text is at most two characters longer.
  ///
  /// Written for speed: the answer was found on the token's `String` (built per question, compared
  /// by characters for each noun, counted by characters), and `placesAfter` and the control rules
  /// ask at every word of their windows. A token of plain Arabic letters only (`PlainText.isArabicLetter`:
  /// no marks, no tatweel, so one character per scalar, and no letter another spelling is canonically
  /// equal to) gives the same answer on its scalars; any other token is still asked on its string.
  func arabicAnaphorNoun(_ t: Int) -> AnaphorNoun? {
    let tok = doc.tokens[t]
    let end = min(tok.end, doc.scalars.count)
    // Every Arabic anaphor noun ends in «ة», «م», «ي», «ر», «ء» or «د»: a word whose original text ends in another
    // scalar (diacritic, tatweel, other letter) has none of them as a suffix.
    guard end > tok.start, Self.anaphorLastLetters.contains(doc.scalars[end - 1]) else { return nil }
    let word = doc.scalars[tok.start..<end]
    guard
      let n = Self.anaphorScalars.firstIndex(where: { noun in
        word.count >= noun.count && word.suffix(noun.count).elementsEqual(noun)
      })
    else { return nil }
    if word.allSatisfy({ PlainText.isArabicLetter($0.value) }) {
      // The nouns end differently: `n` is the only one the word ends with.
      return word.count <= Self.anaphorScalars[n].count + 2 ? Self.arabicAnaphorKinds[n] : nil
    }
    let original = doc.original(t)
    guard
      Self.anaphorNouns.contains(where: {
        original.hasSuffix($0.arabic) && original.count <= $0.arabic.count + 2
      })
    else { return nil }
    if original.hasSuffix("المخيم") { return .camp }
    if original.hasSuffix("الحي") { return .neighbourhood }
    if original.hasSuffix("المطار") || original.hasSuffix("السد") { return .facility }
    if original.hasSuffix("الناحية") || original.hasSuffix("القضاء") { return .district }
    return original.hasSuffix("البلدة") ? .town : .settlement
  }

  /// What each Arabic `anaphorNouns` spelling refers back to, by index.
  static let arabicAnaphorKinds: [AnaphorNoun] = anaphorNouns.map {
    switch $0.arabic {
    case "المخيم": .camp
    case "الحي": .neighbourhood
    case "المطار", "السد": .facility
    case "الناحية", "القضاء": .district
    case "البلدة": .town
    default: .settlement
    }
  }

  /// The anaphor noun a non-Arabic token is ("the city" with no "of" or place after it).
  func latinAnaphorNoun(_ t: Int) -> AnaphorNoun? {
    let tok = doc.tokens[t]
    // The noun first: most words are none of them, and the words around need not be compared.
    let noun: AnaphorNoun
    switch tok.text {
    case "camp": noun = .camp
    case "neighbourhood", "neighborhood": noun = .neighbourhood
    case "airport", "base", "airbase", "dam", "airfield": noun = .facility
    case "district", "subdistrict": noun = .district
    case "city": noun = tok.script == .latin ? .city : .settlement
    case "town": noun = tok.script == .latin ? .town : .settlement
    default: return nil
    }
    let the = t > 0 && doc.tokens[t - 1].text == "the"
    let named =
      t + 1 < doc.tokens.count && (doc.tokens[t + 1].text == "of" || place(startingAt: t + 1) != nil)
    return the && !named ? noun : nil
  }

  /// The place an anaphor at token `t` refers to: the last city, town or village named before it.
  /// "the city of Raqqa" names its place and is no anaphor.
  func anaphor(at t: Int) -> Int? {
    precondition(t >= 0 && t < doc.tokens.count, "RelationContext: an anaphor asked outside the report")
    if slots[t].anaphor == -2 { slots[t].anaphor = Int32(findAnaphor(at: t) ?? -1) }
    return Self.index(slots[t].anaphor)
  }

  /// `anaphor(at:)` worked out.
  private func findAnaphor(at t: Int) -> Int? {
    let isArabic = doc.tokens[t].script == .arabic
    guard let noun = isArabic ? arabicAnaphorNoun(t) : latinAnaphorNoun(t) else { return nil }
    // «المدينة الصناعية بالشيخ نجار», «المدينة الرياضية»: a compound noun, no city referred back to.
    if isArabic, t + 1 < doc.tokens.count, !doc.forms[t + 1].isDisjoint(with: Self.compoundCityAdjectives) {
      return nil
    }
    // The last place before `t` of a kind, searched back from the last one starting by `t` (places
    // are in text order; one starting later ends later, and searching back from the report's last
    // place passed them all at every anaphor). Read from the places' ends and kind bits kept beside
    // them (copying each mention out and hashing its kind into a set was most of an anaphor's cost).
    // «تعزيزات من الكسوة ودمشق إلى محيط المدينة»: not a place of the from-list just before.
    let bound = antecedentBound(t)
    func last(_ kinds: UInt32) -> Int? {
      placeIndices(startingIn: 0..<(bound + 1)).last { placeEnds[$0] <= bound && placeKindBits[$0] & kinds != 0 }
    }
    switch noun {
    // «حررت الحجر الأسود والمخيم»: the camp is the last camp named; «الحي» the last neighbourhood.
    case .camp: return last(Self.campKinds)
    case .neighbourhood: return last(Self.neighbourhoodKinds)
    // "pulled back from the base", «انسحبوا من المطار»: the last air base or other facility named.
    case .facility: return last(Self.facilityKinds)
    // "the city" is the last city named, else the last town; "the town" any settlement. Arabic calls
    // towns «مدينة» too («مدينة حرستا»), so «المدينة» is any city or town.
    case .city: if let k = last(Self.cityKinds) { return k }
    // «القضاء على التنظيم» is eliminating it, «الناحية الشرقية» a side, «القضاء العراقي» the
    // judiciary: the unit only when no «على» or nisba adjective follows. It is the last place the
    // report named as a unit («ناحية العلم», "Sinjar district"), not merely the last town: «فوق
    // مبنى مديرية الناحية» after «ناحية العلم شمال شرقي تكريت» is Al-Alam's, not Tikrit's.
    case .district:
      guard isAdministrativeUnit(t) else { return nil }
      // «الناحية» is the last «ناحية X», «القضاء» the last «قضاء X» («قضاء كلار» is no «الناحية»).
      let unit =
        doc.tokens[t].text == "subdistrict" || PlainArabic.original(of: t, in: doc, hasSuffix: "الناحية")
        ? Self.subdistrictNouns : Self.districtNouns
      // The unit noun opens or closes the name («ناحية الطارمية», "Baiji district"), or stands
      // just before or after it, or before "of" ("the district of Baiji").
      func isUnit(_ u: Int) -> Bool { u >= 0 && u < doc.tokens.count && !doc.forms[u].isDisjoint(with: unit) }
      return placeIndices(startingIn: 0..<(t + 1)).last { k in
        guard placeEnds[k] <= t else { return false }
        let f = places[k].recognized.firstToken
        let e = placeEnds[k]
        return isUnit(f) || isUnit(e - 1) || isUnit(f > 1 && isWord(f - 1, "of") ? f - 2 : f - 1) || isUnit(e)
      }
    case .settlement, .town: break
    }
    // «المدينة»: a city or a town, not a village («مناطق البو غانم والصوفية … وسط المدينة» after «الرمادي»
    // is Ramadi's centre); a village only when none was named.
    if noun == .settlement, let k = last(Self.cityKinds | Self.kindBit(.town)) { return k }
    let k = last(Self.settlementKinds)
    // "the town", «البلدة»: a city named since as where a movement went or came from ("bused to
    // Idlib", "advanced from the outskirts of Baghdad") is not called the town; the last town or
    // village is. A city named in the sentence otherwise ("the evacuation of Douma … the town") is.
    if noun == .town, let c = k, places[c].mention.entry.kind == .city {
      let f = places[c].recognized.firstToken
      let sentence = doc.sentence(of: t)
      // (The lead is built only for a city in this sentence: a range from before it would be empty.)
      let named =
        sentence.contains(f)
        && !(max(sentence.lowerBound, f - 5)..<f).contains {
          !doc.forms[$0].isDisjoint(with: Self.routeMarkers)
        }
      if !named { return last(Self.townKinds) ?? k }
    }
    // «دفعت بتعزيزات من مدينة السلمية إلى محيط البلدة … انسحبوا من البلدة»: the text's own nouns
    // tell its places apart where the gazetteer's kinds do not (Salamiyah and Uqayribat are both
    // small). A settlement the text introduced as a city («مدينة», "the city of") is not what it
    // calls the town when it introduced an earlier one as a town («بلدة عقيربات», "the town of").
    if noun == .town, let c = k, headKind(c) == .city,
      let town = placeIndices(startingIn: 0..<(t + 1)).last(where: {
        placeEnds[$0] <= t && placeKindBits[$0] & Self.settlementKinds != 0 && headKind($0) == .town
      })
    {
      return town
    }
    return k
  }

  /// The token before which the antecedent of the anaphor at `t` ends: `t`, or the start of a
  /// from-list of two or more places that the anaphor's to-word follows. «استقدم النظام تعزيزات
  /// من الكسوة ودمشق إلى محيط المدينة», "reinforcements from Kisweh and Damascus to the outskirts
  /// of the city": the city is where the reinforcements went, named before (Sanamayn), not one of
  /// the places they came from. (One origin is not passed over: «انسحبوا من وسط الرقة إلى أطراف
  /// المدينة» may well be Raqqa's own outskirts.)
  func antecedentBound(_ t: Int) -> Int {
    var u = t - 1
    // "to the outskirts of the city", «إلى محيط المدينة»: modifiers and fillers between.
    while u > 0, t - u <= 4, doc.forms[u].isDisjoint(with: MovementExtractor.toWords) {
      let f = doc.forms[u]
      guard !f.isDisjoint(with: Self.placeModifiers) || !f.isDisjoint(with: Self.fillerWords) else { return t }
      u -= 1
    }
    guard u > 0, !doc.forms[u].isDisjoint(with: MovementExtractor.toWords),
      let lastIndex = placeIndices(startingIn: 0..<u).last, placeEnds[lastIndex] == u
    else { return t }
    var s = lastIndex
    while s > 0, joinsNext(s - 1, limit: u) { s -= 1 }
    var f = places[s].recognized.firstToken - 1
    // «من مدينتي الكسوة ودمشق»: a trigger noun between.
    if f > 0, doc.forms[f].contains(where: { PlaceContext.triggers[$0] != nil }) { f -= 1 }
    guard s < lastIndex, f >= 0, !doc.forms[f].isDisjoint(with: MovementExtractor.originWords) else { return t }
    return places[s].recognized.firstToken
  }

  /// «ناحية», «قضاء», "district": the nouns naming a place as an administrative unit («ناحية زمار»,
  /// "the district of Sinjar", "Sinjar district").
  static let subdistrictNouns: WordSet = WordSet(words: ["ناحية"].map(ArabicWord.lexiconForm) + ["subdistrict"])
  static let districtNouns: WordSet = WordSet(words: ["قضاء"].map(ArabicWord.lexiconForm) + ["district"])

  /// Whether «القضاء»/«الناحية» (or "the district") at `t` is the administrative unit: not
  /// followed by «على»/«عليه» (the verbal noun «القضاء على», eliminating) or by a definite nisba adjective
  /// («الناحية العسكرية», the military side; «القضاء العراقي», the judiciary).
  func isAdministrativeUnit(_ t: Int) -> Bool {
    let next = t + 1
    guard next < doc.tokens.count, doc.tokens[next].script == .arabic, !doc.clauseBreakBefore[next] else {
      return true
    }
    // (`PlainArabic`: the word's affixes are read from its bytes, not compared by characters.)
    func word(is w: String) -> Bool { PlainArabic.original(of: next, in: doc, is: w) }
    func word(hasPrefix p: String) -> Bool { PlainArabic.original(of: next, in: doc, hasPrefix: p) }
    func word(hasSuffix s: String) -> Bool { PlainArabic.original(of: next, in: doc, hasSuffix: s) }
    if word(is: "على") || word(hasPrefix: "علي") { return false }
    // «على الناحية التي يسكنها …»: a relative pronoun is no nisba adjective.
    if word(is: "التي") || word(is: "الذي") { return true }
    return !(word(hasPrefix: "ال") && (word(hasSuffix: "ية") || word(hasSuffix: "ي")))
  }

  /// The kind the head noun before place `k` gives it in the text («بلدة عقيربات», «مدينة السلمية»,
  /// "the town of Nawa"), or the head noun its span opens with; nil with none.
  func headKind(_ k: Int) -> PlaceKind? {
    let first = places[k].recognized.firstToken
    var h = first - 1
    if h > 0, isWord(h, "of") { h -= 1 }
    func trigger(_ u: Int) -> PlaceKind? {
      guard u >= 0 else { return nil }
      for w in doc.forms[u] {
        if let kind = PlaceContext.triggers[w] { return kind }
      }
      return nil
    }
    return trigger(first) ?? trigger(h)
  }

  /// The bit of a place kind in `placeKindBits` and the kind masks below.
  /// (A switch: `PlaceKind.allCases` builds an array per use.)
  static func kindBit(_ kind: PlaceKind) -> UInt32 {
    switch kind {
    case .country: 1 << 0
    case .governorate: 1 << 1
    case .district: 1 << 2
    case .region: 1 << 3
    case .countryside: 1 << 4
    case .city: 1 << 5
    case .town: 1 << 6
    case .village: 1 << 7
    case .neighbourhood: 1 << 8
    case .camp: 1 << 9
    case .facility: 1 << 10
    case .crossing: 1 << 11
    }
  }

  /// The kinds of place each anaphor noun refers back to, as kind bits (built once, not per question).
  static let campKinds = kindBit(.camp)
  static let neighbourhoodKinds = kindBit(.neighbourhood)
  static let facilityKinds = kindBit(.facility)
  static let cityKinds = kindBit(.city)
  static let settlementKinds = kindBit(.city) | kindBit(.town) | kindBit(.village)
  static let townKinds = kindBit(.town) | kindBit(.village)

  /// "to", "from", «إلى», «نحو»: words before the place a movement goes to or comes from.
  static let routeMarkers: WordSet = WordSet(
    words: ["إلى", "الى", "نحو", "باتجاه", "من"].map(ArabicWord.lexiconForm) + [
      "to", "from", "for", "toward", "towards", "into", "via",
    ])

  /// «معبر نصيب الحدودي مع الأردن ومدينة بصرى الشام»: a border adjective and «مع»/"with" plus one
  /// word after a list item qualify it; the list goes on after them. Returns the token after them.
  func qualifierEnd(after end: Int, before next: Int) -> Int {
    var t = end
    if t < next, !doc.forms[t].isDisjoint(with: Self.borderAdjectives) { t += 1 }
    if t + 1 < next, !doc.forms[t].isDisjoint(with: Self.withWords),
      place(startingAt: t + 1) == nil
    {
      t += 2
    }
    return t
  }

  /// «الحويجة في كركوك والقائم وراوة وعانة في الأنبار», "Hawija in Kirkuk": place `k` right after
  /// «في»/"in" after place `k - 1`, naming the governorate (or its city or district) place `k - 1`
  /// lies in, says where that place is; it is no item of the list around it. Same country and
  /// governorate, and a larger kind: «حي الصاخور في حلب» qualifies, «الباب في منبج» does not.
  func isLocativeQualifier(_ k: Int) -> Bool {
    guard k > 0, k < places.count else { return false }
    let a = places[k - 1], b = places[k]
    let f = b.recognized.firstToken
    guard f == a.recognized.endToken + 1, !doc.forms[f - 1].isDisjoint(with: MovementExtractor.inWords) else {
      return false
    }
    let outer = b.mention.entry, inner = a.mention.entry
    guard !outer.admin1.isEmpty, outer.admin1 == inner.admin1, outer.country == inner.country else { return false }
    switch outer.kind {
    case .governorate: return inner.kind != .governorate && inner.kind != .country
    case .city, .district: return Self.smallerThanCity.contains(inner.kind)
    default: return false
    }
  }
  static let smallerThanCity: Set<PlaceKind> = [.town, .village, .neighbourhood, .camp, .facility, .crossing]

  /// «من بعض», "parts of the": words between a motion word and its place.
  static let fillerWords: WordSet = ["من", "of", "the", "بعض", "parts", "part"]
  static let withWords: WordSet = ["مع", "with"]
  /// «وأحياء من مخيم اليرموك», «وأجزاء من»: words between list items that keep the list going.
  /// «وأجزاء من», «ومناطق واسعة من الأنبار»: part of the next item (normalized lexicon forms).
  static let partWords: WordSet = WordSet(
    words: ["من", "اجزاء", "بعض"] + ["واسعة", "شاسعة", "كبيرة"].map(ArabicWord.lexiconForm))
  static let englishLinks: WordSet = ["the", "of"]
  /// "and the nearby Tabqa Dam": adjectives of nearness between "and the" and a listed place.
  static let listAdjectives: WordSet = [
    "nearby", "neighbouring", "neighboring", "adjacent", "strategic", "key",
  ]

  static let borderAdjectives: WordSet = WordSet(
    words: ["الحدودي", "الحدودية", "الحدودى"].map(ArabicWord.lexiconForm) + ["border"])

  /// Place `k` and the places joined to it as a list, up to token `limit`. A place that only says
  /// where the item before it lies is stepped over: «حي الصاخور في حلب وحي الشيخ خضر» lists Sakhour
  /// and Sheikh Khodr, not Aleppo (`isLocativeQualifier`).
  func listFrom(_ k: Int, limit: Int) -> [Int] {
    var items = Array(listRange(k, limit: limit))
    while let last = items.last, isLocativeQualifier(last + 1), joinsNext(last + 1, limit: limit) {
      items += listRange(last + 2, limit: limit)
    }
    return items
  }

  /// `listFrom(k, limit:)` as a range of place indices: a list is place `k` and the mentions right
  /// after it, so its range says it without an array (see `placeRange(after:limit:)`).
  func listRange(_ k: Int, limit: Int) -> Range<Int> {
    var cur = k
    while joinsNext(cur, limit: limit) {
      cur += 1
    }
    return k..<cur + 1
  }

  /// True when place `cur + 1` ends by token `limit` and is joined to place `cur` as the next item
  /// of a list (one step of `listFrom`; asked alone where only the first step matters).
  func joinsNext(_ cur: Int, limit: Int) -> Bool {
    guard cur >= 0, cur + 1 < places.count, places[cur + 1].recognized.endToken <= limit else { return false }
    if joins[cur] < 0 { joins[cur] = joinsNext(cur) ? 1 : 0 }
    return joins[cur] == 1
  }

  /// `joinsNext(cur, limit:)` with no limit: whether the words between places `cur` and `cur + 1`
  /// join them.
  private func joinsNext(_ cur: Int) -> Bool {
    let a = places[cur].recognized
    let b = places[cur + 1].recognized
    // "Hawija, west of Kirkuk", «قضاء الحويجة جنوب غرب كركوك»: a place whose words open with a
    // direction, right after another (a comma at most between), says where that one lies; it is
    // no second item of its list.
    if b.firstToken == a.endToken, doc.forms[b.firstToken].contains(where: { PlaceContext.directions[$0] != nil }) {
      return false
    }
    let aEnd = qualifierEnd(after: a.endToken, before: b.firstToken)
    // «وأحياء من مخيم اليرموك»: the next item may carry its own trigger.
    // An English "and" joins over an article, "of" and a generic head ("Tabqa and the Tabqa Dam",
    // "Raqqa and the nearby town of Tabqa", "the crossing with Jordan and the town of Busra").
    let qualified = aEnd > a.endToken
    // (`isWord`: an Arabic word is not compared by characters, per list step.)
    let englishAnd = aEnd < b.firstToken && isWord(aEnd, "and")
    if b.firstToken > aEnd, b.firstToken - aEnd <= (englishAnd ? 5 : 3) {
      let between = aEnd..<b.firstToken
      let joinWord =
        (doc.tokens[aEnd].script == .arabic && startsWith(aEnd, "و")) || englishAnd
      let allTriggers = between.dropFirst(englishAnd ? 1 : 0).allSatisfy { t in
        doc.forms[t].contains { PlaceContext.triggers[$0] != nil }
          || !doc.forms[t].isDisjoint(with: Self.partWords)
          || ((qualified || englishAnd) && !doc.forms[t].isDisjoint(with: Self.englishLinks))
          || (englishAnd && !doc.forms[t].isDisjoint(with: Self.listAdjectives))
      }
      if joinWord && allTriggers { return true }
    }
    // "took Kafr Naha and Anjara, as well as the town of Anadan", «على كفرناها وعنجارة، إضافة إلى
    // بلدة عندان»: an additive connective goes on with the list, past a trigger noun and "the"/"of".
    if let c = additiveEnd(at: aEnd, before: b.firstToken), b.firstToken - c <= 3,
      (c..<b.firstToken).allSatisfy({ t in
        doc.forms[t].contains { PlaceContext.triggers[$0] != nil }
          || !doc.forms[t].isDisjoint(with: Self.englishLinks) || !doc.forms[t].isDisjoint(with: Self.listAdjectives)
      })
    {
      return true
    }
    return PlaceRecognizer.joined(doc, a, b) || joinsAcrossDate(from: aEnd, to: b.firstToken)
      || joinsByRepeatedPreposition(a, b, from: aEnd)
  }

  /// «إضافة إلى», «بالإضافة إلى», «فضلاً عن»: the first word of an Arabic additive connective, and
  /// the preposition that ends it.
  static let additiveHeads: WordSet = WordSet(
    words: ["إضافة", "بالإضافة", "اضافة", "بالاضافة", "فضلا", "فضلاً"].map(ArabicWord.lexiconForm))
  static let additiveTails: WordSet = WordSet(words: ["إلى", "الى", "عن"].map(ArabicWord.lexiconForm))

  /// The token after an additive connective starting at `t` ("as well as", «إضافة إلى»), if one does
  /// and ends before token `limit`.
  func additiveEnd(at t: Int, before limit: Int) -> Int? {
    if t + 3 <= limit, isWord(t, "as"), isWord(t + 1, "well"), isWord(t + 2, "as") { return t + 3 }
    if t + 2 <= limit, doc.tokens[t].script == .arabic, !doc.forms[t].isDisjoint(with: Self.additiveHeads),
      !doc.forms[t + 1].isDisjoint(with: Self.additiveTails)
    {
      return t + 2
    }
    return nil
  }

  /// «سيطروا على كامل مدينة الموصل، ثاني أكبر مدن العراق، وعلى معظم محافظة نينوى», "fighting in
  /// Raqqa and in Tabqa": an item that repeats, after «و»/"and", the preposition the item before it
  /// stands after is a second object of the same word. The repeated preposition may follow the item
  /// at once or after an aside set off by commas that names no place and no actor (an apposition
  /// of the item); between the preposition and each item only a trigger noun, a part or quantity
  /// word («معظم», «كامل»), "the" or "of" may stand.
  func joinsByRepeatedPreposition(_ a: RecognizedMention, _ b: RecognizedMention, from aEnd: Int) -> Bool {
    func isLead(_ t: Int) -> Bool {
      doc.forms[t].contains { PlaceContext.triggers[$0] != nil }
        || !doc.forms[t].isDisjoint(with: Self.partWords) || !doc.forms[t].isDisjoint(with: Self.englishLinks)
        || !doc.forms[t].isDisjoint(with: ControlExtractor.placeObjects)
    }
    // The preposition before each item, past at most two lead words.
    func preposition(before first: Int, after floor: Int) -> Int? {
      var t = first - 1
      while t > floor, first - t <= 2, isLead(t) { t -= 1 }
      return t > floor && !doc.forms[t].isDisjoint(with: Self.repeatedPrepositions) ? t : nil
    }
    guard b.firstToken - aEnd <= 10, let p = preposition(before: b.firstToken, after: aEnd - 1) else { return false }
    let join: Int
    if doc.tokens[p].script == .arabic {
      guard startsWith(p, "و") else { return false }
      join = p
    } else {
      guard p - 1 >= aEnd, doc.tokens[p - 1].text == "and" else { return false }
      join = p - 1
    }
    // The same preposition as the first item's.
    guard let q = preposition(before: a.firstToken, after: max(-1, a.firstToken - 4)),
      doc.forms[p].contains(where: { Self.repeatedPrepositions.contains($0) && doc.forms[q].contains($0) })
    else { return false }
    guard join > aEnd else { return true }
    // An aside between: set off by commas, no place and no actor in it.
    let aside = aEnd..<join
    return aside.count <= 6 && doc.clauseBreakBefore[aEnd] && doc.clauseBreakBefore[join]
      && !aside.contains { isInsidePlace($0) || isInsideActor($0) }
  }

  /// "took control of Saraqeb on 8 February and of Maarat al-Numan on 28 January", «سيطرت على سراقب
  /// يوم السبت وعلى معرة النعمان»: a date after one item does not end the list when the next item
  /// repeats the preposition after "and"/«و». The date must be one `RelativeDateResolver` finds (a
  /// day, a weekday, "last month"), so "ISIS took Raqqa in 2014 and Mosul fell" never joins.
  func joinsAcrossDate(from gapStart: Int, to next: Int) -> Bool {
    guard next - gapStart >= 3, next - gapStart <= 9 else { return false }
    let p = next - 1
    guard !doc.forms[p].isDisjoint(with: Self.repeatedPrepositions) else { return false }
    let join: Int
    if doc.tokens[p].script == .arabic {
      guard startsWith(p, "و") else { return false }
      join = p
    } else {
      guard doc.tokens[p - 1].text == "and" else { return false }
      join = p - 1
    }
    guard join > gapStart else { return false }
    return isDate(gapStart..<join)
  }

  /// True when every word of `gap` is inside a date phrase `RelativeDateResolver` finds, or the "on"
  /// before one ("on Tuesday", «ليلة السبت», "over the past two weeks" is not one).
  func isDate(_ gap: Range<Int>) -> Bool {
    guard !gap.isEmpty, let reference = Self.anyReference else { return false }
    let from = doc.tokens[gap.lowerBound].start
    let phrases = RelativeDateResolver.find(
      in: doc.scalars[from..<doc.tokens[gap.upperBound - 1].end], reference: reference)
    return gap.allSatisfy { t in
      let (start, end) = (doc.tokens[t].start - from, doc.tokens[t].end - from)
      return doc.tokens[t].text == "on" || phrases.contains { $0.start <= start && end <= $0.end }
    }
  }
  /// "and of", «وعلى»: the preposition a list item repeats.
  static let repeatedPrepositions: WordSet = WordSet(
    words: ["على", "في", "إلى", "الى", "من"].map(ArabicWord.lexiconForm) + [
      "of", "on", "to", "in", "into", "toward", "towards", "from",
    ])
  /// Date phrases are found, not resolved, here: any reference date serves.
  static let anyReference = CalendarDate(year: 2017, month: 1, day: 1)

  /// The nearest actor mention ending before token `t` within `range`; `movers` skips the actors
  /// that only speak ("the SDF said", «نفى المتحدث باسم قسد»).
  func actor(before t: Int, in range: Range<Int>, movers: Bool = false) -> ActorMention? {
    // By index, from the last: `last(where:)` on the slice copied every mention it passed (and
    // retained its surface); the movement rules ask this per group, back through the whole report.
    for i in actorIndices(startingIn: range.lowerBound..<max(range.lowerBound, t)).reversed()
    where actors[i].endToken <= t && actors[i].firstToken >= range.lowerBound
      && !(movers && (isSource(actors[i]) || isSponsor(actors[i])))
    {
      return actors[i]
    }
    return nil
  }

  /// «الاتفاق الذي رعته روسيا», "a deal brokered by Russia", "negotiations with Moscow": who sponsors
  /// or negotiates a deal does not move; nor does who supervises it («بإشراف الأمم المتحدة», "overseen
  /// by the UN"): the evacuees it names are the movers.
  /// Also who backs a force: "The SDF, backed by coalition air strikes, advanced", «المدعومة من
  /// التحالف», «بغطاء جوي روسي» — the backer does not move or take the place itself.
  static let sponsoring: WordSet = WordSet(
    words: [
      "رعته", "رعاها", "برعاية", "رعاية", "بوساطة", "وساطة", "المدعومة", "مدعومة", "المدعوم", "مدعوم", "بدعم",
      "بإسناد", "بغطاء", "بإشراف", "إشراف",
    ].map(ArabicWord.lexiconForm) + [
      "brokered", "sponsored", "mediated", "with", "supervised", "overseen",
    ])
  /// "backed by", "supported by": only with "by" after them ("Turkish-backed rebels" are the rebels).
  static let backing: WordSet = ["backed", "supported"]
  static let by: WordSet = ["by"]
  /// "fighters surrendered to Peshmerga forces", «استسلموا لقوات البيشمركة»: who a surrender or a
  /// defection goes to stays where it is; the fighters named before are the ones who move on.
  static let yielding: WordSet = WordSet(
    words: ["استسلم", "استسلموا", "استسلمت", "استسلام"].map(ArabicWord.lexiconForm) + [
      "surrendered", "surrender", "surrendering", "defected", "defecting",
    ])

  /// "hand the town over to the army", «تسليم المدينة للجيش», «سلموا حي القدم إلى قوات النظام»: who a
  /// place or arms are handed to receives them where it stands; those who hand them over are the ones
  /// who leave (the fighters of a deal, not the army named last).
  static let handing: WordSet = WordSet(
    words: ["سلم", "سلمت", "سلموا", "يسلم", "تسليم", "بتسليم", "لتسليم"].map(ArabicWord.lexiconForm) + [
      "hand", "hands", "handed", "handing", "handover",
    ])
  /// "to", «إلى»: before the side a handover goes to (or «ل» glued to it: «للجيش»).
  static let recipientPrepositions: WordSet = WordSet(words: ["إلى", "الى"].map(ArabicWord.lexiconForm) + ["to"])

  /// «مع», the Arabic "with".
  static let arabicWith: WordSet = WordSet(words: ["مع"].map(ArabicWord.lexiconForm))
  /// Deals and talks: «مع» after them names the other party.
  static let dealNouns: WordSet = WordSet(
    words: ["اتفاق", "اتفاقا", "الاتفاق", "تفاهم", "مفاوضات", "المفاوضات", "تسوية", "هدنة", "مصالحة"].map(
      ArabicWord.lexiconForm))
  /// True when the actor is named as the sponsor or broker of a deal, the backer of a force, or the
  /// side a surrender goes to.
  func isSponsor(_ a: ActorMention) -> Bool {
    // Each test below needs one of the cue's words in the eight words before the actor: most actors
    // have none, answered from the cue index (the rules ask per actor they pass).
    guard cues.occurs(.sponsorship, in: max(0, a.firstToken - 8)..<max(0, a.firstToken)) else { return false }
    // «استسلم عشرات من عناصر داعش لقوات البيشمركة»: the verb comes first in Arabic, so the side
    // surrendered to is the second actor after it.
    let clause = max(doc.sentence(of: a.firstToken).lowerBound, a.firstToken - 8)..<a.firstToken
    if let y = clause.last(where: { !doc.forms[$0].isDisjoint(with: Self.yielding) }),
      actors.contains(where: { $0.firstToken > y && $0.endToken <= a.firstToken })
    {
      return true
    }
    // "hand the town over to the army", «تسليم المدينة للجيش»: who a handover goes to.
    if clause.contains(where: { !doc.forms[$0].isDisjoint(with: Self.handing) }) {
      let to = a.firstToken > 0 && isWord(a.firstToken - 1, "the") ? a.firstToken - 2 : a.firstToken - 1
      if to >= clause.lowerBound, !doc.forms[to].isDisjoint(with: Self.recipientPrepositions)
        || doc.tokens[a.firstToken].script == .arabic && startsWith(a.firstToken, "ل")
      {
        return true
      }
    }
    // «اتفاق مع النظام», «مفاوضات مع الروس»: the other party of a deal is not who it moves.
    if a.firstToken >= 2, !doc.forms[a.firstToken - 1].isDisjoint(with: Self.arabicWith),
      !doc.forms[a.firstToken - 2].isDisjoint(with: Self.dealNouns)
    {
      return true
    }
    // "brokered by the UN": the article before the actor does not count towards the two words.
    let lead = a.firstToken > 0 && isWord(a.firstToken - 1, "the") ? a.firstToken - 1 : a.firstToken
    let before = max(0, lead - 2)..<lead
    return before.contains {
      !doc.forms[$0].isDisjoint(with: Self.sponsoring) || !doc.forms[$0].isDisjoint(with: Self.yielding)
        || !doc.forms[$0].isDisjoint(with: Self.backing) && $0 + 1 < a.firstToken
          && !doc.forms[$0 + 1].isDisjoint(with: Self.by)
    }
  }

  static let speech: WordSet = WordSet(
    words: [
      "قال", "قالت", "نفى", "نفت", "أكد", "أكدت", "أعلن", "أعلنت", "أفاد", "أفادت", "ذكر", "ذكرت", "كشف",
      "كشفت", "المتحدث", "باسم", "مصدر", "وزير", "تؤكد", "يؤكد",
    ].map(ArabicWord.lexiconForm)
      + [
        "said", "says", "told", "denied", "denies", "confirmed", "claimed", "announced", "spokesman",
        "spokeswoman", "spokesperson", "according", "statement",
      ])

  /// True when the actor is the source of a statement rather than a party to the events.
  func isSource(_ a: ActorMention) -> Bool {
    // "… from Islamic State. Officers said": a speech word after a sentence break is someone else's.
    let after = a.endToken..<min(doc.tokens.count, a.endToken + 2)
    if after.contains(where: { t in
      !doc.forms[t].isDisjoint(with: Self.speech) && (a.endToken...t).allSatisfy { doc.isNear(before: $0) }
        && !speaksOfItself(after: t)
    }) {
      return true
    }
    // "Officials said ISIS fighters had left", «قالت مصادر إن التنظيم انسحب»: the actor opens the
    // reported clause; it does not speak.
    // «وقالت قسد إنها انسحبت»: «إن» with the speaker's pronoun opens a clause the speaker is the
    // subject of (as "said they had" above).
    if a.endToken < doc.tokens.count,
      !doc.forms[a.endToken].isDisjoint(with: Self.clauseOpeners) || cues.occurs(.motionTriggers, at: a.endToken)
        || !doc.plainForms[a.endToken].isDisjoint(with: Self.selfComplementizers)
    {
      return false
    }
    // "said soldiers and pro-government militiamen \"apparently retreated\" from": an adverb (or an
    // auxiliary) between the reported clause's subject and its motion verb.
    if a.endToken + 1 < doc.tokens.count, !doc.forms[a.endToken].isDisjoint(with: Self.verbAdverbs),
      cues.occurs(.motionTriggers, at: a.endToken + 1)
    {
      return false
    }
    let before = max(0, a.firstToken - 3)..<a.firstToken
    return before.contains(where: { t in
      !doc.forms[t].isDisjoint(with: Self.speech)
        && (t + 1..<a.firstToken + 1).allSatisfy { doc.isNear(before: $0) }
        && (t + 1..<a.firstToken).allSatisfy { doc.forms[$0].isDisjoint(with: Self.complementizers) }
    })
  }

  static let verbAdverbs: WordSet = [
    "apparently", "reportedly", "quickly", "later", "then", "also", "eventually", "had", "have", "has",
  ]

  /// "they", "it" as a clause's subject (of a motion, of a taking). After a speaker ("Turkish-backed
  /// rebels said they had advanced", "Russia said it had withdrawn") the speaker speaks of itself and
  /// is that clause's subject too — not someone named before it.
  static let pronounSubjects: WordSet = ["they", "it"]
  /// «إنها», «إنه», «إنهم», «أنها»…: "that it / that they", the Arabic counterpart after the speaker.
  static let selfComplementizers: WordSet = WordSet(
    words: ["إنها", "إنه", "إنهم", "أنها", "أنه", "أنهم"].map(ArabicWord.lexiconForm))
  func speaksOfItself(after speech: Int) -> Bool {
    var u = speech + 1
    if u < doc.tokens.count, isWord(u, "that") { u += 1 }
    return u < doc.tokens.count && doc.isNear(before: u) && !doc.forms[u].isDisjoint(with: Self.pronounSubjects)
  }

  /// «إن», «أن», "that": what follows is what was said, not who said it.
  static let complementizers: WordSet = WordSet(words: ["إن", "أن"].map(ArabicWord.lexiconForm) + ["that"])
  /// Words after an actor that make it the subject of a clause ("ISIS fighters had", "the SDF was").
  static let clauseOpeners: WordSet = WordSet(
    // "said army units had moved": the force noun after the name heads the reported clause's subject.
    words: ["fighters", "militants", "had", "has", "have", "was", "were", "is", "are", "will", "would"]
      + ["units", "troops", "soldiers", "forces", "members", "gunmen"]
      + ["مقاتلي", "عناصر"].map(ArabicWord.lexiconForm))

  /// The first actor mention starting within `window` tokens after token `t`.
  func actor(after t: Int, window: Int, limit: Int) -> ActorMention? {
    // Only the mentions starting in the window are searched (see `actorIndices`), not every actor
    // of the report from its start: the rules ask per motion word and per control cue.
    let window = t + 1..<max(t + 1, min(t + window + 1, limit))
    // Written for speed: with the mentions in text order, the first of them starting in the window
    // is the one `actorFrom` holds at the first token of the window that starts any (the first
    // mention starting there): a few table reads instead of two searches by halves.
    if actorStarts != nil {
      for u in window {
        if let k = slots.indices.contains(u) ? Self.index(slots[u].actorFrom) : nil { return actors[k] }
      }
      return nil
    }
    // (By index: `first(where:)` copied every mention it passed.)
    for i in actors.indices where window.contains(actors[i].firstToken) { return actors[i] }
    return nil
  }

  /// The place a dateline names ("MAYADIN, Syria (AP) —", «دير الزور - عنب بلدي:», "BEIRUT (AP) -"):
  /// the report's first words are a place followed by a dash, comma, colon or parenthesis, not a verb.
  /// Movements take a dateline town as the report's focus; control drops claims on a wire bureau.
  /// (Read once, in `init`: both extractors ask.)
  func datelinePlace() -> ResolvedMention? { startsWithDateline ? places.first : nil }

  /// True when the report's first place opens it as a dateline (see `datelinePlace`).
  static func opensWithDateline(_ doc: ReportText, _ places: [ResolvedMention]) -> Bool {
    guard let first = places.first, first.recognized.firstToken == 0, let sentence = doc.sentences.first
    else { return false }
    let end = first.recognized.endToken
    guard end < sentence.upperBound else { return false }
    let (gap, next) = (doc.tokens[end - 1].end, doc.tokens[end])
    return isDatelineMark(doc, from: next.start, to: next.end)
      || holdsDatelineMark(doc, from: gap, to: next.start)
  }

  /// The marks that end a dateline's place: a dash, comma, colon or parenthesis.
  static let datelineMarks = "-—–,:("

  /// True for a scalar of `datelineMarks`. Each is a character of its own (`QuotePrefix.isLoneCharacter`)
  /// with no canonical equivalent: a character equal to one is that scalar alone.
  static func isDatelineMark(_ u: Unicode.Scalar) -> Bool {
    switch u {
    case "-", "—", "–", ",", ":", "(": true
    default: false
    }
  }

  /// `doc.slice(start, end)` is one character, a mark of `datelineMarks` (the token after a dateline's
  /// place): one scalar, a mark, as a string of more scalars is more than one character or one that
  /// is no mark.
  ///
  /// Written for speed, as `holdsDatelineMark`: asked twice per report (movements, control), reading
  /// the place's next token and the gap before it as strings, character by character against the
  /// marks, was ~3,000 instructions a report.
  static func isDatelineMark(_ doc: ReportText, from start: Int, to end: Int) -> Bool {
    let lo = max(0, min(start, doc.scalars.count))
    let hi = max(lo, min(end, doc.scalars.count))
    return hi - lo == 1 && isDatelineMark(doc.scalars[lo])
  }

  /// `doc.slice(start, end)` holds a mark of `datelineMarks` as a character of its own (the gap after
  /// a dateline's place): a mark scalar between scalars that join no neighbour (or at the slice's
  /// edges) is one. Only a mark next to another scalar (a combining mark after it) sends the slice
  /// to the string comparison, which decides whether they join.
  static func holdsDatelineMark(_ doc: ReportText, from start: Int, to end: Int) -> Bool {
    let scalars = doc.scalars
    let lo = max(0, min(start, scalars.count))
    let hi = max(lo, min(end, scalars.count))
    var joined = false
    for i in lo..<hi where isDatelineMark(scalars[i]) {
      if (i == lo || QuotePrefix.isLoneCharacter(scalars[i - 1].value))
        && (i + 1 == hi || QuotePrefix.isLoneCharacter(scalars[i + 1].value))
      {
        return true
      }
      joined = true
    }
    return joined && doc.slice(start, end).contains { datelineMarks.contains($0) }
  }

  /// Cities this large (Damascus, Aleppo, Baghdad), and any place outside Syria and Iraq, are where
  /// wire bureaus file from: a dateline naming one says where the story was written, not where it is set.
  static func isBureau(_ e: GazetteerEntry) -> Bool {
    !["SY", "IQ"].contains(e.country) || e.population >= 1_000_000
  }

  /// Evidence for tokens `range`; with `quoted` false its quote is left empty, for the caller to cut
  /// (`doc.slice(start, end)`) once the candidate is kept.
  func evidence(_ range: Range<Int>, confidence: Double, quoted: Bool = true) -> Evidence {
    let start = doc.tokens[range.lowerBound].start
    let end = doc.tokens[range.upperBound - 1].end
    return Evidence(
      quote: quoted ? doc.slice(start, end) : "", start: start, end: end, source: source, date: date,
      confidence: Self.rounded(confidence))
  }

  /// A confidence as evidence keeps it: to three decimals.
  static func rounded(_ confidence: Double) -> Double { (confidence * 1000).rounded() / 1000 }

  /// `doc.original(t).hasPrefix(letter)` for a plain Arabic letter (no marks, no canonical
  /// decomposition): written for speed, it builds the token's string only when its first scalar is
  /// the letter, which any spelling starting with the letter has.
  func startsWith(_ t: Int, _ letter: Unicode.Scalar) -> Bool {
    let tok = doc.tokens[t]
    let end = min(tok.end, doc.scalars.count)
    guard tok.start < end, doc.scalars[tok.start] == letter else { return false }
    // The letter alone, or followed by a scalar that starts a character of its own, is the first
    // character: answered without the string (most words after «و» go on with a plain letter).
    if tok.start + 1 == end || QuotePrefix.isLoneCharacter(doc.scalars[tok.start + 1].value) { return true }
    return doc.original(t).hasPrefix(String(letter))
  }

  /// True when `e` lies within the area a qualifier mention names («شرق سوريا», «تخوم العاصمة»).
  func within(_ e: GazetteerEntry, qualifier q: ResolvedMention) -> Bool {
    let a = q.mention.entry
    if let d = q.recognized.direction {
      let sameArea =
        a.kind == .country ? e.country == a.country : e.coordinate.distanceKm(to: a.coordinate) < 150
      guard sameArea else { return false }
      switch d {
      case "east": return e.coordinate.longitude > a.coordinate.longitude
      case "west": return e.coordinate.longitude < a.coordinate.longitude
      case "north": return e.coordinate.latitude > a.coordinate.latitude
      case "south": return e.coordinate.latitude < a.coordinate.latitude
      default: return true
      }
    }
    if a.kind == .country { return e.country == a.country }
    return e.hasSameID(as: a) || e.isChild(of: a)
      || e.coordinate.distanceKm(to: a.coordinate) <= max(a.radiusKm, 25)
  }
}
