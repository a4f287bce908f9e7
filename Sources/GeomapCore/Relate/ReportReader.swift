/// The pipeline entry: decoded text in, `Situation` out (places, movements, control, diagnostics).
public struct ReportReader: Sendable {
  let gazetteer: Gazetteer
  let recognizer: PlaceRecognizer
  /// Whether the words after a direction name a country (`isContextOnly`), by their interned words:
  /// "eastern Syria" comes back in every report, and its loose key cost more than the rest of the
  /// test. Per reader, because the answer depends on its gazetteer.
  let countryNames = Locked<[[UInt32]: Bool]>([:])

  public init(gazetteer: Gazetteer) {
    self.gazetteer = gazetteer
    recognizer = PlaceRecognizer(gazetteer: gazetteer)
  }

  /// Reads one decoded report; `date` is the report date used for the evidence.
  public func read(text: String, source: String, date: CalendarDate?) -> Situation {
    inspect(text: text, source: source, date: date).situation
  }

  /// Reads one report and keeps every stage's output.
  public func inspect(text: String, source: String, date: CalendarDate?) -> ReportInspection {
    inspect(Self.document(text), source: source, date: date)
  }

  /// `text` tokenized for reading.
  static func document(_ text: String) -> ReportText {
    // Every lexicon word is in the word table before this report's tokens are looked up in it.
    _ = Lexicons.loaded
    return ReportText(text)
  }

  /// Reads one tokenized report (`document(_:)`) and keeps every stage's output.
  func inspect(_ doc: ReportText, source: String, date: CalendarDate?) -> ReportInspection {
    inspect([doc], sources: [source], dates: [date])[0]
  }

  /// Reads tokenized reports (`document(_:)`), one source and date each, and keeps every stage's
  /// output, one inspection per report. The reports go through the pipeline stage by stage (every
  /// report's cues, then every report's actor names, then every report's places, …), not report by
  /// report: a refresh job reads many short reports, and a stage run over one report of a few
  /// sentences ran its code cold: the instruction cache and the branch history it had built were
  /// the previous stage's. Each report's result is what reading it alone gives.
  func inspect(_ docs: [ReportText], sources: [String], dates: [CalendarDate?]) -> [ReportInspection] {
    let all = docs.indices
    // Where the actor names and the rules' cue words stand, found in one pass for both.
    let cues = all.map { CueIndex(docs[$0]) }
    let named = all.map { ActorLexicon.mentions(in: docs[$0], cues: cues[$0]) }
    let recognized = all.map { k in recognizer.recognize(docs[k], maskedFlags: Self.masked(docs[k], named[k])) }
    let resolved = all.map { k in
      // A bare country name («سوريا», "Iraq") is context, not a place to map; phrases anchored on one
      // («شرق سوريا» without a region entry) stay. (Removed in place, the others keeping their order:
      // `filter` copied every kept mention into a new array, retaining both its boxes.)
      var resolved = ContextResolver().resolve(docs[k], recognized[k])
      resolved.removeAll { $0.mention.entry.kind == .country && !$0.recognized.anchored }
      return resolved
    }
    let contexts = all.map { k in
      // «القوات الأمنية», "security forces": the side of the state the report's places are in.
      // (The places' countries are listed only when a role is named; the index says where none starts.)
      let actors = ActorLexicon.placingRoles(
        named[k], in: docs[k], countries: resolved[k].map(\.mention.entry.country), cues: cues[k])
      return RelationContext(
        doc: docs[k], places: resolved[k], actors: actors, source: sources[k], date: dates[k], cues: cues[k])
    }
    let control = all.map { ControlExtractor(ctx: contexts[$0]).extract() }
    let movements = all.map { k in
      // The claims and their tokens split in one pass, each read in place (see `order` below).
      var claims: [ControlClaim] = []
      var claimTokens: [Int] = []
      claims.reserveCapacity(control[k].count)
      claimTokens.reserveCapacity(control[k].count)
      for c in control[k].indices {
        claims.append(control[k][c].claim)
        claimTokens.append(control[k][c].token)
      }
      return MovementExtractor(ctx: contexts[k], control: claims, controlTokens: claimTokens).extract()
    }
    return all.map { k in
      finish(
        docs[k], source: sources[k], date: dates[k], recognized: recognized[k], resolved: resolved[k],
        actors: contexts[k].actors, control: control[k], moved: movements[k])
    }
  }

  /// The actor names' tokens as one flag per token: the recognizer asks every token, and a set
  /// cost an insert per named token and a hash per question.
  static func masked(_ doc: ReportText, _ named: [ActorMention]) -> [Bool] {
    var masked = [Bool](filling: false, count: doc.tokens.count)
    for a in named {
      for t in a.firstToken..<a.endToken where t >= 0 && t < masked.count { masked[t] = true }
    }
    return masked
  }

  /// One report's situation from its stages' outputs: the places a mover left held, the claims'
  /// dates, the map's places and the claims in text order.
  func finish(
    _ doc: ReportText, source: String, date: CalendarDate?, recognized: [RecognizedMention],
    resolved: [ResolvedMention], actors: [ActorMention], control: [TokenClaim],
    moved: (
      movements: [Movement], leftFrom: [(actor: Actor, origin: GazetteerEntry, evidence: Evidence, token: Int)]
    )
  ) -> ReportInspection {
    var control = control
    let (extracted, leftFrom) = moved
    // Movers leaving a place they were in: «إخلاء مقاتليه من مدينة الرقة» says ISIS holds Raqqa.
    // (Claims asked in place, by index: iterating `control` copied each claim and retained its strings.)
    for l in leftFrom
    where !control.indices.contains(where: {
      control[$0].claim.actor == l.actor && MovementExtractor.sameFamily(control[$0].claim.place, l.origin)
    }) {
      var ev = l.evidence
      ev.confidence = (StatusLexicon.confidence(.reported) * 0.8 * 1000).rounded() / 1000
      control.append(
        TokenClaim(
          ControlClaim(actor: l.actor, place: l.origin, control: .holds, status: .reported, evidence: ev),
          l.token
        ))
    }
    // A date phrase inside a claim's own quote («يوم السبت», "last week") dates it; else the report date.
    var movements = extracted
    if let date, !movements.isEmpty || !control.isEmpty {
      // The movements' spans, then the claims' (one array, not three built and joined).
      // Quotes are read in place as offsets (a copy of each evidence retained its strings).
      func quote(_ ev: Evidence) -> Range<Int> { ev.start..<ev.end }
      var spans: [Range<Int>] = []
      spans.reserveCapacity(movements.count + control.count)
      for k in movements.indices { spans.append(datedSpan(of: quote(movements[k].evidence), in: doc)) }
      for k in control.indices { spans.append(datedSpan(of: quote(control[k].claim.evidence), in: doc)) }
      let phrases = datePhrases(in: doc, spans: spans, reference: date)
      for k in movements.indices {
        if let p = datePhrase(for: quote(movements[k].evidence), in: doc, phrases: phrases), p.resolved.date != date {
          movements[k].evidence.date = p.resolved.date
          movements[k].notes.append("dated by «\(p.text)»")
        }
      }
      for k in control.indices {
        if let p = datePhrase(for: quote(control[k].claim.evidence), in: doc, phrases: phrases) {
          control[k].claim.evidence.date = p.resolved.date
        }
      }
    }
    var mentions: [PlaceMention] = []
    mentions.reserveCapacity(resolved.count)
    for k in resolved.indices where !isContextOnly(doc, resolved[k]) { mentions.append(resolved[k].mention) }
    // The claims' order found by sorting their indices (the same comparisons, so the same order as
    // sorting the claims): moving whole claims retained and released their strings at every move.
    // The keys are read out first, in place: read in the comparison, each claim (with its token, a
    // tuple copied through its run-time type) was copied out of the array twice per comparison.
    var keys: [(token: Int, actor: Actor)] = []
    keys.reserveCapacity(control.count)
    for k in control.indices { keys.append((control[k].token, control[k].claim.actor)) }
    let order = keys.indices.sorted {
      (keys[$0].token, keys[$0].actor.rawValue) < (keys[$1].token, keys[$1].actor.rawValue)
    }
    var ordered: [ControlClaim] = []
    ordered.reserveCapacity(order.count)
    for k in order { ordered.append(control[k].claim) }
    let situation = Situation(
      source: source, date: date, mentions: mentions,
      movements: movements,  // text order of first mention, as merged
      control: ordered,
      diagnostics: diagnostics(doc, resolved, source: source))
    return ReportInspection(
      source: source, date: date, tokenCount: doc.tokens.count, sentenceCount: doc.sentences.count,
      recognized: recognized, resolved: resolved, actors: actors, situation: situation)
  }

  /// How far before its quote a date phrase may stand and still date the claim («كشف ... يوم السبت
  /// عندما تحدث عن: "…"»): a few words, never across a sentence end.
  static let leadingDateReach = 60

  /// The text a claim's date phrase may come from: its quote (scalar offsets) and the words just
  /// before it.
  func datedSpan(of quote: Range<Int>, in doc: ReportText) -> Range<Int> {
    let t = RelativeDateResolver.firstIndex(in: doc.tokens) { $0.start >= quote.lowerBound }
    let sentenceStart = t < doc.tokens.count ? doc.tokens[doc.sentence(of: t).lowerBound].start : quote.lowerBound
    return max(sentenceStart, quote.lowerBound - Self.leadingDateReach)..<quote.upperBound
  }

  /// Date phrases of the claims' spans only, in text order: dates matter only where they date a
  /// claim, and most of a long report is not a claim's quote. Spans are merged and widened to word
  /// boundaries, so a phrase is found as it would be in the whole text.
  func datePhrases(in doc: ReportText, spans: [Range<Int>], reference: CalendarDate) -> [DatePhrase] {
    let scalars = doc.scalars
    func isWordScalar(_ k: Int) -> Bool {
      guard k >= 0 && k < scalars.count else { return false }
      let v = scalars[k].value
      // ASCII and Arabic letters (nearly every scalar at a span's edge) are answered without the
      // Unicode property tables: in ASCII only letters are alphabetic and only digits numeric.
      if v < 0x80 { return (0x61...0x7A).contains(v | 0x20) || (0x30...0x39).contains(v) }
      if PlainText.isArabicLetter(v) { return true }
      return scalars[k].properties.isAlphabetic || scalars[k].properties.numericType != nil
    }
    var merged: [Range<Int>] = []
    for span in spans.sorted(by: { $0.lowerBound < $1.lowerBound }) {
      var lo = max(0, span.lowerBound)
      var hi = min(scalars.count, span.upperBound)
      while isWordScalar(lo - 1) { lo -= 1 }
      while isWordScalar(hi) { hi += 1 }
      if let last = merged.last, lo <= last.upperBound {
        merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, hi)
      } else {
        merged.append(lo..<hi)
      }
    }
    var out: [DatePhrase] = []
    // Most spans name no date word: the tokens say so before `find` decodes and scans the span,
    // and where they name one, `find` scans only the words around it (see `regions(in:)`).
    let filter = DateTokenFilter(doc: doc, within: merged)
    // One set of working arrays for every region searched (see `RelativeDateResolver.Scratch`),
    // and one list of regions for every span.
    var scratch = RelativeDateResolver.Scratch()
    var regions: [Range<Int>] = []
    for span in merged {
      regions.removeAll(keepingCapacity: true)
      filter.appendRegions(in: span, to: &regions)
      for region in regions {
        for var p in RelativeDateResolver.find(in: scalars[region], reference: reference, scratch: &scratch) {
          p.start += region.lowerBound
          p.end += region.lowerBound
          out.append(p)
        }
      }
    }
    return out
  }

  /// The date phrase that dates a claim with quote `quote` (scalar offsets): the nearest inside
  /// the quote (`nearest(to:within:)`), else the last ending before the quote in its dated span
  /// (the day the source spoke), else nil (the report date). `phrases` are disjoint and in text
  /// order (as `find` returns them), so the phrases starting in a span are found by binary search
  /// and read in place (lists of them, copied out per claim, were blocks per claim).
  func datePhrase(for quote: Range<Int>, in doc: ReportText, phrases: [DatePhrase]) -> DatePhrase? {
    func firstStarting(atOrAfter offset: Int) -> Int {
      RelativeDateResolver.firstIndex(in: phrases) { $0.start >= offset }
    }
    let from = firstStarting(atOrAfter: quote.lowerBound)
    let to = max(from, firstStarting(atOrAfter: quote.upperBound))
    if let p = phrases[from..<to].nearest(to: quote.lowerBound, within: quote) { return p }
    let lead = firstStarting(atOrAfter: datedSpan(of: quote, in: doc).lowerBound)
    var k = from
    while k > lead {
      k -= 1
      if phrases[k].end <= quote.lowerBound { return phrases[k] }
    }
    return nil
  }

  /// Phrases that qualify other places rather than name one: «العاصمة» / "the capital" standing for
  /// the capital, and a direction of a country or of the capital («شرق سوريا», "eastern Syria»,
  /// «جنوب العاصمة»). Relations still use them («مناطق سيطرته شرق سوريا»); the place list does not.
  func isContextOnly(_ doc: ReportText, _ r: ResolvedMention) -> Bool {
    let m = r.recognized
    if m.context == "anaphor" { return true }
    let first = m.firstToken
    // (The span's length first: most mentions are one word, and then no direction is looked up.)
    guard m.endToken - first >= 2, doc.forms[first].contains(where: { PlaceContext.directions[$0] != nil }) else {
      return false
    }
    var rest = first + 1
    if rest < m.endToken, doc.tokens[rest].text == "of" { rest += 1 }
    guard rest < m.endToken else { return false }
    if namesCountry(doc, rest..<m.endToken) { return true }
    return doc.forms[rest].contains(ArabicWord.capitalForm) || doc.tokens[rest].text == "capital"
  }

  /// Whether tokens `range` are the name of a country in the gazetteer, remembered by their words
  /// (equal words are equal folded texts, so equal keys); a word past the vocabulary's limit
  /// (`Word.unseen`) stands for any spelling and is not remembered.
  func namesCountry(_ doc: ReportText, _ range: Range<Int>) -> Bool {
    let words = doc.words[range].map(\.id)
    let remembered = !words.contains(Word.unseen.id)
    if remembered, let known = countryNames.withLock({ $0[words] }) { return known }
    let key = NameKey.loose(tokens: doc.tokens[range].map(\.text))
    let answer = gazetteer.entries(forLooseKey: key).contains(where: { $0.kind == .country })
    if remembered {
      countryNames.withLock { cache in
        // Bounded so a long batch cannot grow it without limit.
        if cache.count > 50_000 { cache.removeAll(keepingCapacity: true) }
        cache[words] = answer
      }
    }
    return answer
  }

  /// Ambiguous mentions (warning) and phrases mapped to an anchor place (note), with line:column.
  func diagnostics(_ doc: ReportText, _ resolved: [ResolvedMention], source: String) -> [Diagnostic] {
    var out: [Diagnostic] = []
    for k in resolved.indices {
      // Most mentions get no diagnostic: the score is tested before any distance, and the line
      // and column are found only for those that do. (Asked of the mention in place: copying each
      // mention out of the array, and building its note, retained and released their fields.)
      // Warn when a close rival lies elsewhere (a town and its same-name district are one place here).
      let warn =
        resolved[k].mention.score < 0.7
        && resolved[k].mention.alternatives.contains {
          $0.score >= 0.15 && $0.entry.coordinate.distanceKm(to: resolved[k].mention.entry.coordinate) > 25
        }
      // (`note` is nil exactly when the recognizer's note is.)
      guard warn || resolved[k].recognized.note != nil else { continue }
      let r = resolved[k]
      let m = r.mention
      let note = r.note
      let (line, column) = doc.lineColumn(of: m.start)
      if warn {
        // "'X' has N candidates; chose A (kind, area) over B (…); C (…)", its UTF-8 written into one
        // buffer and decoded once. Written for speed: appending each of the two dozen parts to a
        // `String` cost some 340 instructions apiece (joining described entries and their areas, before
        // that, made a dozen strings and arrays per warning).
        var bytes: [UInt8] = []
        bytes.reserveCapacity(256)
        bytes.append(UInt8(ascii: "'"))
        Self.append(m.surface, to: &bytes)
        Self.append("' has ", to: &bytes)
        Self.append(String(m.alternatives.count + 1), to: &bytes)
        Self.append(" candidates; chose ", to: &bytes)
        describe(m.entry, into: &bytes)
        Self.append(" over ", to: &bytes)
        for (k, alternative) in m.alternatives.prefix(3).enumerated() {
          if k > 0 { Self.append("; ", to: &bytes) }
          describe(alternative.entry, into: &bytes)
        }
        let message = String(decoding: bytes, as: UTF8.self)
        out.append(Diagnostic(message: message, source: source, line: line, column: column))
      }
      if let note {
        out.append(Diagnostic(severity: .note, message: note, source: source, line: line, column: column))
      }
    }
    return out
  }

  /// Appends the UTF-8 of "name (kind, admin1, country)" (the area's empty parts left out) to `out`.
  func describe(_ e: GazetteerEntry, into out: inout [UInt8]) {
    Self.append(e.name, to: &out)
    Self.append(" (", to: &out)
    Self.append(e.kind.rawValue, to: &out)
    Self.append(", ", to: &out)
    let admin1 = e.admin1
    let country = e.country
    Self.append(admin1, to: &out)
    if !admin1.isEmpty && !country.isEmpty { Self.append(", ", to: &out) }
    Self.append(country, to: &out)
    out.append(UInt8(ascii: ")"))
  }

  /// Appends the UTF-8 of `s` to `out`, copied from the string's own bytes in one block (appending
  /// its `utf8` view went through the generic path, some 170 instructions per part).
  static func append(_ s: String, to out: inout [UInt8]) {
    var s = s
    s.withUTF8 { out.append(contentsOf: $0) }
  }
}
