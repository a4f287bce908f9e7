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

  /// Finds `triggers` (lowercase literals, or `DateWindows.yearDigits` for four digits in a row)
  /// in `text`, matching ASCII letters case-insensitively.
  init(_ text: String, triggers: [String]) {
    scalars = Array(text.unicodeScalars)
    var words: [Range<Int>] = []
    var start: Int?
    var previousBlank = true
    for (i, s) in scalars.enumerated() {
      // A combining mark after a blank belongs to the blank's character, which `\s` matches whole.
      let blank = s.properties.isWhitespace || (previousBlank && Self.isMark(s))
      if blank, let begin = start {
        words.append(begin..<i)
        start = nil
      } else if !blank && start == nil {
        start = i
      }
      previousBlank = blank
    }
    if let begin = start { words.append(begin..<scalars.count) }
    self.words = words

    let literals = triggers.map { Array($0.unicodeScalars).map(\.value) }
    var byFirst: [UInt32: [Int]] = [:]
    for (k, literal) in literals.enumerated() where !literal.isEmpty {
      byFirst[literal[0], default: []].append(k)
    }
    let yearTrigger = triggers.firstIndex(of: Self.yearDigits)
    self.yearTrigger = yearTrigger
    var found = [[Int]](repeating: [], count: triggers.count)
    var unsafe: [Int] = []
    for (w, range) in words.enumerated() {
      var digitRun = 0
      var isUnsafe = false
      for i in range {
        let s = scalars[i]
        let v = Self.lowerASCII(s.value)
        if s.properties.numericType == .decimal {
          digitRun += 1
          if digitRun == 4, let y = yearTrigger, found[y].last != w { found[y].append(w) }
        } else {
          if digitRun > 0 && Self.isMark(s) { isUnsafe = true }
          digitRun = 0
        }
        if Self.isUnsafe(v) { isUnsafe = true }
        guard let candidates = byFirst[v] else { continue }
        for k in candidates where found[k].last != w && Self.matches(literals[k], scalars, at: i, end: range.upperBound) {
          found[k].append(w)
        }
      }
      if isUnsafe { unsafe.append(w) }
    }
    wordsByTrigger = found
    unsafeWords = unsafe
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

  /// The scalars in `range` as a string.
  func string(_ range: Range<Int>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[range])
    return String(view)
  }

  static func matches(_ literal: [UInt32], _ scalars: [Unicode.Scalar], at i: Int, end: Int) -> Bool {
    guard i + literal.count <= end else { return false }
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
