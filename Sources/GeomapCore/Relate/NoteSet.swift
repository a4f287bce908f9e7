/// The notes a merged movement already holds, asked whether a new note is one of them.
///
/// Same answers as a `Set<String>` (canonical equivalence), cheaper: hashing an Arabic note as a
/// `String` normalizes it (~1.5 % of a 2 MB Arabic run in `MovementExtractor.merge`). A note made
/// only of scalars that are always in NFC and never combine with their neighbours is its own NFC
/// form, and two NFC strings are canonically equivalent exactly when their bytes are equal, so such
/// notes are kept as `ByteKey`s. Once any other note turns up (a quote with harakat, say) the set
/// falls back to `Set<String>` over every note, so the answers never differ.
struct NoteSet {
  private var bytes = Set<ByteKey>()
  /// Every note as a `String`, once a note that may not be in NFC has been met (nil before).
  private var strings: Set<String>?

  /// Adds `note`; true when no note canonically equivalent to it was there yet.
  mutating func insert(_ note: String) -> Bool {
    if strings != nil { return strings?.insert(note).inserted ?? false }
    if Self.isStableNFC(note) { return bytes.insert(ByteKey(note)).inserted }
    var all = Set(bytes.map(\.text))
    let inserted = all.insert(note).inserted
    strings = all
    bytes = []
    return inserted
  }

  /// True when every scalar of `text` is in NFC whatever its neighbours: no combining mark
  /// (canonical reordering), no scalar that composes with the one before it, none that
  /// normalization replaces. Letters, digits and punctuation of Latin-1 and basic Arabic.
  static func isStableNFC(_ text: String) -> Bool {
    if let run = LeadingScalars.count(text, isStable) { return run.bytes == text.utf8.count }
    return text.unicodeScalars.allSatisfy { isStable($0.value) }
  }

  /// True for a scalar `isStableNFC` accepts anywhere.
  static func isStable(_ v: UInt32) -> Bool {
    // Below U+0300 nothing combines, composes with what precedes, or is replaced by NFC.
    if v < 0x300 { return true }
    // Arabic letters, digits, punctuation; not the honorific marks U+0610–U+061A, the harakat
    // and the combining hamza/madda (U+064B–U+065F, which compose with alef, waw and yeh),
    // superscript alef U+0670, or the Quranic marks U+06D6–U+06ED.
    if (0x0600...0x060F).contains(v) || (0x061B...0x064A).contains(v) || (0x0660...0x066F).contains(v)
      || (0x0671...0x06D5).contains(v) || (0x06EE...0x06FF).contains(v)
    {
      return true
    }
    // Guillemets and dashes used in notes: « » are below U+0300; – — ‘ ’ “ ” … are stable.
    return (0x2010...0x2027).contains(v)
  }
}
