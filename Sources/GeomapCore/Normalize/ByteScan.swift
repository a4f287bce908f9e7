extension Tokenizer {
  /// `layOut`'s pass over a text's bytes: decodes each scalar, stores it and its byte offset, and
  /// cuts, folds and hashes the tokens as `Builder` does (`tokens(in:)` keeps `Builder` as the
  /// plain reference, and the tests compare the two).
  ///
  /// Written for speed (the pass was ~127 instructions a scalar). Most bytes are letters of words
  /// of Arabic letters or ASCII letters with a space after them: `arabicWords` and `latinWords`
  /// class sixteen (eight) bytes at once by lane arithmetic and take a word's letters and the
  /// space after it without decoding or classing each scalar. Other letters that continue the
  /// token under way go through a small loop in `read` that keeps the token's byte count and hash
  /// in registers and writes through pointers to memory sized once (no array append's uniqueness
  /// and capacity checks). A token's first letter and the space after it are taken in `read` too,
  /// and the rest (marks, invisibles, scalars outside the table) through `step`. Scalars are classed by their `table` entry (a `Folding.lowTable` entry with
  /// the folded scalar's UTF-8 beside it), whose 2-bit script code stands for the `Script` until a
  /// piece is stored.
  ///
  /// The same pass tells whether every scalar is plain as the report date's head scan reads it
  /// (`ReportDateReader.plainScan`): the words the fast paths take are, and a scalar that is not
  /// leaves them (its `table` entry has `notPlain` set) for `step`, which notes it. A report's date
  /// then needs no second walk over its scalars to learn that (some 9k instructions a report).
  struct ByteScan {
    /// The folded bytes of the pieces not interned yet, then of the current token. Room for the
    /// text's byte count: folding never lengthens a scalar's UTF-8.
    private let folded: UnsafeMutablePointer<UInt8>
    /// Pieces found since the last interning: at most `chunk`.
    private let pieces: UnsafeMutablePointer<Piece>
    private var pieceCount = 0
    private var written = 0
    /// Where the current token's folded bytes start, and their hash so far.
    private var tokenStart = 0
    private var hash = FNV1a.offsetBasis
    /// The table entry bits (outcome and script, `entry & runMask`) of a letter that continues the
    /// current token: "kept" and its script code; `noToken` when no token is under way.
    private var run = noToken
    private static let runMask: UInt32 = 0x3300_0000
    private static let noToken = UInt32.max
    /// The current token's scalar span.
    private var start = 0
    private var end = 0
    /// `written` when an apostrophe was dropped inside the current token (-1: none) and its
    /// offset, to cut an English possessive "'s".
    private var apostropheWritten = -1
    private var apostropheOffset = 0
    /// Whether every scalar read so far is plain to `ReportDateReader.plainScan` (see `step`).
    private var plain = true
    /// The scalars written so far, for `step` to read the one before a haraka.
    private let scalarsOut: UnsafeMutablePointer<Unicode.Scalar>

    private init(byteCount: Int, scalars: UnsafeMutablePointer<Unicode.Scalar>) {
      // Three bytes more than the text: `put` stores a folded scalar's UTF-8 as four bytes at once.
      folded = .allocate(capacity: byteCount + 3)
      pieces = .allocate(capacity: Tokenizer.chunk)
      scalarsOut = scalars
    }

    /// Reads `bytes`, a `String`'s UTF-8: writes each scalar to `scalars` and the offset of its
    /// first byte to `offsets` (then the byte count), appends the offset after each line break to
    /// `lineStarts` and each token and its word to `tokens` and `words` (interned a chunk at a
    /// time); returns the number of scalars, and whether every one is plain to
    /// `ReportDateReader.plainScan`. `scalars` has room for `bytes.count` scalars, `offsets` for
    /// one more.
    static func read(
      _ bytes: UnsafeBufferPointer<UInt8>, scalars: UnsafeMutableBufferPointer<Unicode.Scalar>,
      offsets: UnsafeMutableBufferPointer<Int32>, table: UnsafeBufferPointer<UInt64>, lineStarts: inout [Int],
      tokens: inout [Token], words: inout [Word]
    ) -> (count: Int, plain: Bool) {
      // The buffers' base addresses in locals (see the letter loop below).
      guard let text = bytes.baseAddress, let entries = table.baseAddress, let scalarsBase = scalars.baseAddress else {
        offsets[0] = 0
        return (0, true)
      }
      var scan = ByteScan(byteCount: bytes.count, scalars: scalarsBase)
      defer {
        scan.folded.deallocate()
        scan.pieces.deallocate()
      }
      let count = bytes.count
      var i = 0
      var n = 0
      while i < count {
        // Words of Arabic letters (a lead byte D8 or D9) or of ASCII letters first, where the
        // token under way (if any) is of their script: most of a report's bytes (`arabicWords`,
        // `latinWords`). They stop before a scalar they do not take, read below.
        let lead = text[i]
        if lead &- 0xD8 < 2 {
          if i &+ 16 <= count, scan.run == arabicRun || scan.run == noToken {
            scan.arabicWords(
              text, count, &i, &n, scalars.baseAddress.unsafelyUnwrapped, offsets.baseAddress.unsafelyUnwrapped,
              entries, &tokens, &words)
            guard i < count else { break }
          }
        } else if (lead | 0x20) &- 0x61 < 26 {
          if i &+ 8 <= count, scan.run == latinRun || scan.run == noToken {
            scan.latinWords(
              text, count, &i, &n, scalars.baseAddress.unsafelyUnwrapped, offsets.baseAddress.unsafelyUnwrapped,
              &tokens, &words)
            guard i < count else { break }
          }
        }
        // Each scalar's offset and value are stored as it is decoded, whatever it turns out to be.
        offsets[n] = Int32(truncatingIfNeeded: i)
        var v = scalar(text, at: &i)
        scalars[n] = unsafeBitCast(UInt32(truncatingIfNeeded: v), to: Unicode.Scalar.self)
        var x = entry(v, entries)
        // A scalar that is not plain (`notPlain`) never continues the token here: `step` notes it.
        if UInt32(truncatingIfNeeded: x) & plainRunMask == scan.run {
          // Letters continuing the token. The loop keeps what it needs in locals (the run, the
          // hash, a cursor into the folded bytes, the buffers' base addresses) and nothing but the
          // entry is carried from one letter to the next: with the scan's fields, the buffers as
          // such and the scalar's width carried over, it ran out of registers and reloaded them
          // from the stack at every letter.
          let run = scan.run
          let scalarsOut = scalars.baseAddress.unsafelyUnwrapped
          let offsetsOut = offsets.baseAddress.unsafelyUnwrapped
          var out = scan.folded + scan.written
          var h = scan.hash
          repeat {
            put(x, &out, &h)
            n &+= 1
            guard i < count else { break }
            offsetsOut[n] = Int32(truncatingIfNeeded: i)
            v = scalar(text, at: &i)
            scalarsOut[n] = unsafeBitCast(UInt32(truncatingIfNeeded: v), to: Unicode.Scalar.self)
            x = entry(v, entries)
          } while UInt32(truncatingIfNeeded: x) & plainRunMask == run
          scan.written = out - scan.folded
          scan.hash = h
          scan.end = n
          // The text ended inside the token.
          guard UInt32(truncatingIfNeeded: x) & plainRunMask != run else { break }
        }
        let e = UInt32(truncatingIfNeeded: x)
        if v == 0x0A { lineStarts.append(n + 1) }
        if e & (0x0300_0000 | Self.notPlain) == 0 {
          // Kept and plain, not continuing the token (a space, punctuation, another script): it
          // ends the token under way, and a letter or digit starts the next (the two commonest
          // steps, taken here rather than through `step`).
          if scan.run != noToken { scan.flush(&tokens, &words) }
          if e >> 28 & 3 != 3 { scan.begin(x, at: n) }
        } else {
          scan.step(UInt32(truncatingIfNeeded: v), e, at: n, &tokens, &words)
        }
        n &+= 1
      }
      offsets[n] = Int32(truncatingIfNeeded: i)
      scan.finish(&tokens, &words)
      return (n, scan.plain)
    }

    /// Reads Arabic words from `text[i]` while they come, eight letters at a time: the letters
    /// (two-byte scalars, `arabicLetters`) at the start of each sixteen bytes are stored, folded
    /// and hashed without being decoded and classed one by one (36 instructions a letter in
    /// `read`'s loop), and a space after a word ends its token here too. Stops at the first
    /// scalar it does not take (the scan's state is then `read`'s own), or fewer than sixteen
    /// bytes before the end. The token under way, if any, is Arabic.
    ///
    /// Each step stores eight offsets and eight scalars whatever number of letters it takes: the
    /// ones past them are stored again when their scalars are read. `offsets` and `scalars`
    /// have room for them: `n <= i` (a scalar is one byte or more) and `i + 16 <= count`.
    @inline(__always)
    private mutating func arabicWords(
      _ text: UnsafePointer<UInt8>, _ count: Int, _ i: inout Int, _ n: inout Int,
      _ scalars: UnsafeMutablePointer<Unicode.Scalar>, _ offsets: UnsafeMutablePointer<Int32>,
      _ entries: UnsafePointer<UInt64>, _ tokens: inout [Token], _ words: inout [Word]
    ) {
      while i &+ 16 <= count {
        let pairs = UnsafeRawPointer(text + i).loadUnaligned(as: SIMD8<UInt16>.self)
        let bits = Self.letterBits(pairs)
        let k = Self.arabicLetters(pairs, bits)
        guard k > 0 else { return }
        precondition(n &+ 8 <= count, "eight scalars' room")
        if run == Self.noToken { open(Self.arabicRun, at: n) }
        // As two halves: the eight-lane sum was compiled to a dozen shuffles of two registers.
        let first = SIMD4(repeating: Int32(truncatingIfNeeded: i))
        UnsafeMutableRawPointer(offsets + n).storeBytes(of: first &+ SIMD4(0, 2, 4, 6), as: SIMD4<Int32>.self)
        UnsafeMutableRawPointer(offsets + n + 4).storeBytes(of: first &+ SIMD4(8, 10, 12, 14), as: SIMD4<Int32>.self)
        UnsafeMutableRawPointer(scalars + n).storeBytes(
          of: SIMD8<UInt32>(truncatingIfNeeded: bits | 0x600), as: SIMD8<UInt32>.self)
        // Each letter folds to a letter of two bytes (`table`), its entry's low 32 bits the folded
        // scalar itself (outcome "kept" and script code 0 are zero bits): hashed without masking.
        // The lanes four to a word, the first lowest.
        let halves = unsafeBitCast(bits, to: SIMD2<UInt64>.self)
        var lanes = halves[0]
        var out = folded + written
        var h = hash
        for j in 0..<k {
          if j == 4 { lanes = halves[1] }
          let x = entries[0x600 | Int(truncatingIfNeeded: lanes & 0x7F)]
          h = Vocabulary.hash(continuing: h, scalar: UInt32(truncatingIfNeeded: x))
          UnsafeMutableRawPointer(out).storeBytes(of: UInt16(truncatingIfNeeded: x >> 32), as: UInt16.self)
          out += 2
          lanes >>= 16
        }
        written = out - folded
        hash = h
        guard took(k, width: 2, of: 8, text, &i, &n, scalars, offsets, &tokens, &words) else { return }
      }
    }

    /// `arabicWords` for words of ASCII letters, eight letters at a time (`latinLetters`), their
    /// folded bytes the letters lowercased. The token under way, if any, is Latin.
    @inline(__always)
    private mutating func latinWords(
      _ text: UnsafePointer<UInt8>, _ count: Int, _ i: inout Int, _ n: inout Int,
      _ scalars: UnsafeMutablePointer<Unicode.Scalar>, _ offsets: UnsafeMutablePointer<Int32>,
      _ tokens: inout [Token], _ words: inout [Word]
    ) {
      while i &+ 8 <= count {
        let w = UnsafeRawPointer(text + i).loadUnaligned(as: UInt64.self)
        let k = Self.latinLetters(w)
        guard k > 0 else { return }
        if run == Self.noToken { open(Self.latinRun, at: n) }
        // All eight bytes lowercased (`folded` has room: `written <= i`, and `i + 8 <= count`);
        // the ones past the letters are written over.
        let lower = w | 0x2020_2020_2020_2020
        UnsafeMutableRawPointer(folded + written).storeBytes(of: lower, as: UInt64.self)
        var h = hash
        var bytes = w
        for j in 0..<k {
          let b = UInt32(truncatingIfNeeded: bytes & 0xFF)
          offsets[n &+ j] = Int32(truncatingIfNeeded: i &+ j)
          scalars[n &+ j] = unsafeBitCast(b, to: Unicode.Scalar.self)
          h = Vocabulary.hash(continuing: h, scalar: b | 0x20)
          bytes &>>= 8
        }
        written &+= k
        hash = h
        guard took(k, width: 1, of: 8, text, &i, &n, scalars, offsets, &tokens, &words) else { return }
      }
    }

    /// Ends a step of `arabicWords` or `latinWords` that took `k` letters of `width` bytes from
    /// `text[i]`, of the `lanes` it looked at: moves `i` and `n` past them, and past a space
    /// right after them (inside the bytes looked at), which ends the token. Whether the words
    /// may go on: all lanes were letters, or a space followed them.
    @inline(__always)
    private mutating func took(
      _ k: Int, width: Int, of lanes: Int, _ text: UnsafePointer<UInt8>, _ i: inout Int, _ n: inout Int,
      _ scalars: UnsafeMutablePointer<Unicode.Scalar>, _ offsets: UnsafeMutablePointer<Int32>,
      _ tokens: inout [Token], _ words: inout [Word]
    ) -> Bool {
      n &+= k
      i &+= width &* k
      end = n
      guard k < lanes else { return true }
      guard text[i] == 0x20 else { return false }
      offsets[n] = Int32(truncatingIfNeeded: i)
      scalars[n] = " "
      flush(&tokens, &words)
      n &+= 1
      i &+= 1
      return true
    }

    /// The `run` of a token of Arabic letters: a `table` entry's outcome 0 (kept) and script code 0
    /// (`.arabic`, `Folding.scriptCodes[0]`).
    static let arabicRun: UInt32 = 0

    /// The `run` of a token of Latin letters: outcome 0 (kept), script code 1 (`.latin`).
    static let latinRun: UInt32 = 1 << 28

    /// The `table` entry bit of a scalar (kept, mark or invisible) that is not plain to
    /// `ReportDateReader.plainScan` (`ReportDateReader.mayBePlain`; harakat, plain only after an
    /// Arabic letter, are told apart in `step`). Outside `runMask`, and masked off wherever an
    /// entry's folded scalar is read.
    static let notPlain: UInt32 = 0x8000_0000

    /// `runMask` with `notPlain`: a letter that is not plain matches no `run`.
    private static let plainRunMask = runMask | notPlain

    /// How many of the eight bytes of `w` (the first lowest), from the first, are ASCII letters:
    /// 0–8. A byte is one when it is below 0x80 and, with bit 5 set (lowercased), 0x61–0x7A; bit 7
    /// of each byte of `bad` says it is not (no sum carries out of its byte).
    @inline(__always)
    static func latinLetters(_ w: UInt64) -> Int {
      let bytes: UInt64 = 0x0101_0101_0101_0101
      let top = bytes &* 0x80
      let lower = (w | bytes &* 0x20) & (bytes &* 0x7F)
      let below = ~(lower &+ bytes &* (0x80 - 0x61)) & top
      let above = (lower &+ bytes &* (0x7F - 0x7A)) & top
      let bad = w & top | below | above
      return bad.trailingZeroBitCount >> 3
    }

    /// How many of the eight two-byte scalars that `pairs` (sixteen bytes of valid UTF-8 from a
    /// scalar's start, two to a lane, the first lowest) would hold, from the first, are Arabic
    /// letters U+0621–U+063A or U+0641–U+064A: letters `Folding` keeps (some folded to another of
    /// them) as `.arabic`, two bytes folded too, and plain (`PlainText`). 0–8. `bits` is
    /// `letterBits(pairs)`. (U+063B–U+063F, rare letters outside `PlainText`, and the tatweel
    /// U+0640, a mark, go through `read`'s loop.)
    ///
    /// A lane is a letter when its lead byte (low) is D8 or D9 (its continuation byte follows,
    /// the text being valid) and its `bits` are 0x21–0x4A but not 0x3B–0x40; a lane whose bit 15
    /// is set in `bad` is none, and the lanes before the first such are counted. A lane after one
    /// that is no letter may hold any bytes: it is not counted.
    ///
    /// Lane arithmetic only, no lane comparisons: Swift's SIMD comparisons compile to a loop over
    /// the lanes, its `&+`, `&`, `|`, `^` and shifts to one vector instruction each.
    @inline(__always)
    static func arabicLetters(_ pairs: SIMD8<UInt16>, _ bits: SIMD8<UInt16>) -> Int {
      let top = SIMD8<UInt16>(repeating: 0x8000)
      // Every lane's value below stays under 0x8000 and each sum under 0x1_0000 (a sum's bit 15
      // says whether the value reached the bound).
      let notLead = (((pairs & 0xFE) ^ 0xD8) &+ 0x7FFF) & top
      let below = ~(bits &+ (0x8000 - 0x21)) & top
      let above = (bits &+ (0x7FFF - 0x4A)) & top
      // 0x3B–0x40: neither below 0x3B (the first difference's bit 15) nor above 0x40 (the second's).
      let gap = ~((bits &- 0x3B) | (0x40 &- bits)) & top
      let bad = unsafeBitCast(notLead | below | above | gap, to: SIMD2<UInt64>.self)
      // Bit 15 + 16 k of the first bad lane k of four; none in the first four: 4 + the next four's.
      return bad[0] != 0 ? bad[0].trailingZeroBitCount >> 4 : 4 &+ bad[1].trailingZeroBitCount >> 4
    }

    /// Per lane of `pairs` (a two-byte scalar with lead byte D8 or D9 in it, as in
    /// `arabicLetters`), the scalar's value less 0x600: bit 0 of the lead byte above the
    /// continuation byte's low six bits (0x00–0x7F).
    @inline(__always)
    static func letterBits(_ pairs: SIMD8<UInt16>) -> SIMD8<UInt16> {
      (pairs & 1) &<< 6 | (pairs &>> 8) & 0x3F
    }

    /// The scalar whose UTF-8 starts at `bytes[i]` and its byte count. A `String`'s bytes are
    /// valid UTF-8: a lead byte says how many bytes follow, and the value is a valid scalar.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
      var next = i
      let v = scalar(bytes.baseAddress.unsafelyUnwrapped, at: &next)
      return (UInt32(truncatingIfNeeded: v), next &- i)
    }

    /// `decode` for `read`: the scalar at `bytes[i]`, moving `i` past it. An `Int` and the index
    /// moved in place spare the letter loop a zero-extension and a width carried in a register.
    @inline(__always)
    private static func scalar(_ bytes: UnsafePointer<UInt8>, at i: inout Int) -> Int {
      let b0 = Int(bytes[i])
      if b0 < 0x80 {
        i &+= 1
        return b0
      }
      let b1 = Int(bytes[i &+ 1] & 0x3F)
      if b0 < 0xE0 {
        i &+= 2
        return (b0 & 0x1F) << 6 | b1
      }
      let b2 = Int(bytes[i &+ 2] & 0x3F)
      if b0 < 0xF0 {
        i &+= 3
        return (b0 & 0x0F) << 12 | b1 << 6 | b2
      }
      let b3 = Int(bytes[i &+ 3] & 0x3F)
      i &+= 4
      return (b0 & 0x07) << 18 | b1 << 12 | b2 << 6 | b3
    }

    /// `Folding.lowTable` (bits 0–31) with, for a scalar kept, its folded scalar's UTF-8 bytes
    /// (bits 32–55, the first byte lowest) and their count (bits 56–63): `put` copies them with one
    /// store, where encoding each folded scalar again took a chain of tests and shifts for every
    /// letter of a report. A scalar folded to four UTF-8 bytes (none yet) is marked outcome 3 ("not
    /// in the table") and goes through `step`. An entry in the table has `notPlain` set when its
    /// scalar is not plain to the report date's head scan.
    static let table: [UInt64] = Folding.lowTable.enumerated().map { v, e in
      guard e >> 24 & 3 != 3 else { return UInt64(e) }
      let e = ReportDateReader.mayBePlain(UInt32(v)) ? e : e | notPlain
      guard e >> 24 & 3 == 0 else { return UInt64(e) }
      let f = e & 0x1F_FFFF
      var utf8: UInt64 = 0
      var count: UInt64 = 0
      guard let s = Unicode.Scalar(f), UTF8.width(s) < 4 else { return UInt64(e & ~(3 << 24) | 3 << 24) }
      UTF8.encode(s) { b in
        utf8 |= UInt64(b) << (8 * count)
        count += 1
      }
      return UInt64(e) | utf8 << 32 | count << 56
    }

    /// `v`'s `table` entry; outcome 3 ("not in the table") above it.
    @inline(__always)
    private static func entry(_ v: Int, _ table: UnsafePointer<UInt64>) -> UInt64 {
      v < Folding.lowLimit ? table[v] : 3 << 24
    }

    /// Writes the folded scalar of `table` entry `x` (kept, from the table) at `out`, moving `out` past
    /// it, and hashes it into `h` (`Vocabulary.hash`). The buffer has room for three bytes past the
    /// text's.
    @inline(__always)
    private static func put(_ x: UInt64, _ out: inout UnsafeMutablePointer<UInt8>, _ h: inout UInt64) {
      h = Vocabulary.hash(continuing: h, scalar: UInt32(truncatingIfNeeded: x) & 0x1F_FFFF)
      UnsafeMutableRawPointer(out).storeBytes(of: UInt32(truncatingIfNeeded: x >> 32), as: UInt32.self)
      out += Int(truncatingIfNeeded: x >> 56)
    }

    /// Writes folded scalar `f` as UTF-8 at `out[w...]`, hashing it into `h` (`Vocabulary.hash`):
    /// `put` for a scalar outside the table.
    private static func put(scalar f: UInt32, _ out: UnsafeMutablePointer<UInt8>, _ w: inout Int, _ h: inout UInt64) {
      h = Vocabulary.hash(continuing: h, scalar: f)
      // Folded scalars are nearly all below U+0800 (ASCII, Arabic): one or two bytes.
      if f < 0x80 {
        byte(UInt8(truncatingIfNeeded: f), out, &w)
      } else if f < 0x800 {
        byte(0xC0 | UInt8(truncatingIfNeeded: f >> 6), out, &w)
        byte(0x80 | UInt8(truncatingIfNeeded: f & 0x3F), out, &w)
      } else if f < 0x1_0000 {
        byte(0xE0 | UInt8(truncatingIfNeeded: f >> 12), out, &w)
        byte(0x80 | UInt8(truncatingIfNeeded: f >> 6 & 0x3F), out, &w)
        byte(0x80 | UInt8(truncatingIfNeeded: f & 0x3F), out, &w)
      } else {
        byte(0xF0 | UInt8(truncatingIfNeeded: f >> 18), out, &w)
        byte(0x80 | UInt8(truncatingIfNeeded: f >> 12 & 0x3F), out, &w)
        byte(0x80 | UInt8(truncatingIfNeeded: f >> 6 & 0x3F), out, &w)
        byte(0x80 | UInt8(truncatingIfNeeded: f & 0x3F), out, &w)
      }
    }

    @inline(__always)
    private static func byte(_ b: UInt8, _ out: UnsafeMutablePointer<UInt8>, _ w: inout Int) {
      out[w] = b
      w &+= 1
    }

    /// Scalar `v` at offset `n`, not a plain letter continuing the token, with its table entry `e`.
    /// Notes whether it is plain as `ReportDateReader.plainScan` reads it: as `notPlain` says (as
    /// `ReportDateReader.mayBePlain` says outside the table), a haraka only after an Arabic letter
    /// or a haraka (one after a haraka that is not plain finds `plain` false already).
    @inline(never)
    private mutating func step(_ v: UInt32, _ e: UInt32, at n: Int, _ tokens: inout [Token], _ words: inout [Word]) {
      if e >> 24 & 3 == 3 {
        if !ReportDateReader.mayBePlain(v) { plain = false }
      } else if e & Self.notPlain != 0 {
        plain = false
      } else if PlainText.isHaraka(v) {
        let before = n > 0 ? scalarsOut[n - 1].value : 0
        if !PlainText.isArabicLetter(before) && !PlainText.isHaraka(before) { plain = false }
      }
      let e = e >> 24 & 3 == 3 ? Folding.entry(of: Unicode.Scalar(v) ?? "\u{FFFD}") : e
      switch e >> 24 & 3 {
      case 0:
        // A letter outside the table may continue the token; any other kept scalar ends it, and a
        // letter or digit starts the next.
        if e & Self.runMask == run {
          Self.put(scalar: e & 0x1F_FFFF, folded, &written, &hash)
          end = n + 1
        } else {
          if run != Self.noToken { flush(&tokens, &words) }
          if e >> 28 & 3 != 3 { begin(e, at: n) }
        }
      case 1:
        // A mark stays inside the token's span.
        if run != Self.noToken { end = n + 1 }
      default:
        if run != Self.noToken && (v == 0x27 || v == 0x2019) {
          apostropheWritten = written
          apostropheOffset = n
        }
      }
    }

    /// Starts a token with the kept letter or digit of `table` entry `x` at offset `n`.
    @inline(__always)
    private mutating func begin(_ x: UInt64, at n: Int) {
      open(UInt32(truncatingIfNeeded: x), at: n)
      var out = folded + written
      Self.put(x, &out, &hash)
      written = out - folded
    }

    /// Starts a token with the kept letter or digit of `Folding.lowTable` entry `e` at offset `n`
    /// (a scalar outside `table`).
    private mutating func begin(_ e: UInt32, at n: Int) {
      open(e, at: n)
      Self.put(scalar: e & 0x1F_FFFF, folded, &written, &hash)
    }

    /// A token of entry `e`'s script under way from offset `n`, its first scalar not written yet.
    @inline(__always)
    private mutating func open(_ e: UInt32, at n: Int) {
      run = e & Self.runMask
      start = n
      tokenStart = written
      hash = FNV1a.offsetBasis
      end = n + 1
    }

    /// Ends the current token: stores its piece, and interns the pieces once there are `chunk`.
    ///
    /// Inlined (once a token, a call and its spills cost a third of it); the rare steps, a
    /// possessive and a full chunk, are calls.
    @inline(__always)
    private mutating func flush(_ tokens: inout [Token], _ words: inout [Word]) {
      if apostropheWritten >= 0 { cutPossessive() }
      // The run's script code masked (it is 0–3 here, the run never `noToken`): the switch is then
      // the code itself, not a comparison of the whole run and a conditional move.
      pieces[pieceCount] = Piece(
        start: start, end: end, script: Folding.script(code: run >> 28 & 3), bytes: tokenStart..<written, hash: hash)
      pieceCount &+= 1
      run = Self.noToken
      if pieceCount == Tokenizer.chunk { intern(&tokens, &words) }
    }

    /// Takes "'s" off the current token when it ends the token: "ISIS's" (one byte, "s", after the
    /// apostrophe; a last byte 0x73 can only be "s").
    @inline(never)
    private mutating func cutPossessive() {
      if written == apostropheWritten + 1, folded[written - 1] == 0x73 {
        written -= 1
        end = apostropheOffset
        // A hash cannot drop its last byte: the (rare) possessive is hashed again.
        hash = Vocabulary.hash(spelling: UnsafeBufferPointer(start: folded + tokenStart, count: written - tokenStart))
      }
      apostropheWritten = -1
    }

    /// Interns the pieces stored; no token is under way, and the buffers start again from the
    /// beginning.
    @inline(never)
    private mutating func intern(_ tokens: inout [Token], _ words: inout [Word]) {
      Vocabulary.intern(
        UnsafeBufferPointer(start: pieces, count: pieceCount), UnsafeBufferPointer(start: folded, count: written),
        into: &tokens, &words)
      pieceCount = 0
      written = 0
    }

    /// Ends the text: its last token is stored and every piece interned.
    private mutating func finish(_ tokens: inout [Token], _ words: inout [Word]) {
      if run != Self.noToken { flush(&tokens, &words) }
      if pieceCount > 0 { intern(&tokens, &words) }
    }
  }
}
