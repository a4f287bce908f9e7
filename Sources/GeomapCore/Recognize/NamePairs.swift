/// What the name index says of the two-token spans the name scanner will ask about, asked in one
/// pass before the scan (see `HashSlots.marks(of:)`): after a token that may start a name, the
/// scanner's next probe is the span with the following token, and asked one at a time those
/// probes each waited for memory. The scanner also takes the span's key hash from here instead of
/// hashing the second word again.
///
/// With those answers at hand, also the tokens where the scanner may find a name (`candidates`).
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
  /// `at` of a token whose pair the scanner never reaches: it stops at the second token (the
  /// report ends, the next token is masked or not tight, or is a lowercase English word that
  /// goes on no name).
  private static let scanStops: Int32 = -2

  /// The tokens, ascending, where `PlaceRecognizer.longestMatch` may find a name: unmasked, where
  /// `PlaceRecognizer.mayStartName` holds, less those whose every reading the index's answers
  /// at hand already rule out (see `mayMatch`). Every other token has no match: the scan tries
  /// these only. Written for speed: the scan asked every token, four in ten of which may start
  /// a name as far as their own spelling says, and a third of those calls found none (after
  /// setting up for the span, ~250 instructions each) where the span with the next token
  /// already answered no.
  let candidates: [Int32]

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
    // The tokens where `mayStartName` holds, unmasked, filtered below once the marks are known.
    // Written for speed: `at` and the tokens are written through buffers (every write to the
    // arrays checked them for a unique buffer, and there are thousands per report).
    var candidates = [Int32](unsafeUninitializedCapacity: tokens.count) { candidates, gathered in
      var count = 0
      at.withUnsafeMutableBufferPointer { at in
        for i in tokens.indices where !masked[i] {
          let script = tokens[i].script
          if NameStarts.startsNothing(starts[i]) {
            // A Latin article may start a name that starts nothing as far as its byte says
            // ("al-Bab" is keyed without it).
            if script == .latin, PlaceContext.latinArticles.contains(doc.words[i]) {
              candidates[count] = Int32(i)
              count += 1
            }
            continue
          }
          // `mayStartName`: no other script starts a name (the scanner never asks their pairs).
          guard script == .arabic || script == .latin && !PlaceRecognizer.lowercaseStartsNoName(doc, i) else {
            continue
          }
          candidates[count] = Int32(i)
          count += 1
          // The span of this token and the next, as `PlaceRecognizer.longestMatch` keys it.
          let j = i + 1
          guard j < tokens.count, !masked[j], doc.isTight(before: j) else {
            at[i] = Self.scanStops
            continue
          }
          // A lowercase English word goes on a name only as an article, a place noun or a
          // direction: the scanner stops there without asking ("al-Bab in"), and so does this pass.
          if tokens[j].script == .latin, !doc.isCapitalized(j), !PlaceRecognizer.mayContinueName(doc.words[j]) {
            at[i] = Self.scanStops
            continue
          }
          // Read from the report's heads, not the `ScanWord`s (see `ScanWords.heads`).
          let laterIsEmpty = scan.head(j).laterIsEmpty
          let head = scan.head(i)
          let readings = min(Int(head.readingCount), width)
          at[i] = Int32(hashes.count << 2 | readings)
          for r in 0..<readings {
            guard NameStarts.marks(starts[i], r).map({ $0.isPrefix }) ?? true, !(head.firstIsEmpty(r) && laterIsEmpty)
            else {
              unasked.append(hashes.count)
              hashes.append(0)
              continue
            }
            hashes.append(scan.hash(continuing: head.firstHash(r), later: j))
          }
        }
      }
      gathered = count
    }
    var marks = index.marks(hashes: hashes)
    for k in unasked { marks[k] = Self.noMarks }
    // Filtered in place, through the buffers.
    let kept = candidates.withUnsafeMutableBufferPointer { candidates in
      at.withUnsafeBufferPointer { at in
        marks.withUnsafeBufferPointer { marks in
          var kept = 0
          for k in candidates.indices where Self.mayMatch(Int(candidates[k]), doc, scan, starts, at: at, marks: marks) {
            candidates[kept] = candidates[k]
            kept += 1
          }
          return kept
        }
      }
    }
    candidates.removeLast(candidates.count - kept)
    self.at = at
    self.hashes = hashes
    self.marks = marks
    self.candidates = candidates
  }

  /// False when `PlaceRecognizer.longestMatch` finds no name at token `i` (one of `candidates`
  /// as first gathered): for each reading, the token alone is no name, and it starts none or the
  /// span with the next token is neither a name nor starts one (or the scan stops before it).
  /// True whenever the answers at hand do not settle it (a Latin article, a reading past those
  /// `NameStarts` holds, a pair not asked): the scan then decides.
  @inline(__always)
  private static func mayMatch(
    _ i: Int, _ doc: ReportText, _ scan: ScanWords, _ starts: [UInt8], at: UnsafeBufferPointer<Int32>,
    marks: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    let byte = starts[i]
    // An article goes on to the next token whatever its byte says ("al-Bab").
    if NameStarts.startsNothing(byte) || byte & NameStarts.moreReadings != 0 { return true }
    if doc.tokens[i].script == .latin, PlaceContext.latinArticles.contains(doc.words[i]) { return true }
    let entry = at[i]
    for r in 0..<Int(scan.head(i).readingCount) {
      // A reading whose one-word key is empty is marked a name (`NameStarts`): true here.
      guard let alone = NameStarts.marks(byte, r), !alone.isKey else { return true }
      guard alone.isPrefix, entry != scanStops else { continue }
      guard entry >= 0, r < Int(entry & 3) else { return true }
      let m = marks[Int(entry >> 2) + r]
      if m == noMarks || m != 0 { return true }
    }
    return false
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
