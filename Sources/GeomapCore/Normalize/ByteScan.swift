extension Tokenizer {
  /// `layOut`'s pass over a text's bytes: decodes each scalar, stores it and its byte offset, and
  /// cuts, folds and hashes the tokens as `Builder` does (`tokens(in:)` keeps `Builder` as the
  /// plain reference, and the tests compare the two).
  ///
  /// Written for speed (the pass was ~127 instructions a scalar). Most scalars are letters that
  /// continue the token under way: `read` runs through them in a small loop that keeps the
  /// token's byte count and hash in registers and writes through pointers to memory sized once
  /// (no array append's uniqueness and capacity checks). A token's first letter and the space
  /// after it are taken in `read` too, and the rest (marks, invisibles, scalars outside the table)
  /// through `step`. Scalars are classed by their
  /// `Folding.lowTable` entry, whose 2-bit script code stands for the `Script` until a piece is
  /// stored.
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

    private init(byteCount: Int) {
      folded = .allocate(capacity: Swift.max(byteCount, 1))
      pieces = .allocate(capacity: Tokenizer.chunk)
    }

    /// Reads `bytes`, a `String`'s UTF-8: writes each scalar to `scalars` and the offset of its
    /// first byte to `offsets` (then the byte count), appends the offset after each line break to
    /// `lineStarts` and each token and its word to `tokens` and `words` (interned a chunk at a
    /// time); returns the number of scalars. `scalars` has room for `bytes.count` scalars,
    /// `offsets` for one more.
    static func read(
      _ bytes: UnsafeBufferPointer<UInt8>, scalars: UnsafeMutableBufferPointer<Unicode.Scalar>,
      offsets: UnsafeMutableBufferPointer<Int32>, table: UnsafeBufferPointer<UInt32>, lineStarts: inout [Int],
      tokens: inout [Token], words: inout [Word]
    ) -> Int {
      var scan = ByteScan(byteCount: bytes.count)
      defer {
        scan.folded.deallocate()
        scan.pieces.deallocate()
      }
      let count = bytes.count
      var i = 0
      var n = 0
      while i < count {
        var (v, width) = decode(bytes, at: i)
        var e = entry(v, table)
        if e & runMask == scan.run {
          // Letters continuing the token: its byte count and hash stay in registers.
          let out = scan.folded
          var w = scan.written
          var h = scan.hash
          repeat {
            offsets[n] = Int32(truncatingIfNeeded: i)
            scalars[n] = unsafeBitCast(v, to: Unicode.Scalar.self)
            put(e & 0x1F_FFFF, out, &w, &h)
            n &+= 1
            i &+= width
            guard i < count else { break }
            (v, width) = decode(bytes, at: i)
            e = entry(v, table)
          } while e & runMask == scan.run
          scan.written = w
          scan.hash = h
          scan.end = n
          guard i < count else { break }
        }
        offsets[n] = Int32(truncatingIfNeeded: i)
        scalars[n] = unsafeBitCast(v, to: Unicode.Scalar.self)
        if v == 0x0A { lineStarts.append(n + 1) }
        if e & 0x0300_0000 == 0 {
          // Kept, not continuing the token (a space, punctuation, another script): it ends the
          // token under way, and a letter or digit starts the next (the two commonest steps,
          // taken here rather than through `step`).
          if scan.run != noToken { scan.flush(&tokens, &words) }
          if e >> 28 & 3 != 3 { scan.begin(e, at: n) }
        } else {
          scan.step(v, e, at: n, &tokens, &words)
        }
        n &+= 1
        i &+= width
      }
      offsets[n] = Int32(truncatingIfNeeded: i)
      scan.finish(&tokens, &words)
      return n
    }

    /// The scalar whose UTF-8 starts at `bytes[i]` and its byte count. A `String`'s bytes are
    /// valid UTF-8: a lead byte says how many bytes follow, and the value is a valid scalar.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
      let b0 = UInt32(bytes[i])
      if b0 < 0x80 { return (b0, 1) }
      if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(bytes[i &+ 1] & 0x3F), 2) }
      if b0 < 0xF0 {
        return ((b0 & 0x0F) << 12 | UInt32(bytes[i &+ 1] & 0x3F) << 6 | UInt32(bytes[i &+ 2] & 0x3F), 3)
      }
      let v =
        (b0 & 0x07) << 18 | UInt32(bytes[i &+ 1] & 0x3F) << 12 | UInt32(bytes[i &+ 2] & 0x3F) << 6
        | UInt32(bytes[i &+ 3] & 0x3F)
      return (v, 4)
    }

    /// `v`'s `Folding.lowTable` entry; outcome 3 ("not in the table") above it.
    @inline(__always)
    private static func entry(_ v: UInt32, _ table: UnsafeBufferPointer<UInt32>) -> UInt32 {
      v < UInt32(Folding.lowLimit) ? table[Int(v)] : 3 << 24
    }

    /// Writes folded scalar `f` as UTF-8 at `out[w...]`, hashing its bytes into `h`.
    @inline(__always)
    private static func put(_ f: UInt32, _ out: UnsafeMutablePointer<UInt8>, _ w: inout Int, _ h: inout UInt64) {
      // Folded scalars are nearly all below U+0800 (ASCII, Arabic): one or two bytes.
      if f < 0x80 {
        byte(UInt8(truncatingIfNeeded: f), out, &w, &h)
      } else if f < 0x800 {
        byte(0xC0 | UInt8(truncatingIfNeeded: f >> 6), out, &w, &h)
        byte(0x80 | UInt8(truncatingIfNeeded: f & 0x3F), out, &w, &h)
      } else if f < 0x1_0000 {
        byte(0xE0 | UInt8(truncatingIfNeeded: f >> 12), out, &w, &h)
        byte(0x80 | UInt8(truncatingIfNeeded: f >> 6 & 0x3F), out, &w, &h)
        byte(0x80 | UInt8(truncatingIfNeeded: f & 0x3F), out, &w, &h)
      } else {
        byte(0xF0 | UInt8(truncatingIfNeeded: f >> 18), out, &w, &h)
        byte(0x80 | UInt8(truncatingIfNeeded: f >> 12 & 0x3F), out, &w, &h)
        byte(0x80 | UInt8(truncatingIfNeeded: f >> 6 & 0x3F), out, &w, &h)
        byte(0x80 | UInt8(truncatingIfNeeded: f & 0x3F), out, &w, &h)
      }
    }

    @inline(__always)
    private static func byte(_ b: UInt8, _ out: UnsafeMutablePointer<UInt8>, _ w: inout Int, _ h: inout UInt64) {
      out[w] = b
      w &+= 1
      h = FNV1a.hash64(continuing: h, byte: b)
    }

    /// Scalar `v` at offset `n`, not a letter continuing the token, with its table entry `e`.
    @inline(never)
    private mutating func step(_ v: UInt32, _ e: UInt32, at n: Int, _ tokens: inout [Token], _ words: inout [Word]) {
      let e = e >> 24 & 3 == 3 ? Folding.entry(of: Unicode.Scalar(v) ?? "\u{FFFD}") : e
      switch e >> 24 & 3 {
      case 0:
        // A letter outside the table may continue the token; any other kept scalar ends it, and a
        // letter or digit starts the next.
        if e & Self.runMask == run {
          Self.put(e & 0x1F_FFFF, folded, &written, &hash)
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

    /// Starts a token with the kept letter or digit of table entry `e` at offset `n`.
    @inline(__always)
    private mutating func begin(_ e: UInt32, at n: Int) {
      run = e & Self.runMask
      start = n
      tokenStart = written
      hash = FNV1a.offsetBasis
      Self.put(e & 0x1F_FFFF, folded, &written, &hash)
      end = n + 1
    }

    /// Ends the current token: stores its piece, and interns the pieces once there are `chunk`.
    @inline(never)
    private mutating func flush(_ tokens: inout [Token], _ words: inout [Word]) {
      // "ISIS's": one byte, "s", after the apostrophe (a last byte 0x73 can only be "s").
      if apostropheWritten >= 0, written == apostropheWritten + 1, folded[written - 1] == 0x73 {
        written -= 1
        end = apostropheOffset
        // A hash cannot drop its last byte: the (rare) possessive is hashed again.
        hash = FNV1a.hash64(bytes: UnsafeBufferPointer(start: folded + tokenStart, count: written - tokenStart))
      }
      apostropheWritten = -1
      pieces[pieceCount] = Piece(
        start: start, end: end, script: Folding.script(code: run >> 28), bytes: tokenStart..<written, hash: hash)
      pieceCount += 1
      run = Self.noToken
      if pieceCount == Tokenizer.chunk {
        Vocabulary.intern(
          UnsafeBufferPointer(start: pieces, count: pieceCount), UnsafeBufferPointer(start: folded, count: written),
          into: &tokens, &words)
        // No token is under way: the buffers start again from the beginning.
        pieceCount = 0
        written = 0
      }
    }

    /// Ends the text: its last token is stored and every piece interned.
    private mutating func finish(_ tokens: inout [Token], _ words: inout [Word]) {
      if run != Self.noToken { flush(&tokens, &words) }
      guard pieceCount > 0 else { return }
      Vocabulary.intern(
        UnsafeBufferPointer(start: pieces, count: pieceCount), UnsafeBufferPointer(start: folded, count: written),
        into: &tokens, &words)
    }
  }
}
