/// The stretches of a text where a date pattern can match, so the date regexes run on a few
/// percent of a long report instead of all of it, with the same matches.
///
/// Every date pattern names trigger words, one of which each of its matches contains («السبت»,
/// "month", a four-digit run) and a bound on the words (runs of non-blank scalars) a match has
/// before and after the trigger's word, so the pattern only needs to run on each trigger word
/// widened by those bounds, overlapping windows merged. Windows start and end next to blanks (or the text's
/// ends), where `\b` and `(?!\p{L})` see the same thing as in the whole text, and no match of the
/// whole text can straddle a window's edge; so matching window by window finds exactly the whole
/// text's matches. The same pass notes the scalars outside `PlainText`, so each window can be
/// searched by `PlainMatcher` when it is plain and by `Regex` otherwise. With no trigger in a text
/// there are no windows, and this one pass (table lookups per scalar) is all `find` costs.
struct DateWindows {
  /// The searched text's scalars.
  private(set) var scalars: [Unicode.Scalar]
  /// Scalar ranges of the words (maximal runs of non-blank scalars), in text order.
  private(set) var words: [Range<Int>]
  /// Each (word, trigger) pair where the word holds the trigger (an index into the `triggers` given
  /// at init), in word order, each pair once.
  ///
  /// Flat, not a list of words per trigger: `find` builds a `DateWindows` for every region of a
  /// claim's span, and an array per trigger (and a last-word array as long as the trigger list) made
  /// and freed there were most of its allocations; a region holds only a few trigger words.
  private(set) var hits: [Hit]
  /// Words holding a scalar that canonical equivalence or case folding could turn into a trigger
  /// (a combining hamza, "ſ", a digit with a combining mark); these widen every pattern's windows.
  private(set) var unsafeWords: [Int]
  /// The index of `yearDigits` among the triggers, when it is one.
  let yearTrigger: Int?
  /// Offsets of the scalars outside `PlainText` (harakat count as plain after an Arabic letter).
  private(set) var nonPlainScalars: [Int]

  /// The arrays a `DateWindows` is made of, for a caller that searches many texts to lend it and
  /// take back (`init(table:in:)`, `handBack(to:)`): `find` builds one for every region of a
  /// claim's span, and the arrays made and freed per region were some 7 % of reading's heap blocks.
  struct Buffers {
    /// The text to search (the only one read at init; the others are emptied and filled).
    var scalars: [Unicode.Scalar] = []
    var words: [Range<Int>] = []
    var hits: [Hit] = []
    var unsafeWords: [Int] = []
    var nonPlainScalars: [Int] = []
    var foundMask: [UInt64] = []
  }

  /// Finds `triggers` (lowercase literals, or `DateWindows.yearDigits` for four digits in a row)
  /// in `text`, matching ASCII letters case-insensitively.
  init(_ text: String, triggers: [String]) {
    self.init(scalars: Array(text.unicodeScalars), triggers: triggers)
  }

  /// The same over scalars. One pass over the text: every report goes through here, so ASCII and
  /// Arabic scalars are classified by one table lookup and only others consult Unicode properties.
  init(scalars: [Unicode.Scalar], triggers: [String]) {
    self.init(scalars: scalars, table: TriggerTable(triggers))
  }

  /// The same with the triggers' table built beforehand (it is the same for every report).
  init(scalars: [Unicode.Scalar], table: TriggerTable) {
    var buffers = Buffers()
    buffers.scalars = scalars
    self.init(table: table, in: &buffers)
  }

  /// The same over `buffers.scalars`, built in `buffers`' arrays: they are moved in (and left
  /// empty) until `handBack(to:)` returns them, so their storage is reused but never shared.
  /// The table is borrowed: taken as an owned argument, the shared table was copied (a retain and
  /// a release of each of its arrays) for every region `find` searches.
  init(table: borrowing TriggerTable, in buffers: inout Buffers) {
    let scalars = buffers.scalars
    buffers.scalars = []
    self.scalars = scalars
    let triggers = table.triggers
    let yearTrigger = triggers.firstIndex(of: Self.yearDigits)
    self.yearTrigger = yearTrigger
    var hits = buffers.hits.takeEmptied()
    // Where the current word's hits start in `hits`: a trigger is noted once per word.
    var wordHits = 0
    var unsafe = buffers.unsafeWords.takeEmptied()
    var nonPlain = buffers.nonPlainScalars.takeEmptied()
    var words = buffers.words.takeEmptied()
    // A word and the blank after it take two scalars or more, so there are at most
    // `scalars.count / 2 + 1` words: room for them is made (and filled) once and each word written
    // in place, `wordCount` so far. Appended one by one (a call chain not inlined in this long
    // loop), the words cost some 80 instructions each, a fifth of reading a report's head.
    words.append(contentsOf: repeatElement(0..<0, count: scalars.count / 2 + 1))
    var wordCount = 0
    var start = 0
    var inWord = false
    var previousBlank = true
    var digitRun = 0
    var isUnsafe = false
    var attachable = false  // whether a haraka here would follow an Arabic letter (and be plain)
    // The flag table is read through a buffer: indexing the table's array (twice per scalar) was
    // the costliest part of this loop.
    words.withUnsafeMutableBufferPointer { wordsOut in
      table.flags.withUnsafeBufferPointer { flagTable in
        scalars.withUnsafeBufferPointer { text in
          var next = 0
          while next < text.count {
            let i = next
            next += 1
            let s = text[i]
            let v = s.value
            let flags = v < TriggerTable.size ? flagTable[Int(v)] : 0
            // Inside a word, a run of quiet scalars (`TriggerTable.quiet`, most of a word's letters)
            // changes nothing below but `attachable`, `previousBlank` and `digitRun`: it is passed
            // over in a tight loop, where each scalar took some 40 instructions through every step.
            if inWord && flags & TriggerTable.quiet != 0 {
              var last = flags
              while next < text.count {
                let w = text[next].value
                guard w < TriggerTable.size, flagTable[Int(w)] & TriggerTable.quiet != 0 else { break }
                last = flagTable[Int(w)]
                next += 1
              }
              attachable = last & TriggerTable.arabicLetter != 0
              previousBlank = false
              digitRun = 0
              continue
            }
            var plain = v < TriggerTable.size ? flags & TriggerTable.plain != 0 : PlainText.isPlain(v)
            // Harakat and Arabic letters all lie below the table's size (flags 0 above it).
            if flags & TriggerTable.haraka != 0 {
              plain = attachable
            } else {
              attachable = flags & TriggerTable.arabicLetter != 0
            }
            if !plain { nonPlain.append(i) }
            // A combining mark after a blank belongs to the blank's character, which `\s` matches whole.
            let blank =
              plain
              ? flags & TriggerTable.space != 0
              : s.properties.isWhitespace || (previousBlank && Self.isMark(s))
            previousBlank = blank
            if blank {
              if inWord {
                if isUnsafe { unsafe.append(wordCount) }
                precondition(wordCount < wordsOut.count, "DateWindows: more words than room made")
                wordsOut[wordCount] = start..<i
                wordCount += 1
                inWord = false
              }
              continue
            }
            if !inWord { (start, inWord, digitRun, isUnsafe, wordHits) = (i, true, 0, false, hits.count) }
            let decimal = plain ? flags & TriggerTable.digit != 0 : s.properties.numericType == .decimal
            if decimal {
              digitRun += 1
              if digitRun == 4, let y = yearTrigger {
                Self.note(y, word: wordCount, in: &hits, from: wordHits)
              }
            } else {
              if digitRun > 0 && !plain && Self.isMark(s) { isUnsafe = true }
              digitRun = 0
            }
            let lower = Self.lowerASCII(v)
            if !plain && Self.isUnsafe(lower) { isUnsafe = true }
            // `lower` is `v` but for ASCII capitals, whose flags are looked up again.
            let lowerFlags = lower == v ? flags : (lower < TriggerTable.size ? flagTable[Int(lower)] : 0)
            if lower < TriggerTable.size && lowerFlags & TriggerTable.first == 0 { continue }
            guard table.mayStart(text, at: i) else { continue }
            table.triggers(in: text, at: i) { k in Self.note(k, word: wordCount, in: &hits, from: wordHits) }
          }
        }
      }
      if inWord {
        if isUnsafe { unsafe.append(wordCount) }
        precondition(wordCount < wordsOut.count, "DateWindows: more words than room made")
        wordsOut[wordCount] = start..<scalars.count
        wordCount += 1
      }
    }
    words.removeSubrange(wordCount...)
    self.words = words
    var foundMask = buffers.foundMask.takeEmptied()
    foundMask.append(contentsOf: repeatElement(0, count: Self.maskWords(triggers.count)))
    for h in hits { foundMask[Int(h.trigger) >> 6] |= 1 << UInt64(h.trigger & 63) }
    self.foundMask = foundMask
    self.hits = hits
    unsafeWords = unsafe
    nonPlainScalars = nonPlain
  }

  /// The windows `init(scalars: Array(scalars[part]), table: ReportDateReader.yearTable)` finds,
  /// at `scalars`' offsets, for a part of a digit-folded head whose scalars are all plain or
  /// tatweels, cut next to blanks (`ReportDateReader.yearParts`), with its year words' fourth
  /// digits (`yearEnds`, from `ReportDateReader.plainYearEnds`). In such a part every scalar is
  /// plain to this type's scan but the tatweels, no word is unsafe, and the one trigger is the year
  /// (index 0): so its words are its runs of non-blanks, its hits the words holding a year end.
  ///
  /// Written for speed: the head's scan has found the years already, and the part copied out and
  /// scanned again through the trigger table cost some 3k instructions a report; this is one walk
  /// over the part, testing each scalar for a blank and a tatweel. The head is shared, not copied.
  init(plainPart part: Range<Int>, of scalars: [Unicode.Scalar], yearEnds: ArraySlice<Int>) {
    self.scalars = scalars
    yearTrigger = 0
    // Room for every word at once (a word and the blank after it take two scalars or more):
    // grown from empty, the list took four or five blocks a part.
    var words: [Range<Int>] = []
    words.reserveCapacity(part.count / 2 + 1)
    var hits: [Hit] = []
    var tatweels: [Int] = []
    var y = yearEnds.startIndex
    scalars.withUnsafeBufferPointer { s in
      var i = part.lowerBound
      while i < part.upperBound {
        while i < part.upperBound && PlainText.isSpace(s[i].value) { i += 1 }
        guard i < part.upperBound else { break }
        let start = i
        repeat {
          if s[i].value == 0x0640 { tatweels.append(i) }
          i += 1
        } while i < part.upperBound && !PlainText.isSpace(s[i].value)
        // A word holds a year when a year ends in it (once, however many end there).
        if y < yearEnds.endIndex && yearEnds[y] < i {
          hits.append(Hit(word: Int32(truncatingIfNeeded: words.count), trigger: 0))
          while y < yearEnds.endIndex && yearEnds[y] < i { y += 1 }
        }
        words.append(start..<i)
      }
    }
    self.words = words
    self.hits = hits
    unsafeWords = []
    nonPlainScalars = tatweels
    foundMask = hits.isEmpty ? Self.noYear : Self.aYear
  }

  /// `foundMask` of a plain part without a year word and with one, made once (not per part).
  private static let noYear: [UInt64] = [0]
  private static let aYear: [UInt64] = [1]

  /// Gives this value's arrays back to `buffers` (see `Buffers`), leaving it empty.
  mutating func handBack(to buffers: inout Buffers) {
    swap(&scalars, &buffers.scalars)
    swap(&words, &buffers.words)
    swap(&hits, &buffers.hits)
    swap(&unsafeWords, &buffers.unsafeWords)
    swap(&nonPlainScalars, &buffers.nonPlainScalars)
    swap(&foundMask, &buffers.foundMask)
  }

  /// Bit k set when trigger k holds a word: a rule's triggers (up to seventy month names) are
  /// tested against it with a few AND operations instead of one look at each trigger's words.
  private(set) var foundMask: [UInt64]

  static func maskWords(_ count: Int) -> Int { (count + 63) / 64 }

  /// Whether some word holds trigger `k` (an index into the triggers given at init).
  func holds(_ k: Int) -> Bool {
    k >= 0 && k >> 6 < foundMask.count && foundMask[k >> 6] & 1 << UInt64(k & 63) != 0
  }

  /// The mask of `triggers` (indices into the list given at init) for `appendWindows(mask:…)`.
  static func mask(_ triggers: [Int], count: Int) -> [UInt64] {
    var mask = [UInt64](filling: 0, count: maskWords(count))
    for k in triggers where k >= 0 && k < count { mask[k >> 6] |= 1 << UInt64(k & 63) }
    return mask
  }

  /// A word holding a trigger.
  struct Hit {
    let word: Int32
    let trigger: Int32
  }

  /// Adds (`word`, `trigger`) to `hits` unless the word's hits (from `from` on) already hold it.
  @inline(__always)
  private static func note(_ trigger: Int, word: Int, in hits: inout [Hit], from: Int) {
    for k in from..<hits.count where hits[k].trigger == Int32(truncatingIfNeeded: trigger) { return }
    hits.append(Hit(word: Int32(truncatingIfNeeded: word), trigger: Int32(truncatingIfNeeded: trigger)))
  }

  /// For each trigger (an index into the `triggers` given at init, and up to the next multiple of
  /// 64), the words holding it.
  var wordsByTrigger: [[Int]] {
    var out = [[Int]](filling: [], count: 64 * foundMask.count)
    for h in hits { out[Int(h.trigger)].append(Int(h.word)) }
    return out
  }

  /// `appendWindows(before:after:to:_:)` of the triggers whose bits `mask` sets (see
  /// `mask(_:count:)`), into `out` (a buffer `find` reuses for every rule).
  func appendWindows(mask: [UInt64], before: Int, after: Int, to out: inout [Range<Int>]) {
    if unsafeWords.isEmpty && !zip(mask, foundMask).contains(where: { $0 & $1 != 0 }) { return }
    appendWindows(before: before, after: after, to: &out) { k in
      k >> 6 < mask.count && mask[k >> 6] & 1 << UInt64(k & 63) != 0
    }
  }

  /// False when no pattern can match anywhere: no trigger was found and no word is unsafe, so every
  /// `appendWindows` appends nothing.
  var hasWindows: Bool { !unsafeWords.isEmpty || !hits.isEmpty }

  /// The trigger standing for four decimal digits in a row (a year).
  static let yearDigits = "\u{0}year"

  /// Appends to `out` the scalar ranges to search for a pattern whose matches each contain a trigger
  /// `isTrigger` accepts (an index into the list given at init) and has at most `before` words
  /// before the trigger's word and `after` after it, in text order, merged where they overlap or
  /// touch. The unsafe words and the words holding those triggers, both already in word order, are
  /// walked together (no list of hits is gathered and sorted).
  func appendWindows(before: Int, after: Int, to out: inout [Range<Int>], _ isTrigger: (Int) -> Bool) {
    // The window being grown, as word indices; `low` > `high` while there is none.
    var (low, high) = (1, 0)
    var (u, h) = (0, 0)
    while true {
      while h < hits.count && !isTrigger(Int(hits[h].trigger)) { h += 1 }
      let w: Int
      if u < unsafeWords.count && (h == hits.count || unsafeWords[u] <= Int(hits[h].word)) {
        w = unsafeWords[u]
        u += 1
      } else if h < hits.count {
        w = Int(hits[h].word)
        h += 1
      } else {
        break
      }
      let (lo, hi) = (max(0, w - before), min(words.count - 1, w + after))
      if low <= high && lo <= high + 1 {
        high = max(high, hi)
      } else {
        if low <= high { out.append(words[low].lowerBound..<words[high].upperBound) }
        (low, high) = (lo, hi)
      }
    }
    if low <= high { out.append(words[low].lowerBound..<words[high].upperBound) }
  }

  /// Whether every scalar in `range` is plain, so `PlainMatcher` may search it.
  func isPlain(_ range: Range<Int>) -> Bool {
    let at = RelativeDateResolver.firstIndex(in: nonPlainScalars) { $0 >= range.lowerBound }
    return at == nonPlainScalars.count || nonPlainScalars[at] >= range.upperBound
  }

  /// The scalars in `range` as a string.
  func string(_ range: Range<Int>) -> String { String(utf8Of: scalars[range]) }

  static func lowerASCII(_ v: UInt32) -> UInt32 { (0x41...0x5A).contains(v) ? v + 0x20 : v }

  static func isMark(_ s: Unicode.Scalar) -> Bool {
    switch s.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .spacingMark: return true
    default: return false
    }
  }

  /// Combining hamza and madda (so «ا» + U+0654 equals «أ» under canonical equivalence) and the
  /// letters whose case folding is ASCII ("ſ", Kelvin "K", "İ", "ẞ").
  static func isUnsafe(_ v: UInt32) -> Bool {
    (0x0653...0x0655).contains(v) || v == 0x017F || v == 0x212A || v == 0x0130 || v == 0x1E9E
  }
}
