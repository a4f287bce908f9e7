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
      // "rebel-held", "ISIS-controlled": the words `ctx.isWord` is asked for.
      case .heldCompounds: (["held", "controlled"], false)
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

  /// The tokens where cue `c` occurs are `flat[starts[c]..<starts[c + 1]]`, ascending, in one block
  /// this index owns (freed in `deinit`). Read through a plain pointer (as `FlatForms` is): rules
  /// ask per sentence, some thirty times each, and handing out array slices retained and released
  /// the array at every question (about 1 % of a run).
  private let flat: UnsafeBufferPointer<Int32>
  private let starts: [Int]
  /// Per token, its cue bits.
  private let masks: [UInt64]
  /// Per token, the `MovementExtractor.scanClasses` mask of its forms: the movement rules' word
  /// tests (`masks[t].has(.x)` for `!doc.forms[t].isDisjoint(with: x)`).
  let scanClasses: [UInt32]
  /// Per sentence, the cue bits of its tokens, with each token's sentence and each sentence's end:
  /// most questions are about one sentence or a part of it that holds no cue, answered without a
  /// search.
  private let sentenceMasks: [UInt64]
  private let sentenceOfToken: [Int]
  private let sentenceEnds: [Int]

  init(_ doc: ReportText) {
    let table = Self.table
    var masks = [UInt64](filling: 0, count: doc.tokens.count)
    var scanClasses = [UInt32](filling: 0, count: doc.tokens.count)
    let classTable = MovementExtractor.scanClasses
    // How many tokens each cue marks: the first pass counts them and the second writes each cue's
    // tokens straight into its place in the one block. Written for speed: growing an array per cue
    // token by token was a dozen reallocations per cue and segment (15k heap blocks per 2 MB).
    var counts = [Int](filling: 0, count: Cue.allCases.count)
    var sentenceMasks = [UInt64](filling: 0, count: doc.sentences.count)
    // A form's bits: 0 unless its presence bit is set (an id inside the table has its bit).
    func cueBits(
      _ w: Word, _ present: UnsafeBufferPointer<UInt64>, _ values: UnsafeBufferPointer<UInt64>
    ) -> UInt64 {
      let i = Int(w.id)
      guard i < values.count, present[i >> 6] & (1 << UInt64(i & 63)) != 0 else { return 0 }
      return values[i]
    }
    let sentenceOfToken = doc.sentenceOfToken
    // The forms are read from their flat lists (token `t`'s are `words[starts[t]..<starts[t + 1]]`),
    // not through a view per token and list, for the spellings not in `spellings` yet.
    let forms = doc.forms
    let plainForms = doc.plainForms
    let formSlots = doc.formSlots
    let words = doc.words
    let known = Self.known
    // The spellings worked out here, stored after the pass (under the same hold of the lock).
    var worked: [(key: Int, bits: UInt64, classes: UInt32)] = []
    // Room for every token at once (a report's new spellings grew it a block at a time).
    worked.reserveCapacity(doc.tokens.count)
    Self.spellings.withLock { spellings in
      spellings.bits.withUnsafeBufferPointer { cached in
        spellings.classes.withUnsafeBufferPointer { cachedClasses in
          scanClasses.withUnsafeMutableBufferPointer { classesOut in
            table.bare.withUnsafeBufferPointer { bare in
              table.plain.withUnsafeBufferPointer { plain in
                table.bareWords.withUnsafeBufferPointer { bareWords in
                  table.plainWords.withUnsafeBufferPointer { plainWords in
                    let (bw, bs, pw, ps) = (forms.words, forms.starts, plainForms.words, plainForms.starts)
                    for t in doc.tokens.indices {
                      let key = Self.key(slot: formSlots[t], word: words[t])
                      var m: UInt64
                      if key >= 0, key < cached.count, cached[key] & known != 0 {
                        m = cached[key] & ~known
                        classesOut[t] = cachedClasses[key]
                      } else {
                        m = 0
                        for k in Int(bs[t])..<Int(bs[t + 1]) { m |= cueBits(bw[k], bareWords, bare) }
                        for k in Int(ps[t])..<Int(ps[t + 1]) { m |= cueBits(pw[k], plainWords, plain) }
                        let c = classTable.mask(forms[t])
                        classesOut[t] = c
                        if key >= 0 { worked.append((key, m, c)) }
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
                  }
                }
              }
            }
          }
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
    // Made at its size (a literal `[0]` then reserved was two allocations).
    var starts = [Int](filling: 0, count: counts.count + 1)
    for c in counts.indices { starts[c + 1] = starts[c] + counts[c] }
    let block = UnsafeMutableBufferPointer<Int32>.allocate(capacity: starts[starts.count - 1])
    // The next free slot of each cue's part of the block; tokens in ascending order.
    var next = starts
    next.withUnsafeMutableBufferPointer { next in
      for t in masks.indices where masks[t] != 0 {
        var bits = masks[t]
        while bits != 0 {
          let c = bits.trailingZeroBitCount
          block.initializeElement(at: next[c], to: Int32(t))
          next[c] += 1
          bits &= bits - 1
        }
      }
    }
    flat = UnsafeBufferPointer(block)
    self.starts = starts
    self.masks = masks
    self.scanClasses = scanClasses
    self.sentenceMasks = sentenceMasks
    self.sentenceOfToken = sentenceOfToken
    sentenceEnds = doc.sentences.map(\.upperBound)
  }

  /// True when `range` lies in one sentence that holds no `cue` (then no token of it does).
  @inline(__always)
  private func absent(_ cue: Cue, in range: Range<Int>) -> Bool {
    guard range.lowerBound >= 0, range.lowerBound < sentenceOfToken.count else { return false }
    let s = sentenceOfToken[range.lowerBound]
    return range.upperBound <= sentenceEnds[s] && sentenceMasks[s] & (1 << UInt64(cue.rawValue)) == 0
  }

  deinit { UnsafeMutableBufferPointer(mutating: flat).deallocate() }

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
    let list = UnsafeBufferPointer(rebasing: flat[starts[cue.rawValue]..<starts[cue.rawValue + 1]])
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
      n += starts[c + 1] - starts[c]
      bits &= bits - 1
    }
    return n
  }

  /// True when `cue` occurs somewhere in `range`.
  func occurs(_ cue: Cue, in range: Range<Int>) -> Bool {
    if absent(cue, in: range) { return false }
    let list = UnsafeBufferPointer(rebasing: flat[starts[cue.rawValue]..<starts[cue.rawValue + 1]])
    let lo = SortedSearch.firstAtLeast(range.lowerBound, in: list, from: 0, to: list.count)
    return lo < list.count && Int(list[lo]) < range.upperBound
  }

  /// True when `cue` occurs at token `t`.
  func occurs(_ cue: Cue, at t: Int) -> Bool {
    t >= 0 && t < masks.count && masks[t] & (1 << UInt64(cue.rawValue)) != 0
  }

  /// The cue bits of sentence `s` (an index of the report's `sentences`): a rule whose cue's bit is
  /// not set there finds nothing in that sentence. Written for speed: the control rules ask once
  /// per sentence and skip the rules (and the families) with no cue there, instead of each rule
  /// asking for its empty token list and building an empty match view.
  func mask(ofSentence s: Int) -> UInt64 { sentenceMasks[s] }

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
    while u < masks.count, masks[u] & bits == 0 { u += 1 }
    return u
  }

  /// True when one of the cues of `bits` (from `bits(_:)`) occurs at token `t`: one test per token
  /// for a scan that tries several matchers at every token.
  func occurs(anyOf bits: UInt64, at t: Int) -> Bool {
    t >= 0 && t < masks.count && masks[t] & bits != 0
  }
}
