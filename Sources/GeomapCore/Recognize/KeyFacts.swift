/// What recognition asks of a candidate span's loose key and its gazetteer candidates, worked out
/// once per key: which lexicon key sets hold it (stop words, ambiguous and everyday words) and what
/// its candidates are (in the theatre, a country, a large city, written with the article…).
///
/// Every candidate span used to ask these again: each key set hashed the key, and each question
/// about the candidates walked their entries (and `takesArticle` built a cache key per entry),
/// for every span and at every round of the list pass; a report repeats its names, so the answers
/// are kept per key (see `PlaceRecognizer.facts(key:hash:)`).
struct KeyFacts: Sendable {
  /// The loose key, and the gazetteer entries keyed by it.
  let key: String
  let candidates: [GazetteerEntry]
  let flags: Flags

  struct Flags: OptionSet, Sendable {
    let rawValue: UInt32

    // The key's lexicon sets (`PlaceContext`) and the keys `PlaceRecognizer` names.
    static let arabicStop = Flags(rawValue: 1 << 0)
    static let latinStop = Flags(rawValue: 1 << 1)
    static let strict = Flags(rawValue: 1 << 2)
    static let ambiguous = Flags(rawValue: 1 << 3)
    static let common = Flags(rawValue: 1 << 4)
    static let assad = Flags(rawValue: 1 << 5)
    static let bab = Flags(rawValue: 1 << 6)
    static let arabicBab = Flags(rawValue: 1 << 7)

    // Some candidate …
    /// … is a region (named by its noun, «البادية»).
    static let anyRegionKind = Flags(rawValue: 1 << 8)
    /// … lies in the theatre or a neighbouring country.
    static let anyInRegion = Flags(rawValue: 1 << 9)
    /// … is a country or a city of a million.
    static let anyCountryOrMillion = Flags(rawValue: 1 << 10)
    /// … is in Syria or Iraq, a curated row (with a governorate), a country, a governorate or a
    /// city of half a million.
    static let anyArabicAlone = Flags(rawValue: 1 << 11)
    /// … is a country, a city of a million, or a governorate or a city of 100,000 in the region.
    static let anyCommonAlone = Flags(rawValue: 1 << 12)
    /// … is in Syria or Iraq.
    static let anyCore = Flags(rawValue: 1 << 13)
    /// … needs no context (`PlaceRecognizer.isSalient` of a one-word span).
    static let anySalient = Flags(rawValue: 1 << 14)
    /// … has an Arabic name with this key written with the article.
    static let anyTakesArticle = Flags(rawValue: 1 << 15)
    /// Every candidate has one (true when there is none).
    static let allTakeArticle = Flags(rawValue: 1 << 16)
    /// The two article flags above have been worked out (`PlaceRecognizer.articleFlags`): only
    /// `isAccepted` asks them, of a span opening on an Arabic word when nothing else decided, and
    /// tokenizing candidates' names to answer them was a fifth of a new key's facts, asked of
    /// every key met.
    static let articleKnown = Flags(rawValue: 1 << 17)
    /// … is in Syria or Iraq and more than a village, a neighbourhood or a site (a town, a city, a
    /// district…): what an everyday word after a mere preposition may name (`isAccepted`).
    static let anyCoreTown = Flags(rawValue: 1 << 18)
  }
}

extension PlaceRecognizer {
  /// The facts of `key` (whose FNV-1a hash is `hash`), from this recognizer's cache when the key
  /// was met before. `oneWord`: when the key is a spelling's one-word reading, its place in
  /// `KeyFactsCache`'s memo of those (`oneWordEntry`), where the facts are remembered; else -1.
  func facts(key: String, hash: UInt64, oneWord: Int = -1) -> KeyFacts {
    let cached = keyCache.withLock { c -> KeyFacts? in
      guard let k = c.index(hash: hash), FNV1a.sameBytes(c[k].key, key) else { return nil }
      c.remember(k, oneWord: oneWord)
      return c[k]
    }
    if let cached { return cached }
    let candidates = gazetteer.entries(forLooseKey: key, hash: hash)
    let flags = Self.flags(key: key, hash: hash, candidates: candidates)
    return keyCache.withLock { c in
      // The slot read once.
      let slot = c.index(hash: hash)
      if let k = slot, FNV1a.sameBytes(c[k].key, key) {
        c.remember(k, oneWord: oneWord)
        return c[k]
      }
      // Bounded so a long batch cannot grow it without limit.
      let full = c.count >= 100_000
      if full { c.removeAll() }
      let made = KeyFacts(key: key, candidates: candidates, flags: flags)
      // Two keys with one hash (never seen in practice): the first keeps the slot.
      if slot == nil || full { c.remember(c.add(made, hash: hash), oneWord: oneWord) }
      return made
    }
  }

  /// The cached facts of the key hashed `hash`, when `isKey` holds of its spelling: a name of
  /// several words met in an earlier report is found without its key being built as a `String`
  /// (see `ReportKeys.spells`).
  func cachedFacts(hash: UInt64, where isKey: (String) -> Bool) -> KeyFacts? {
    keyCache.withLock { c -> KeyFacts? in
      guard let k = c.index(hash: hash), isKey(c[k].key) else { return nil }
      return c[k]
    }
  }

  /// The cached facts of a spelling's one-word reading, by its place in the memo (`oneWordEntry`),
  /// when an earlier report met them (see `keyNumber`).
  func oneWordFacts(_ oneWord: Int) -> KeyFacts? {
    keyCache.withLock { c in c.oneWordFacts(oneWord) }
  }

  /// `facts`' flags (its key's hash is `hash`) with the article flags, worked out on first asking
  /// and then kept in this recognizer's cache.
  func articleFlags(_ facts: KeyFacts, hash: UInt64) -> KeyFacts.Flags {
    if facts.flags.contains(.articleKnown) { return facts.flags }
    if let cached = cachedFacts(hash: hash, where: { FNV1a.sameBytes($0, facts.key) }),
      cached.flags.contains(.articleKnown)
    {
      return cached.flags
    }
    var flags = facts.flags.union(.articleKnown)
    var allTake = true
    for e in facts.candidates {
      if takesArticle(e, key: facts.key) { flags.insert(.anyTakesArticle) } else { allTake = false }
    }
    if allTake { flags.insert(.allTakeArticle) }
    keyCache.withLock { c in
      if let k = c.index(hash: hash), FNV1a.sameBytes(c[k].key, facts.key) {
        c[k] = KeyFacts(key: c[k].key, candidates: c[k].candidates, flags: flags)
      }
    }
    return flags
  }

  /// The facts a key and its candidates give, as `hardReject`, `isAccepted` and `isSalient` ask,
  /// but for the article flags (see `articleFlags`). `hash` is the key's FNV-1a hash, which the
  /// key sets probe with (each hashing the key again was a third of these flags).
  /// The keys `flags` names, with their FNV-1a hashes and flags: comparing every new key's bytes
  /// with each was 72k of the 776k instructions of `flags` on the Arabic reports.
  private static let namedKeys: [(key: String, hash: UInt64, flag: KeyFacts.Flags)] = [
    (assadKey, KeyFacts.Flags.assad), (babKey, .bab), (arabicBabKey, .arabicBab),
  ].map { key, flag in (key, FNV1a.hash64(key), flag) }

  static func flags(key: String, hash: UInt64, candidates: [GazetteerEntry]) -> KeyFacts.Flags {
    assert(hash == FNV1a.hash64(key), "the key's FNV-1a hash")
    var f: KeyFacts.Flags = []
    if PlaceContext.arabicStop.contains(key, hash: hash) { f.insert(.arabicStop) }
    if PlaceContext.latinStop.contains(key, hash: hash) { f.insert(.latinStop) }
    if PlaceContext.strict.contains(key, hash: hash) { f.insert(.strict) }
    if PlaceContext.ambiguous.contains(key, hash: hash) { f.insert(.ambiguous) }
    if PlaceContext.common.contains(key, hash: hash) { f.insert(.common) }
    // Compared as bytes (a `String` comparison normalizes the Arabic first): these keys are plain
    // letters, which no other spelling is canonically equal to. Only on an equal hash.
    for named in namedKeys where named.hash == hash && FNV1a.sameBytes(key, named.key) { f.insert(named.flag) }
    // Read once, not at every candidate (each read of a static passes its one-time guard).
    let region = PlaceContext.region
    let core = PlaceContext.core
    for e in candidates {
      if e.kind == .region { f.insert(.anyRegionKind) }
      if region.contains(packed: e.countryCode) { f.insert(.anyInRegion) }
      if e.kind == .country || e.population >= 1_000_000 { f.insert(.anyCountryOrMillion) }
      if core.contains(packed: e.countryCode) || !e.admin1.isEmpty || e.kind == .country
        || e.kind == .governorate || e.population >= 500_000
      {
        f.insert(.anyArabicAlone)
      }
      if e.kind == .country || e.population >= 1_000_000
        || region.contains(packed: e.countryCode) && (e.kind == .governorate || e.population >= 100_000)
      {
        f.insert(.anyCommonAlone)
      }
      if core.contains(packed: e.countryCode) {
        f.insert(.anyCore)
        if e.kind != .village && e.kind != .neighbourhood && e.kind != .facility { f.insert(.anyCoreTown) }
      }
      // «القصور» (palaces) is Kousséri in Cameroon, "Hussein" a town in North Korea: a place far from
      // the theatre needs no context only when it is a country or a city of a million.
      if isSalient(e), region.contains(packed: e.countryCode) || e.kind == .country || e.population >= 1_000_000 {
        f.insert(.anySalient)
      }
    }
    return f
  }
}

/// `PlaceRecognizer`'s cache of `KeyFacts`, found by the key's FNV-1a hash (`HashIndex`): a
/// `Dictionary` ran SipHash over the hash again at every look-up, and each report looks up each of
/// its keys. One entry per hash.
///
/// Also a memo of the facts of spellings' one-word readings by spelling (`oneWordEntry`): each
/// report numbers its keys anew (`ReportKeys`), and finding a one-word key met in an earlier report
/// by its key read its strings out of the spelling's `ScanWord` (retaining and releasing them),
/// and looked the key up and compared it, about 600 instructions per key and report.
struct KeyFactsCache {
  private var facts: [KeyFacts] = []
  private var hashes: [UInt64] = []
  private var table = HashIndex(slots: 1024)
  /// At `oneWordEntry`: the index of that reading's facts + 1; 0 when not met.
  private var oneWord: [Int32] = []

  var count: Int { facts.count }

  subscript(k: Int) -> KeyFacts {
    get { facts[k] }
    set { facts[k] = newValue }
  }

  /// The index of the facts held for the key hashed `hash`, nil when none are.
  func index(hash: UInt64) -> Int? { table.first(hash: hash, in: hashes) { _ in true } }

  /// Holds `facts`, whose key (hashed `hash`) has none held, and returns their index.
  mutating func add(_ facts: KeyFacts, hash: UInt64) -> Int {
    let k = self.facts.count
    self.facts.append(facts)
    hashes.append(hash)
    table.insert(k, hashes: hashes)
    return k
  }

  /// Drops every entry and the memo.
  mutating func removeAll() {
    facts.removeAll(keepingCapacity: true)
    hashes.removeAll(keepingCapacity: true)
    table.removeAll()
    oneWord = []
  }

  /// The memo's place of reading `reading` of the spelling in slot `slot` of the caches keyed by
  /// spelling (`ScanWords.slot(ofSpelling:)`), -1 for a spelling past the word table's limit.
  static func oneWordEntry(slot: Int, reading: Int) -> Int {
    precondition(reading >= 0 && reading < ScanHead.width, "a reading of a spelling's head")
    return slot < 0 ? -1 : ScanHead.width * slot + reading
  }

  /// The facts remembered at `entry` of the memo (`oneWordEntry`), nil when none are.
  func oneWordFacts(_ entry: Int) -> KeyFacts? {
    guard entry >= 0, entry < oneWord.count, oneWord[entry] != 0 else { return nil }
    return facts[Int(oneWord[entry] - 1)]
  }

  /// Remembers the facts at index `k` at `entry` of the memo (nothing for -1).
  mutating func remember(_ k: Int, oneWord entry: Int) {
    guard entry >= 0 else { return }
    if entry >= oneWord.count {
      oneWord.append(contentsOf: repeatElement(0, count: Swift.max(entry + 1 - oneWord.count, oneWord.count, 1024)))
    }
    oneWord[entry] = Int32(k + 1)
  }
}
