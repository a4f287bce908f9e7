/// A folded word as a small integer: two words are equal when their UTF-8 bytes are.
///
/// Reading a report compares every token with cue words, trigger nouns and actor names many times.
/// `String` hashing and `==` on Arabic text go through Unicode normalization (normalization data,
/// normalized hashing and NFC compares were ~14 % of perf samples on 2 MB of Arabic); a word's spelling is interned once and later compared as an
/// integer. Text is folded before it gets here, so byte equality is the equality wanted.
public struct Word: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
  let id: UInt32

  /// The word for `text`, interned on first use. Lexicon words are written as literals.
  public init(_ text: String) { id = Vocabulary.intern(text) }

  /// The word for a report's token: interned like a lexicon word until the table holds
  /// `Vocabulary.tokenLimit` words, then `unseen` for spellings not yet in it (an endless batch or
  /// a report of random words cannot grow the table without bound; every lexicon word is still
  /// compared exactly, as lexicon words are always interned).
  init(token text: String) { id = Vocabulary.intern(text, capped: true) }

  /// `init(token:)` of every token, taking the table's lock once per few thousand tokens instead
  /// of once per token (the lock was a visible part of building a `ReportText`).
  static func ofTokens(_ tokens: [Token]) -> [Word] {
    Vocabulary.internTokens(tokens).map(Word.init(id:))
  }

  /// The word for `text` if it is already in the table, else nil; looking up a lexicon table
  /// (`PlaceContext.triggers`) with a report's or a gazetteer's spelling must not add it.
  static func existing(_ text: String) -> Word? { Vocabulary.lookup(text).map(Word.init(id:)) }

  /// A token spelling past the table's limit: equal to no lexicon word.
  static let unseen = Word(id: UInt32.max)
  public init(stringLiteral text: String) { self.init(text) }
  init(id: UInt32) { self.id = id }

  /// The spelling this word was interned from.
  public var text: String { Vocabulary.text(of: self) }
  public var description: String { text }
}

extension Word {
  /// Appends to `out` the index of every word of `words` that is `a` or `b`, ascending.
  ///
  /// Four words at a time (`SIMD4`, as `DateVocabulary.firstFoldedDigit`), a group read word by
  /// word only when it holds one: the words looked for are rare, and a loop over every word cost
  /// ~5 instructions a word (`PlaceRecognizer.capitalTokens` scans every form and word of a report).
  static func appendIndices(of a: Word, _ b: Word, in words: UnsafeBufferPointer<Word>, to out: inout [Int]) {
    // A word is its 32-bit id and nothing else: four of them fill one `SIMD4<UInt32>`.
    precondition(MemoryLayout<Word>.stride == 4, "Word: one UInt32 a word")
    var i = 0
    if let base = words.baseAddress {
      let raw = UnsafeRawPointer(base)
      let wantA = SIMD4<UInt32>(repeating: a.id)
      let wantB = SIMD4<UInt32>(repeating: b.id)
      while i &+ 4 <= words.count {
        let v = raw.loadUnaligned(fromByteOffset: i &* 4, as: SIMD4<UInt32>.self)
        // Whether any lane matched, read as the mask's two 64-bit halves: comparing the mask with
        // an all-false one was compiled lane by lane (as slow as the scalar loop).
        let lanes = unsafeBitCast((v .== wantA) .| (v .== wantB), to: (UInt64, UInt64).self)
        if lanes.0 | lanes.1 != 0 {
          for k in i..<(i &+ 4) where words[k] == a || words[k] == b { out.append(k) }
        }
        i &+= 4
      }
    }
    while i < words.count {
      if words[i] == a || words[i] == b { out.append(i) }
      i &+= 1
    }
  }
}

/// The process-wide table of interned words.
///
/// It only grows: a batch run over many reports keeps each distinct spelling once (natural text has
/// few distinct words per megabyte). Guarded by a lock because reports are read in parallel.
enum Vocabulary {
  /// Words by spelling in an open-addressing table keyed by the spelling's hash (`hash`; Fibonacci
  /// hashing, linear probing): every token of every report is looked up here, and a `Dictionary`
  /// ran SipHash over a value that is already a hash (a tenth of building a `ReportText`).
  private struct Table {
    /// Per slot, 0 when empty, else the high 32 bits of the word's hash above its id + 1: one read
    /// both finds the word and nearly always rules out a different one (the spelling is then
    /// compared byte for byte), without reading the word's hash from a second array.
    ///
    /// Made for `wordsBeforeGrowth` words, as are the arrays below: the lexicons intern ~2.4k words
    /// and a run of reports adds a few thousand spellings, and a table grown from 4096 slots
    /// re-placed every word twice in such a run and copied each array as it doubled (~0.35M
    /// instructions on the first reading of the 92 Arabic labelled reports, callgrind).
    var slots = [UInt64](repeating: 0, count: 2 * Table.wordsBeforeGrowth)
    var shift = UInt64(64 - (2 * Table.wordsBeforeGrowth).trailingZeroBitCount)
    /// Per word id: its spelling and the spelling's hash.
    var texts: [String] = []
    var hashes: [UInt64] = []
    /// Every spelling's UTF-8 bytes end to end, word `id`'s at `spellingStarts[id]..<spellingStarts[id + 1]`:
    /// a report's token (given as bytes) is compared with the word in its slot by `Vocabulary.same`
    /// here instead of through the spelling's `String` (its UTF-8 view, a retain and a release).
    var spellings: [UInt8] = []
    var spellingStarts: [Int] = [0]

    /// The words the table holds before it first grows (a power of two: half its slots).
    static let wordsBeforeGrowth = 1 << 13

    init() {
      texts.reserveCapacity(Self.wordsBeforeGrowth)
      hashes.reserveCapacity(Self.wordsBeforeGrowth)
      // A spelling is ~12 bytes (six Arabic letters).
      spellings.reserveCapacity(12 * Self.wordsBeforeGrowth)
      spellingStarts.reserveCapacity(Self.wordsBeforeGrowth + 1)
    }

    @inline(__always)
    func home(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) &>> shift) }

    /// The id of `text` (hashed `hash`) if `slot` (a slot's content) holds it, else nil.
    @inline(__always)
    func holds(_ slot: UInt64, _ text: String, _ hash: UInt64) -> UInt32? {
      guard slot != 0, slot >> 32 == hash >> 32 else { return nil }
      let id = UInt32(truncatingIfNeeded: slot) - 1
      return FNV1a.sameBytes(texts[Int(id)], text) ? id : nil
    }

    /// `holds` for a spelling given as UTF-8 bytes.
    @inline(__always)
    func holds(_ slot: UInt64, _ spelling: UnsafeBufferPointer<UInt8>, _ hash: UInt64) -> UInt32? {
      guard slot != 0, slot >> 32 == hash >> 32 else { return nil }
      let id = UInt32(truncatingIfNeeded: slot) - 1
      let start = spellingStarts[Int(id)]
      guard spellingStarts[Int(id) + 1] - start == spelling.count else { return nil }
      let same = spellings.withUnsafeBufferPointer { all -> Bool in
        guard let a = all.baseAddress, let b = spelling.baseAddress else { return spelling.isEmpty }
        return Vocabulary.same(a + start, b, spelling.count)
      }
      return same ? id : nil
    }

    /// Appends the token of each of `pieces[from...]` (spellings in `bytes`) and writes its word
    /// to `ids` (at the piece's index) while the table holds its spelling; returns the index of the
    /// first piece it does not hold, or `pieces.count`, and the empty slot where that piece's
    /// spelling goes (the probe ended there: `addNew` does not probe again).
    ///
    /// Written for speed (every token of every report is looked up here): the table's arrays are
    /// read through buffers taken once for the whole run of pieces, not through the arrays (and
    /// their checks) token by token.
    func appendKnown(
      _ pieces: UnsafeBufferPointer<Tokenizer.Piece>, from: Int, _ bytes: UnsafeBufferPointer<UInt8>,
      _ tokens: inout [Token], _ ids: UnsafeMutableBufferPointer<Word>
    ) -> (end: Int, slot: Int) {
      slots.withUnsafeBufferPointer { slots in
        spellingStarts.withUnsafeBufferPointer { starts in
          spellings.withUnsafeBufferPointer { spellings in
            texts.withUnsafeBufferPointer { texts in
              // No spelling has a byte yet: every piece (at least one byte) is new.
              guard let known = spellings.baseAddress, let given = bytes.baseAddress else {
                guard from < pieces.count else { return (from, -1) }
                return (from, find(UnsafeBufferPointer(rebasing: bytes[pieces[from].bytes]), pieces[from].hash).slot)
              }
              let mask = slots.count - 1
              var k = from
              while k < pieces.count {
                let p = pieces[k]
                let tag = p.hash >> 32
                // Lengths as differences of offsets into buffers, never negative: subtracted
                // without overflow checks (two a token).
                let length = p.bytes.upperBound &- p.bytes.lowerBound
                var i = home(p.hash)
                var id = -1
                // Linear probing; a slot's high half is its word's hash's, so a different word in
                // the way is nearly always passed over without comparing bytes.
                while slots[i] != 0 {
                  let slot = slots[i]
                  if slot >> 32 == tag {
                    let c = Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1
                    let at = starts[c]
                    if starts[c + 1] &- at == length && Vocabulary.same(known + at, given + p.bytes.lowerBound, length) {
                      id = c
                      break
                    }
                  }
                  i = (i + 1) & mask
                }
                guard id >= 0 else { return (k, i) }
                ids[k] = Word(id: UInt32(truncatingIfNeeded: id))
                tokens.append(Token(text: texts[id], start: p.start, end: p.end, script: p.script))
                k += 1
              }
              return (k, -1)
            }
          }
        }
      }
    }

    /// The word of `piece`, whose spelling (at `piece.bytes` in `bytes`) the table does not hold:
    /// added at empty slot `slot` (`Word.unseen` once the table holds `limit` words, read when
    /// nil), its token appended.
    ///
    /// Out of line: inlined into `intern`, this rare step made the loop over known words around it
    /// keep fewer values in registers (~3 instructions a token more).
    @inline(never)
    mutating func addNew(
      _ piece: Tokenizer.Piece, _ bytes: UnsafeBufferPointer<UInt8>, slot: Int, _ tokens: inout [Token],
      limit: inout Int?
    ) -> Word {
      let spelling = UnsafeBufferPointer(rebasing: bytes[piece.bytes])
      // The scan wrote these bytes as the UTF-8 of folded scalars: an Arabic spelling's are not
      // checked again (`String(decoding:)` checked them, a third of a new Arabic spelling's cost
      // here). Other scripts' (nearly all ASCII) keep `String(decoding:)`: it is no dearer on
      // ASCII, and later work on the words cost more with the other (English distinct text
      // +1.2M instructions/MB, measured).
      let text = piece.script == .arabic ? String(validUTF8: spelling) : String(decoding: spelling, as: UTF8.self)
      let cap = limit ?? Vocabulary.testTokenLimit ?? Vocabulary.tokenLimit
      limit = cap
      let full = texts.count >= cap
      tokens.append(Token(text: text, start: piece.start, end: piece.end, script: piece.script))
      return full ? .unseen : Word(id: add(text, spelling: spelling, piece.hash, slot: slot))
    }

    /// `find` for a spelling given as UTF-8 bytes.
    func find(_ spelling: UnsafeBufferPointer<UInt8>, _ hash: UInt64) -> (id: UInt32?, slot: Int) {
      let mask = slots.count - 1
      var i = home(hash)
      while slots[i] != 0 {
        if let id = holds(slots[i], spelling, hash) { return (id, i) }
        i = (i + 1) & mask
      }
      return (nil, i)
    }

    /// The id of `text` (hashed `hash`), else the empty slot where it would go.
    func find(_ text: String, _ hash: UInt64) -> (id: UInt32?, slot: Int) {
      let mask = slots.count - 1
      var i = home(hash)
      while slots[i] != 0 {
        if let id = holds(slots[i], text, hash) { return (id, i) }
        i = (i + 1) & mask
      }
      return (nil, i)
    }

    @inline(__always)
    static func slot(_ id: UInt32, _ hash: UInt64) -> UInt64 { (hash >> 32) << 32 | UInt64(id + 1) }

    mutating func add(_ text: String, _ hash: UInt64, slot: Int) -> UInt32 {
      // From the string's bytes when it holds them contiguously (a native string always does):
      // appending its UTF-8 view as a sequence was ~180 instructions a new word.
      text.utf8.withContiguousStorageIfAvailable { add(text, spelling: $0, hash, slot: slot) }
        ?? Array(text.utf8).withUnsafeBufferPointer { add(text, spelling: $0, hash, slot: slot) }
    }

    /// `add` of `text` whose UTF-8 bytes are `spelling` (a report's new spelling, given as bytes).
    mutating func add(_ text: String, spelling: UnsafeBufferPointer<UInt8>, _ hash: UInt64, slot: Int) -> UInt32 {
      let id = UInt32(texts.count)
      texts.append(text)
      hashes.append(hash)
      spellings.append(contentsOf: spelling)
      spellingStarts.append(spellings.count)
      slots[slot] = Self.slot(id, hash)
      // At most half full: grow and re-place every word.
      if 2 * texts.count > slots.count {
        slots = [UInt64](repeating: 0, count: 2 * slots.count)
        shift -= 1
        let mask = slots.count - 1
        for (k, h) in hashes.enumerated() {
          var i = home(h)
          while slots[i] != 0 { i = (i + 1) & mask }
          slots[i] = Self.slot(UInt32(k), h)
        }
      }
      return id
    }
  }

  private static let table = Locked(Table())

  /// The table's hash of a spelling: FNV-1a over its Unicode scalar values, one step a scalar
  /// rather than a byte (`FNV1a.hash64`). The tokenizer hashes each folded scalar as it writes it,
  /// and a step a byte put two multiplies, each waiting on the other, on every Arabic letter of
  /// every report.
  @inline(__always)
  static func hash(continuing hash: UInt64, scalar: UInt32) -> UInt64 {
    (hash ^ UInt64(scalar)) &* 0x0000_0100_0000_01b3
  }

  /// `hash(continuing:scalar:)` of every scalar of `spelling`, valid UTF-8, from the offset basis.
  static func hash(spelling: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h = FNV1a.offsetBasis
    var i = 0
    while i < spelling.count {
      let (v, width) = Tokenizer.ByteScan.decode(spelling, at: i)
      h = hash(continuing: h, scalar: v)
      i &+= width
    }
    return h
  }

  /// `hash(spelling:)` of `text`'s UTF-8.
  static func hash(_ text: String) -> UInt64 {
    text.utf8.withContiguousStorageIfAvailable { hash(spelling: $0) }
      ?? text.unicodeScalars.reduce(FNV1a.offsetBasis) { hash(continuing: $0, scalar: $1.value) }
  }

  /// True when the `count` bytes at `a` and at `b` are the same: eight at a time, the last eight
  /// (overlapping the ones before) or a short spelling's first and last four in one comparison
  /// each. Spellings are short: calling `memcmp` for each token cost more than this, and so did
  /// comparing the bytes after the last whole eight one by one (an Arabic word is 8–16 bytes).
  @inline(__always)
  static func same(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    func word(_ p: UnsafePointer<UInt8>, _ k: Int) -> UInt64 { UnsafeRawPointer(p + k).loadUnaligned(as: UInt64.self) }
    func half(_ p: UnsafePointer<UInt8>, _ k: Int) -> UInt32 { UnsafeRawPointer(p + k).loadUnaligned(as: UInt32.self) }
    guard count >= 8 else {
      guard count >= 4 else {
        for k in 0..<count where a[k] != b[k] { return false }
        return true
      }
      return half(a, 0) == half(b, 0) && half(a, count &- 4) == half(b, count &- 4)
    }
    var k = 0
    while k &+ 8 < count {
      guard word(a, k) == word(b, k) else { return false }
      k &+= 8
    }
    return word(a, count &- 8) == word(b, count &- 8)
  }

  /// Words a report's tokens may add to the table; lexicon words are always added.
  static let tokenLimit = 1_000_000

  /// A lower limit for the current task only: a test of the full table sets it just above the
  /// table's size instead of filling the process-wide table that every other test shares.
  @TaskLocal static var testTokenLimit: Int?

  /// Collects, for the current task only, every lexicon spelling interned while it is set (see
  /// `Lexicons`: once they are loaded, reading a report must intern none).
  @TaskLocal static var lexiconInterns: Locked<[String]>?

  static func intern(_ text: String, capped: Bool = false) -> UInt32 {
    if !capped, let record = lexiconInterns { record.withLock { $0.append(text) } }
    let hash = hash(text)
    return table.withLock { t in
      let (found, slot) = t.find(text, hash)
      if let found { return found }
      // The task-local is read only for a spelling new to the table (rare once a run is warm).
      if capped && t.texts.count >= (testTokenLimit ?? tokenLimit) { return Word.unseen.id }
      return t.add(text, hash, slot: slot)
    }
  }

  /// `intern(_:capped: true)` of each token's text, in order.
  static func internTokens(_ tokens: [Token]) -> [UInt32] {
    var ids: [UInt32] = []
    ids.reserveCapacity(tokens.count)
    let limit = testTokenLimit ?? tokenLimit
    var hashes: [UInt64] = []
    var homes: [UInt64] = []
    let chunk = 256
    var from = 0
    while from < tokens.count {
      let to = min(from + chunk, tokens.count)
      // Hashed outside the lock; the lock is held for a chunk so parallel readers take turns.
      hashes.removeAll(keepingCapacity: true)
      for k in from..<to { hashes.append(hash(tokens[k].text)) }
      table.withLock { t in
        // The word in each token's first slot, read for the whole chunk before any is compared:
        // these reads do not wait on one another (see `HashSlots.marks(of:)`), and most tokens'
        // words sit in their first slot.
        homes.removeAll(keepingCapacity: true)
        for h in hashes { homes.append(t.slots[t.home(h)]) }
        for k in from..<to {
          let text = tokens[k].text
          let hash = hashes[k - from]
          if let id = t.holds(homes[k - from], text, hash) {
            ids.append(id)
            continue
          }
          let (found, slot) = t.find(text, hash)
          if let found {
            ids.append(found)
          } else if t.texts.count >= limit {
            ids.append(Word.unseen.id)
          } else {
            ids.append(t.add(text, hash, slot: slot))
          }
        }
      }
      from = to
    }
    return ids
  }

  /// `intern(_:capped: true)` of each of `spellings`, in order, appended to `words`: hashed and
  /// compared as bytes, a `String` made only for a spelling new to the table (`WordForms` interns
  /// the forms of a report's new spellings here).
  static func internTokens(_ spellings: Spellings, into words: inout [Word]) {
    words.reserveCapacity(words.count + spellings.count)
    let limit = testTokenLimit ?? tokenLimit
    spellings.bytes.withUnsafeBufferPointer { bytes in
      spellings.ends.withUnsafeBufferPointer { ends in
        // A chunk at a time: the lock is held for a chunk so parallel readers take turns.
        var from = 0
        while from < ends.count {
          let to = min(from + Tokenizer.chunk, ends.count)
          table.withLock { t in
            for k in from..<to {
              let spelling = UnsafeBufferPointer(rebasing: bytes[(k == 0 ? 0 : ends[k - 1])..<ends[k]])
              let hash = hash(spelling: spelling)
              let (found, slot) = t.find(spelling, hash)
              if let found {
                words.append(Word(id: found))
              } else if t.texts.count >= limit {
                words.append(.unseen)
              } else {
                // Not checked again: `Spellings` holds valid UTF-8 (`String(decoding:)` checked
                // every byte, ~270 instructions a new form).
                let text = String(validUTF8: spelling)
                words.append(Word(id: t.add(text, spelling: spelling, hash, slot: slot)))
              }
            }
          }
          from = to
        }
      }
    }
  }

  /// Each piece as a token with its word (`intern(_:capped: true)` of its spelling, its folded
  /// bytes at `piece.bytes` in `bytes`), in order; a token's text is the spelling as the table holds
  /// it (as `String(decoding:)` of the bytes would give it, but built only for spellings new to the
  /// table). Tokens and words are made here, not from lists of ids and texts (one array and one
  /// retain and release per token fewer).
  static func intern(_ pieces: [Tokenizer.Piece], _ bytes: [UInt8]) -> (tokens: [Token], words: [Word]) {
    var words: [Word] = []
    var tokens: [Token] = []
    words.reserveCapacity(pieces.count)
    tokens.reserveCapacity(pieces.count)
    pieces.withUnsafeBufferPointer { pieces in
      bytes.withUnsafeBufferPointer { bytes in
        // A chunk at a time: the lock is held for a chunk so parallel readers take turns.
        var from = 0
        while from < pieces.count {
          let to = min(from + Tokenizer.chunk, pieces.count)
          intern(UnsafeBufferPointer(rebasing: pieces[from..<to]), bytes, into: &tokens, &words)
          from = to
        }
      }
    }
    return (tokens, words)
  }

  /// `intern(_:_:)` of a chunk of pieces, appending to `tokens` and `words`, in one hold of the
  /// lock (`Tokenizer.layOut` interns a chunk at a time, as it scans).
  static func intern(
    _ pieces: UnsafeBufferPointer<Tokenizer.Piece>, _ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [Token],
    _ words: inout [Word]
  ) {
    // The chunk's words are written to a buffer on the stack and appended at once: appending them
    // one by one checked the array's uniqueness and capacity at every token.
    withUnsafeTemporaryAllocation(of: Word.self, capacity: pieces.count) { ids in
      table.withLock { t in
        // The task-local limit is read once a chunk, and only for a chunk holding a spelling new to
        // the table (rare once a run is warm): read per new spelling, it was ~130 instructions each.
        var limit: Int?
        var k = 0
        while k < pieces.count {
          let (end, slot) = t.appendKnown(pieces, from: k, bytes, &tokens, ids)
          k = end
          guard k < pieces.count else { break }
          // Piece `k`'s spelling is new to the table.
          ids[k] = t.addNew(pieces[k], bytes, slot: slot, &tokens, limit: &limit)
          k += 1
        }
      }
      // Every `ids[k]` was written (`Word` is a trivial type: assigning initialises it).
      words.append(contentsOf: UnsafeBufferPointer(ids))
    }
  }

  /// Words in the table.
  static var count: Int { table.withLock { $0.texts.count } }

  static func lookup(_ text: String) -> UInt32? {
    let hash = hash(text)
    return table.withLock { $0.find(text, hash).id }
  }

  static func text(of word: Word) -> String {
    table.withLock { t in Int(word.id) < t.texts.count ? t.texts[Int(word.id)] : "" }
  }
}
