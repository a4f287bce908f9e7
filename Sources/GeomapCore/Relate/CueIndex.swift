/// Where in a report the cue words of the relation rules stand, found in one pass over its tokens.
///
/// Written for speed. Each rule used to walk every sentence asking each token whether one of its
/// forms is in the rule's word set, and each phrase matcher tried every token of every sentence:
/// some thirty scans of the whole report, nearly all finding nothing. Here one pass looks each
/// token's forms up in a table of cue bits (one bit per `Cue`) and keeps, per cue, the tokens where
/// it occurs in text order. A rule then visits only its cue's tokens in a sentence (a binary search
/// and the few hits), so a sentence without its cue costs it nothing; the rule's own tests stay
/// as they were, so what it reads is unchanged.
final class CueIndex {
  /// The word sets and phrase matchers the rules scan sentences for. Each case names the lexicon it
  /// stands for (`words`), so a word added to that lexicon is marked here too. One bit each in a
  /// `UInt64`: at most 64 cases (a test checks).
  enum Cue: Int, CaseIterable {
    // Phrase matchers: the tokens where one of their phrases may start.
    case motionTriggers, wounded, safePassage, strikes, convoyPossessive, convoyWords, fallbackMotion
    case statusCues, allegingCues
    case strongholds, heldBy, controlVerbs, announcedNouns, battles, participation, relativeHeld
    case arabicControlNouns, partitive
    // The words the control post-passes look for in a claim's sentence (`withIncluded`,
    // `withGroundBackers`, `withExamples`).
    case includingEnds, backing, examples
    // Word sets: the tokens with one of their words among their forms.
    case sieges, hands, siegeNouns, lifting, flags, under, holdouts, clashNouns, expelling
    case heldCompounds, holdingVerbs, siegeVerbs, positions
    case englishControlNouns, laidSieges, expellingWords, securityWords, expelledWords
    case civilians, armedMen, attackers, attacks, ownForces
    // The words before an actor that make it a sponsor, backer or the side surrendered to.
    case sponsorship
    case passiveTakings, arabicPassiveAuxiliaries, resumptives, heldByPronoun
    // The verbs of taking with an object pronoun (`ControlExtractor.relativeTakings`).
    case relativeTakings
    // The participles that open a clause of taking or siege (`ControlFallback.participleClauses`).
    case participles
    // The actor phrase matchers (`ActorLexicon.mentions`, which runs before the relation rules).
    case actorNames, actorRoles, actorReferences
    // "is" (`ActorLexicon.isWord`): the actor scan reads "IS" as the Islamic State.
    case actorIS

    /// The words that mark the cue, and whether they are looked for among a token's `plainForms`
    /// (an exact phrase matcher) rather than its `forms`.
    var words: (words: [Word], plain: Bool) {
      switch self {
      case .motionTriggers: Self.matcher(MovementExtractor.triggerMatcher)
      case .wounded: Self.matcher(MovementExtractor.wounded)
      case .safePassage: Self.matcher(MovementExtractor.safePassage)
      case .strikes: Self.matcher(MovementExtractor.strikes)
      case .convoyPossessive: Self.matcher(MovementExtractor.convoyPossessive)
      case .convoyWords: Self.matcher(MovementExtractor.convoyWords)
      case .fallbackMotion: Self.matcher(MovementExtractor.cues)
      case .statusCues: Self.matcher(StatusLexicon.matcher)
      case .allegingCues: Self.matcher(StatusLexicon.allegingCues)
      case .strongholds: Self.matcher(ControlExtractor.strongholds)
      case .heldBy: Self.matcher(ControlExtractor.heldBy)
      case .controlVerbs: Self.matcher(ControlExtractor.verbMatcher)
      case .announcedNouns: Self.matcher(ControlExtractor.announcedNouns)
      case .battles: Self.matcher(ControlExtractor.battles)
      case .participation: Self.matcher(ControlExtractor.participation)
      case .relativeHeld: Self.matcher(ControlExtractor.relativeHeld)
      case .arabicControlNouns: Self.matcher(ControlFallback.arabicNouns)
      case .partitive: Self.matcher(ControlExtractor.partitive)
      case .includingEnds: (ControlExtractor.includingEnds.words, false)
      case .backing: (ControlExtractor.backing.words, false)
      case .examples: (ControlExtractor.examples.words, false)
      case .sieges: (ControlExtractor.sieges.words, false)
      case .hands: (ControlExtractor.hands.words, false)
      case .siegeNouns: (ControlExtractor.siegeNouns.words, false)
      case .lifting: (ControlExtractor.lifting.words, false)
      case .flags: (ControlExtractor.flags.words, false)
      case .under: (ControlExtractor.under.words, false)
      case .holdouts: (ControlExtractor.holdouts.words, false)
      case .clashNouns: (ControlExtractor.clashNouns.words, false)
      case .expelling: (ControlExtractor.expelling.words, false)
      // "rebel-held", "ISIS-controlled", "pro-regime": the words `ctx.isWord` is asked for.
      case .heldCompounds: (["held", "controlled", "pro"], false)
      case .holdingVerbs: (ControlExtractor.holdingVerbs.words, false)
      case .siegeVerbs: (ControlExtractor.siegeVerbs.words, false)
      case .positions: (ControlExtractor.positionNouns.words, false)
      case .englishControlNouns: (ControlFallback.englishNounWords.words, false)
      case .laidSieges: (ControlFallback.siegeWords.words, false)
      case .expellingWords: (ControlFallback.expellingWords.words, false)
      case .securityWords: (ControlFallback.securityWords.words, false)
      case .expelledWords: (ControlFallback.expelledWords.words, false)
      // The words `MovementExtractor.isCivilian` and `armedMenNoun(at:)` look for.
      case .civilians:
        (MovementExtractor.civilianWords.words + MovementExtractor.familyWords.words, false)
      case .armedMen: (MovementExtractor.armedMenNouns.flatMap(\.words), false)
      // The attacker nouns and attack words `referredMovers` looks for.
      case .attackers: (MovementExtractor.attackerNouns.words, false)
      case .attacks: (MovementExtractor.attackWords.words, false)
      // The possessive force nouns `ownedForces(at:sentence:)` looks for ("its fighters", «عناصره»).
      case .ownForces: (MovementExtractor.arabicOwnForces.words + MovementExtractor.ownForces.words, false)
      // Every word `RelationContext.isSponsor` looks for before the actor (not the deal nouns: they
      // count only before «مع», which is one of these).
      case .sponsorship:
        (
          RelationContext.yielding.words + RelationContext.arabicWith.words + RelationContext.sponsoring.words
            + RelationContext.backing.words + RelationContext.handing.words, false
        )
      // The words the agentless passives and the relative clauses with a dropped subject start from
      // (`ControlFallback.agentlessPassives`, `droppedRelativeSubjects`), and «تحت سيطرته».
      case .passiveTakings: (ControlFallback.passiveTakings.words, false)
      case .arabicPassiveAuxiliaries: (ControlFallback.arabicPassiveAuxiliaries.words, false)
      case .resumptives: (ControlFallback.resumptives.words, false)
      case .relativeTakings: (ControlExtractor.cliticTakings.words, false)
      case .heldByPronoun: Self.matcher(ControlExtractor.heldByPronoun)
      case .participles: (ControlFallback.participleWords.words, false)
      case .actorNames: Self.matcher(ActorLexicon.nameMatcher)
      case .actorRoles: Self.matcher(ActorLexicon.roleMatcher)
      case .actorReferences: Self.matcher(ActorLexicon.referenceMatcher)
      case .actorIS: ([ActorLexicon.isWord], false)
      }
    }

    private static func matcher<V>(_ m: PhraseMatcher<V>) -> (words: [Word], plain: Bool) {
      (m.firstWords, m.exact)
    }
  }

  /// The cue bits of every lexicon word, by word id: among `forms` and among `plainForms`.
  private struct Table {
    var bare: [UInt64] = []
    var plain: [UInt64] = []
    /// Bit `id` is set when word `id` has cue bits in `bare` (`plain`). Written for speed: the
    /// tables run up to the highest cue word's id, far past the caches, and nearly every token's
    /// forms have ids inside them but no cue; a 64th of the size, these bits stay in cache, and
    /// the tables are read only for the few cue words (the loads of `bare` were most of `init`).
    var bareWords: [UInt64] = []
    var plainWords: [UInt64] = []

    init() {
      // The top bit marks a worked-out entry of `spellingBits`.
      precondition(Cue.allCases.count < 64, "CueIndex: at most 63 cues")
      for cue in Cue.allCases {
        let (words, plain) = cue.words
        for w in words {
          let i = Int(w.id)
          guard w != .unseen else { continue }
          if plain {
            if i >= self.plain.count { self.plain += Array(repeating: 0, count: i + 1 - self.plain.count) }
            self.plain[i] |= 1 << UInt64(cue.rawValue)
          } else {
            if i >= bare.count { bare += Array(repeating: 0, count: i + 1 - bare.count) }
            bare[i] |= 1 << UInt64(cue.rawValue)
          }
        }
      }
      bareWords = Self.presence(bare)
      plainWords = Self.presence(plain)
    }

    /// The cue bits of token `t`'s forms (among `forms`) and plain forms (among `plainForms`).
    func bits(of t: Int, _ forms: FlatForms, _ plainForms: FlatForms) -> UInt64 {
      // A form's bits: 0 unless its presence bit is set (an id inside the table has its bit).
      func cueBits(_ w: Word, _ present: [UInt64], _ values: [UInt64]) -> UInt64 {
        let i = Int(w.id)
        guard i < values.count, present[i >> 6] & (1 << UInt64(i & 63)) != 0 else { return 0 }
        return values[i]
      }
      var m: UInt64 = 0
      for k in Int(forms.starts[t])..<Int(forms.starts[t + 1]) {
        m |= cueBits(forms.words[k], bareWords, bare)
      }
      for k in Int(plainForms.starts[t])..<Int(plainForms.starts[t + 1]) {
        m |= cueBits(plainForms.words[k], plainWords, plain)
      }
      return m
    }

    /// One bit per entry of `table`, set where the entry is not 0.
    static func presence(_ table: [UInt64]) -> [UInt64] {
      var bits = [UInt64](repeating: 0, count: (table.count + 63) / 64)
      for (i, m) in table.enumerated() where m != 0 { bits[i >> 6] |= 1 << UInt64(i & 63) }
      return bits
    }
  }

  private static let table = Table()

  /// The cue bits of each token spelling's forms (`bits`) and their movement scan classes
  /// (`classes`, `MovementExtractor.scanClasses`), by `key(slot:word:)`, worked out the first time
  /// a report has the spelling; `known` is set on each `bits` entry worked out (and its `classes`
  /// entry is then set too).
  ///
  /// Written for speed: a spelling's forms are the same in every report (`WordForms` analyses an
  /// Arabic spelling once; any other token's one form is its own word), and looking each form of
  /// each token up in `table` was most of building the index (and looking them up in the scan
  /// classes, per token of every sentence with a motion word, some 3M instructions per MB).
  private struct Spellings {
    var bits: [UInt64] = []
    var classes: [UInt32] = []
  }
  private static let spellings = Locked(Spellings())
  /// The bit marking a `Spellings.bits` entry as worked out (no cue has it: at most 63 cues).
  private static let known: UInt64 = 1 << 63

  /// A token's place in `spellings` from its `ReportText.formSlots` entry and word: twice its
  /// `WordForms` slot for an Arabic token, twice its word's id plus one for a token of another
  /// script (its only form is its word), so the two never meet; -1 for a spelling past the word
  /// table's limit (its forms are this report's own).
  @inline(__always)
  private static func key(slot: Int, word: Word) -> Int {
    if slot >= 0 { return 2 &* slot }
    return slot == -1 && word != .unseen ? 2 &* Int(word.id) &+ 1 : -1
  }

  /// Builds the cue table now (for `Lexicons.loaded`: some cue words, like "held", are its own).
  static func loadTable() { _ = table }

  /// The start of each cue's tokens in `flat` (`cueCount + 1` of them: cue `c`'s tokens are
  /// `flat[cueCount + 1 + flat[c] ..< cueCount + 1 + flat[c + 1]]`), then the tokens of each cue,
  /// ascending, in one block this index owns (freed in `deinit`). Read through a plain pointer (as
  /// `FlatForms` is): rules ask per sentence, some thirty times each, and handing out array slices
  /// retained and released the array at every question (about 1 % of a run).
  private let flat: UnsafeBufferPointer<Int32>
  /// Per token, its cue bits; then, per sentence, the cue bits of its tokens (`tokenCount + s`).
  /// With each token's sentence and the sentences' ends, most questions are about one sentence or
  /// a part of it that holds no cue, answered without a search. One block this index owns.
  ///
  /// Written for speed: the tables of an index were eight heap blocks per report to make and free
  /// (with the counts and next slots while building it); they are three (this, `flat` and
  /// `scanClasses`), and freeing the index went from 144k to 62k instructions on the 92 reports.
  private let bits: UnsafeBufferPointer<UInt64>
  private let tokenCount: Int
  /// Per token, the `MovementExtractor.scanClasses` mask of its forms: the movement rules' word
  /// tests (`masks[t].has(.x)` for `!doc.forms[t].isDisjoint(with: x)`).
  let scanClasses: [UInt32]
  private let sentenceOfToken: [Int]
  private let sentences: [Range<Int>]
  private static let cueCount = Cue.allCases.count

  init(_ doc: ReportText) {
    let n = doc.tokens.count
    let bits = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: n + doc.sentences.count)
    bits.initialize(repeating: 0)
    var scanClasses = [UInt32](filling: 0, count: n)
    let cueCount = Self.cueCount
    // How many tokens each cue marks: the first pass counts them and the second writes each cue's
    // tokens straight into its place in the one block. Written for speed: growing an array per cue
    // token by token was a dozen reallocations per cue and segment (15k heap blocks per 2 MB).
    flat = withUnsafeTemporaryAllocation(of: Int.self, capacity: cueCount + 1) { next in
      next.initialize(repeating: 0)
      scanClasses.withUnsafeMutableBufferPointer { classes in
        Self.mark(
          doc, masks: UnsafeMutableBufferPointer(rebasing: bits[0..<n]), classes: classes,
          counts: UnsafeMutableBufferPointer(rebasing: next[0..<cueCount]),
          sentenceMasks: UnsafeMutableBufferPointer(rebasing: bits[n...]))
      }
      // The counts become the starts, and `next` the next free slot of each cue's part.
      var total = 0
      for c in 0..<cueCount { (next[c], total) = (total, total + next[c]) }
      next[cueCount] = total
      let block = UnsafeMutableBufferPointer<Int32>.allocate(capacity: cueCount + 1 + total)
      for c in 0...cueCount { block.initializeElement(at: c, to: Int32(next[c])) }
      // Tokens in ascending order.
      for t in 0..<n where bits[t] != 0 {
        var cues = bits[t]
        while cues != 0 {
          let c = cues.trailingZeroBitCount
          block.initializeElement(at: cueCount + 1 + next[c], to: Int32(t))
          next[c] += 1
          cues &= cues - 1
        }
      }
      return UnsafeBufferPointer(block)
    }
    self.bits = UnsafeBufferPointer(bits)
    tokenCount = n
    self.scanClasses = scanClasses
    sentenceOfToken = doc.sentenceOfToken
    sentences = doc.sentences
  }

  /// Writes each token's cue bits (`masks`) and scan classes (`classes`), ORs each sentence's tokens'
  /// cue bits into `sentenceMasks` and counts each cue's tokens in `counts` (all zero before).
  ///
  /// Written for speed, through buffers: every token is read and its spelling's bits copied, and
  /// writing arrays checked their uniqueness at every cue token (a runtime call each for the token,
  /// its sentence and each of its cues). With the blocks below, `init` went from 1.25M to 0.97M
  /// instructions on the 92 Arabic reports' second reading.
  private static func mark(
    _ doc: ReportText, masks: UnsafeMutableBufferPointer<UInt64>, classes: UnsafeMutableBufferPointer<UInt32>,
    counts: UnsafeMutableBufferPointer<Int>, sentenceMasks: UnsafeMutableBufferPointer<UInt64>
  ) {
    let table = Self.table
    let classTable = MovementExtractor.scanClasses
    let (forms, plainForms, formSlots, words) = (doc.forms, doc.plainForms, doc.formSlots, doc.words)
    let sentenceOfToken = doc.sentenceOfToken
    precondition(
      formSlots.count == masks.count && words.count == masks.count && sentenceOfToken.count == masks.count
        && classes.count == masks.count && counts.count == Cue.allCases.count,
      "CueIndex: a token table of another length")
    let known = Self.known
    // The spellings worked out here, stored after the pass (under the same hold of the lock).
    var worked: [(key: Int, bits: UInt64, classes: UInt32)] = []
    Self.spellings.withLock { spellings in
      for t in masks.indices {
        let key = Self.key(slot: formSlots[t], word: words[t])
        let m: UInt64
        if key >= 0, key < spellings.bits.count, spellings.bits[key] & known != 0 {
          m = spellings.bits[key] & ~known
          classes[t] = spellings.classes[key]
        } else {
          m = table.bits(of: t, forms, plainForms)
          classes[t] = classTable.mask(forms[t])
          // Room for the rest of the report at its first new spelling (a report's new spellings
          // grew the list a block at a time; a report of known ones makes none).
          if key >= 0 {
            if worked.isEmpty { worked.reserveCapacity(masks.count - t) }
            worked.append((key, m, classes[t]))
          }
        }
        guard m != 0 else { continue }
        masks[t] = m
        sentenceMasks[sentenceOfToken[t]] |= m
        var bits = m
        while bits != 0 {
          counts[bits.trailingZeroBitCount] += 1
          bits &= bits - 1
        }
      }
      for w in worked {
        if w.key >= spellings.bits.count {
          let more = max(w.key + 1 - spellings.bits.count, spellings.bits.count)
          spellings.bits.append(contentsOf: repeatElement(0, count: more))
          spellings.classes.append(contentsOf: repeatElement(0, count: more))
        }
        spellings.bits[w.key] = w.bits | known
        spellings.classes[w.key] = w.classes
      }
    }
  }

  /// True when `range` lies in one sentence that holds no `cue` (then no token of it does).
  @inline(__always)
  private func absent(_ cue: Cue, in range: Range<Int>) -> Bool {
    guard range.lowerBound >= 0, range.lowerBound < sentenceOfToken.count else { return false }
    let s = sentenceOfToken[range.lowerBound]
    return range.upperBound <= sentences[s].upperBound && mask(ofSentence: s) & Self.bit(cue) == 0
  }

  deinit {
    UnsafeMutableBufferPointer(mutating: flat).deallocate()
    UnsafeMutableBufferPointer(mutating: bits).deallocate()
  }

  /// The tokens where cue `c` occurs, ascending (the part of `flat` after the starts).
  @inline(__always)
  private func list(_ c: Int) -> UnsafeBufferPointer<Int32> {
    let base = Self.cueCount + 1
    return UnsafeBufferPointer(rebasing: flat[(base + Int(flat[c]))..<(base + Int(flat[c + 1]))])
  }

  /// Token indices read from a part of the index's block, as `Int`s.
  ///
  /// A plain value (a buffer pointer), not a lazy map: the map's closure made every view, and every
  /// `PhraseMatcher.CandidateMatches` built on one, a value to release when dropped, and rules ask
  /// for views per sentence and cue. Valid while the index lives.
  struct Tokens: RandomAccessCollection {
    let list: UnsafeBufferPointer<Int32>

    var startIndex: Int { list.startIndex }
    var endIndex: Int { list.endIndex }
    subscript(i: Int) -> Int { Int(list[i]) }
  }

  /// The tokens of `range` where `cue` occurs, ascending: a view valid while this index (its
  /// report's `RelationContext`) lives — iterate it where it is asked for, never store it.
  func tokens(_ cue: Cue, in range: Range<Int>) -> Tokens {
    if absent(cue, in: range) { return Tokens(list: UnsafeBufferPointer(rebasing: flat[0..<0])) }
    let list = list(cue.rawValue)
    let lo = SortedSearch.firstAtLeast(range.lowerBound, in: list, from: 0, to: list.count)
    let hi = max(lo, SortedSearch.firstAtLeast(range.upperBound, in: list, searchingFrom: lo))
    return Tokens(list: UnsafeBufferPointer(rebasing: list[lo..<hi]))
  }

  /// How many tokens have one of the cues of `bits` (from `bits(_:)`), at most: a token with two of
  /// them is counted twice. Room for a list with at most an entry per such token.
  func count(ofAny bits: UInt64) -> Int {
    var (n, bits) = (0, bits)
    while bits != 0 {
      let c = bits.trailingZeroBitCount
      n += Int(flat[c + 1]) - Int(flat[c])
      bits &= bits - 1
    }
    return n
  }

  /// True when `cue` occurs somewhere in `range`.
  func occurs(_ cue: Cue, in range: Range<Int>) -> Bool {
    if absent(cue, in: range) { return false }
    let list = list(cue.rawValue)
    let lo = SortedSearch.firstAtLeast(range.lowerBound, in: list, from: 0, to: list.count)
    return lo < list.count && Int(list[lo]) < range.upperBound
  }

  /// True when `cue` occurs at token `t`.
  func occurs(_ cue: Cue, at t: Int) -> Bool {
    t >= 0 && t < tokenCount && bits[t] & (1 << UInt64(cue.rawValue)) != 0
  }

  /// The cue bits of sentence `s` (an index of the report's `sentences`): a rule whose cue's bit is
  /// not set there finds nothing in that sentence. Written for speed: the control rules ask once
  /// per sentence and skip the rules (and the families) with no cue there, instead of each rule
  /// asking for its empty token list and building an empty match view.
  func mask(ofSentence s: Int) -> UInt64 {
    precondition(s >= 0 && s < sentences.count, "CueIndex: a sentence outside the report")
    return bits[tokenCount + s]
  }

  /// The bit of `cue` in a mask (`mask(ofSentence:)`, `bits(_:)`).
  @inline(__always)
  static func bit(_ cue: Cue) -> UInt64 { 1 << UInt64(cue.rawValue) }

  /// The bits of `cues`, for `occurs(anyOf:at:)`.
  static func bits(_ cues: [Cue]) -> UInt64 {
    cues.reduce(0) { $0 | 1 << UInt64($1.rawValue) }
  }

  /// The first token at or after `t` where one of the cues of `bits` occurs, else the token count:
  /// a scan that tries matchers only at such tokens moves over the rest with one test each.
  func next(anyOf bits: UInt64, from t: Int) -> Int {
    var u = max(0, t)
    while u < tokenCount, self.bits[u] & bits == 0 { u += 1 }
    return u
  }

  /// True when one of the cues of `bits` (from `bits(_:)`) occurs at token `t`: one test per token
  /// for a scan that tries several matchers at every token.
  func occurs(anyOf bits: UInt64, at t: Int) -> Bool {
    t >= 0 && t < tokenCount && self.bits[t] & bits != 0
  }
}
