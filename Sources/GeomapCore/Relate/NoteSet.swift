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

  init() {}

  /// An empty set with room for `capacity` notes before its table grows. (Sized up front: grown
  /// insert by insert, a record's set was reallocated three or four times as it was filled.)
  init(minimumCapacity capacity: Int) {
    bytes = Set(minimumCapacity: capacity)
  }

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
  ///
  /// Also the harakat U+064B–U+0652 (tanween, fatha, damma, kasra, shadda, sukun), in canonical
  /// order: they compose with nothing, and their combining classes (27–34) rise with their code
  /// points, so a run of them is in NFC exactly when its code points never fall (the NFC quick
  /// check). Written for speed: Arabic quotes often carry a tanween or a shadda («هجوماً», «قوّات»),
  /// and each one sent its record's notes to the normalizing `Set<String>`.
  static func isStableNFC(_ text: String) -> Bool {
    // (One loop over the bytes, no closure per scalar: it runs for every note merged.)
    let stable = text.utf8.withContiguousStorageIfAvailable { p -> Bool in
      var order = MarkOrder()
      var i = 0
      while i < p.count {
        // ASCII (a note's English head, a quote's spaces) is stable and ends a run of marks.
        if p[i] < 0x80 {
          order.passASCII()
          i += 1
          continue
        }
        // An Arabic letter (most of a quote's other scalars) is stable and ends a run of marks:
        // answered from its two bytes, before decoding and the general tests.
        if LeadingScalars.isArabicLetter(p, at: i) {
          order.passLetter()
          i += 2
          continue
        }
        let (v, width) = LeadingScalars.decode(p, at: i)
        i += width
        guard order.accepts(v) else { return false }
      }
      return true
    }
    if let stable { return stable }
    var order = MarkOrder()
    return text.unicodeScalars.allSatisfy { order.accepts($0.value) }
  }

  /// `isStable`, and the harakat in canonical order (see `isStableNFC`), scalar by scalar.
  struct MarkOrder {
    /// The last haraka of the current run of marks; 0 after any other scalar.
    private var last: UInt32 = 0

    mutating func accepts(_ v: UInt32) -> Bool {
      if (0x064B...0x0652).contains(v) {
        guard v >= last else { return false }
        last = v
        return true
      }
      last = 0
      return isStable(v)
    }

    /// `accepts(v)` for an ASCII `v`: always true.
    @inline(__always)
    mutating func passASCII() { last = 0 }

    /// `accepts(v)` for an Arabic letter U+0621–U+064A (stable, no haraka): always true.
    @inline(__always)
    mutating func passLetter() { last = 0 }
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
