/// A decoded report cut into tokens, sentences and clauses; every later stage reads it.
///
/// A class: every stage and rule holds the report, and as a struct each copy retained and released
/// each of its arrays (copies of the relation extractors and contexts were a visible share of the
/// reference counting). Its fields never change after `init`.
public final class ReportText: Sendable {
  public let text: String
  let scalars: [Unicode.Scalar]
  public let tokens: [Token]
  /// Token index ranges of the sentences, in text order.
  public let sentences: [Range<Int>]
  let sentenceOfToken: [Int]
  /// For each token, true when a clause boundary (، , ؛ ; : or a sentence end) lies just before it.
  let clauseBreakBefore: [Bool]
  /// Each token's folded text as an interned word.
  let words: [Word]
  /// For each token, its bare forms for cue matching (Arabic: clitics, article and suffixes removed).
  let forms: FlatForms
  /// Like `forms` without pronoun suffixes taken off: for verbs («سيطرت» but not «سيطرتهم»).
  let plainForms: FlatForms
  /// Per token, its spelling's slot in the table of analyses (`WordForms.layOut`): 0 or more for an
  /// Arabic token (the same for every token of that spelling and ta marbuta), -1 for a token of
  /// another script, below -1 for an Arabic spelling past the word table's limit.
  let formSlots: [Int]
  /// The text's UTF-8 bytes and, per scalar offset, where its bytes start: slices (quotes,
  /// surfaces) are copied as bytes instead of appended scalar by scalar.
  let utf8: [UInt8]
  let utf8Offsets: [Int32]
  /// Scalar offsets where each line starts.
  let lineStarts: [Int]
  /// Whether every scalar is plain to `ReportDateReader.plainScan`, found by the tokenizer's pass
  /// (see `ReportDateReader.plainScan(of:)`).
  let plainForDates: Bool

  public init(_ text: String) {
    self.text = text
    // The scalars, their byte offsets, the line starts and the tokens with their words, in one
    // pass over the text's bytes (see `Tokenizer.layOut`).
    let layout = Tokenizer.layOut(text)
    let scalars = layout.scalars
    let tokens = layout.tokens
    let words = layout.words
    self.scalars = scalars
    utf8 = layout.utf8
    utf8Offsets = layout.utf8Offsets
    lineStarts = layout.lineStarts
    plainForDates = layout.plainForDates
    self.tokens = tokens
    // Written through buffers sized once (one entry per token): appending to the arrays checked
    // their uniqueness and capacity at every token. Token spans and gap scalars are read through
    // buffers too: slicing the arrays for every gap retained and released them once per token.
    // The sentences (at most one a token) are written to a temporary buffer and copied out once:
    // appended, their list was reallocated ~4 times a report.
    var ofToken = [Int](filling: 0, count: tokens.count)
    var breaks = [Bool](filling: false, count: tokens.count)
    sentences = withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: tokens.count) { found in
      var count = 0
      var start = 0
      ofToken.withUnsafeMutableBufferPointer { ofToken in
        breaks.withUnsafeMutableBufferPointer { breaks in
          scalars.withUnsafeBufferPointer { text in
            tokens.withUnsafeBufferPointer { spans in
              for i in spans.indices {
                let from = i == 0 ? 0 : spans[i - 1].end
                let to = spans[i].start
                // The gap (mostly one space) is read once for both kinds of mark; the previous token
                // is looked at (copied, its text retained) only after a sentence mark.
                var sentenceMark = false
                var clauseMark = false
                // One space, most gaps, is neither mark: not tested against both.
                if to - from != 1 || text[from] != " " {
                  for k in from..<to {
                    let s = text[k]
                    if ReportText.isSentenceMark(s) {
                      sentenceMark = true
                    } else if ReportText.isClauseMark(s) {
                      clauseMark = true
                    }
                  }
                }
                // The gap and the previous token read in place: a slice of `scalars` and a copy of
                // the token retained and released them at every sentence mark.
                let sentenceEnd =
                  i > 0 && sentenceMark
                  && ReportText.endsSentence(
                    UnsafeBufferPointer(rebasing: text[from..<to]), previous: spans.baseAddress.unsafelyUnwrapped + (i - 1))
                if sentenceEnd {
                  // A sentence ends before token `i` > 0: fewer than `i` have ended, so the buffer
                  // has room for this one and for the last one below.
                  found.initializeElement(at: count, to: start..<i)
                  count += 1
                  start = i
                }
                breaks[i] = i == 0 || sentenceEnd || clauseMark
                ofToken[i] = count
              }
            }
          }
        }
      }
      if start < tokens.count {
        found.initializeElement(at: count, to: start..<tokens.count)
        count += 1
      }
      // `Range<Int>` is a trivial type: the buffer needs no deinitializing.
      return Array(UnsafeBufferPointer(rebasing: found[..<count]))
    }
    sentenceOfToken = ofToken
    clauseBreakBefore = breaks
    self.words = words
    (forms, plainForms, formSlots) = WordForms.layOut(tokens, words, scalars)
  }

  /// Abbreviations written with a period inside a sentence (folded, lowercase).
  static let titleAbbreviations: Set<String> = [
    "lt", "gen", "col", "brig", "maj", "capt", "sgt", "dr", "mr", "mrs", "ms", "st", "vs",
  ]

  /// ، , ؛ ; : (a switch: a `Set<Unicode.Scalar>` hashed every scalar between every two tokens).
  @inline(__always)
  static func isClauseMark(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case "،", ",", "؛", ";", ":": return true
    default: return false
    }
  }

  /// . ! ? ؟ ۔ and the line break.
  @inline(__always)
  static func isSentenceMark(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case ".", "!", "?", "؟", "\n", "\u{06D4}": return true
    default: return false
    }
  }

  static func gapText(_ scalars: [Unicode.Scalar], _ tokens: [Token], _ i: Int) -> String {
    let from = i == 0 ? 0 : tokens[i - 1].end
    var s = ""
    s.unicodeScalars.append(contentsOf: scalars[from..<tokens[i].start])
    return s
  }

  /// Whether `gap`, after token `previous`, ends a sentence.
  static func endsSentence(_ gap: UnsafeBufferPointer<Unicode.Scalar>, previous: UnsafePointer<Token>) -> Bool {
    guard gap.contains(where: isSentenceMark) else { return false }
    // "U.S." and "U.N.", "Lt. Gen. Riyadh": a period after a single capital letter or a title
    // abbreviation does not end a sentence.
    // The token's fields read through the pointer (a copy of the token retained its text).
    if !gap.contains("\n"), previous.pointee.script == .latin,
      previous.pointee.end - previous.pointee.start == 1 || titleAbbreviations.contains(previous.pointee.text),
      gap.filter({ !$0.properties.isWhitespace }) == ["."]
    {
      return false
    }
    return true
  }

  /// The original text between token `i - 1` and token `i` (from the start for `i == 0`).
  func gap(before i: Int) -> String { ReportText.gapText(scalars, tokens, i) }

  /// True when token `i` is the first of its line.
  func opensLine(_ i: Int) -> Bool {
    i == 0 || scalars[tokens[i - 1].end..<tokens[i].start].contains("\n")
  }

  /// True when only spaces, hyphens, apostrophes or quotes separate tokens `i - 1` and `i`.
  @inline(__always)
  func isTight(before i: Int) -> Bool {
    // Inlined with a one-space fast path: the scanner, `NamePairs` and the extractors ask this of
    // hundreds of thousands of token pairs per 2 MB, most with one space between, and the call
    // cost ~42 instructions each.
    guard i > 0, i < tokens.count else { return false }
    let lo = tokens[i - 1].end
    let hi = tokens[i].start
    if hi - lo == 1 && scalars[lo] == " " { return true }
    return Self.isTightGap(scalars[lo..<hi])
  }

  /// Whether `gap` holds only spaces, hyphens, apostrophes, tatweels and direction marks.
  private static func isTightGap(_ gap: ArraySlice<Unicode.Scalar>) -> Bool {
    gap.allSatisfy {
      $0 == " " || $0 == "-" || $0 == "\u{2010}" || $0 == "\u{2011}" || $0 == "'" || $0 == "\u{2019}"
        || $0 == "\u{00A0}" || $0 == "\u{0640}" || $0 == "\u{200C}" || $0 == "\u{200F}"
        || $0 == "\u{200E}"
    }
  }

  /// True when tokens `i - 1` and `i` sit in the same sentence with at most quotes or spaces between.
  @inline(__always)
  func isNear(before i: Int) -> Bool {
    // Inlined: three array reads, asked of hundreds of thousands of token pairs per 2 MB.
    guard i > 0, i < tokens.count, sentenceOfToken[i] == sentenceOfToken[i - 1] else { return false }
    return !clauseBreakBefore[i]
  }

  /// The original text of scalars `start..<end`.
  public func slice(_ start: Int, _ end: Int) -> String {
    // The bytes from one scalar's start to another's in a `String`'s UTF-8 are valid UTF-8: the
    // string is copied from them without checking them again (`String(decoding:)` checked every
    // byte, and long quotes were copied out of `text` instead, ~730 instructions a slice).
    withSliceBytes(start, end) { String(validUTF8: $0) }
  }

  /// `body` applied to the UTF-8 of `slice(start, end)` (valid UTF-8), read in place.
  func withSliceBytes<R>(_ start: Int, _ end: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    let lo = max(0, min(start, scalars.count))
    let hi = max(lo, min(end, scalars.count))
    let first = Int(utf8Offsets[lo])
    let past = Int(utf8Offsets[hi])
    precondition(first <= past && past <= utf8.count, "ReportText: a slice outside the text's bytes")
    return utf8.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[first..<past])) }
  }

  /// The original text of tokens `range`.
  func slice(tokens range: Range<Int>) -> String {
    guard !range.isEmpty else { return "" }
    return slice(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)
  }

  /// 1-based line and column (in scalars) of a scalar offset.
  public func lineColumn(of offset: Int) -> (line: Int, column: Int) {
    // Binary search in the line starts (computed once): diagnostics stay linear on long reports.
    var lo = 0
    var hi = lineStarts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
    }
    return (lo + 1, offset - lineStarts[lo] + 1)
  }

  /// True when the original first letter of token `i` is an uppercase Latin letter.
  func isCapitalized(_ i: Int) -> Bool {
    let s = scalars[tokens[i].start]
    // ASCII first: the Unicode property lookup was a fifth of the English name scan.
    if s.isASCII { return s.value >= 0x41 && s.value <= 0x5A }
    return Self.isUppercase(s)
  }

  /// Out of line: a `Unicode.Scalar.Properties` value (a type whose size is known only at run time)
  /// inlined into the name scanner made it fetch that size and reserve stack room at every call,
  /// Arabic tokens included, which never get here.
  @inline(never)
  private static func isUppercase(_ s: Unicode.Scalar) -> Bool { s.properties.isUppercase }

  /// The original text of token `i`.
  func original(_ i: Int) -> String { slice(tokens[i].start, tokens[i].end) }

  /// The scalars of `original(i)`, read in place (the same clamped span `slice` cuts).
  func originalScalars(_ i: Int) -> ArraySlice<Unicode.Scalar> {
    let lo = max(0, min(tokens[i].start, scalars.count))
    return scalars[lo..<max(lo, min(tokens[i].end, scalars.count))]
  }

  /// `body` applied to `FoldedText(original(i)).scalars`, folded from the token's scalars into a
  /// buffer on the stack (folding goes scalar by scalar). Written for speed: the movement rules ask
  /// a word's first or last folded letters, and building its string, its folding and offsets, was
  /// most of each question (an array of the folded scalars alone still cost a heap block each).
  func withFoldedScalars<R>(_ i: Int, _ body: (UnsafeBufferPointer<Unicode.Scalar>) -> R) -> R {
    let span = originalScalars(i)
    // Folding keeps at most one scalar of each: the token's count is room enough.
    return withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: span.count) { buffer in
      var count = 0
      Folding.lowTable.withUnsafeBufferPointer { table in
        for s in span {
          guard let folded = Folding.kept(s, table: table) else { continue }
          precondition(count < buffer.count, "withFoldedScalars: more scalars folded than the token has")
          buffer.initializeElement(at: count, to: folded)
          count += 1
        }
      }
      return body(UnsafeBufferPointer(rebasing: buffer[..<count]))
    }
  }

  /// The sentence range holding token `i`.
  func sentence(of i: Int) -> Range<Int> { sentences[sentenceOfToken[i]] }

  /// Clause ranges (token indices) of the sentence `sentence`.
  func clauses(in sentence: Range<Int>) -> [Range<Int>] {
    var out: [Range<Int>] = []
    clauses(in: sentence, into: &out)
    return out
  }

  /// `clauses(in:)` written into `out` (emptied first, its storage kept): for a caller that reads
  /// sentence after sentence with one buffer instead of an array per sentence.
  ///
  /// The flags are read eight at a time (a `Bool` is one byte, 0 or 1), a group with a break
  /// going straight to its first: a clause is several tokens long, and the loop over every
  /// token's flag was most of the cost (~10 instructions a token, asked for every sentence by the
  /// extractors).
  func clauses(in sentence: Range<Int>, into out: inout [Range<Int>]) {
    out.removeAll(keepingCapacity: true)
    precondition(sentence.lowerBound >= 0 && sentence.upperBound <= clauseBreakBefore.count, "clauses: not a sentence")
    var start = sentence.lowerBound
    clauseBreakBefore.withUnsafeBytes { flags in
      var i = sentence.lowerBound + 1
      while i < sentence.upperBound {
        if i &+ 8 <= sentence.upperBound {
          let group = UInt64(littleEndian: flags.loadUnaligned(fromByteOffset: i, as: UInt64.self))
          guard group != 0 else {
            i &+= 8
            continue
          }
          // To the group's first break (the first flag is the lowest byte).
          i &+= group.trailingZeroBitCount >> 3
        } else if flags[i] == 0 {
          i &+= 1
          continue
        }
        out.append(start..<i)
        start = i
        i &+= 1
      }
    }
    if start < sentence.upperBound { out.append(start..<sentence.upperBound) }
  }
}
