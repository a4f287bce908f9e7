/// What the name index says of the two-token spans the name scanner will ask about, asked in one
/// pass before the scan (see `HashSlots.marks(of:)`): after a token that may start a name, the
/// scanner's next probe is the span with the following token, and asked one at a time those
/// probes each waited for memory.
struct NamePairs {
  /// At `maxReadings × token + reading`: the span's key hash and its marks (bits as
  /// `NameIndex.marks(hashes:)`), `noMarks` where the scan will not ask.
  private let hashes: [UInt64]
  private let marks: [UInt8]
  static let noMarks: UInt8 = 0xFF

  init(_ doc: ReportText, _ scan: ScanWords, _ starts: [UInt8], masked: [Bool], index: NameIndex) {
    let width = NameStarts.maxReadings
    var hashes = [UInt64](repeating: 0, count: width * doc.tokens.count)
    var asked: [Int] = []
    var askedHashes: [UInt64] = []
    for i in doc.tokens.indices where !NameStarts.startsNothing(starts[i]) && !masked[i] {
      if PlaceRecognizer.lowercaseStartsNoName(doc, i) { continue }
      // The span of this token and the next, as `PlaceRecognizer.longestMatch` keys it.
      let j = i + 1
      guard j < doc.tokens.count, !masked[j], doc.isTight(before: j) else { continue }
      // A lowercase English word goes on a name only as an article, a place noun or a direction:
      // the scanner stops there without asking ("al-Bab in"), and so does this pass.
      if doc.tokens[j].script == .latin, !doc.isCapitalized(j), !PlaceRecognizer.mayContinueName(doc.words[j]) {
        continue
      }
      // Read from the report's heads, not the `ScanWord`s (see `ScanWords.heads`).
      let laterIsEmpty = scan.head(j).laterIsEmpty
      let head = scan.head(i)
      for r in 0..<min(Int(head.readingCount), width) {
        guard NameStarts.marks(starts[i], r).map({ $0.isPrefix }) ?? true else { continue }
        if head.firstIsEmpty(r) && laterIsEmpty { continue }
        let hash = scan.hash(continuing: head.firstHash(r), later: j)
        hashes[width * i + r] = hash
        asked.append(width * i + r)
        askedHashes.append(hash)
      }
    }
    var marks = [UInt8](repeating: Self.noMarks, count: hashes.count)
    for (k, m) in zip(asked, index.marks(hashes: askedHashes)) { marks[k] = m }
    self.hashes = hashes
    self.marks = marks
  }

  /// The index's answer for the two-token span from token `i` in reading `r`, keyed `hash`, when
  /// it was asked here (nil otherwise: the caller asks the index).
  @inline(__always)
  func marks(_ i: Int, _ r: Int, hash: UInt64) -> (isKey: Bool, isPrefix: Bool)? {
    guard r < NameStarts.maxReadings else { return nil }
    let k = NameStarts.maxReadings * i + r
    let m = marks[k]
    guard m != Self.noMarks, hashes[k] == hash else { return nil }
    return (m & 1 != 0, m != 0)
  }
}
