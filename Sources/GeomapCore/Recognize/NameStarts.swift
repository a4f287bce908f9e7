/// What the name index says of each token's clitic readings as one-word keys, read once per
/// spelling: the name scanner tries every token, and its first probe of the index (a table of
/// millions of slots, a cache miss every time) was four fifths of the scan.
///
/// One byte per token: bits `2r` and `2r + 1` are reading `r`'s marks (a name; a name or the first
/// words of one), bit 6 says the token has more readings than fit (those are probed as before),
/// bit 7 that the byte is filled in. A reading whose one-word key is empty is marked as both, so a
/// token with one never looks as if it could start nothing.
struct NameStarts {
  static let known: UInt8 = 0x80
  static let moreReadings: UInt8 = 0x40
  static let readingBits: UInt8 = 0x3F
  /// Readings whose marks fit in a byte (a token has at most three: `NameKey.cliticReadings`).
  static let maxReadings = 3

  /// The one-word keys of a spelling's readings to ask the index about, in reading order (at
  /// most `maxReadings`; a reading with an empty key is not asked). Read off the spelling's
  /// `ScanHead` (side by side in `ScanWords`): through its `ScanWord`, each token retained and
  /// released the object and walked its readings' array.
  static func hashes(_ head: ScanHead, into out: inout [UInt64]) {
    for r in 0..<min(Int(head.readingCount), maxReadings) where !head.onlyIsEmpty(r) {
      out.append(head.onlyHash(r))
    }
  }

  /// The byte of a spelling's readings, given the index's marks (`NameIndex.marks(hashes:)`) of
  /// its `hashes`, read from `marks` starting at `at` (moved past them).
  static func byte(_ head: ScanHead, _ marks: [UInt8], at: inout Int) -> UInt8 {
    var bits = known
    for r in 0..<Int(head.readingCount) {
      guard r < maxReadings else {
        bits |= moreReadings
        break
      }
      var m: UInt8 = 3
      if !head.onlyIsEmpty(r) {
        let raw = marks[at]
        at += 1
        m = (raw & 1) | (raw != 0 ? 2 : 0)
      }
      bits |= m << UInt8(2 * r)
    }
    return bits
  }

  /// Reading `r`'s marks from a token's byte, nil for a reading past those that fit.
  @inline(__always)
  static func marks(_ byte: UInt8, _ r: Int) -> (isKey: Bool, isPrefix: Bool)? {
    guard r < maxReadings else { return nil }
    let m = byte >> UInt8(2 * r)
    return (m & 1 != 0, m & 2 != 0)
  }

  /// True when no reading of the token is a name or starts one (nor has marks left to probe).
  @inline(__always)
  static func startsNothing(_ byte: UInt8) -> Bool { byte & (readingBits | moreReadings) == 0 }

  /// The byte of each token of `doc`, from `cache` (per recognizer: another gazetteer has other
  /// names) where the spelling was seen before, at `2 × word id + (Arabic ? 1 : 0)` as `ScanWord`.
  ///
  /// Worked out once per distinct spelling of the report (`ScanWords.spelling`), then copied to
  /// its tokens: a report repeats its spellings (about one token in three is the first of its
  /// spelling), and looking every token up in the cache cost ~20 instructions a token; a spelling
  /// new to the cache is asked of the index once per report, not once per token.
  static func of(_ doc: ReportText, _ scan: ScanWords, _ index: NameIndex, cache: Locked<[UInt8]>)
    -> [UInt8]
  {
    let spellings = scan.spellingCount
    var bytes = [UInt8](filling: 0, count: spellings)
    var missing: [Int] = []
    // Through the buffers: writing into the captured array checked it for a unique buffer each time.
    bytes.withUnsafeMutableBufferPointer { bytes in
      cache.withLock { c in
        c.withUnsafeBufferPointer { c in
          for s in 0..<spellings {
            let slot = scan.slot(ofSpelling: s)
            if slot >= 0, slot < c.count, c[slot] != 0 {
              bytes[s] = c[slot]
            } else {
              // Room for every spelling left, made at the first one missing (only a report with
              // spellings new to the cache has any): grown from empty, the list was reallocated
              // ~5 times such a report.
              if missing.isEmpty { missing.reserveCapacity(spellings - s) }
              missing.append(s)
            }
          }
        }
      }
    }
    if !missing.isEmpty {
      // New spellings' keys are asked together (see `HashSlots.marks(of:)`).
      // Room for every reading's key made once (a spelling has at most `maxReadings`): grown from
      // empty, the list was reallocated ~6 times a report.
      var hashes: [UInt64] = []
      hashes.reserveCapacity(maxReadings * missing.count)
      for s in missing { Self.hashes(scan.head(ofSpelling: s), into: &hashes) }
      let marks = index.marks(hashes: hashes)
      var at = 0
      for s in missing { bytes[s] = byte(scan.head(ofSpelling: s), marks, at: &at) }
      cache.withLock { c in
        for s in missing {
          let slot = scan.slot(ofSpelling: s)
          guard slot >= 0 else { continue }
          if slot >= c.count { c.append(contentsOf: repeatElement(0, count: Swift.max(slot + 1 - c.count, c.count))) }
          c[slot] = bytes[s]
        }
      }
    }
    let n = doc.tokens.count
    // Written through the new array's buffer (each of the `n` bytes once); the spellings' bytes
    // are read through the array, its bounds checked.
    return [UInt8](unsafeUninitializedCapacity: n) { out, count in
      for t in 0..<n { out[t] = bytes[scan.spelling(t)] }
      count = n
    }
  }
}
