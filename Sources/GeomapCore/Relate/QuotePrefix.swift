/// The first characters of a quote, as `String.prefix(_:)` gives them, for notes.
///
/// Written for speed: `prefix(80)` on an Arabic quote walks grapheme breaks scalar by scalar
/// (~0.45 % of a 2 MB Arabic run in `MovementExtractor.merge`, which quotes every merged draft).
/// Most quotes are letters, digits, spaces and punctuation that never join a neighbour into one
/// character, some with harakat that join the letter before: there the first `n` characters are
/// the first `n` such scalars, each with its harakat.
enum QuotePrefix {
  /// `text.prefix(n)`.
  static func of(_ text: String, _ n: Int) -> Substring {
    // A character is at least one byte: a text of at most `n` bytes has at most `n` characters.
    if text.utf8.count <= n { return text[...] }
    guard let bytes = markedRun(text, n) else { return text.prefix(n) }
    return text[..<text.utf8.index(text.utf8.startIndex, offsetBy: bytes)]
  }

  /// The length in bytes of the first `n` characters of `text` when each is a lone character
  /// (`isLoneCharacter`) followed by none or some harakat (U+064B–U+0652, grapheme Extend: they
  /// always join the character before, unless it is a control); nil when another scalar comes
  /// first (then `String.prefix` answers). Written for speed: a tanween or a shadda sent the
  /// quote to `String.prefix`, which walks grapheme breaks scalar by scalar.
  static func markedRun(_ text: String, _ n: Int) -> Int? {
    // (One loop over the bytes, no closure per scalar: it runs for every merged draft.)
    let found = text.utf8.withContiguousStorageIfAvailable { p -> Int? in
      var i = 0
      var characters = 0
      // True while a haraka may join the current character (a lone character that is no control).
      var joinable = false
      while i < p.count {
        // ASCII (a fifth of an Arabic quote: its spaces), without the general tests: no haraka,
        // lone unless CR, taking marks unless a control.
        let b = p[i]
        if b < 0x80 {
          guard b != 0x0D else { return nil }
          if characters == n { return i }
          characters += 1
          joinable = b >= 0x20 && b != 0x7F
          i += 1
          continue
        }
        // An Arabic letter U+0621–U+064A (most of a quote's other scalars): a lone character that
        // takes marks, answered from its two bytes, before decoding and the general tests.
        if LeadingScalars.isArabicLetter(p, at: i) {
          if characters == n { return i }
          characters += 1
          joinable = true
          i += 2
          continue
        }
        let (v, width) = LeadingScalars.decode(p, at: i)
        if v >= 0x064B && v <= 0x0652 {
          guard joinable else { return nil }
        } else {
          guard isLoneCharacter(v) else { return nil }
          // The first scalar of character `n + 1` ends the prefix.
          if characters == n { return i }
          characters += 1
          joinable = takesMarks(v)
        }
        i += width
      }
      // The text ended with `n` characters or fewer.
      return i
    }
    return found ?? nil
  }

  /// True for a lone character (`isLoneCharacter`) that a following haraka joins: every one but
  /// those of grapheme break property Control (C0, C1, the soft hyphen U+00AD and the Arabic letter
  /// mark U+061C), after which a haraka starts a character of its own.
  static func takesMarks(_ v: UInt32) -> Bool {
    v >= 0x20 && !(0x7F...0x9F).contains(v) && v != 0x00AD && v != 0x061C
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
