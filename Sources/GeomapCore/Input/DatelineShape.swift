/// What a yearless dateline ("BEIRUT, April 2 (Reuters) -", «دمشق، 4 تموز (رويترز) -») looks like
/// from its comma on, checked over scalars so `ReportDateReader.yearlessDateline` compiles and runs
/// its `Regex` only for a text that may hold a match.
///
/// Each check is a necessary condition of its pattern's match, looser than the pattern: where the
/// regex reads a Character, the check reads its first scalar and skips the scalars that may extend
/// it (`extends`), and months are only letters (English) or non-ASCII scalars and spaces (Arabic).
/// A false answer therefore proves the regex finds nothing; a true one only lets it run.
/// `DatelineShapeTests` checks both patterns' matches on the fixture reports.
enum DatelineShape {
  /// The English pattern's tail: `,\s+` month `\.?` `\s+\d{1,2}\s*` an optional `(…)\s*`, then a dash.
  static func mayHoldEnglish(_ text: String) -> Bool {
    afterSomeComma(in: text, arabic: false) { scalars, j in
      guard skip(scalars, &j, isSpace) > 0, skip(scalars, &j, { $0.properties.isAlphabetic }) > 0 else {
        return false
      }
      if j < scalars.endIndex && scalars[j] == "." { j = scalars.index(after: j) }
      guard skip(scalars, &j, isSpace) > 0, skip(scalars, &j, isDigit) > 0 else { return false }
      return endsInDash(scalars, &j)
    }
  }

  /// The Arabic pattern's tail: `[،,]\s*\d{1,2}\s+` month (Arabic words) `\s*`, an optional
  /// `(…)\s*`, then a dash.
  static func mayHoldArabic(_ text: String) -> Bool {
    afterSomeComma(in: text, arabic: true) { scalars, j in
      _ = skip(scalars, &j, isSpace)
      guard skip(scalars, &j, isDigit) > 0, skip(scalars, &j, isSpace) > 0 else { return false }
      // The month's words and the spaces after it (a dash there ends the run: it is the last step).
      guard skip(scalars, &j, { !$0.isASCII && !isDash($0) && !isSpace($0) }) > 0 else { return false }
      _ = skip(scalars, &j, { (!$0.isASCII && !isDash($0)) || isSpace($0) })
      return endsInDash(scalars, &j)
    }
  }

  /// Whether `tail` holds from just after some comma of `text` (',', or '،' when `arabic`).
  private static func afterSomeComma(
    in text: String, arabic: Bool, _ tail: (String.UnicodeScalarView, inout String.Index) -> Bool
  ) -> Bool {
    let scalars = text.unicodeScalars
    var i = scalars.startIndex
    while let after = afterComma(text, from: i, arabic: arabic) {
      i = after
      var j = i
      if tail(scalars, &j) { return true }
    }
    return false
  }

  /// Where the first ',' (or, when `arabic`, '،': D8 8C) at or after `i` ends; found over the
  /// UTF-8 bytes, as most of a report's scalars are read only here. A scalar boundary.
  private static func afterComma(_ text: String, from i: String.Index, arabic: Bool) -> String.Index? {
    let utf8 = text.utf8
    var k = i
    while k < utf8.endIndex {
      let byte = utf8[k]
      k = utf8.index(after: k)
      if byte == 0x2C { return k }
      if arabic && byte == 0xD8 && k < utf8.endIndex && utf8[k] == 0x8C { return utf8.index(after: k) }
    }
    return nil
  }

  /// `\s*`, an optional parenthesised group and `\s*`, then one of `[-–—]`, from `j`.
  private static func endsInDash(_ scalars: String.UnicodeScalarView, _ j: inout String.Index) -> Bool {
    _ = skip(scalars, &j, isSpace)
    if j < scalars.endIndex && scalars[j] == "(" {
      guard let close = scalars[j...].firstIndex(of: ")") else { return false }
      j = scalars.index(after: close)
      _ = skip(scalars, &j, isSpace)
    }
    return j < scalars.endIndex && isDash(scalars[j])
  }

  /// Moves `j` past the scalars that are `kind` or extend a Character; how many were `kind`.
  private static func skip(
    _ scalars: String.UnicodeScalarView, _ j: inout String.Index, _ kind: (Unicode.Scalar) -> Bool
  ) -> Int {
    var count = 0
    while j < scalars.endIndex {
      let s = scalars[j]
      if kind(s) {
        count += 1
      } else if !extends(s) {
        break
      }
      j = scalars.index(after: j)
    }
    return count
  }

  /// `\s` reads a Character whose first scalar is white space.
  private static func isSpace(_ s: Unicode.Scalar) -> Bool { s.properties.isWhitespace }

  /// `\d` reads a Character whose first scalar is a number (the loosest reading).
  private static func isDigit(_ s: Unicode.Scalar) -> Bool { s.properties.numericType != nil }

  private static func isDash(_ s: Unicode.Scalar) -> Bool { s == "-" || s == "–" || s == "—" }

  /// A scalar that may continue the Character before it (grapheme extenders, spacing marks, ZWJ).
  private static func extends(_ s: Unicode.Scalar) -> Bool {
    guard !s.isASCII else { return false }
    let p = s.properties
    return p.isGraphemeExtend || p.generalCategory == .spacingMark || p.isEmojiModifier || s == "\u{200D}"
  }
}
