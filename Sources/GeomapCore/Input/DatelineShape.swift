/// What a yearless dateline ("BEIRUT, April 2 (Reuters) -", «دمشق، 4 تموز (رويترز) -») looks like
/// from its comma on, checked over scalars so `ReportDateReader.yearlessDatelines` compiles and runs
/// its `Regex` only for a text that may hold a match.
///
/// Each check is a necessary condition of its pattern's match, looser than the pattern: where the
/// regex reads a Character, the check reads its first scalar and skips the scalars that may extend
/// it (`extends`), and months are only letters (English) or non-ASCII scalars and spaces (Arabic).
/// A false answer therefore proves the regex finds nothing; a true one only lets it run.
/// `DatelineShapeTests` checks both patterns' matches on the fixture reports.
enum DatelineShape {
  /// Whether `scalars` may hold a match of the English pattern and of the Arabic one, found in one
  /// walk over the commas (a walk for each pattern scanned every report twice).
  static func mayHold(_ scalars: [Unicode.Scalar]) -> (english: Bool, arabic: Bool) {
    scalars.withUnsafeBufferPointer { s in
      var (english, arabic) = (false, false)
      var i = 0
      while !(english && arabic), let comma = nextComma(in: s, from: i) {
        i = comma + 1
        // The English pattern's comma is ',' only; the Arabic one's ',' or '،'. A comma far
        // from a line start is no dateline's, looked at only once a tail fits (seldom).
        let englishFits = !english && s[comma] == "," && englishTail(s, from: i)
        let arabicFits = !arabic && arabicTail(s, from: i)
        if (englishFits || arabicFits) && nearLineStart(s, comma) {
          english = english || englishFits
          arabic = arabic || arabicFits
        }
      }
      return (english, arabic)
    }
  }

  /// Whether a match's comma may stand at `comma`: a line starts (the text's start, or after
  /// U+000A–U+000D) at most 31 name scalars before it, counting neither blanks nor harakat.
  ///
  /// Before its comma a match has `^\s*`, a name of at most 31 Characters
  /// (`[A-Z][A-Za-z .'-]{2,30}`, `\p{Arabic}[\p{Arabic} ]{1,30}`) and, in Arabic, `\s*`. Where
  /// every scalar is `PlainText` (or a tatweel), a Character is one scalar with the harakat after
  /// it, or CR LF, so walking back from the comma meets that line start before 32 scalars that
  /// are neither blanks nor harakat. A scalar outside `PlainText` (a mark that joins a Character,
  /// another line terminator) ends the walk with true: there the count proves nothing.
  ///
  /// Written for speed: a body's comma followed by a date and a dash ("…, May 5 - …") let both
  /// patterns be compiled and run over the whole head (English reports: some 20 M instructions
  /// per MB).
  private static func nearLineStart(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ comma: Int) -> Bool {
    var named = 0
    var p = comma
    while p > 0 {
      let v = s[p - 1].value
      if (0x0A...0x0D).contains(v) { return true }
      if PlainText.isSpace(v) || PlainText.isHaraka(v) {
        p -= 1
        continue
      }
      guard PlainText.isPlain(v) || v == 0x0640 else { return true }
      named += 1
      if named > 31 { return false }
      p -= 1
    }
    return true
  }

  /// The English pattern's tail after its comma: `\s+` month `\.?` `\s+\d{1,2}\s*` an optional
  /// `(…)\s*`, then a dash.
  private static func englishTail(_ s: UnsafeBufferPointer<Unicode.Scalar>, from i: Int) -> Bool {
    var j = i
    guard skip(s, &j, isSpace) > 0, skip(s, &j, isLetter) > 0 else { return false }
    if j < s.count && s[j] == "." { j += 1 }
    guard skip(s, &j, isSpace) > 0, skip(s, &j, isDigit) > 0 else { return false }
    return endsInDash(s, &j)
  }

  /// The Arabic pattern's tail after its comma: `\s*\d{1,2}\s+` month (Arabic words) `\s*`, an
  /// optional `(…)\s*`, then a dash.
  private static func arabicTail(_ s: UnsafeBufferPointer<Unicode.Scalar>, from i: Int) -> Bool {
    var j = i
    _ = skip(s, &j, isSpace)
    guard skip(s, &j, isDigit) > 0, skip(s, &j, isSpace) > 0 else { return false }
    // The month's words and the spaces after it (a dash there ends the run: it is the last step).
    guard skip(s, &j, { !$0.isASCII && !isDash($0) && !isSpace($0) }) > 0 else { return false }
    _ = skip(s, &j, { (!$0.isASCII && !isDash($0)) || isSpace($0) })
    return endsInDash(s, &j)
  }

  /// The first comma (',' or '،') of `s` at or after `i`. Out of line: inlined in `mayHold`'s loop,
  /// the scan kept its counters on the stack around the tails' registers. Four scalars at a time
  /// (`SIMD4`, as `DateVocabulary.firstFoldedDigit`): one at a time it cost 7 instructions a scalar.
  @inline(never)
  private static func nextComma(in s: UnsafeBufferPointer<Unicode.Scalar>, from i: Int) -> Int? {
    var j = i
    if let base = s.baseAddress {
      let raw = UnsafeRawPointer(base)
      while j &+ 4 <= s.count {
        let v = raw.loadUnaligned(fromByteOffset: j &* 4, as: SIMD4<UInt32>.self)
        let commas = (v .== SIMD4(repeating: 0x2C)) .| (v .== SIMD4(repeating: 0x060C))
        if commas != SIMDMask(repeating: false) { break }
        j &+= 4
      }
    }
    while j < s.count {
      let v = s[j].value
      if v == 0x2C || v == 0x060C { return j }
      j &+= 1
    }
    return nil
  }

  /// `\s*`, an optional parenthesised group and `\s*`, then one of `[-–—]`, from `j`.
  private static func endsInDash(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ j: inout Int) -> Bool {
    _ = skip(s, &j, isSpace)
    if j < s.count && s[j] == "(" {
      guard let close = s[j...].firstIndex(of: ")") else { return false }
      j = close + 1
      _ = skip(s, &j, isSpace)
    }
    return j < s.count && isDash(s[j])
  }

  /// Moves `j` past the scalars that are `kind` or extend a Character; how many were `kind`.
  private static func skip(
    _ s: UnsafeBufferPointer<Unicode.Scalar>, _ j: inout Int, _ kind: (Unicode.Scalar) -> Bool
  ) -> Int {
    var count = 0
    while j < s.count {
      if kind(s[j]) {
        count += 1
      } else if !extends(s[j]) {
        break
      }
      j += 1
    }
    return count
  }

  // ASCII scalars and Arabic letters are answered without the Unicode property tables: every
  // Arabic comma of a report is followed by a check, and looking up properties made this gate
  // cost more than the date search it guards.

  //
  // The property look-ups are in functions of their own, out of line: inlined, their type metadata
  // was fetched at every call, the fast paths' too (some 80 of `isDigit`'s 96 instructions a call).

  /// `\s` reads a Character whose first scalar is white space.
  private static func isSpace(_ s: Unicode.Scalar) -> Bool {
    if s.isASCII { return s == " " || (0x09...0x0D).contains(s.value) }
    return !PlainText.isArabicLetter(s.value) && isWhitespace(s)
  }

  /// `\d` reads a Character whose first scalar is a number (the loosest reading).
  private static func isDigit(_ s: Unicode.Scalar) -> Bool {
    if s.isASCII { return (0x30...0x39).contains(s.value) }
    return !PlainText.isArabicLetter(s.value) && isNumeric(s)
  }

  /// A month's letters.
  private static func isLetter(_ s: Unicode.Scalar) -> Bool {
    if s.isASCII { return (0x61...0x7A).contains(s.value | 0x20) }
    return PlainText.isArabicLetter(s.value) || isAlphabetic(s)
  }

  private static func isDash(_ s: Unicode.Scalar) -> Bool { s == "-" || s == "–" || s == "—" }

  /// A scalar that may continue the Character before it (grapheme extenders, spacing marks, ZWJ).
  private static func extends(_ s: Unicode.Scalar) -> Bool {
    guard !s.isASCII && !PlainText.isArabicLetter(s.value) else { return false }
    return mayExtend(s)
  }

  @inline(never)
  private static func isWhitespace(_ s: Unicode.Scalar) -> Bool { s.properties.isWhitespace }

  @inline(never)
  private static func isNumeric(_ s: Unicode.Scalar) -> Bool { s.properties.numericType != nil }

  @inline(never)
  private static func isAlphabetic(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic }

  @inline(never)
  private static func mayExtend(_ s: Unicode.Scalar) -> Bool {
    let p = s.properties
    return p.isGraphemeExtend || p.generalCategory == .spacingMark || p.isEmojiModifier || s == "\u{200D}"
  }
}
