/// The writing system of a token.
public enum Script: String, Hashable, Sendable, Codable { case arabic, latin, digits, other }

/// A word of a report: its folded text and where it stands in the original text.
public struct Token: Hashable, Sendable {
  /// Folded text (see `Folding`).
  public var text: String
  /// Original Unicode scalar offset of the first scalar, inclusive.
  public var start: Int
  /// Original Unicode scalar offset past the last scalar (and its diacritics), exclusive.
  public var end: Int
  public var script: Script

  public init(text: String, start: Int, end: Int, script: Script) {
    self.text = text
    self.start = start
    self.end = end
    self.script = script
  }
}

/// Splits text into tokens in one pass, folding as it goes and keeping original offsets.
public enum Tokenizer {
  /// Maximal runs of letters or digits of one script. Hyphens and punctuation separate tokens;
  /// apostrophes and invisible characters inside a word are dropped (`Ma'arrat` → `maarrat`);
  /// diacritics and tatweel are dropped but stay inside the token's span.
  public static func tokens(in text: String) -> [Token] {
    // A text that is one folded word already (a report's token keyed, looked up or matched again)
    // is its own only token, found by one pass over its scalars: the `Builder` path cost ~2.8k
    // instructions and four heap blocks a call, most of it making and freeing its buffers.
    if let word = oneFoldedWord(text) {
      return [Token(text: text, start: 0, end: word.scalars, script: word.script)]
    }
    return referenceTokens(in: text)
  }

  /// `tokens(in:)` by the `Builder`, for any text: what the one-folded-word path must agree with.
  static func referenceTokens(in text: String) -> [Token] {
    built(text).tokens()
  }

  /// The folded texts of `tokens(in: text)` end to end, as `tokens(in: text).map(\.text).joined()`
  /// (what `NameKey.exact` keys a name by). One `String` from the builder's bytes, which hold every
  /// token's bytes in order and nothing else: a `String` per token and the join were ~40 % of a key.
  static func joinedTokens(in text: String) -> String {
    if oneFoldedWord(text) != nil { return text }
    return String(decoding: built(text).bytes, as: UTF8.self)
  }

  /// The `Builder` after reading all of `text`.
  private static func built(_ text: String) -> Builder {
    var builder = Builder()
    // Room for the folded bytes made once (folding never lengthens a scalar's UTF-8), and each
    // scalar folded by one table read: names and lexicon phrases are tokenized one by one, and
    // growing the buffers from empty was most of their blocks.
    builder.bytes.reserveCapacity(text.utf8.count)
    builder.pieces.reserveCapacity(min(text.utf8.count, 8))
    Folding.lowTable.withUnsafeBufferPointer { table in
      for s in text.unicodeScalars { builder.add(s, table: table) }
    }
    builder.flush()
    return builder
  }

  /// Whether `text` is one word of folded text: `tokens(in: text)` would give one token spelled
  /// `text` (every scalar one that folding keeps as it is, all of one script other than `.other`).
  /// Scalars from U+0800 on are not looked at: a text with one is not called a folded word.
  static func isOneFoldedWord(_ text: String) -> Bool { oneFoldedWord(text) != nil }

  /// `text`'s script and number of scalars when it is one folded word (see `isOneFoldedWord`).
  private static func oneFoldedWord(_ text: String) -> (script: Script, scalars: Int)? {
    // The scalars decoded from the string's UTF-8 buffer (`ByteScan.decode`): iterating its
    // `unicodeScalars` cost ~60 instructions a scalar (this runs for every new spelling).
    var text = text
    return text.withUTF8 { bytes in
      Folding.lowTable.withUnsafeBufferPointer { table in
        var script: UInt32?
        var count = 0
        var i = 0
        while i < bytes.count {
          let (value, width) = ByteScan.decode(bytes, at: i)
          guard value < UInt32(Folding.lowLimit) else { return nil }
          let entry = table[Int(value)]
          // Outcome 0 (kept), folded to itself, of a script code not `.other`'s (3).
          guard entry >> 24 & 3 == 0, entry & 0x1F_FFFF == value else { return nil }
          let code = entry >> 28 & 3
          guard code != 3, code == script ?? code else { return nil }
          script = code
          count += 1
          i &+= width
        }
        return script.map { (Folding.script(code: $0), count) }
      }
    }
  }

  /// The same over text already decoded (a report's scalars are decoded once, for every stage).
  static func tokens(in scalars: [Unicode.Scalar]) -> [Token] { scan(scalars).tokens() }

  /// The tokens of a report's scalars with their interned words (`Word.init(token:)`).
  ///
  /// The scan leaves every token's folded bytes in one buffer, and the word table is asked with
  /// those bytes (see `Vocabulary.intern(_:_:)`).
  static func interned(_ scalars: [Unicode.Scalar]) -> (tokens: [Token], words: [Word]) {
    let builder = scan(scalars)
    return Vocabulary.intern(builder.pieces, builder.bytes)
  }

  /// What `ReportText` reads off its text: the UTF-8 bytes, the scalars, where each scalar's bytes
  /// start, where lines start, and the tokens with their interned words.
  struct Layout {
    var utf8: [UInt8]
    var scalars: [Unicode.Scalar]
    /// Per scalar offset, and one past the last scalar, the offset of its first UTF-8 byte.
    var utf8Offsets: [Int32]
    /// Scalar offsets where each line starts.
    var lineStarts: [Int]
    var tokens: [Token]
    var words: [Word]
    /// Whether every scalar is plain to `ReportDateReader.plainScan` (see `ByteScan`).
    var plainForDates: Bool
  }

  /// `Layout` of `text` in one pass over its UTF-8 bytes: each scalar is decoded, stored with its
  /// byte offset, checked for a line break and fed to the tokenizer as it is read.
  ///
  /// Written for speed (building a `ReportText` was a tenth of reading a report): decoding through
  /// the `unicodeScalars` view into growing arrays, then tokenizing those arrays in a second pass,
  /// cost more than this loop over the bytes writing into arrays sized once (a string never has
  /// more scalars than UTF-8 bytes). The tokens are cut by `ByteScan` and interned a chunk at a
  /// time as the scan finds them: a list of every piece of the text (48 bytes a token) was grown,
  /// copied and paged in only to be read once more.
  ///
  /// The arrays are made through `reserveCapacity` and `append(contentsOf:)`, specialized for their
  /// element types: `Array(text.utf8)` went through the standard library's unspecialized allocator,
  /// which looks up the array's type metadata at every call (~800 instructions, ~500 of them the
  /// look-up), and a line list grown from `[0]` was copied ~3 times a report.
  static func layOut(_ text: String) -> Layout {
    var utf8: [UInt8] = []
    utf8.append(contentsOf: text.utf8)
    // A line every 64 bytes or more (a report's are ~170 bytes apart): one allocation.
    var lineStarts: [Int] = []
    lineStarts.reserveCapacity(utf8.count / 64 + 4)
    lineStarts.append(0)
    var tokens: [Token] = []
    var words: [Word] = []
    // A token every eight bytes or so (an Arabic word and its space are about ten): most texts
    // fit without the arrays growing.
    tokens.reserveCapacity(utf8.count / 8 + 16)
    words.reserveCapacity(utf8.count / 8 + 16)
    var offsets: [Int32] = []
    var plain = true
    let scalars = utf8.withUnsafeBufferPointer { bytes in
      [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { scalarsOut, scalarCount in
        offsets = [Int32](unsafeUninitializedCapacity: bytes.count + 1) { offsetsOut, offsetCount in
          ByteScan.table.withUnsafeBufferPointer { table in
            (scalarCount, plain) = ByteScan.read(
              bytes, scalars: scalarsOut, offsets: offsetsOut, table: table, lineStarts: &lineStarts, tokens: &tokens,
              words: &words)
            offsetCount = scalarCount + 1
          }
        }
      }
    }
    return Layout(
      utf8: utf8, scalars: scalars, utf8Offsets: offsets, lineStarts: lineStarts, tokens: tokens, words: words,
      plainForDates: plain)
  }

  /// How many pieces `layOut` gathers before interning them (one hold of the word table's lock).
  static let chunk = 256

  /// One token as the scan finds it: its span, script, where its folded UTF-8 bytes sit in the
  /// scan's byte buffer, and their hash in the word table (`Vocabulary.hash(spelling:)`).
  struct Piece {
    let start: Int
    let end: Int
    let script: Script
    let bytes: Range<Int>
    let hash: UInt64
  }

  /// The scan of `scalars`, every scalar below U+0800 folded by one `Folding.lowTable` read.
  private static func scan(_ scalars: [Unicode.Scalar]) -> Builder {
    var builder = Builder()
    // Folded text is never longer than two bytes a scalar below U+0800 (and scalars above it are
    // rare): room made once instead of by repeated growth.
    builder.bytes.reserveCapacity(2 * scalars.count)
    Folding.lowTable.withUnsafeBufferPointer { table in
      for s in scalars { builder.add(s, table: table) }
    }
    builder.flush()
    return builder
  }

  /// The scan's state as a value with mutating methods: a nested function capturing local
  /// variables made every access go through the runtime's exclusivity checks (a tenth of
  /// tokenizing).
  private struct Builder {
    var pieces: [Piece] = []
    // Every token's folded text is gathered as UTF-8 bytes, end to end (no `String` per token:
    // see `interned`); the current token's bytes start at `tokenStart`.
    var bytes: [UInt8] = []
    var tokenStart = 0
    // The current token's scalars hashed as they are written: the word table is keyed by this
    // hash, and hashing each token again from the buffer was a second pass over every byte.
    var hash = FNV1a.offsetBasis
    var currentCount = 0
    var lastScalar: Unicode.Scalar?
    var currentScript = Script.other
    var start = 0
    var end = 0
    var offset = 0
    // Where an apostrophe was dropped inside the current token, to cut an English possessive "'s".
    var apostrophe: (count: Int, offset: Int)?

    mutating func flush() {
      if let a = apostrophe, a.count == currentCount - 1, lastScalar == "s" {
        bytes.removeLast()
        currentCount -= 1
        end = a.offset
        // A hash cannot drop its last byte: the (rare) possessive is hashed again.
        hash = bytes.withUnsafeBufferPointer { Vocabulary.hash(spelling: UnsafeBufferPointer(rebasing: $0[tokenStart...])) }
      }
      apostrophe = nil
      if currentCount > 0 {
        pieces.append(
          Piece(start: start, end: end, script: currentScript, bytes: tokenStart..<bytes.count, hash: hash))
        tokenStart = bytes.count
        currentCount = 0
        lastScalar = nil
      }
    }

    /// The tokens, each with its text as a new `String` (`bytes` are UTF-8 encoded from scalars).
    func tokens() -> [Token] {
      bytes.withUnsafeBufferPointer { bytes in
        pieces.map { p in
          let text = String(validUTF8: UnsafeBufferPointer(rebasing: bytes[p.bytes]))
          return Token(text: text, start: p.start, end: p.end, script: p.script)
        }
      }
    }

    /// One scalar, folded by one read of `Folding.lowTable` (`table`) when it lies below U+0800.
    @inline(__always)
    mutating func add(_ s: Unicode.Scalar, table: UnsafeBufferPointer<UInt32>) {
      guard s.value < UInt32(Folding.lowLimit) else {
        add(s)
        return
      }
      let entry = table[Int(s.value)]
      switch entry >> 24 & 3 {
      case 1: addMark()
      case 2: addInvisible(s)
      case 3: add(s)
      default:
        // A valid scalar by construction (the table holds `fold`'s results).
        let folded = Unicode.Scalar(entry & 0x1F_FFFF) ?? s
        addKept(folded, script: Folding.script(code: entry >> 28 & 3))
      }
    }

    mutating func add(_ s: Unicode.Scalar) {
      switch Folding.fold(s) {
      case .mark: addMark()
      case .invisible: addInvisible(s)
      case .keep(let folded): addKept(folded, script: Folding.script(of: folded))
      }
    }

    /// A scalar `fold` drops as a mark (it stays inside the token's span).
    @inline(__always)
    mutating func addMark() {
      if currentCount > 0 { end = offset + 1 }
      offset += 1
    }

    /// A scalar `fold` drops as invisible.
    @inline(__always)
    mutating func addInvisible(_ s: Unicode.Scalar) {
      if currentCount > 0 && (s == "'" || s == "\u{2019}") { apostrophe = (currentCount, offset) }
      offset += 1
    }

    /// A scalar `fold` keeps as `folded`, of writing system `script`.
    @inline(__always)
    mutating func addKept(_ folded: Unicode.Scalar, script: Script) {
      if script == .other {
        flush()
      } else {
        if currentCount > 0 && script != currentScript { flush() }
        if currentCount == 0 {
          start = offset
          currentScript = script
          hash = FNV1a.offsetBasis
        }
        // Folded scalars are nearly all below U+0800 (ASCII, Arabic): one or two bytes written
        // directly, not through `UTF8.encode`'s closure.
        let v = folded.value
        hash = Vocabulary.hash(continuing: hash, scalar: v)
        if v < 0x80 {
          bytes.append(UInt8(truncatingIfNeeded: v))
        } else if v < 0x800 {
          bytes.append(0xC0 | UInt8(truncatingIfNeeded: v >> 6))
          bytes.append(0x80 | UInt8(truncatingIfNeeded: v & 0x3F))
        } else {
          UTF8.encode(folded) { bytes.append($0) }
        }
        currentCount += 1
        lastScalar = folded
        end = offset + 1
      }
      offset += 1
    }
  }
}
