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
  /// Per interned word id: 0 not yet known, 1 no trigger, 2 may hold one. Process-wide, because the
  /// same words come back in every report; under a lock, because reports are read in parallel.
  private static let flags = Locked<[UInt8]>([])

  /// The triggers of every date rule, folded as the tokenizer folds report text.
  static let foldedTriggers = TriggerTable(
    RelativeDateResolver.Rules.vocabulary.filter { $0 != DateWindows.yearDigits }.map(foldedText))

  let doc: ReportText

  /// True unless no date phrase can start, end or lie in `span` (scalar offsets of `doc`).
  func mayHoldDate(_ span: Range<Int>) -> Bool {
    let tokens = doc.tokens
    var t = RelativeDateResolver.firstIndex(in: tokens) { $0.end > span.lowerBound }
    var at = span.lowerBound
    return Self.flags.withLock { flags in
      while t < tokens.count && tokens[t].start < span.upperBound {
        if !isQuiet(gap: at..<tokens[t].start) || Self.mayHoldTrigger(t, doc, &flags) { return true }
        at = tokens[t].end
        t += 1
      }
      return !isQuiet(gap: at..<span.upperBound)
    }
  }

  /// The parts of `span` that `RelativeDateResolver.find` must search to find every date phrase
  /// of `span`: empty when `mayHoldDate` is false; around each token that may hold a trigger, the
  /// words a date pattern can reach from it (`wordsBefore`, `wordsAfter`); all of `span` when a gap
  /// holds a scalar the tokens do not account for.
  ///
  /// Written for speed: `find` classifies every scalar it is given, and a claim's span is mostly
  /// words far from any date word. A part is cut only next to an ASCII blank (`\s`, a word break
  /// for `DateWindows` too) with all of a trigger word's reach inside it, and parts with only blanks
  /// between them are joined, so `find` sees in each part the same words, windows and matches as in
  /// the whole span.
  func regions(in span: Range<Int>) -> [Range<Int>] {
    let tokens = doc.tokens
    var t = RelativeDateResolver.firstIndex(in: tokens) { $0.end > span.lowerBound }
    var at = span.lowerBound
    var hits: [Int] = []
    let whole = Self.flags.withLock { flags in
      while t < tokens.count && tokens[t].start < span.upperBound {
        if !isQuiet(gap: at..<tokens[t].start) { return true }
        if Self.mayHoldTrigger(t, doc, &flags) { hits.append(t) }
        at = tokens[t].end
        t += 1
      }
      return !isQuiet(gap: at..<span.upperBound)
    }
    if whole { return [span] }
    let scalars = doc.scalars
    func isBlank(_ k: Int) -> Bool { PlainText.isSpace(scalars[k].value) }
    var out: [Range<Int>] = []
    for t in hits {
      // Back to the start of the token's word, then over `wordsBefore` more words (a run of
      // non-blanks holds at least one of `DateWindows`'s words, so at least that many are covered).
      var lo = min(max(tokens[t].start, span.lowerBound), span.upperBound)
      while lo > span.lowerBound && !isBlank(lo - 1) { lo -= 1 }
      for _ in 0..<Self.wordsBefore {
        while lo > span.lowerBound && isBlank(lo - 1) { lo -= 1 }
        while lo > span.lowerBound && !isBlank(lo - 1) { lo -= 1 }
      }
      var hi = max(min(tokens[t].end, span.upperBound), lo)
      while hi < span.upperBound && !isBlank(hi) { hi += 1 }
      for _ in 0..<Self.wordsAfter {
        while hi < span.upperBound && isBlank(hi) { hi += 1 }
        while hi < span.upperBound && !isBlank(hi) { hi += 1 }
      }
      if let last = out.last, lo <= last.upperBound || (last.upperBound..<lo).allSatisfy(isBlank) {
        out[out.count - 1] = last.lowerBound..<max(last.upperBound, hi)
      } else {
        out.append(lo..<hi)
      }
    }
    return out
  }

  /// How many words a date phrase reaches before and after the word of its trigger, over every
  /// relative-date rule and full-date pattern.
  static let wordsBefore = max(
    RelativeDateResolver.Rules.all.map(\.words.before).max() ?? 0,
    ReportDateReader.fullDateWordsBeforeYear.max() ?? 0)
  static let wordsAfter = RelativeDateResolver.Rules.all.map(\.words.after).max() ?? 0

  /// Whether the scalars of `range` between tokens are only plain blanks and punctuation (no
  /// letter, digit, mark or invisible that a token did not take).
  private func isQuiet(gap range: Range<Int>) -> Bool {
    let scalars = doc.scalars
    for k in range where k >= 0 && k < scalars.count {
      let v = scalars[k].value
      switch v {
      case 0x09...0x0D, 0x20...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E, 0x060C, 0x061B, 0x061F,
        0x00AB, 0x00BB, 0x2013, 0x2014, 0x201C, 0x201D:
        continue
      default:
        return false
      }
    }
    return true
  }

  /// Whether token `t`'s folded text holds a folded trigger, four digits in a row, or a scalar
  /// outside ASCII lowercase letters, digits and Arabic letters; remembered per word.
  private static func mayHoldTrigger(_ t: Int, _ doc: ReportText, _ flags: inout [UInt8]) -> Bool {
    let id = doc.words[t].id
    guard id != Word.unseen.id else { return textMayHoldTrigger(doc.tokens[t].text) }
    let k = Int(id)
    if k < flags.count, flags[k] != 0 { return flags[k] == 2 }
    let answer = textMayHoldTrigger(doc.tokens[t].text)
    if k >= flags.count { flags += [UInt8](repeating: 0, count: max(k + 1 - flags.count, 4096)) }
    flags[k] = answer ? 2 : 1
    return answer
  }

  /// The same test on a folded token text.
  static func textMayHoldTrigger(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    var digits = 0
    for s in scalars {
      let v = s.value
      switch v {
      case 0x30...0x39:
        digits += 1
        if digits == 4 { return true }
        continue
      case 0x61...0x7A, 0x0621...0x063A, 0x0641...0x064A: break
      default: return true
      }
      digits = 0
    }
    var found = false
    scalars.withUnsafeBufferPointer { buffer in
      for i in buffer.indices where !found {
        foldedTriggers.triggers(in: buffer, at: i) { _ in found = true }
      }
    }
    return found
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
