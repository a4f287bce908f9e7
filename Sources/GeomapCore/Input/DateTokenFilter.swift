/// A token-level test run before `RelativeDateResolver.find` scans a claim's span scalar by
/// scalar: most spans hold no date word at all, and the report's tokens (folded, interned) already
/// say so without decoding and classifying every scalar again.
///
/// It answers "may hold a date phrase" conservatively: false only when `find` provably finds
/// nothing. Every date match contains one of the rules' trigger words or four digits in a row
/// (`DateWindows`), up to case and canonical equivalence. A trigger is made of letters of one
/// script, so it lies inside one token; `Folding` folds scalar by scalar (dropping only marks and
/// invisibles, which a trigger has none of), so the token's folded text then contains the trigger's
/// folded text. What case folding or canonical equivalence could turn into a trigger (a combining
/// hamza, the Kelvin sign, "ſ") either folds to the same letter or is a scalar outside the plain
/// letters and digits; a token or gap holding such a scalar makes the answer true.
struct DateTokenFilter {
  /// Per interned word id: 0 not yet known, 1 no trigger, else `Reach.code` of the words a date
  /// phrase holding it may reach. Process-wide, because the same words come back in every report;
  /// under a lock, because reports are read in parallel.
  private static let flags = Locked<[UInt32]>([])

  /// The rules' triggers but the year, in `vocabulary` order.
  static let wordTriggers = RelativeDateResolver.Rules.vocabulary.filter { $0 != DateWindows.yearDigits }

  /// The triggers of every date rule, folded as the tokenizer folds report text.
  static let foldedTriggers = TriggerTable(wordTriggers.map(foldedText))

  /// How many words a date phrase may have before and after the word holding its trigger.
  struct Reach: Equatable {
    var before = 0
    var after = 0

    /// Room for both in one cache entry (bit 16 set, so never 0 or 1).
    var code: UInt32 { 1 << 16 | UInt32(before) << 8 | UInt32(after) }
    init(before: Int, after: Int) {
      // A cache entry keeps eight bits of each: a pattern reaching further counts as reaching all.
      (self.before, self.after) = before < 256 && after < 256 ? (before, after) : (255, 255)
    }
    init(code: UInt32) { (before, after) = (Int(code >> 8 & 0xFF), Int(code & 0xFF)) }
    func union(_ o: Reach) -> Reach { Reach(before: max(before, o.before), after: max(after, o.after)) }
  }

  /// The reach of each of `wordTriggers` (the widest of the rules naming it), of the year (every
  /// full-date pattern and the rules naming it), and of any trigger.
  static let triggerReach: [Reach] = {
    // By trigger index (`Rules.triggerIndices`): comparing every trigger with every rule's
    // triggers as strings was some 16,000 Arabic string comparisons at start-up.
    var byIndex = [Reach](repeating: Reach(before: 0, after: 0), count: RelativeDateResolver.Rules.vocabulary.count)
    for (rule, triggers) in zip(RelativeDateResolver.Rules.all, RelativeDateResolver.Rules.triggerIndices) {
      for t in triggers { byIndex[t] = byIndex[t].union(Reach(before: rule.words.before, after: rule.words.after)) }
    }
    let vocabulary = RelativeDateResolver.Rules.vocabulary
    return vocabulary.indices.filter { vocabulary[$0] != DateWindows.yearDigits }.map { byIndex[$0] }
  }()
  static let yearReach = reach(of: DateWindows.yearDigits).union(
    Reach(before: ReportDateReader.fullDateWordsBeforeYear.max() ?? 0, after: 0))
  static let anyReach = triggerReach.reduce(yearReach) { $0.union($1) }

  static func reach(of trigger: String) -> Reach {
    RelativeDateResolver.Rules.all.filter { $0.triggers.contains(trigger) }
      .reduce(Reach(before: 0, after: 0)) { $0.union(Reach(before: $1.words.before, after: $1.words.after)) }
  }

  let doc: ReportText
  /// The tokens that may hold a trigger, with their reach, in token order.
  private let hits: [(token: Int, reach: Reach)]
  /// Scalars between tokens that the tokens do not account for (see `noteLoud`), each with the
  /// index of the token after its gap (`tokens.count` after the last), in text order.
  private let loud: [(gap: Int, at: Int)]

  /// Reads every token of `doc` once: written for speed, since claims' spans cover much of a
  /// report and overlap from span to span, and walking each span's tokens (a lock, a word lookup
  /// and a gap test per token) cost more than this one pass; a span then looks up its own part.
  init(doc: ReportText) { self.init(doc: doc, within: nil) }

  /// The same reading only the tokens and gaps that `spans` (in text order, disjoint) reach, when
  /// given: `regions(in:)` and `mayHoldDate` must then be asked only about parts of them.
  init(doc: ReportText, within spans: [Range<Int>]?) {
    self.doc = doc
    let tokens = doc.tokens
    // Per span, its tokens `first..<stop` and the gaps before each and before `stop` (as
    // `regions(in:)` finds them).
    var reached: [(first: Int, stop: Int)] = []
    if let spans {
      reached.reserveCapacity(spans.count)
      for span in spans {
        let first = RelativeDateResolver.firstIndex(in: tokens) { $0.end > span.lowerBound }
        reached.append((first, max(first, RelativeDateResolver.firstIndex(in: tokens) { $0.start >= span.upperBound })))
      }
    } else {
      reached = [(0, tokens.count)]
    }
    var hits: [(token: Int, reach: Reach)] = []
    var loud: [(gap: Int, at: Int)] = []
    let unseen = Word.unseen.id
    // Through buffers, with the common cases inline (a gap of one space, a known word without a
    // trigger): this runs on most tokens of a report, and a call and array accesses per token
    // cost more than the walk over the claims' spans it replaces.
    tokens.withUnsafeBufferPointer { tokens in
      doc.words.withUnsafeBufferPointer { words in
        doc.scalars.withUnsafeBufferPointer { scalars in
          Self.flags.withLock { flags in
            // Gaps and tokens before these are read (spans in text order reach them in order).
            var (nextGap, nextToken) = (0, 0)
            for (first, stop) in reached {
              let from = max(first, nextToken)
              guard from <= stop else { continue }
              for t in from...stop {
                if t >= nextGap {
                  let gapStart = t == 0 ? 0 : tokens[t - 1].end
                  let gapEnd = t == tokens.count ? scalars.count : tokens[t].start
                  if gapEnd != gapStart && !(gapEnd == gapStart + 1 && scalars[gapStart] == " ") {
                    Self.noteLoud(scalars, gap: gapStart..<gapEnd, t, &loud)
                  }
                  nextGap = t + 1
                }
                guard t < stop && t >= nextToken else { continue }
                nextToken = t + 1
                let id = words[t].id
                if id != unseen && Int(id) < flags.count && flags[Int(id)] == 1 { continue }
                if let reach = Self.reach(t, doc, &flags) { hits.append((t, reach)) }
              }
            }
          }
        }
      }
    }
    self.hits = hits
    self.loud = loud
  }

  /// True unless no date phrase can start, end or lie in `span` (scalar offsets of `doc`).
  func mayHoldDate(_ span: Range<Int>) -> Bool { !regions(in: span).isEmpty }

  /// The parts of `span` that `RelativeDateResolver.find` must search to find every date phrase
  /// of `span`: empty when `mayHoldDate` is false; around each token that may hold a trigger, the
  /// words a date pattern naming that trigger can reach from it (`Reach`); all of `span` when a gap
  /// holds a scalar the tokens do not account for.
  ///
  /// Written for speed: `find` classifies every scalar it is given, and a claim's span is mostly
  /// words far from any date word. A part is cut only next to an ASCII blank (`\s`, a word break
  /// for `DateWindows` too) with all of a trigger word's reach inside it, and parts with only blanks
  /// between them are joined, so `find` sees in each part the same words, windows and matches as in
  /// the whole span.
  func regions(in span: Range<Int>) -> [Range<Int>] {
    var out: [Range<Int>] = []
    appendRegions(in: span, to: &out)
    return out
  }

  /// `regions(in:)`, appended to `out` (a buffer the caller reuses for every span).
  func appendRegions(in span: Range<Int>, to out: inout [Range<Int>]) {
    let tokens = doc.tokens
    // The span's tokens are those from the first ending after its start up to the first starting
    // at or after its end (`stop`); its gaps are those before each of these tokens and before
    // `stop` (the parts of them inside the span), as a walk over the span's tokens meets them.
    let first = RelativeDateResolver.firstIndex(in: tokens) { $0.end > span.lowerBound }
    let stop = max(first, RelativeDateResolver.firstIndex(in: tokens) { $0.start >= span.upperBound })
    var g = RelativeDateResolver.firstIndex(in: loud) { $0.gap >= first }
    while g < loud.count && loud[g].gap <= stop {
      if span.contains(loud[g].at) {
        out.append(span)
        return
      }
      g += 1
    }
    var h = RelativeDateResolver.firstIndex(in: hits) { $0.token >= first }
    let scalars = doc.scalars
    func isBlank(_ k: Int) -> Bool { PlainText.isSpace(scalars[k].value) }
    let start = out.count
    while h < hits.count && hits[h].token < stop {
      let (t, reach) = hits[h]
      h += 1
      // Back to the start of the token's word, then over `reach.before` more words (a run of
      // non-blanks holds at least one of `DateWindows`'s words, so at least that many are covered).
      var lo = min(max(tokens[t].start, span.lowerBound), span.upperBound)
      while lo > span.lowerBound && !isBlank(lo - 1) { lo -= 1 }
      for _ in 0..<reach.before {
        while lo > span.lowerBound && isBlank(lo - 1) { lo -= 1 }
        while lo > span.lowerBound && !isBlank(lo - 1) { lo -= 1 }
      }
      var hi = max(min(tokens[t].end, span.upperBound), lo)
      while hi < span.upperBound && !isBlank(hi) { hi += 1 }
      for _ in 0..<reach.after {
        while hi < span.upperBound && isBlank(hi) { hi += 1 }
        while hi < span.upperBound && !isBlank(hi) { hi += 1 }
      }
      if out.count > start, let last = out.last, lo <= last.upperBound || (last.upperBound..<lo).allSatisfy(isBlank) {
        out[out.count - 1] = last.lowerBound..<max(last.upperBound, hi)
      } else {
        out.append(lo..<hi)
      }
    }
  }

  /// Appends to `loud` each scalar of `range` (between tokens, before token `gap`) that is not a
  /// plain blank or punctuation (a letter, digit, mark or invisible that a token did not take).
  private static func noteLoud(
    _ scalars: UnsafeBufferPointer<Unicode.Scalar>, gap range: Range<Int>, _ gap: Int,
    _ loud: inout [(gap: Int, at: Int)]
  ) {
    for k in range where k >= 0 && k < scalars.count {
      let v = scalars[k].value
      switch v {
      case 0x09...0x0D, 0x20...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E, 0x060C, 0x061B, 0x061F,
        0x00AB, 0x00BB, 0x2013, 0x2014, 0x201C, 0x201D:
        continue
      default:
        loud.append((gap, k))
      }
    }
  }

  /// The reach of the triggers token `t`'s folded text may hold (folded triggers, four digits in a
  /// row, or a scalar outside ASCII lowercase letters, digits and Arabic letters, which may be any
  /// trigger); nil when it holds none. Remembered per word.
  private static func reach(_ t: Int, _ doc: ReportText, _ flags: inout [UInt32]) -> Reach? {
    let id = doc.words[t].id
    guard id != Word.unseen.id else { return textReach(doc.tokens[t].text) }
    let k = Int(id)
    if k < flags.count, flags[k] != 0 { return flags[k] == 1 ? nil : Reach(code: flags[k]) }
    let answer = textReach(doc.tokens[t].text)
    if k >= flags.count { flags += [UInt32](repeating: 0, count: max(k + 1 - flags.count, 4096)) }
    flags[k] = answer?.code ?? 1
    return answer
  }

  /// `reach` of a folded token text.
  ///
  /// Its scalars are decoded from its UTF-8 into a buffer on the stack (room for the byte count,
  /// never fewer bytes than scalars) and classified as they are decoded, and each scalar with the
  /// one before it is tested there as a trigger's first two (`TriggerTable.pairMayStart`; the
  /// letters that get there are lowercase already), the positions that pass kept as bits of a
  /// word; a trigger is then looked for only at those. This runs once for every word the first
  /// time a report's claims reach it: `Array(text.unicodeScalars)` (a counting pass, a copying
  /// pass, a heap block), a trie walk at every scalar, then a second pass testing pairs were most of it.
  static func textReach(_ text: String) -> Reach? {
    var text = text
    return text.withUTF8 { bytes in
      withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: bytes.count) { buffer -> Reach? in
        var count = 0
        var digits = 0
        var found: Reach?
        // Bit `k`: a trigger may start at scalar `k` (below 64; later ones are tested below).
        var starts: UInt64 = foldedTriggers.hasSingleScalarTrigger ? ~0 : 0
        var previous: UInt32 = 0
        var i = 0
        while i < bytes.count {
          let (v, width) = Tokenizer.ByteScan.decode(bytes, at: i)
          i += width
          precondition(count < buffer.count, "DateTokenFilter: more scalars than UTF-8 bytes")
          buffer[count] = unsafeBitCast(v, to: Unicode.Scalar.self)
          switch v {
          case 0x30...0x39:
            digits += 1
            if digits == 4 { found = yearReach }
          case 0x61...0x7A, 0x0621...0x063A, 0x0641...0x064A:
            digits = 0
          default: return anyReach
          }
          if count > 0 && count <= 64 && foldedTriggers.pairMayStart(previous, v) { starts |= 1 << UInt64(count - 1) }
          previous = v
          count += 1
        }
        let scalars = UnsafeBufferPointer(rebasing: buffer[..<count])
        func look(at k: Int) {
          foldedTriggers.triggers(in: scalars, at: k) { t in
            found = found.map { $0.union(triggerReach[t]) } ?? triggerReach[t]
          }
        }
        if count < 64 { starts &= (1 << UInt64(count)) - 1 }
        while starts != 0 {
          look(at: starts.trailingZeroBitCount)
          starts &= starts - 1
        }
        for k in min(count, 64)..<count where foldedTriggers.mayStart(scalars, at: k) { look(at: k) }
        return found
      }
    }
  }

  /// `text` folded by `Folding`, marks and invisibles dropped.
  static func foldedText(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    for s in text.unicodeScalars {
      if case .keep(let folded) = Folding.fold(s) { out.append(folded) }
    }
    return String(out)
  }
}
