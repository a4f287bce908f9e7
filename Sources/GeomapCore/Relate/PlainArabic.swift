/// `String` prefix, suffix and equality tests against short affixes of plain Arabic letters («ال»,
/// «من», «ها», «لا »), answered from UTF-8 bytes where the bytes decide them.
///
/// Written for speed: `hasPrefix`, `hasSuffix` and `==` on an Arabic string compare characters
/// through normalization, ~1,000 instructions a question, and the control rules ask them of words in
/// every clause they read. An affix of plain letters (U+0621–U+064A without U+0622–U+0626, the
/// letters with a hamza or madda that decompose) has no other spelling: no other scalar sequence is
/// canonically equal to it, and each of its letters is a character of its own. So a text holds the
/// affix where it holds the affix's bytes between character edges, and nowhere else; only where a
/// scalar that may join a letter into a larger character (a haraka, a control) stands right next to
/// the bytes is the `String` method asked. An affix of other scalars is always asked of `String`.
enum PlainArabic {
  /// `text.hasPrefix(prefix)`.
  static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
    var text = text
    return text.withUTF8 { prefixed($0, prefix) } ?? text.hasPrefix(prefix)
  }

  /// `text.hasSuffix(suffix)`.
  static func hasSuffix(_ text: String, _ suffix: String) -> Bool {
    var text = text
    return text.withUTF8 { suffixed($0, suffix) } ?? text.hasSuffix(suffix)
  }

  /// `doc.original(t).hasPrefix(prefix)`, read from the token's bytes in place.
  static func original(of t: Int, in doc: ReportText, hasPrefix prefix: String) -> Bool {
    doc.withSliceBytes(doc.tokens[t].start, doc.tokens[t].end) { prefixed($0, prefix) }
      ?? doc.original(t).hasPrefix(prefix)
  }

  /// `doc.original(t).hasSuffix(suffix)`, read from the token's bytes in place.
  static func original(of t: Int, in doc: ReportText, hasSuffix suffix: String) -> Bool {
    doc.withSliceBytes(doc.tokens[t].start, doc.tokens[t].end) { suffixed($0, suffix) }
      ?? doc.original(t).hasSuffix(suffix)
  }

  /// `doc.original(t) == word`, read from the token's bytes in place.
  static func original(of t: Int, in doc: ReportText, is word: String) -> Bool {
    guard isPlain(word) else { return doc.original(t) == word }
    var word = word
    return word.withUTF8 { w in
      doc.withSliceBytes(doc.tokens[t].start, doc.tokens[t].end) { $0.elementsEqual(w) }
    }
  }

  /// Whether `bytes` (valid UTF-8) start with the characters of `prefix`; nil when the bytes do not
  /// decide it (`prefix` not plain, or a joining scalar right after its bytes).
  static func prefixed(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: String) -> Bool? {
    guard isPlain(prefix) else { return nil }
    var prefix = prefix
    return prefix.withUTF8 { p -> Bool? in
      guard bytes.count >= p.count, bytes.prefix(p.count).elementsEqual(p) else { return false }
      guard bytes.count > p.count else { return true }
      return QuotePrefix.isLoneCharacter(LeadingScalars.decode(bytes, at: p.count).value) ? true : nil
    }
  }

  /// Whether `bytes` (valid UTF-8) end with the characters of `suffix`; nil when the bytes do not
  /// decide it (`suffix` not plain, or a scalar that may join its first letter right before it).
  static func suffixed(_ bytes: UnsafeBufferPointer<UInt8>, _ suffix: String) -> Bool? {
    guard isPlain(suffix) else { return nil }
    var suffix = suffix
    return suffix.withUTF8 { s -> Bool? in
      guard bytes.count >= s.count, bytes.suffix(s.count).elementsEqual(s) else { return false }
      let start = bytes.count - s.count
      guard start > 0 else { return true }
      // The scalar before the suffix's bytes: back over its continuation bytes.
      var before = start - 1
      while before > 0 && bytes[before] & 0xC0 == 0x80 { before -= 1 }
      return QuotePrefix.isLoneCharacter(LeadingScalars.decode(bytes, at: before).value) ? true : nil
    }
  }

  /// True when every scalar of `affix` is a plain Arabic letter, U+0621 or U+0627–U+064A (not the
  /// tatweel U+0640), or a space: none of them decomposes or is what another scalar decomposes to
  /// alone, and each is a character of its own (`QuotePrefix.isLoneCharacter`).
  static func isPlain(_ affix: String) -> Bool {
    affix.unicodeScalars.allSatisfy { u in
      u == " " || u.value == 0x0621 || ((0x0627...0x064A).contains(u.value) && u.value != 0x0640)
    }
  }
}
