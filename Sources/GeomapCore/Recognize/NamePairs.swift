/// What the name index says of the two-token spans the name scanner will ask about, asked in one
/// pass before the scan (see `HashSlots.marks(of:)`): after a token that may start a name, the
/// scanner's next probe is the span with the following token, and asked one at a time those
/// probes each waited for memory. The scanner also takes the span's key hash from here instead of
/// hashing the second word again.
struct NamePairs {
  /// Per token: where its `maxReadings` entries start in `hashes` and `marks`, -1 when the scan
  /// will not ask about its pair. Entries only for the tokens asked about (a few in ten): arrays
  /// of three hashes and marks for every token were mostly written to be left unread.
  private let at: [Int32]
  /// The span's key hash and its marks (bits as `NameIndex.marks(hashes:)`), `noMarks` for a
  /// reading the scan will not ask about.
  private let hashes: [UInt64]
  private let marks: [UInt8]
  static let noMarks: UInt8 = 0xFF

  init(_ doc: ReportText, _ scan: ScanWords, _ starts: [UInt8], masked: [Bool], index: NameIndex) {
    let width = NameStarts.maxReadings
    let tokens = doc.tokens
    var at = [Int32](repeating: -1, count: tokens.count)
    var asked: [Int] = []
    var askedHashes: [UInt64] = []
    // Sized for the tokens that may start a name (a count of bytes): grown from empty, these
    // arrays were copied a dozen times per report. `hashes` is written in place, its first `used`
    // entries (a zero appended per reading checked the array's uniqueness and capacity each time).
    let mayStart = starts.count { !NameStarts.startsNothing($0) }
    var hashes = [UInt64](repeating: 0, count: width * mayStart)
    var used = 0
    asked.reserveCapacity(width * mayStart)
    askedHashes.reserveCapacity(width * mayStart)
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
      let base = used
      used += width
      for r in 0..<Int(head.readingCount) where r < width {
        guard NameStarts.marks(starts[i], r).map({ $0.isPrefix }) ?? true else { continue }
        if head.firstIsEmpty(r) && laterIsEmpty { continue }
        let hash = scan.hash(continuing: head.firstHash(r), later: j)
        hashes[base + r] = hash
        asked.append(base + r)
        askedHashes.append(hash)
      }
      at[i] = Int32(base)
    }
    var marks = [UInt8](repeating: Self.noMarks, count: used)
    for (k, m) in zip(asked, index.marks(hashes: askedHashes)) { marks[k] = m }
    self.at = at
    self.hashes = hashes
    self.marks = marks
  }

  /// The two-token span from token `i` in reading `r`: its key hash (as the scanner computes it)
  /// and the index's answer, when it was asked here (nil otherwise: the caller hashes the span and
  /// asks the index).
  @inline(__always)
  func pair(_ i: Int, _ r: Int) -> (hash: UInt64, isKey: Bool, isPrefix: Bool)? {
    guard r < NameStarts.maxReadings else { return nil }
    let base = at[i]
    guard base >= 0 else { return nil }
    let k = Int(base) + r
    let m = marks[k]
    guard m != Self.noMarks else { return nil }
    return (hashes[k], m & 1 != 0, m != 0)
  }
}
