/// What the name index says of the two-token spans the name scanner will ask about, asked in one
/// pass before the scan (see `HashSlots.marks(of:)`): after a token that may start a name, the
/// scanner's next probe is the span with the following token, and asked one at a time those
/// probes each waited for memory. The scanner also takes the span's key hash from here instead of
/// hashing the second word again.
struct NamePairs {
  /// Per token: where its entries start in `hashes` and `marks`, shifted left by two, with their
  /// count (one per reading, at most `maxReadings`) in the low two bits; -1 when the scan will not
  /// ask about its pair. Entries only for the tokens asked about (a few in ten): arrays of three
  /// hashes and marks for every token were mostly written to be left unread.
  private let at: [Int32]
  /// The span's key hash and its marks (bits as `NameIndex.marks(hashes:)`), `noMarks` for a
  /// reading the scan will not ask about.
  private let hashes: [UInt64]
  private let marks: [UInt8]
  static let noMarks: UInt8 = 0xFF

  init(_ doc: ReportText, _ scan: ScanWords, _ starts: [UInt8], masked: [Bool], index: NameIndex) {
    let width = NameStarts.maxReadings
    let tokens = doc.tokens
    var at = [Int32](filling: -1, count: tokens.count)
    // Each asked token's entries side by side, a reading the scan will not ask about with a hash
    // of 0 (its position in `unasked`, rare): the index is asked of `hashes` as it stands, with
    // no list of positions to gather the asked hashes by and scatter their marks back (and no
    // array of three zeroed hashes per token that may start a name written first).
    var hashes: [UInt64] = []
    var unasked: [Int] = []
    // Sized for the tokens that may start a name (a count of bytes): grown from empty, the array
    // was copied a dozen times per report.
    hashes.reserveCapacity(width * starts.count { !NameStarts.startsNothing($0) })
    for i in tokens.indices where !NameStarts.startsNothing(starts[i]) && !masked[i] {
      if PlaceRecognizer.lowercaseStartsNoName(doc, i) { continue }
      // The span of this token and the next, as `PlaceRecognizer.longestMatch` keys it.
      let j = i + 1
      guard j < tokens.count, !masked[j], doc.isTight(before: j) else { continue }
      // A lowercase English word goes on a name only as an article, a place noun or a direction:
      // the scanner stops there without asking ("al-Bab in"), and so does this pass.
      if tokens[j].script == .latin, !doc.isCapitalized(j), !PlaceRecognizer.mayContinueName(doc.words[j]) {
        continue
      }
      // Read from the report's heads, not the `ScanWord`s (see `ScanWords.heads`).
      let laterIsEmpty = scan.head(j).laterIsEmpty
      let head = scan.head(i)
      let count = min(Int(head.readingCount), width)
      at[i] = Int32(hashes.count << 2 | count)
      for r in 0..<count {
        guard NameStarts.marks(starts[i], r).map({ $0.isPrefix }) ?? true, !(head.firstIsEmpty(r) && laterIsEmpty)
        else {
          unasked.append(hashes.count)
          hashes.append(0)
          continue
        }
        hashes.append(scan.hash(continuing: head.firstHash(r), later: j))
      }
    }
    var marks = index.marks(hashes: hashes)
    for k in unasked { marks[k] = Self.noMarks }
    self.at = at
    self.hashes = hashes
    self.marks = marks
  }

  /// The two-token span from token `i` in reading `r`: its key hash (as the scanner computes it)
  /// and the index's answer, when it was asked here (nil otherwise: the caller hashes the span and
  /// asks the index).
  @inline(__always)
  func pair(_ i: Int, _ r: Int) -> (hash: UInt64, isKey: Bool, isPrefix: Bool)? {
    let entry = at[i]
    guard entry >= 0, r < Int(entry & 3) else { return nil }
    let k = Int(entry >> 2) + r
    let m = marks[k]
    guard m != Self.noMarks else { return nil }
    return (hashes[k], m & 1 != 0, m != 0)
  }
}
