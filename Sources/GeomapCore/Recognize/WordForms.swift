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
    var plain: [String] = NameKey.cliticReadings(text).map { ArabicWord.stripArticle($0.stem) }
    plain.append(ArabicWord.stripArticle(text))
    return Analysis(
      bare: unique(ArabicWord.bareForms(text, taMarbuta: taMarbuta).map { Word(token: $0) }),
      plain: unique(plain.map { Word(token: $0) }))
  }

  /// The bare and plain forms of every token of a report, laid out as `ReportText.forms` and
  /// `plainForms`: an Arabic token's from its analysis, any other token's its own word.
  static func layOut(_ tokens: [Token], _ words: [Word], _ scalars: [Unicode.Scalar])
    -> (bare: FlatForms, plain: FlatForms)
  {
    // Per token: its slot in the table, -1 when not Arabic, -2 - k for the k-th analysis made
    // here for a spelling past the word table's limit (kept for this report only).
    var slots = [Int](repeating: -1, count: tokens.count)
    var bare: [Word] = []
    var plain: [Word] = []
    var bareStarts: [Int32] = []
    var plainStarts: [Int32] = []
    bare.reserveCapacity(2 * tokens.count)
    plain.reserveCapacity(2 * tokens.count)
    bareStarts.reserveCapacity(tokens.count + 1)
    plainStarts.reserveCapacity(tokens.count + 1)
    var missing: [Int] = []
    // Once a run is warm nearly every spelling of a report has been analysed: the forms are then
    // laid out in the same pass (and under the same lock) that finds each token's slot, and only a
    // report with a new spelling is laid out again below, after the new analyses. Written for
    // speed: the separate passes were a fifth of building a `ReportText`.
    tokens.withUnsafeBufferPointer { tokens in
      table.withLock { table in
        table.words.withUnsafeBufferPointer { all in
          for k in tokens.indices {
            if tokens[k].script == .arabic {
              slots[k] = 2 * Int(words[k].id) + (scalars[tokens[k].end - 1] == "\u{0629}" ? 1 : 0)
            }
            guard missing.isEmpty else {
              if slots[k] >= 0 && (words[k] == .unseen || table.entry(slots[k]) == nil) { missing.append(k) }
              continue
            }
            let slot = slots[k]
            if slot == -1 {
              bareStarts.append(Int32(bare.count))
              plainStarts.append(Int32(plain.count))
              bare.append(words[k])
              plain.append(words[k])
            } else if words[k] != .unseen, let e = table.entry(slot) {
              bareStarts.append(Int32(bare.count))
              plainStarts.append(Int32(plain.count))
              // Word by word: a token has one to a few forms, and `append(contentsOf:)` of a
              // slice of the table cost more per call than these short loops.
              let b = Int(e.start)
              let p = b + Int(e.bare)
              for w in b..<p { bare.append(all[w]) }
              for w in p..<(p + Int(e.plain)) { plain.append(all[w]) }
            } else {
              missing.append(k)
            }
          }
        }
      }
    }
    if !missing.isEmpty {
      bare.removeAll(keepingCapacity: true)
      plain.removeAll(keepingCapacity: true)
      bareStarts.removeAll(keepingCapacity: true)
      plainStarts.removeAll(keepingCapacity: true)
      layOutAfterAnalysing(missing, tokens, words, &slots, &bare, &plain, &bareStarts, &plainStarts)
    }
    bareStarts.append(Int32(bare.count))
    plainStarts.append(Int32(plain.count))
    return (FlatForms(words: bare, starts: bareStarts), FlatForms(words: plain, starts: plainStarts))
  }

  /// `layOut`'s forms when tokens `missing` have spellings not analysed yet: those are analysed
  /// (outside the lock: another reader may analyse the same one, the first stored wins, and both are
  /// the same), stored, and every token's forms laid out.
  private static func layOutAfterAnalysing(
    _ missing: [Int], _ tokens: [Token], _ words: [Word], _ slots: inout [Int], _ bare: inout [Word],
    _ plain: inout [Word], _ bareStarts: inout [Int32], _ plainStarts: inout [Int32]
  ) {
    var made: [(slot: Int, analysis: Analysis)] = []
    var madeSlots: [Int: Int] = [:]
    var unseen: [Analysis] = []
    for k in missing {
      let t = tokens[k]
      if words[k] == .unseen {
        unseen.append(analyse(t.text, taMarbuta: slots[k] & 1 == 1))
        slots[k] = -1 - unseen.count
      } else if madeSlots[slots[k]] == nil {
        madeSlots[slots[k]] = made.count
        made.append((slots[k], analyse(t.text, taMarbuta: slots[k] & 1 == 1)))
      }
    }
    table.withLock { table in
      for m in made { table.add(m.analysis, slot: m.slot) }
      table.words.withUnsafeBufferPointer { all in
        for k in tokens.indices {
          bareStarts.append(Int32(bare.count))
          plainStarts.append(Int32(plain.count))
          let slot = slots[k]
          if slot == -1 {
            bare.append(words[k])
            plain.append(words[k])
          } else if slot < -1 {
            bare.append(contentsOf: unseen[-2 - slot].bare)
            plain.append(contentsOf: unseen[-2 - slot].plain)
          } else if let e = table.entry(slot) {
            let b = Int(e.start)
            let p = b + Int(e.bare)
            bare.append(contentsOf: all[b..<p])
            plain.append(contentsOf: all[p..<(p + Int(e.plain))])
          }
        }
      }
    }
  }
}
