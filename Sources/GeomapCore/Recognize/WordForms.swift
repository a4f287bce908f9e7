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

  /// `words` without repeats, first occurrence kept.
  static func unique(_ words: [Word]) -> [Word] {
    var unique: [Word] = []
    unique.reserveCapacity(words.count)
    for w in words where !unique.contains(w) { unique.append(w) }
    return unique
  }
}

extension WordForms {
  /// The two analyses of a spelling (duplicates removed), as `ReportText` lays them out.
  struct Analysis: Sendable {
    let bare: [Word]
    let plain: [Word]
  }

  /// The analyses of every Arabic spelling read so far in this process, laid end to end: reports
  /// repeat their words (Zipf) and long reports are read in segments, so each distinct spelling is
  /// analysed once. Flat, so a report's forms are copied out as words, with no array per token
  /// retained and released (that was a third of building a `ReportText`).
  private struct Table {
    /// Where a spelling's forms sit in `words`: bare forms first, then plain ones.
    struct Entry {
      var start: Int32 = -1
      var bare: UInt16 = 0
      var plain: UInt16 = 0
    }

    var words: [Word] = []
    /// At `2 × word id + taMarbuta` (found again by indexing, not hashing); `start` -1 when the
    /// spelling has not been analysed yet.
    var entries: [Entry] = []

    func entry(_ slot: Int) -> Entry? {
      slot < entries.count && entries[slot].start >= 0 ? entries[slot] : nil
    }

    mutating func add(_ a: Analysis, slot: Int) {
      guard entry(slot) == nil else { return }
      if slot >= entries.count {
        entries.append(contentsOf: repeatElement(Entry(), count: Swift.max(slot + 1 - entries.count, entries.count)))
      }
      entries[slot] = Entry(start: Int32(words.count), bare: UInt16(a.bare.count), plain: UInt16(a.plain.count))
      words.append(contentsOf: a.bare)
      words.append(contentsOf: a.plain)
    }
  }

  private static let table = Locked(Table())

  /// The bare and plain forms of the folded Arabic token `text`.
  static func analyse(_ text: String, taMarbuta: Bool) -> Analysis {
    // The clitic readings once, for both analyses; the bare forms are interned first.
    var stems = NameKey.cliticReadings(text).map(\.stem)
    stems.append(text)
    let bare = unique(ArabicWord.bareForms(stems: stems, taMarbuta: taMarbuta).map { Word(token: $0) })
    return Analysis(bare: bare, plain: unique(stems.map { Word(token: ArabicWord.stripArticle($0)) }))
  }

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
    // `analyseMissing` -2 - k for the k-th analysis made for a spelling past the word table's limit
    // (kept for this report only). Before, such a spelling's slot (`Word.unseen`'s id is
    // `UInt32.max`) lies past every table of entries: `laidOut` finds no entry there.
    var slots = [Int](unsafeUninitializedCapacity: tokens.count) { out, count in
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
      count = tokens.count
    }
    var unseen: [Analysis] = []
    if let forms = laidOut(slots, words, unseen, complete: false) { return (forms.bare, forms.plain, slots) }
    analyseMissing(tokens, words, &slots, &unseen)
    guard let forms = laidOut(slots, words, unseen, complete: true) else {
      return (FlatForms(words: [], starts: [0]), FlatForms(words: [], starts: [0]), slots)
    }
    return (forms.bare, forms.plain, slots)
  }

  /// The forms of tokens with slots `slots`; when a token's spelling has not been analysed, nil
  /// unless `complete` (after `analyseMissing` every one has been: the token would get no forms).
  private static func laidOut(_ slots: [Int], _ words: [Word], _ unseen: [Analysis], complete: Bool) -> (
    bare: FlatForms, plain: FlatForms
  )? {
    table.withLock { table -> (bare: FlatForms, plain: FlatForms)? in
      table.entries.withUnsafeBufferPointer { entries in
        table.words.withUnsafeBufferPointer { all in
          // How many forms: a token not Arabic has one (its own word).
          var bareCount = 0
          var plainCount = 0
          for (k, slot) in slots.enumerated() {
            if slot == -1 {
              bareCount += 1
              plainCount += 1
            } else if slot < -1 {
              bareCount += unseen[-2 - slot].bare.count
              plainCount += unseen[-2 - slot].plain.count
            } else if slot < entries.count, entries[slot].start >= 0 {
              bareCount += Int(entries[slot].bare)
              plainCount += Int(entries[slot].plain)
            } else if !complete {
              return nil
            }
          }
          var bareAt = 0
          var plainAt = 0
          let (bare, (plain, _)) = FlatForms.filled(wordCount: bareCount, listCount: slots.count) { bareWords, bareStarts in
            FlatForms.filled(wordCount: plainCount, listCount: slots.count) { plainWords, plainStarts in
              for (k, slot) in slots.enumerated() {
                // Starts are Int32 like every offset of a report (`Tokenizer.Layout`); a text with more
                // than 2³¹ forms traps here instead of wrapping.
                bareStarts[k] = Int32(bareAt)
                plainStarts[k] = Int32(plainAt)
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
                } else if slot < -1 {
                  precondition(
                    bareAt + unseen[-2 - slot].bare.count <= bareCount
                      && plainAt + unseen[-2 - slot].plain.count <= plainCount,
                    "WordForms: count and write passes differ")
                  for w in unseen[-2 - slot].bare {
                    bareWords[bareAt] = w
                    bareAt += 1
                  }
                  for w in unseen[-2 - slot].plain {
                    plainWords[plainAt] = w
                    plainAt += 1
                  }
                } else if slot < entries.count, entries[slot].start >= 0 {
                  // Word by word: a token has one to a few forms.
                  let e = entries[slot]
                  precondition(
                    bareAt + Int(e.bare) <= bareCount && plainAt + Int(e.plain) <= plainCount,
                    "WordForms: count and write passes differ")
                  var w = Int(e.start)
                  for _ in 0..<e.bare {
                    bareWords[bareAt] = all[w]
                    bareAt += 1
                    w += 1
                  }
                  for _ in 0..<e.plain {
                    plainWords[plainAt] = all[w]
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

  /// Analyses the spellings of the tokens not analysed yet and stores them (outside the lock:
  /// another reader may analyse the same one, the first stored wins, and both are the same); a
  /// spelling past the word table's limit gets an analysis for this report only, in `unseen`
  /// (its token's slot becomes -2 - its index).
  private static func analyseMissing(
    _ tokens: [Token], _ words: [Word], _ slots: inout [Int], _ unseen: inout [Analysis]
  ) {
    let missing = table.withLock { table in
      slots.indices.filter { k in slots[k] >= 0 && (words[k] == .unseen || table.entry(slots[k]) == nil) }
    }
    var made: [(slot: Int, analysis: Analysis)] = []
    var madeSlots: Set<Int> = []
    for k in missing {
      let t = tokens[k]
      if words[k] == .unseen {
        unseen.append(analyse(t.text, taMarbuta: slots[k] & 1 == 1))
        slots[k] = -1 - unseen.count
      } else if madeSlots.insert(slots[k]).inserted {
        made.append((slots[k], analyse(t.text, taMarbuta: slots[k] & 1 == 1)))
      }
    }
    table.withLock { table in
      for m in made { table.add(m.analysis, slot: m.slot) }
    }
  }
}
