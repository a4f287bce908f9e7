import Foundation

/// A recognized mention with the entry chosen for it and the reasons kept for inspection.
public struct ResolvedMention: Hashable, Sendable, Codable {
  public var mention: PlaceMention
  public var recognized: RecognizedMention

  /// The recognizer's note with the entry chosen: it was written before resolution and names the
  /// first candidate («جنوبي الموصل»: "south of Nineveh Governorate" when Mosul was chosen).
  public var note: String? {
    guard let note = recognized.note, let first = recognized.candidates.first?.name,
      first != mention.entry.name
    else { return recognized.note }
    return Self.replacing(first, with: mention.entry.name, in: note)
  }

  /// `text.replacing(target, with: replacement)`: the same Character-wise matches (canonical
  /// equivalence, as Foundation's default search), leftmost first and not overlapping.
  static func replacing(_ target: String, with replacement: String, in text: String) -> String {
    replacingBytewise(target, with: replacement, in: text)
      ?? replacingCharacterwise(target, with: replacement, in: text)
  }

  /// `replacing` as a search of UTF-8 bytes, for the usual note («…» around Arabic letters, the rest
  /// ASCII, and an ASCII or Arabic name): nil unless every scalar of `target` and `text` is in
  /// `isOwnCharacter`. Written for speed: splitting a note into Characters (twice) was some 50,000
  /// instructions a note. Where each scalar is a Character of its own and equivalent to no other,
  /// Characters match exactly where scalars do, and scalars where their bytes do (a match starts at a
  /// lead byte, as `target` does, and ends after a whole scalar).
  static func replacingBytewise(_ target: String, with replacement: String, in text: String) -> String? {
    guard !target.isEmpty, target.unicodeScalars.allSatisfy(isOwnCharacter),
      text.unicodeScalars.allSatisfy(isOwnCharacter)
    else { return nil }
    let pattern = Array(target.utf8)
    let bytes = Array(text.utf8)
    var out: [UInt8] = []
    var copied = 0
    var i = 0
    while i + pattern.count <= bytes.count {
      if bytes[i] == pattern[0] && bytes[i..<(i + pattern.count)].elementsEqual(pattern) {
        if out.isEmpty { out.reserveCapacity(bytes.count + 2 * replacement.utf8.count) }
        out.append(contentsOf: bytes[copied..<i])
        out.append(contentsOf: replacement.utf8)
        i += pattern.count
        copied = i
      } else {
        i += 1
      }
    }
    guard copied > 0 else { return text }
    out.append(contentsOf: bytes[copied...])
    return String(decoding: out, as: UTF8.self)
  }

  /// Scalars that are always a Character of their own (no grapheme cluster joins them to a
  /// neighbour) and canonically equivalent to no other scalar of this set: ASCII but the carriage
  /// return (which joins a line feed), the guillemets, and the Arabic letters without tatweel and
  /// harakat (which are combining marks).
  static func isOwnCharacter(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x00...0x0C, 0x0E...0x7F, 0xAB, 0xBB, 0x0621...0x063A, 0x0641...0x064A: true
    default: false
    }
  }

  /// `replacing` over Characters: the text is split into Characters once and searched as an array
  /// (the standard library's generic search took about 10 µs a note, and Foundation's bridged one
  /// about 17 µs on Linux).
  static func replacingCharacterwise(_ target: String, with replacement: String, in text: String) -> String {
    let pattern = Array(target)
    guard let head = pattern.first else { return text.replacing(target, with: replacement) }
    let characters = Array(text)
    // Where each Character starts in `text`: the text between matches is copied as one slice
    // (appended a Character at a time, the result grew and was reallocated again and again).
    var bounds: [String.Index] = []
    bounds.reserveCapacity(characters.count + 1)
    bounds.append(contentsOf: text.indices)
    bounds.append(text.endIndex)
    var out = ""
    var copied = 0
    var i = 0
    while i + pattern.count <= characters.count {
      if characters[i] == head && characters[i..<(i + pattern.count)].elementsEqual(pattern) {
        if out.isEmpty { out.reserveCapacity(text.utf8.count + 2 * replacement.utf8.count) }
        out.append(contentsOf: text[bounds[copied]..<bounds[i]])
        out.append(replacement)
        i += pattern.count
        copied = i
      } else {
        i += 1
      }
    }
    guard copied > 0 else { return text }
    out.append(contentsOf: text[bounds[copied]...])
    return out
  }
}

/// Chooses among a mention's candidates with document context: theatre and country coherence,
/// the city a neighbourhood list is anchored to («في جنوب دمشق»), trigger kind, population.
public struct ContextResolver: Sendable {
  /// How far (in tokens) a same-sentence anchor may be; real sentences are far shorter.
  static let maxReach = 250

  public init() {}

  /// A candidate's place in its mention's `candidates` with its raw score. Ranking moves these,
  /// not `ScoredEntry` values: an entry copied into each ranked list retained every one of its
  /// strings, for every candidate of every mention, twice (pass 1 and pass 2).
  typealias Ranked = (candidate: Int, score: Double)

  /// One resolved mention per recognized mention with candidates, in text order.
  public func resolve(_ doc: ReportText, _ mentions: [RecognizedMention]) -> [ResolvedMention] {
    let pass = firstPass(doc, mentions)
    var out: [ResolvedMention] = []
    out.reserveCapacity(mentions.count)
    // Only mentions that lend an anchor are looked for around each mention (most lend none).
    // (Counted first and made at that size: `filter` grew its list from empty, reallocating it a
    // few times a report.)
    var lenders = 0
    for k in mentions.indices where pass.anchor[k] >= 0 { lenders += 1 }
    var byToken: [Int] = []
    byToken.reserveCapacity(lenders)
    for k in mentions.indices where pass.anchor[k] >= 0 { byToken.append(k) }
    byToken.sort { mentions[$0].firstToken < mentions[$1].firstToken }
    // Buffers reused by every mention (each mention used to allocate its anchors, its pass-2
    // ranking and its weights; most are dropped at once). Each is made once at its largest size
    // when first needed: a mention has at most `lenders` anchors and `widest` candidates (grown an
    // append at a time, each was reallocated two or three times a report).
    var widest = 0
    for k in mentions.indices { widest = max(widest, pass.from[k + 1] - pass.from[k]) }
    var anchors: [GazetteerEntry] = []
    var second: [Ranked] = []
    var weights: [Double] = []
    // Places in `out` of the mentions that had several candidates (see `keepOneSense`).
    var contested: [Int] = []
    for (k, m) in mentions.enumerated() {
      let firstRanked = pass.ranking(k)
      guard !firstRanked.isEmpty else { continue }
      // A lone candidate is chosen whatever its score (and its score is fixed below): most
      // mentions have one, and they need no anchors.
      anchors.removeAll(keepingCapacity: true)
      if firstRanked.count > 1 {
        if anchors.capacity < lenders { anchors.reserveCapacity(lenders) }
        nearbyAnchors(doc, mentions, pass, around: k, byToken: byToken, into: &anchors)
      }
      // Anchors score only a candidate they name or one of a fine kind: with neither, pass 2
      // would rank exactly as pass 1 did.
      let candidates = m.candidates
      // (Not where the name alone reads as a city or a town: "between Hama and Aleppo", «مدينتي
      // الباب ودير حافر» name the cities, not villages so named near the other item.)
      let alone = firstRanked.count > 1 ? candidates[firstRanked[firstRanked.startIndex].candidate].kind : .city
      let partner = alone != .city && alone != .town ? listPartner(doc, mentions, pass, of: k) : nil
      let anchorsCount =
        (!anchors.isEmpty || partner != nil)
        && candidates.contains { e in Self.isFine(e.kind) || anchors.contains { $0.hasSameID(as: e) } }
      if anchorsCount {
        second.removeAll(keepingCapacity: true)
        if second.capacity < widest { second.reserveCapacity(widest) }
        appendRankOrder(m, base: pass.bases(k), anchors: anchors, partner: partner, to: &second)
      }
      let ranked = anchorsCount ? second[...] : firstRanked
      guard let best = ranked.first else { continue }
      let score: Double
      var alternatives: [ScoredEntry] = []
      if ranked.count == 1 {
        // Most mentions: no weights to work out (an array of one weight was allocated per mention).
        score = m.anchored ? 0.7 : (m.context == "salient" ? 0.85 : 0.9)
      } else {
        // Softmax over the raw scores (temperature 1/8): a 0.2 lead is about 0.83 for two candidates.
        weights.removeAll(keepingCapacity: true)
        if weights.capacity < widest { weights.reserveCapacity(widest) }
        for r in ranked { weights.append(exp(8 * (r.score - best.score))) }
        let total = weights.reduce(0, +)
        score = weights[0] / total
        alternatives.reserveCapacity(ranked.count - 1)
        for (r, w) in zip(ranked, weights).dropFirst() {
          alternatives.append(ScoredEntry(entry: candidates[r.candidate], score: rounded(w / total)))
        }
      }
      out.append(
        ResolvedMention(
          mention: PlaceMention(
            surface: m.surface, start: m.start, end: m.end, entry: candidates[best.candidate],
            score: rounded(score), alternatives: alternatives),
          recognized: m))
      if ranked.count > 1 { contested.append(out.count - 1) }
    }
    if contested.count > 1 { Self.keepOneSense(&out, contested) }
    if !contested.isEmpty { Self.followTriggerNamed(&out, contested) }
    return out
  }

  /// A bare repeat of a place first named with its trigger noun is that place: «انسحب المقاتلون من
  /// حي صلاح الدين في جنوب غرب مدينة حلب» … «سيطرت بالكامل على صلاح الدين» is the Aleppo
  /// neighbourhood, not Iraq's Salahuddin governorate that the bare name alone would choose.
  /// (`keepOneSense` pairs mentions of one key only; the trigger noun makes the first mention's key
  /// and candidates differ.) Each contested mention of `out` without a kind hint takes the entry of
  /// the nearest earlier mention whose trigger noun chose a town, village, neighbourhood or camp
  /// that is among its own alternatives. Not a governorate or region: "Idlib province" and a later bare
  /// "Idlib" (the city) stay apart.
  static func followTriggerNamed(_ out: inout [ResolvedMention], _ contested: [Int]) {
    // Most reports have no contested mention without a kind hint: nothing to follow.
    guard contested.contains(where: { out[$0].recognized.kindHint == nil }) else { return }
    // One pass: the place in `out` of the latest trigger-named mention of each entry so far, by a
    // hash of its id (`idHash`). Scanning back from every contested mention was quadratic in a
    // long report, and a table keyed by the id Strings cost ~9 M instructions per MB of repeated text.
    var named: [UInt64: Int] = [:]
    // A 1,024-bit filter of the hashes in `named`: most look-ups are of ids never named with a
    // trigger noun, and the filter answers those without hashing into the table.
    var filter = [UInt64](repeating: 0, count: 16)
    func bit(_ h: UInt64) -> (Int, UInt64) {
      let b = (h &* 0x9E37_79B9_7F4A_7C15) >> 54
      return (Int(b >> 6), 1 << (b & 63))
    }
    func lookUp(_ e: GazetteerEntry) -> Int? {
      let h = Self.idHash(e)
      let (w, m) = bit(h)
      return filter[w] & m == 0 ? nil : named[h]
    }
    var next = 0
    for k in out.indices {
      if next < contested.count, contested[next] == k {
        next += 1
        let entry = out[k].mention.entry
        if !named.isEmpty, out[k].recognized.kindHint == nil, entry.kind != .facility, entry.kind != .crossing {
          // The nearest such mention that names one of this one's candidates decides.
          var nearest = lookUp(entry) ?? -1
          var pick = -1
          for (a, alternative) in out[k].mention.alternatives.enumerated() {
            if let j = lookUp(alternative.entry), j > nearest,
              out[j].mention.entry.hasSameID(as: alternative.entry)
            {
              nearest = j
              pick = a
            }
          }
          if pick >= 0 {
            var m = out[k]
            var alternatives = m.mention.alternatives
            alternatives.remove(at: pick)
            alternatives.insert(ScoredEntry(entry: m.mention.entry, score: m.mention.score), at: 0)
            m.mention.entry = out[nearest].mention.entry
            m.mention.score = out[nearest].mention.score
            m.mention.alternatives = alternatives
            out[k] = m
          }
        }
      }
      // Not a city: «مدينة حلب» is the most frequent trigger-named place, and a bare «حلب» chooses
      // the city on its own.
      let kind = out[k].mention.entry.kind
      if out[k].recognized.kindHint != nil, kind == .town || kind == .village || kind == .neighbourhood || kind == .camp {
        let h = Self.idHash(out[k].mention.entry)
        let (w, m) = bit(h)
        filter[w] |= m
        named[h] = k
      }
    }
  }

  /// A 64-bit hash of an entry's id, from its id key where that holds the id (no hashing of the
  /// `String`); equal ids give equal hashes.
  static func idHash(_ e: GazetteerEntry) -> UInt64 {
    let key = e.keys.idKey
    if let p = key.prefix, key.isWhole { return UInt64(truncatingIfNeeded: p) ^ UInt64(truncatingIfNeeded: p >> 64) }
    return FNV1a.hash64(e.id)
  }



  /// One sense per report: a report that names a place twice means the same place, and a repeat
  /// whose own context decides less sets it apart only by accident («بالشجرة» after «بلدة الشجرة»
  /// in a report on the Yarmouk basin chose the Aleppo village on a four-way tie; «من كلار إلى قره
  /// تبه» drew Qara Tapa to a namesake village by Kalar). Among the mentions of `out` at `contested`
  /// (those with several candidates), the ones of one name — the same key and candidates, and the
  /// same kind hint or none after a settlement — take the entry of the most confident of them, where
  /// that entry is among their alternatives, with its confidence.
  static func keepOneSense(_ out: inout [ResolvedMention], _ contested: [Int]) {
    // The surest mention of each one's name, found before any is changed (the earliest of equal
    // confidence): the contested mentions sorted by their keys' hashes (then by place), so those of
    // one name stand together. (A `Dictionary` keyed by the Arabic key Strings hashed them through
    // Unicode normalization, ~1,500 instructions a look-up; one keyed by the hashes still cost
    // ~7,000 instructions a report, the sort of a score or so of mentions a seventh of that. A huge
    // report stays n log n.) Two keys of one hash, never seen, stay apart.
    let hashes = contested.map { FNV1a.hash64(out[$0].recognized.key) }
    var order = Array(contested.indices)
    order.sort { hashes[$0] != hashes[$1] ? hashes[$0] < hashes[$1] : $0 < $1 }
    var surest = contested
    var any = false
    var run = 0
    while run < order.count {
      var end = run + 1
      while end < order.count, hashes[order[end]] == hashes[order[run]] { end += 1 }
      if end - run > 1 {
        // The run's mentions of the first one's key (a run is one key but for a hash collision).
        let head = contested[order[run]]
        let same = order[run..<end].filter {
          FNV1a.sameBytes(out[contested[$0]].recognized.key, out[head].recognized.key)
        }
        var best = head
        for o in same where out[contested[o]].mention.score > out[best].mention.score { best = contested[o] }
        for o in same {
          surest[o] = best
          any = any || best != contested[o]
        }
      }
      run = end
    }
    // (Most reports name no contested place twice.)
    guard any else { return }
    for (i, k) in contested.enumerated() where surest[i] != k {
      let sure = out[surest[i]]
      var m = out[k]
      // The same kind hint, or none after a settlement: a bare repeat of a settlement named with its
      // trigger noun («بلدة الشجرة» … «بالشجرة») is that settlement, but "Idlib province" and a bare
      // "Idlib" (the city) stay apart. A site its own words chose ("Taftanaz air base") stays.
      let hint = m.recognized.kindHint
      let mine = m.mention.entry.kind
      guard mine != .facility && mine != .crossing && mine != .camp,
        hint == sure.recognized.kindHint || hint == nil && Self.isSettlement(sure.mention.entry.kind),
        !sure.mention.entry.hasSameID(as: m.mention.entry),
        sure.recognized.candidates == m.recognized.candidates,
        let a = m.mention.alternatives.firstIndex(where: { $0.entry.hasSameID(as: sure.mention.entry) })
      else { continue }
      var alternatives = m.mention.alternatives
      alternatives.remove(at: a)
      alternatives.insert(ScoredEntry(entry: m.mention.entry, score: m.mention.score), at: 0)
      m.mention.entry = sure.mention.entry
      m.mention.score = sure.mention.score
      m.mention.alternatives = alternatives
      out[k] = m
    }
  }

  /// Pass 1 over a report's mentions: each candidate's base score (everything but the anchors) and
  /// each mention's ranking without anchors, all in two flat buffers (mention `k`'s at
  /// `from[k]..<from[k + 1]`, candidate order for `bases`, best first for `ranked`). An array of
  /// scores and one of rankings per mention were two allocations per mention, freed again.
  /// A mention with one candidate gets score 0 in both: its score is never read.
  struct FirstPass {
    var bases: [Double] = []
    var ranked: [Ranked] = []
    var from: [Int] = [0]
    /// Per mention: the candidate it lends mentions near it as an anchor (its pass-1 choice when a
    /// city or town, a village when that is its only candidate), -1 for none. Worked out once per
    /// mention: `nearbyAnchors` asks it of every mention in each window, and reading the ranking
    /// and the entry there retained the mention's candidates each time.
    var anchor: [Int32] = []

    func bases(_ k: Int) -> ArraySlice<Double> { bases[from[k]..<from[k + 1]] }
    func ranking(_ k: Int) -> ArraySlice<Ranked> { ranked[from[k]..<from[k + 1]] }
  }

  /// Base scores and anchor-free rankings of every mention (see `FirstPass`).
  func firstPass(_ doc: ReportText, _ mentions: [RecognizedMention]) -> FirstPass {
    let countryVotes = CountryVotes(mentions)
    let total = max(1, countryVotes.largest)
    let provinces = ProvinceVotes(mentions)
    var pass = FirstPass()
    pass.from.reserveCapacity(mentions.count + 1)
    // Each mention puts one base score and one ranking entry per candidate in the flat buffers:
    // reserved at their final size (grown from empty, they were reallocated a few times a report).
    var entries = 0
    for k in mentions.indices { entries += mentions[k].candidates.count }
    pass.bases.reserveCapacity(entries)
    pass.ranked.reserveCapacity(entries)
    // Every feature but the anchors' is the same in both passes: scored once per candidate here
    // (pass 2 adds only the anchor bonus, as the last term, so sums are bit for bit those of a
    // full re-score).
    // The last mention of each key (by its FNV-1a hash) with several candidates, and whether it
    // followed a plural trigger: a report repeats its names, and a mention with the same
    // candidates, kind hint and plural trigger as an earlier one has the same base scores and
    // ranking (they read nothing else but the report's votes), copied instead of worked out again.
    // Made with its capacity (`reserveCapacity` is not specialized: ~1,100 instructions a report).
    var earlier = [UInt64: (mention: Int, afterPlural: Bool)](minimumCapacity: mentions.count)
    for k in mentions.indices {
      let m = mentions[k]
      let start = pass.bases.count
      if m.candidates.count == 1 {
        // A lone candidate is chosen whatever its score (`resolve` fixes it), and as an anchor
        // only its kind counts: its score is never read, so it is not worked out (most mentions
        // have one candidate).
        pass.bases.append(0)
        pass.ranked.append((0, 0))
        pass.from.append(pass.bases.count)
        continue
      }
      let afterPlural = afterPluralTrigger(doc, m)
      let keyHash = FNV1a.hash64(m.key)
      // `==` on the candidate arrays answers at once when they share storage (mentions of one
      // key are given the same array), and compares the entries otherwise.
      if let e = earlier[keyHash], e.afterPlural == afterPlural, mentions[e.mention].kindHint == m.kindHint,
        mentions[e.mention].candidates == m.candidates
      {
        for x in pass.from[e.mention]..<pass.from[e.mention + 1] {
          pass.bases.append(pass.bases[x])
          pass.ranked.append(pass.ranked[x])
        }
        // The earlier mention stays the one to copy: its inputs are this one's.
        pass.from.append(pass.bases.count)
        continue
      }
      earlier[keyHash] = (k, afterPlural)
      appendBaseScores(
        m, votes: countryVotes, total: total, afterPlural: afterPlural, provinces: provinces, to: &pass.bases)
      appendRankOrder(m, base: pass.bases[start...], anchors: [], to: &pass.ranked)
      // One ranking entry per candidate, so both buffers share the offsets.
      pass.from.append(pass.bases.count)
    }
    // A village anchors too when its name has no other candidate («جلولاء»): it says where the
    // report is as surely as a town does. So does a countryside («بلدة جبرين شرقي حلب»: the eastern
    // Aleppo countryside puts Jibrin by Aleppo, not its namesake Kuljibrin near Azaz).
    pass.anchor = mentions.indices.map { k in
      let ranking = pass.ranking(k)
      guard let top = ranking.first?.candidate else { return -1 }
      let kind = mentions[k].candidates[top].kind
      return kind == .city || kind == .town || kind == .countryside || kind == .village && ranking.count == 1
        ? Int32(top) : -1
    }
    return pass
  }

  func rounded(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }

  /// How many mentions could lie in each country.
  func votes(_ mentions: [RecognizedMention]) -> [String: Int] {
    let v = CountryVotes(mentions)
    return Dictionary(uniqueKeysWithValues: zip(v.countries, v.counts))
  }

  /// How many mentions could lie in each country, as a short list: a report's candidates lie in a
  /// handful of countries, and each of their two-letter codes was hashed twice per candidate.
  /// The governorates (admin1) of Syria and Iraq the report's unambiguous mentions lie in, each
  /// with its number of mentions: a village whose name has namesakes in several governorates is
  /// more likely in one the report is about ("advanced north from Salma to Kinsabba", in a report on
  /// northern Latakia: the Latakia village, not the Aleppo one the smaller id chose on a tie).
  /// Only mentions with one candidate vote (a name with many namesakes says nothing); a report
  /// names a handful of governorates, kept in a short list.
  struct ProvinceVotes {
    private var names: [String] = []
    private var counts: [Int] = []
    private(set) var largest = 0

    init(_ mentions: [RecognizedMention]) {
      for m in mentions where m.candidates.count == 1 {
        let e = m.candidates[0]
        guard isTheatre(e.countryCode), e.kind != .country else { continue }
        let name = e.admin1
        guard !name.isEmpty else { continue }
        if let i = names.firstIndex(of: name) {
          counts[i] += 1
        } else {
          names.append(name)
          counts.append(1)
        }
      }
      largest = counts.max() ?? 0
    }

    /// The mentions in governorate `admin1`: 0 for none, an empty name, or a governorate only one
    /// mention lies in (one place says little about where the report is: "Erbil" in a report on
    /// western Anbar drew "Salahuddin", a governorate in a list of them, to a town of Erbil).
    func votes(for admin1: String) -> Int {
      guard !admin1.isEmpty, let i = names.firstIndex(of: admin1), counts[i] > 1 else { return 0 }
      return counts[i]
    }
  }

  struct CountryVotes {
    private(set) var countries: [String] = []
    /// `countries` as `GazetteerEntry.countryCode`s.
    private var codes: [UInt16] = []
    private(set) var counts: [Int] = []

    init(_ mentions: [RecognizedMention]) {
      // A mention votes once for each of its countries: each country keeps the last mention that
      // voted for it, not a `Set` of each mention's countries built and hashed (nor a list of them
      // searched at every candidate).
      var lastVoter: [Int] = []
      // A report's candidates lie in a handful of countries: room for that many up front (grown
      // from empty, the four arrays were reallocated two or three times each per report).
      let handful = min(mentions.count, 8)
      countries.reserveCapacity(handful)
      codes.reserveCapacity(handful)
      counts.reserveCapacity(handful)
      lastVoter.reserveCapacity(handful)
      for m in mentions.indices {
        // Candidates are read in place: `for e in` copied each entry, retaining all its strings.
        let candidates = mentions[m].candidates
        for c in candidates.indices {
          let k: Int
          if let known = index(of: candidates[c]) {
            k = known
          } else {
            k = countries.count
            countries.append(candidates[c].country)
            codes.append(candidates[c].countryCode)
            counts.append(0)
            lastVoter.append(-1)
          }
          if lastVoter[k] != m {
            lastVoter[k] = m
            counts[k] += 1
          }
        }
      }
    }

    init(_ votes: [String: Int]) {
      countries = Array(votes.keys)
      codes = countries.map(GazetteerEntry.countryCode)
      counts = countries.map { votes[$0] ?? 0 }
    }

    /// Where `entry`'s country is in `countries`: by its code where it has one (an integer compare
    /// per country; comparing the code Strings was a call each, for every candidate), else, or
    /// when no code matches, by the String (`firstIndex(of:)`). No two countries are equal
    /// Strings, and a String with a code is equal only to its own bytes: a matching code is the
    /// equal String.
    func index(of entry: GazetteerEntry) -> Int? {
      let code = entry.countryCode
      if code != 0, let k = codes.firstIndex(of: code) { return k }
      return countries.firstIndex(of: entry.country)
    }

    /// The largest count (0 when there are none).
    var largest: Int { counts.max() ?? 0 }

    /// The votes for `entry`'s country.
    subscript(_ entry: GazetteerEntry) -> Int? {
      index(of: entry).map { counts[$0] }
    }
  }

  /// Cities and towns chosen in pass 1 within the same sentence or 30 tokens of mention `k`.
  /// Appended to `out` (a buffer the caller reuses for every mention). `byToken`: mention indices
  /// by first token, all of them or only those that lend an anchor (`FirstPass.anchor`).
  func nearbyAnchors(
    _ doc: ReportText, _ mentions: [RecognizedMention], _ first: FirstPass, around k: Int,
    byToken: [Int], into out: inout [GazetteerEntry]
  ) {
    let token = mentions[k].firstToken
    let sentence = doc.sentenceOfToken[token]
    let sentenceTokens = doc.sentences[sentence]
    // Only mentions in this sentence or within 30 tokens qualify: look in that token window of the
    // mentions sorted by token instead of all of them (a long report made this quadratic). A
    // "sentence" of thousands of tokens (a scraped list with no full stop) is cut to ±maxReach
    // tokens, so one huge sentence cannot make it quadratic either.
    let lo = min(max(sentenceTokens.lowerBound, token - Self.maxReach), token - 30)
    let hi = max(min(sentenceTokens.upperBound, token + Self.maxReach + 1), token + 31)
    let i = partitionPoint(byToken) { mentions[$0].firstToken >= lo }
    var end = i
    while end < byToken.count, mentions[byToken[end]].firstToken < hi { end += 1 }
    // Mentions come in text order, so this slice of `byToken` is nearly always ascending already
    // and is used in place; it is sorted (by index, the order anchors were always taken in) when not.
    let window = byToken[i..<end]
    let near = zip(window, window.dropFirst()).allSatisfy { $0 < $1 } ? window : window.sorted()[...]
    let start = out.count
    // Keys compared as bytes: they are folded, and `String`'s `!=` normalizes Arabic first.
    let key = mentions[k].key
    // Fields are read in place: copying a whole mention or entry retains each of its strings.
    // The cheap tests first: most mentions in a window anchor nothing (`FirstPass.anchor`).
    let sentenceOfToken = doc.sentenceOfToken
    for j in near where j != k {
      let top = Int(first.anchor[j])
      guard top >= 0 else { continue }
      let t = mentions[j].firstToken
      let sameSentence = sentenceOfToken[t] == sentence
      // `rank` takes the best bonus over anchors, so one copy of each anchor is enough. Anchors
      // are few: the ids already kept are searched in place, not hashed into a `Set` per mention.
      guard sameSentence || abs(t - token) <= 30, !FNV1a.sameBytes(mentions[j].key, key) else { continue }
      let anchor = mentions[j].candidates[top]
      if !out[start...].contains(where: { $0.hasSameID(as: anchor) }) {
        out.append(anchor)
      }
    }
  }

  /// First index of `sorted` where `isAbove` holds (it must be false then true along the array).
  func partitionPoint(_ sorted: [Int], _ isAbove: (Int) -> Bool) -> Int {
    var low = 0
    var high = sorted.count
    while low < high {
      let mid = (low + high) / 2
      if isAbove(sorted[mid]) { high = mid } else { low = mid + 1 }
    }
    return low
  }

  /// Each candidate's score from everything but nearby anchors: kind, trigger hint, population,
  /// theatre and country votes (`total` is the largest vote), the report's governorates (`provinces`).
  /// `afterPlural`: the trigger is a plural («بلدات القلمون», "the villages of the Khabur"), which
  /// names the area the settlements lie in as often as a settlement.
  func baseScores(
    _ m: RecognizedMention, votes countryVotes: CountryVotes, total: Int, afterPlural: Bool = false,
    provinces: ProvinceVotes
  ) -> [Double] {
    var out: [Double] = []
    appendBaseScores(m, votes: countryVotes, total: total, afterPlural: afterPlural, provinces: provinces, to: &out)
    return out
  }

  /// `baseScores`, appended to `out` (see `FirstPass`).
  func appendBaseScores(
    _ m: RecognizedMention, votes countryVotes: CountryVotes, total: Int, afterPlural: Bool,
    provinces: ProvinceVotes, to out: inout [Double]
  ) {
    // Every candidate of every mention is scored: the set tests below are switches and compares
    // of two-letter codes packed as integers (`GazetteerEntry.countryCode`), not hashing into sets.
    let hint = m.kindHint
    // Each entry is read in place through `candidates[c]` (a closure over the entries received
    // a copy of each, retaining all its strings).
    let candidates = m.candidates
    for c in candidates.indices {
      let kind = candidates[c].kind
      let country = candidates[c].countryCode
      var s = kindPrior(kind)
      if let hint {
        // City, town and village hints count alike for any settlement: the gazetteer's settlement
        // kinds come from population figures (a village without one is a village by default), which
        // the kind prior and the population score weigh already; the text's word says only that
        // the place is a settlement («town of al-Rai» is Ar Rā‘ī, population unknown, not
        // Raytown, Missouri, 29,401).
        if kind == hint || afterPlural && (kind == .region || kind == .countryside)
          || Self.isSettlement(hint) && Self.isSettlement(kind)
        {
          s += 0.5
        } else if hint == .neighbourhood && kind == .camp || hint == .camp && kind == .neighbourhood {
          s += 0.2
        }
      }
      s += 0.3 * Gazetteer.populationScore(kind: kind, population: candidates[c].population)
      if Self.isTheatre(country) {
        s += 0.3
      } else if PlaceContext.region.contains(packed: country) {
        // Neighbours of the theatre ("Kilis", "Arsal") before namesakes far away (Kiel).
        s += 0.15
      }
      s += 0.3 * Double(countryVotes[candidates[c]] ?? 0) / Double(total)
      if provinces.largest > 0, Self.isTheatre(country) {
        s += 0.2 * Double(provinces.votes(for: candidates[c].admin1)) / Double(provinces.largest)
      }
      out.append(s)
    }
  }

  /// Plural trigger nouns: «بلدات القلمون» (the towns of the Qalamoun) is the region, not a village
  /// named Qalmun.
  static let pluralTriggers: WordSet = WordSet(
    words: ["بلدات", "قرى", "مدن", "مخيمات", "مناطق", "أحياء"].map(ArabicWord.lexiconForm) + [
      "towns", "villages", "cities", "camps", "areas",
    ])

  /// True when a plural trigger noun stands right before the mention, or before "of"/«من» before it.
  func afterPluralTrigger(_ doc: ReportText, _ m: RecognizedMention) -> Bool {
    var t = m.firstToken - 1
    guard t >= 0, m.kindHint != nil else { return false }
    if !doc.forms[t].isDisjoint(with: PlaceRecognizer.ofWords) { t -= 1 }
    return t >= 0 && !doc.forms[t].isDisjoint(with: Self.pluralTriggers)
  }

  /// The anchor entry of the mention joined to mention `k` in a list (the one before it, else the
  /// one after it), when that mention anchors (`FirstPass.anchor`).
  func listPartner(_ doc: ReportText, _ mentions: [RecognizedMention], _ pass: FirstPass, of k: Int) -> GazetteerEntry? {
    if k > 0, pass.anchor[k - 1] >= 0, PlaceRecognizer.joined(doc, mentions[k - 1], mentions[k]) {
      return mentions[k - 1].candidates[Int(pass.anchor[k - 1])]
    }
    if k + 1 < mentions.count, pass.anchor[k + 1] >= 0, PlaceRecognizer.joined(doc, mentions[k], mentions[k + 1]) {
      return mentions[k + 1].candidates[Int(pass.anchor[k + 1])]
    }
    return nil
  }

  /// `rank` as candidate indices with their scores.
  func rankOrder(_ m: RecognizedMention, base: [Double], anchors: [GazetteerEntry]) -> [Ranked] {
    var scored: [Ranked] = []
    appendRankOrder(m, base: base[...], anchors: anchors, to: &scored)
    return scored
  }

  /// `rankOrder`, appended to `scored` (a buffer reused across mentions, see `FirstPass`).
  func appendRankOrder(
    _ m: RecognizedMention, base: ArraySlice<Double>, anchors: [GazetteerEntry], partner: GazetteerEntry? = nil,
    to scored: inout [Ranked]
  ) {
    let candidates = m.candidates
    let start = scored.count
    if anchors.isEmpty {
      for (k, s) in base.enumerated() where k < candidates.count { scored.append((k, s)) }
    } else {
      // The anchors that are candidates themselves, as bits by anchor (the first 64; any further
      // one is looked up among the candidates when asked). Ids are compared by their keys
      // (`GazetteerEntry.IDKey`): comparing the id Strings was a fifth of ranking.
      var namedBits: UInt64 = 0
      for a in anchors.indices.prefix(64) where candidates.contains(where: { $0.hasSameID(as: anchors[a]) }) {
        namedBits |= 1 << UInt64(a)
      }
      // (Captured as a constant: where the compiler did not inline `isNamed`, the variable was
      // captured by reference and each read went through the run-time exclusivity check.)
      let named = namedBits
      @inline(__always) func isNamed(_ a: Int) -> Bool {
        a < 64 ? named & 1 << UInt64(a) != 0 : candidates.contains { $0.hasSameID(as: anchors[a]) }
      }
      // Entries are read in place (`candidates[k]`, `anchors[a]`): iterating them copied each
      // entry and retained all its strings, for every candidate and anchor.
      for k in 0..<min(candidates.count, base.count) {
        var s = base[base.startIndex + k]
        var anchorBonus = 0.0
        // A nearby city says where a neighbourhood, camp or village is; it says nothing about
        // whether «الرقة» is the city or the governorate.
        // An anchor that is itself a candidate («مدينة حمص» near a bare «حمص») says which entry
        // the name means: it lends that entry its bonus, and none to the district named after it.
        if anchors.contains(where: { $0.hasSameID(as: candidates[k]) }) { anchorBonus = 0.6 }
        if Self.isFine(candidates[k].kind) {
          // The bonus is the best over the anchors (0.6, 0.4 or 0.3): a test that could only give
          // a bonus no larger than the one held is not made, and the anchors stop at the largest
          // (written for speed: the distance and the admin1 Strings were compared for every
          // candidate and anchor).
          for a in anchors.indices
          where anchorBonus < 0.6 && !anchors[a].hasSameID(as: candidates[k]) && !isNamed(a) {
            if candidates[k].isChild(of: anchors[a]) {
              anchorBonus = 0.6
            } else if anchorBonus < 0.4, Self.isWithin30Km(candidates[k].coordinate, anchors[a].coordinate) {
              // Near the anchor beats merely in its governorate: two villages of one name in Diyala
              // were a tie the smaller id broke.
              anchorBonus = 0.4
            } else if anchorBonus < 0.3, !candidates[k].admin1.isEmpty,
              candidates[k].admin1 == anchors[a].admin1
            {
              anchorBonus = 0.3
            }
          }
        }
        // A list partner («بلدتي نبل والزهراء»: the place joined to this one by «و» or a comma)
        // says more than a city named elsewhere in the sentence: the items of a list lie together.
        if let partner, anchorBonus < 0.7, Self.isFine(candidates[k].kind),
          Self.isWithin30Km(candidates[k].coordinate, partner.coordinate)
        {
          anchorBonus = 0.7
        }
        s += anchorBonus
        scored.append((k, s))
      }
    }
    // Higher score first, then smaller id (the tuple `($0.score, $1.entry.id) > ($1.score, $0.entry.id)`
    // without building tuples of strings per comparison).
    let before = { (a: Ranked, b: Ranked) -> Bool in
      a.score != b.score ? a.score > b.score : candidates[a.candidate].idPrecedes(candidates[b.candidate])
    }
    // This mention's part of the shared buffer is sorted in place by a stable insertion sort (the
    // standard library's sort for so few elements; any stable sort gives the same order): sorting
    // `scored[start...]` copied the slice, as it shares the array's buffer. Long lists are sorted
    // as their own array.
    guard scored.count - start <= 20 else {
      var tail = Array(scored[start...])
      tail.sort(by: before)
      scored.replaceSubrange(start..., with: tail)
      return
    }
    var k = start + 1
    while k < scored.count {
      let x = scored[k]
      var j = k
      while j > start && before(x, scored[j - 1]) {
        scored[j] = scored[j - 1]
        j -= 1
      }
      scored[j] = x
      k += 1
    }
  }

  /// Whether two points are less than 30 km apart. A great circle is never shorter than the
  /// meridian arc between the two latitudes, so points more than 0.3° of latitude apart (33 km)
  /// are answered without the trigonometry, which was most of ranking many-candidate names.
  static func isWithin30Km(_ a: Coordinate, _ b: Coordinate) -> Bool {
    if abs(a.latitude - b.latitude) > 0.3 { return false }
    return a.distanceKm(to: b) < 30
  }

  /// Kinds a nearby city can place. Not districts and governorates: a city says nothing about
  /// whether «الرقة» or "Douma" is the city or the unit named after it.
  static func isFine(_ k: PlaceKind) -> Bool {
    switch k {
    case .neighbourhood, .camp, .town, .village, .facility, .countryside: return true
    default: return false
    }
  }

  /// City, town or village.
  static func isSettlement(_ k: PlaceKind) -> Bool { k == .city || k == .town || k == .village }

  /// Countries of the theatre geomap reads about (`GazetteerEntry.countryCode`); their candidates
  /// are preferred.
  static func isTheatre(_ country: UInt16) -> Bool { PlaceContext.core.contains(packed: country) }

  func kindPrior(_ k: PlaceKind) -> Double {
    switch k {
    case .city: return 0.8
    case .country: return 0.7
    case .governorate, .town, .camp, .region, .countryside: return 0.6
    case .neighbourhood, .district, .facility, .crossing: return 0.5
    case .village: return 0.4
    }
  }
}
