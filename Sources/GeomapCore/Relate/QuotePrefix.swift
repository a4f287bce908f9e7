/// The first characters of a quote, as `String.prefix(_:)` gives them, for notes.
///
/// Written for speed: `prefix(80)` on an Arabic quote walks grapheme breaks scalar by scalar
/// (~0.45 % of a 2 MB Arabic run in `MovementExtractor.merge`, which quotes every merged draft).
/// Most quotes are letters, digits, spaces and punctuation that never join a neighbour into one
/// character, so there the first `n` characters are the first `n` scalars.
enum QuotePrefix {
  /// `text.prefix(n)`.
  static func of(_ text: String, _ n: Int) -> Substring {
    // A character is at least one byte: a text of at most `n` bytes has at most `n` characters.
    if text.utf8.count <= n { return text[...] }
    guard let run = LeadingScalars.count(text, limit: n, isLoneCharacter),
      run.scalars == n
    else { return text.prefix(n) }
    let end = text.utf8.index(text.utf8.startIndex, offsetBy: run.bytes)
    // The scalar after the `n`th is checked too: a mark after the last kept letter belongs to it.
    guard end == text.endIndex || isLoneCharacter(text.unicodeScalars[end].value) else { return text.prefix(n) }
    return text[..<end]
  }

  /// True for scalars that are a character of their own beside any scalar of this kind: grapheme
  /// break property Other or Control (not CR, which joins a following LF; not Prepend, such as
  /// the Arabic number signs U+0600–U+0605). Latin-1 and Latin Extended, basic Arabic without its
  /// marks, dashes and quotation marks; a test checks every one against its neighbours.
  static func isLoneCharacter(_ v: UInt32) -> Bool {
    if v < 0x300 { return v != 0x0D }
    return (0x0606...0x060F).contains(v) || (0x061B...0x064A).contains(v)
      || (0x0660...0x066F).contains(v) || (0x0671...0x06D5).contains(v)
      || (0x06EE...0x06FF).contains(v) || (0x2010...0x2027).contains(v)
  }
}
