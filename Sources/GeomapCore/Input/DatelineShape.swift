/// What a yearless dateline ("BEIRUT, April 2 (Reuters) -", «دمشق، 4 تموز (رويترز) -») looks like
/// from its comma on, checked over the scalars of its UTF-8 so `ReportDateReader.yearlessDatelines`
/// compiles and runs its `Regex` only for a text that may hold a match.
///
/// Each check is a necessary condition of its pattern's match, looser than the pattern: where the
/// regex reads a Character, the check reads its first scalar and skips the scalars that may extend
/// it (`extends`), and months are only letters (English) or non-ASCII scalars and spaces (Arabic).
/// A false answer therefore proves the regex finds nothing; a true one only lets it run.
/// `DatelineShapeTests` checks both patterns' matches on the fixture reports.
enum DatelineShape {
  /// The English pattern's tail: `,\s+` month `\.?` `\s+\d{1,2}\s*` an optional `(…)\s*`, then a dash.
  static func mayHoldEnglish(_ text: String) -> Bool {
    afterSomeComma(in: text, arabic: false) { utf8, j in
      guard skip(utf8, &j, isSpace) > 0, skip(utf8, &j, { $0.properties.isAlphabetic }) > 0 else {
        return false
      }
      if j < utf8.count && utf8[j] == UInt8(ascii: ".") { j += 1 }
      guard skip(utf8, &j, isSpace) > 0, skip(utf8, &j, isDigit) > 0 else { return false }
      return endsInDash(utf8, &j)
    }
  }

  /// The Arabic pattern's tail: `[،,]\s*\d{1,2}\s+` month (Arabic words) `\s*`, an optional
  /// `(…)\s*`, then a dash.
  static func mayHoldArabic(_ text: String) -> Bool {
    afterSomeComma(in: text, arabic: true) { utf8, j in
      _ = skip(utf8, &j, isSpace)
      guard skip(utf8, &j, isDigit) > 0, skip(utf8, &j, isSpace) > 0 else { return false }
      // The month's words and the spaces after it (a dash there ends the run: it is the last step).
      guard skip(utf8, &j, { !$0.isASCII && !isDash($0) && !isSpace($0) }) > 0 else { return false }
      _ = skip(utf8, &j, { (!$0.isASCII && !isDash($0)) || isSpace($0) })
      return endsInDash(utf8, &j)
    }
  }

  /// Whether `tail` holds from just after some comma of `text` (',', or '،' when `arabic`), read
  /// from the UTF-8 bytes (walked through the string's views, most of a report's scalars were
  /// decoded here: 100k instructions a report). `j`, the position, is a byte offset.
  private static func afterSomeComma(
    in text: String, arabic: Bool, _ tail: (UnsafeBufferPointer<UInt8>, inout Int) -> Bool
  ) -> Bool {
    var text = text
    return text.withUTF8 { utf8 in
      var i = 0
      while let after = afterComma(utf8, from: i, arabic: arabic) {
        i = after
        var j = i
        if tail(utf8, &j) { return true }
      }
      return false
    }
  }

  /// Where the first ',' (or, when `arabic`, '،': D8 8C) at or after byte `i` ends.
  private static func afterComma(_ utf8: UnsafeBufferPointer<UInt8>, from i: Int, arabic: Bool) -> Int? {
    var k = i
    while k < utf8.count {
      let byte = utf8[k]
      k += 1
      if byte == 0x2C { return k }
      if arabic && byte == 0xD8 && k < utf8.count && utf8[k] == 0x8C { return k + 1 }
    }
    return nil
  }

  /// `\s*`, an optional parenthesised group and `\s*`, then one of `[-–—]`, from `j`.
  private static func endsInDash(_ utf8: UnsafeBufferPointer<UInt8>, _ j: inout Int) -> Bool {
    _ = skip(utf8, &j, isSpace)
    if j < utf8.count && utf8[j] == UInt8(ascii: "(") {
      // ')' is one byte, never part of another scalar's encoding.
      guard let close = utf8[j...].firstIndex(of: UInt8(ascii: ")")) else { return false }
      j = close + 1
      _ = skip(utf8, &j, isSpace)
    }
    return j < utf8.count && isDash(scalar(utf8, at: j).scalar)
  }

  /// Moves `j` past the scalars that are `kind` or extend a Character; how many were `kind`.
  private static func skip(
    _ utf8: UnsafeBufferPointer<UInt8>, _ j: inout Int, _ kind: (Unicode.Scalar) -> Bool
  ) -> Int {
    var count = 0
    while j < utf8.count {
      let (s, width) = scalar(utf8, at: j)
      if kind(s) {
        count += 1
      } else if !extends(s) {
        break
      }
      j += width
    }
    return count
  }

  /// The scalar whose (valid) UTF-8 encoding starts at byte `j`, and its length in bytes.
  private static func scalar(_ utf8: UnsafeBufferPointer<UInt8>, at j: Int) -> (scalar: Unicode.Scalar, width: Int) {
    let lead = UInt32(utf8[j])
    let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    precondition(j + width <= utf8.count, "a scalar cut at the end of the text")
    var value = width == 1 ? lead : lead & (0x7F >> width)
    for k in 1..<width { value = value << 6 | UInt32(utf8[j + k] & 0x3F) }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
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
