/// The stretches of a text where a date pattern can match, so the date regexes run on a few
/// percent of a long report instead of all of it, with the same matches.
///
/// Every date pattern names trigger words, one of which each of its matches contains («السبت»,
/// "month", a four-digit run) and a bound on the words (runs of non-blank scalars) a match has
/// before and after the trigger's word, so the pattern only needs to run on each trigger word
/// widened by those bounds, overlapping windows merged. Windows start and end next to blanks (or the text's
/// ends), where `\b` and `(?!\p{L})` see the same thing as in the whole text, and no match of the
/// whole text can straddle a window's edge; so matching window by window finds exactly the whole
/// text's matches.
struct DateWindows {
  /// The searched text's scalars.
  let scalars: [Unicode.Scalar]
  /// Scalar ranges of the words (maximal runs of non-blank scalars), in text order.
  let words: [Range<Int>]
  /// For each trigger (an index into the `triggers` given at init), the words holding it.
  let wordsByTrigger: [[Int]]
  /// Words holding a scalar that canonical equivalence or case folding could turn into a trigger
  /// (a combining hamza, "ſ", a digit with a combining mark); these widen every pattern's windows.
  let unsafeWords: [Int]
  /// The index of `yearDigits` among the triggers, when it is one.
  let yearTrigger: Int?
  /// Offsets of the scalars outside `PlainText`, ascending.
  let nonPlainScalars: [Int]

  /// Finds `triggers` (lowercase literals, or `DateWindows.yearDigits` for four digits in a row)
  /// in `text`, matching ASCII letters case-insensitively.
  init(_ text: String, triggers: [String]) {
    self.init(scalars: Array(text.unicodeScalars), triggers: triggers)
  }

  /// The same over scalars. One pass over the text: every report goes through here, so ASCII and
  /// Arabic letters take table paths and only other scalars consult Unicode properties.
  init(scalars: [Unicode.Scalar], triggers: [String]) {
    self.scalars = scalars
    let literals = triggers.map { Array($0.unicodeScalars).map(\.value) }
    // Triggers by their first scalar, for the scalars below `tableSize` (every trigger's first is).
    let tableSize = 0x700
    var lists: [[Int]] = [[]]
    var listByFirst = [Int](repeating: 0, count: tableSize)
    var byFirst: [UInt32: [Int]] = [:]
    for (k, literal) in literals.enumerated() where !literal.isEmpty {
      let v = literal[0]
      if v < tableSize {
        if listByFirst[Int(v)] == 0 {
          listByFirst[Int(v)] = lists.count
          lists.append([])
        }
        lists[listByFirst[Int(v)]].append(k)
      } else {
        byFirst[v, default: []].append(k)
      }
    }
    let yearTrigger = triggers.firstIndex(of: Self.yearDigits)
    self.yearTrigger = yearTrigger
    var found = [[Int]](repeating: [], count: triggers.count)
    var unsafe: [Int] = []
    var nonPlain: [Int] = []
    var words: [Range<Int>] = []
    var start = 0
    var inWord = false
    var previousBlank = true
    var digitRun = 0
    var isUnsafe = false
    /// Closes the word ending before `end`.
    func close(_ end: Int) {
      if isUnsafe { unsafe.append(words.count) }
      words.append(start..<end)
      inWord = false
    }
    for i in scalars.indices {
      let s = scalars[i]
      let v = s.value
      let plain = PlainText.isPlain(v)
      if !plain { nonPlain.append(i) }
      // A combining mark after a blank belongs to the blank's character, which `\s` matches whole.
      let blank = plain ? PlainText.isSpace(v) : s.properties.isWhitespace || (previousBlank && Self.isMark(s))
      previousBlank = blank
      if blank {
        if inWord { close(i) }
        continue
      }
      if !inWord {
        (start, inWord, digitRun, isUnsafe) = (i, true, 0, false)
      }
      let w = words.count
      let decimal = plain ? PlainText.isDigit(v) : s.properties.numericType == .decimal
      if decimal {
        digitRun += 1
        if digitRun == 4, let y = yearTrigger, found[y].last != w { found[y].append(w) }
      } else {
        if digitRun > 0 && !plain && Self.isMark(s) { isUnsafe = true }
        digitRun = 0
      }
      let lower = Self.lowerASCII(v)
      if !plain && Self.isUnsafe(lower) { isUnsafe = true }
      let candidates: [Int]
      if lower < tableSize {
        let list = listByFirst[Int(lower)]
        guard list != 0 else { continue }
        candidates = lists[list]
      } else {
        guard let list = byFirst[lower] else { continue }
        candidates = list
      }
      for k in candidates where found[k].last != w && Self.matches(literals[k], scalars, at: i) {
        found[k].append(w)
      }
    }
    if inWord { close(scalars.count) }
    self.words = words
    wordsByTrigger = found
    unsafeWords = unsafe
    nonPlainScalars = nonPlain
  }

  /// The trigger standing for four decimal digits in a row (a year).
  static let yearDigits = "\u{0}year"

  /// Scalar ranges to search for a pattern whose matches each contain one of `triggers` (indices
  /// into the list given at init) and has at most `before` words before the trigger's word and
  /// `after` after it, in text order, merged where they overlap or touch.
  func windows(for triggers: [Int], before: Int, after: Int) -> [Range<Int>] {
    var hits = unsafeWords
    for k in triggers { hits += wordsByTrigger[k] }
    hits.sort()
    var spans: [ClosedRange<Int>] = []
    for w in hits {
      let span = max(0, w - before)...min(words.count - 1, w + after)
      if let last = spans.last, span.lowerBound <= last.upperBound + 1 {
        spans[spans.count - 1] = last.lowerBound...max(last.upperBound, span.upperBound)
      } else {
        spans.append(span)
      }
    }
    return spans.map { words[$0.lowerBound].lowerBound..<words[$0.upperBound].upperBound }
  }

  /// Whether every scalar in `range` is plain, so `PlainMatcher` may search it.
  func isPlain(_ range: Range<Int>) -> Bool {
    let at = RelativeDateResolver.firstIndex(in: nonPlainScalars) { $0 >= range.lowerBound }
    return at == nonPlainScalars.count || nonPlainScalars[at] >= range.upperBound
  }

  /// The scalars in `range` as a string.
  func string(_ range: Range<Int>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[range])
    return String(view)
  }

  /// Whether `literal` is at `i`, within the word (a literal holds no blank, so no end is needed).
  static func matches(_ literal: [UInt32], _ scalars: [Unicode.Scalar], at i: Int) -> Bool {
    guard i + literal.count <= scalars.count else { return false }
    for (j, v) in literal.enumerated() where lowerASCII(scalars[i + j].value) != v { return false }
    return true
  }

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
