/// The bare forms of one token (see `ArabicWord.bareForms`) as interned words, in a fixed order.
///
/// A token has one to a handful of forms, so a small list beats a set: membership is a few integer
/// comparisons, and iteration order is the same on every run. It is a view into the report's
/// `FlatForms` (one block for all tokens), holding no reference, so asking about a token's forms
/// costs no retain and release; it is valid only while that report lives (use it, don't keep it).
struct WordForms: Sequence {
  let words: UnsafeBufferPointer<Word>

  /// A view of words that outlive it (a slice of a `FlatForms`, already without duplicates).
  @inline(__always)
  init(_ words: UnsafeBufferPointer<Word>) { self.words = words }

  /// No forms (before the first token).
  static var empty: WordForms { WordForms(UnsafeBufferPointer(start: nil, count: 0)) }

  func makeIterator() -> UnsafeBufferPointer<Word>.Iterator { words.makeIterator() }

  func isDisjoint(with set: WordSet) -> Bool {
    for w in words where set.contains(w) { return false }
    return true
  }

}

extension WordForms {
  /// The two analyses of spellings (bare forms and plain forms, each without repeats, first
  /// occurrence kept), as `ReportText` lays them out, end to end: analysis `k`'s bare forms, then
  /// its plain ones, from `words[entries[k].start]`.
  struct Analyses {
    struct Entry {
      var start: Int32 = -1
      var bare: UInt16 = 0
      var plain: UInt16 = 0
    }

    var words: [Word] = []
    var entries: [Entry] = []

    func bare(_ k: Int) -> ArraySlice<Word> {
      let e = entries[k]
      return words[Int(e.start)..<Int(e.start) + Int(e.bare)]
    }

    func plain(_ k: Int) -> ArraySlice<Word> {
      let e = entries[k]
      return words[Int(e.start) + Int(e.bare)..<Int(e.start) + Int(e.bare) + Int(e.plain)]
    }

    /// Appends the analyses of the folded Arabic tokens `tokens` (each with whether its word ends
    /// in ة), in order: the bare forms of its clitic stems (`ArabicWord.appendBareForms`), and its
    /// plain forms, each stem without its article (the first of the stem's bare forms).
    ///
    /// Every form of every token is made as bytes first and all are interned together (the word
    /// table's lock once a chunk, a `String` only for a form new to the table): a `String`, an
    /// array and a hold of the lock per form were most of analysing a spelling.
    mutating func analyse(_ tokens: [(text: String, taMarbuta: Bool)]) {
      var forms = Spellings()
      var firsts: [Int] = []
      // Room made once for what tokens usually give (a token's forms are a few spellings no
      // longer than it, from one to three stems): grown from empty, the lists were reallocated
      // several times a report.
      forms.bytes.reserveCapacity(3 * tokens.reduce(0) { $0 + $1.text.utf8.count })
      forms.ends.reserveCapacity(4 * tokens.count)
      firsts.reserveCapacity(2 * tokens.count)
      // Per token, the end of its forms in `forms` and of its stems' first forms in `firsts`.
      var ends: [(forms: Int, firsts: Int)] = []
      ends.reserveCapacity(tokens.count)
      for t in tokens {
        ArabicWord.appendBareForms(of: t.text, taMarbuta: t.taMarbuta, to: &forms, firsts: &firsts)
        ends.append((forms.count, firsts.count))
      }
      var interned: [Word] = []
      Vocabulary.internTokens(forms, into: &interned)
      words.reserveCapacity(words.count + interned.count + firsts.count)
      entries.reserveCapacity(entries.count + tokens.count)
      var form = 0
      var first = 0
      for end in ends {
        let start = words.count
        while form < end.forms {
          appendNew(interned[form], from: start)
          form += 1
        }
        let plainStart = words.count
        while first < end.firsts {
          appendNew(interned[firsts[first]], from: plainStart)
          first += 1
        }
        entries.append(
          Entry(start: Int32(start), bare: UInt16(plainStart - start), plain: UInt16(words.count - plainStart)))
      }
    }

    /// Appends `word` unless it is among `words[from...]` (an analysis has a handful of forms).
    private mutating func appendNew(_ word: Word, from: Int) {
      var k = from
      while k < words.count {
        if words[k] == word { return }
        k += 1
      }
      words.append(word)
    }
  }

  /// The analyses of every Arabic spelling read so far in this process, laid end to end: reports
  /// repeat their words (Zipf) and long reports are read in segments, so each distinct spelling is
  /// analysed once. Flat, so a report's forms are copied out as words, with no array per token
  /// retained and released (that was a third of building a `ReportText`).
  private struct Table {
    var words: [Word] = []
    /// Where a spelling's forms sit in `words`, at `2 × word id + taMarbuta` (found again by
    /// indexing, not hashing); `start` -1 when the spelling has not been analysed yet.
    var entries: [Analyses.Entry] = []

    func entry(_ slot: Int) -> Analyses.Entry? {
      slot < entries.count && entries[slot].start >= 0 ? entries[slot] : nil
    }

    /// Stores each analysis `k` of `made` as the analysis of the spelling at slot `slots[k]` (-1:
    /// none) unless that spelling has one.
    ///
    /// All at once: stored one by one, each analysis passed `made` (retained) and grew the table
    /// and its words by generic calls, ~300 instructions a new spelling. When every analysis is
    /// stored (nearly always: `analyseMissing` makes one per spelling missing from the table),
    /// `made`'s words are appended in one copy and its entries shifted, instead of ~30
    /// instructions a word; otherwise word by word, so that the table keeps no words of an
    /// analysis it does not store (a report's spellings past the word table's limit, every report
    /// of an endless batch).
    mutating func add(_ made: Analyses, slots: [Int]) {
      precondition(slots.count == made.entries.count, "WordForms: a slot per analysis")
      let top = slots.max() ?? -1
      if top >= entries.count {
        entries.append(
          contentsOf: repeatElement(Analyses.Entry(), count: Swift.max(top + 1 - entries.count, entries.count)))
      }
      if slots.allSatisfy({ $0 >= 0 && entries[$0].start < 0 }) {
        let base = Int32(words.count)
        words.append(contentsOf: made.words)
        for (k, slot) in slots.enumerated() {
          let e = made.entries[k]
          entries[slot] = Analyses.Entry(start: base + e.start, bare: e.bare, plain: e.plain)
        }
        return
      }
      for (k, slot) in slots.enumerated() where slot >= 0 && entries[slot].start < 0 {
        let e = made.entries[k]
        entries[slot] = Analyses.Entry(start: Int32(words.count), bare: e.bare, plain: e.plain)
        // Word by word: an analysis has a handful.
        for w in Int(e.start)..<Int(e.start) + Int(e.bare) + Int(e.plain) { words.append(made.words[w]) }
      }
    }
  }

  private static let table = Locked(Table())

  /// The bare and plain forms of every token of a report, laid out as `ReportText.forms` and
  /// `plainForms`: an Arabic token's from its analysis, any other token's its own word.
  ///
  /// Written for speed (this ran for every token of every report): once a run is warm nearly every
  /// spelling of a report has been analysed, and the forms are copied out of the table in two
  /// passes under one hold of its lock: the first adds up how many forms there are (and finds the
  /// spellings not analysed yet), the second writes them straight into the report's blocks, sized
  /// exactly (no growing arrays, no copy into `FlatForms`). A report with new spellings analyses
  /// them first, outside the lock.
  ///
  /// Also returns each token's slot (see below, after `analyseMissing`): a slot of 0 or more names
  /// the spelling's analysis in the process-wide table, so a later pass can work out something
  /// from the forms once per analysed spelling instead of once per token (`CueIndex`).
  static func layOut(_ tokens: [Token], _ words: [Word], _ scalars: [Unicode.Scalar])
    -> (bare: FlatForms, plain: FlatForms, slots: [Int])
  {
    // Per token: its slot in the table (`2 × word id + taMarbuta`), -1 when not Arabic, and after
    // `analyseMissing` -2 - k for a spelling past the word table's limit, whose analysis is the
    // k-th made for this report (kept for this report only). Before, such a spelling's slot (`Word.unseen`'s id is
    // `UInt32.max`) lies past every table of entries: `laidOut` finds no entry there.
    // Filled first (`init(filling:)`), then written: `init(unsafeUninitializedCapacity:)` allocates
    // through a standard-library entry point that is not specialized (~850 instructions a report,
    // callgrind), more than filling a report's few hundred slots.
    var slots = [Int](filling: -1, count: tokens.count)
    slots.withUnsafeMutableBufferPointer { out in
      tokens.withUnsafeBufferPointer { tokens in
        words.withUnsafeBufferPointer { words in
          scalars.withUnsafeBufferPointer { scalars in
            for k in tokens.indices {
              let t = tokens[k]
              out[k] = t.script == .arabic ? 2 * Int(words[k].id) + (scalars[t.end - 1] == "\u{0629}" ? 1 : 0) : -1
            }
          }
        }
      }
    }
    if let forms = laidOut(slots, words, Analyses(), complete: false) { return (forms.bare, forms.plain, slots) }
    let made = analyseMissing(tokens, words, &slots)
    guard let forms = laidOut(slots, words, made, complete: true) else {
      return (FlatForms(words: [], starts: [0]), FlatForms(words: [], starts: [0]), slots)
    }
    return (forms.bare, forms.plain, slots)
  }

  /// The forms of tokens with slots `slots` (a slot below -1 names an analysis in `made`); when a
  /// token's spelling has not been analysed, nil unless `complete` (after `analyseMissing` every
  /// one has been: the token would get no forms).
  private static func laidOut(_ slots: [Int], _ words: [Word], _ made: Analyses, complete: Bool) -> (
    bare: FlatForms, plain: FlatForms
  )? {
    table.withLock { table -> (bare: FlatForms, plain: FlatForms)? in
      table.entries.withUnsafeBufferPointer { entries in
        table.words.withUnsafeBufferPointer { all in
          made.entries.withUnsafeBufferPointer { madeEntries in
            made.words.withUnsafeBufferPointer { madeWords in
              // The analysis of the spelling in Arabic slot `slot`: its entry and the words the
              // entry points into; nil when it has not been analysed.
              @inline(__always)
              func analysis(_ slot: Int) -> (entry: Analyses.Entry, words: UnsafeBufferPointer<Word>)? {
                if slot < -1 { return (madeEntries[-2 - slot], madeWords) }
                return slot < entries.count && entries[slot].start >= 0 ? (entries[slot], all) : nil
              }
              // How many forms: a token not Arabic has one (its own word).
              var bareCount = 0
              var plainCount = 0
              for slot in slots {
                if slot == -1 {
                  bareCount += 1
                  plainCount += 1
                } else if let a = analysis(slot) {
                  bareCount += Int(a.entry.bare)
                  plainCount += Int(a.entry.plain)
                } else if !complete {
                  return nil
                }
              }
              // Starts are Int32 like every offset of a report (`Tokenizer.Layout`): a text with more
              // than 2³¹ forms traps here instead of wrapping, once, so that each token's starts
              // below (never past the counts) are stored unchecked (converted with checks, they
              // were four comparisons a token).
              precondition(
                bareCount <= Int(Int32.max) && plainCount <= Int(Int32.max), "WordForms: more forms than Int32 offsets")
              var bareAt = 0
              var plainAt = 0
              let (bare, (plain, _)) = FlatForms.filled(wordCount: bareCount, listCount: slots.count) {
                bareWords, bareStarts in
                FlatForms.filled(wordCount: plainCount, listCount: slots.count) { plainWords, plainStarts in
                  for (k, slot) in slots.enumerated() {
                    bareStarts[k] = Int32(truncatingIfNeeded: bareAt)
                    plainStarts[k] = Int32(truncatingIfNeeded: plainAt)
                    // The blocks are unchecked memory sized by the count pass above: a token that got
                    // more forms here than there would write past them, so each token is checked (one
                    // comparison a token) and the totals after the loop.
                    if slot == -1 {
                      precondition(
                        bareAt < bareCount && plainAt < plainCount, "WordForms: count and write passes differ")
                      bareWords[bareAt] = words[k]
                      plainWords[plainAt] = words[k]
                      bareAt += 1
                      plainAt += 1
                    } else if let a = analysis(slot) {
                      // Word by word: a token has one to a few forms.
                      precondition(
                        bareAt + Int(a.entry.bare) <= bareCount && plainAt + Int(a.entry.plain) <= plainCount,
                        "WordForms: count and write passes differ")
                      var w = Int(a.entry.start)
                      for _ in 0..<a.entry.bare {
                        bareWords[bareAt] = a.words[w]
                        bareAt += 1
                        w += 1
                      }
                      for _ in 0..<a.entry.plain {
                        plainWords[plainAt] = a.words[w]
                        plainAt += 1
                        w += 1
                      }
                    }
                  }
                  // Every word of both blocks written (none left uninitialized).
                  precondition(
                    bareAt == bareCount && plainAt == plainCount, "WordForms: count and write passes differ")
                }
              }
              return (bare, plain)
            }
          }
        }
      }
    }
  }

  /// Analyses the spellings of the tokens not analysed yet, in token order, and stores them
  /// (outside the lock: another reader may analyse the same one, the first stored wins, and both
  /// are the same); a spelling past the word table's limit gets an analysis for this report only
  /// (its token's slot becomes -2 - the analysis's index). Returns the analyses made.
  private static func analyseMissing(_ tokens: [Token], _ words: [Word], _ slots: inout [Int]) -> Analyses {
    // Room for every token made once: grown from empty by `filter`, the list was reallocated
    // ~5 times a report.
    var missing: [Int] = []
    missing.reserveCapacity(slots.count)
    table.withLock { table in
      for k in slots.indices where slots[k] >= 0 && (words[k] == .unseen || table.entry(slots[k]) == nil) {
        missing.append(k)
      }
    }
    var spellings: [(text: String, taMarbuta: Bool)] = []
    // Per analysis, the table slot it is stored at, -1 for one kept for this report only.
    var stored: [Int] = []
    // Room for every missing token made once (most of a new report's missing spellings are distinct).
    spellings.reserveCapacity(missing.count)
    stored.reserveCapacity(missing.count)
    // The slots given an analysis so far, in an open-addressing table (-1: empty) of more than
    // twice as many places as missing tokens, on the stack for a report's few dozen: a `Set<Int>`
    // hashed every slot with SipHash, ~200 instructions an insert.
    let bits = Int.bitWidth - (2 * missing.count | 1).leadingZeroBitCount
    withUnsafeTemporaryAllocation(of: Int.self, capacity: 1 << bits) { madeSlots in
      madeSlots.initialize(repeating: -1)
      precondition(missing.count < madeSlots.count, "WordForms: no room for every missing slot")
      // Adds `slot` (0 or more) unless it is there already; whether it was added.
      func insert(_ slot: Int) -> Bool {
        // Fibonacci hashing: the product's top `bits` bits.
        let product = UInt64(truncatingIfNeeded: slot) &* 0x9E37_79B9_7F4A_7C15
        var i = Int(truncatingIfNeeded: product >> (64 - bits))
        while madeSlots[i] >= 0 {
          if madeSlots[i] == slot { return false }
          i = (i + 1) & (madeSlots.count - 1)
        }
        madeSlots[i] = slot
        return true
      }
      for k in missing {
        let spelling = (text: tokens[k].text, taMarbuta: slots[k] & 1 == 1)
        if words[k] == .unseen {
          spellings.append(spelling)
          stored.append(-1)
          slots[k] = -1 - spellings.count
        } else if insert(slots[k]) {
          spellings.append(spelling)
          stored.append(slots[k])
        }
      }
    }
    var made = Analyses()
    made.analyse(spellings)
    table.withLock { table in table.add(made, slots: stored) }
    return made
  }
}
