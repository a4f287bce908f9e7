/// The distinct loose keys of one report's candidate spans, numbered in the order first met, each
/// with its `KeyFacts`: a candidate span carries its key's number, not the facts themselves.
///
/// Why numbers: a report repeats its names (a long document thousands of times). Carried per span,
/// the facts (a key string, a candidate array) were retained and released for every span, their
/// records were copied each time the span list grew, every span locked the recognizer's cache, and
/// "one sense per report" hashed each span's key into a set at every round of the list pass. With
/// numbers, that set is an array of flags.
///
/// Found by the key's FNV-1a hash (`HashIndex`): the hash is already computed by the name scan, and
/// a `Dictionary` ran SipHash over it again for every span.
struct ReportKeys {
  /// The facts of key number `k`.
  private(set) var facts: [KeyFacts] = []
  private var hashes: [UInt64] = []
  /// Sized for a typical report's few hundred keys: from 64 slots the table was rebuilt three
  /// times per report, and the arrays grown from empty were copied eight times.
  private var table = HashIndex(slots: 512)

  /// The number of the one-word key of each spelling's reading met so far, at
  /// `ScanHead.width × spelling + reading` (`ScanWords.spelling(_:)`), plus one; 0 when not met.
  /// A report repeats its words: a name of one word met again is numbered without looking its key
  /// up (hashing and comparing it) or copying its reading's strings out of the scan data.
  private var oneWord: [Int32] = []

  var count: Int { facts.count }

  /// `spellings`: how many distinct spellings the report has (`ScanWords.spellingCount`), for
  /// which the one-word memo is made at once. Grown as spellings were met, it had its zeros
  /// appended through a generic loop once or twice a report (~1,000 instructions each time).
  init(spellings: Int = 0) {
    facts.reserveCapacity(256)
    hashes.reserveCapacity(256)
    oneWord = [Int32](filling: 0, count: ScanHead.width * spellings)
  }

  /// The number of the one-word key of `reading` of `spelling`, when it was remembered.
  func number(spelling: Int, reading: Int) -> Int32? {
    let k = ScanHead.width * spelling + reading
    guard k < oneWord.count, oneWord[k] != 0 else { return nil }
    return oneWord[k] - 1
  }

  /// Remembers `number` as that of the one-word key of `reading` of `spelling`.
  mutating func remember(_ number: Int32, spelling: Int, reading: Int) {
    let k = ScanHead.width * spelling + reading
    if k >= oneWord.count {
      oneWord.append(contentsOf: repeatElement(0, count: Swift.max(k + 1 - oneWord.count, oneWord.count, 256)))
    }
    oneWord[k] = number + 1
  }

  subscript(k: Int32) -> KeyFacts { facts[Int(k)] }

  /// The flags of key number `k`, read in place: `self[k].flags` copied the facts out, retaining
  /// and releasing the key and its candidates, for every candidate span.
  @inline(__always)
  func flags(_ k: Int32) -> KeyFacts.Flags { facts[Int(k)].flags }

  /// The FNV-1a hash of key number `k`.
  func hash(_ k: Int32) -> UInt64 { hashes[Int(k)] }

  /// The number of `key` (whose FNV-1a hash is `hash`), nil when it has none yet (see `add`).
  func number(key: String, hash: UInt64) -> Int32? {
    table.first(hash: hash, in: hashes) { FNV1a.sameBytes(facts[$0].key, key) }.map { Int32($0) }
  }

  /// The number of the key `first` followed by the later-word keys of tokens `later` spell (its
  /// FNV-1a hash is `hash`), nil when it has none yet: a name of several words is found again
  /// without its key being built as a `String` (most spans repeat a name already numbered).
  func number(first: String, later: Range<Int>, of scan: ScanWords, hash: UInt64) -> Int32? {
    table.first(hash: hash, in: hashes) { Self.spells(facts[$0].key, first, later, scan) }.map { Int32($0) }
  }

  /// True when `key`'s bytes are `first`'s followed by those of each token's later-word key.
  static func spells(_ key: String, _ first: String, _ later: Range<Int>, _ scan: ScanWords) -> Bool {
    // Over the key's bytes as a buffer: `starts(with:)` on the UTF-8 views went through generic
    // index arithmetic, about 1,000 instructions a piece, for every repeated name of a report.
    // Each piece is compared by `Vocabulary.same` (eight bytes at a time), and a later-word key of
    // at most 16 bytes from the token's `ScanHead`, which holds its bytes: comparing byte by byte,
    // and copying each token's key `String` out of its `ScanWord`, was most of this call (~450
    // instructions a repeated name of several words).
    let fast = key.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
      guard let base = bytes.baseAddress else { return nil }
      // No closure captures `at` (each reads `from`): a nested function updating it made every
      // access an exclusivity check at run time.
      guard let firstCount = first.utf8.withContiguousStorageIfAvailable({ Self.piece($0, at: 0, of: base, bytes.count) })
      else { return nil }
      guard var at = firstCount else { return false }
      for t in later {
        let head = scan.head(t)
        let from = at
        let taken: Int??
        if head.laterCount != ScanHead.noBytes {
          // The head's two words hold the key's bytes in order (little-endian, as it stored them).
          let held = (head.laterBytes.0.littleEndian, head.laterBytes.1.littleEndian)
          taken = withUnsafeBytes(of: held) { raw in
            raw.withMemoryRebound(to: UInt8.self) {
              Self.piece(UnsafeBufferPointer(rebasing: $0[..<Int(head.laterCount)]), at: from, of: base, bytes.count)
            }
          }
        } else {
          taken = scan[t].later.utf8.withContiguousStorageIfAvailable { Self.piece($0, at: from, of: base, bytes.count) }
        }
        guard let taken else { return nil }
        guard let next = taken else { return false }
        at = next
      }
      return at == bytes.count
    }
    if let fast, let answer = fast { return answer }
    var rest = key.utf8[...]
    func take(_ piece: String) -> Bool {
      let bytes = piece.utf8
      guard rest.starts(with: bytes) else { return false }
      rest = rest.dropFirst(bytes.count)
      return true
    }
    guard take(first) else { return false }
    for t in later where !take(scan[t].later) { return false }
    return rest.isEmpty
  }

  /// Where `piece` ends in the key of `count` bytes at `key` when its bytes come there from
  /// offset `at`, else nil.
  @inline(__always)
  private static func piece(_ piece: UnsafeBufferPointer<UInt8>, at: Int, of key: UnsafePointer<UInt8>, _ count: Int)
    -> Int?
  {
    guard piece.count <= count - at else { return nil }
    guard piece.count > 0 else { return at }
    guard let p = piece.baseAddress, Vocabulary.same(key + at, p, piece.count) else { return nil }
    return at + piece.count
  }

  /// The number of `facts`' key (FNV-1a hash `hash`), numbering it first when it has none: one
  /// probe of the table for both (`number(key:hash:)` then `add` probed it twice for a new key,
  /// as most one-word keys of a report are on its second reading).
  mutating func number(orAdd facts: KeyFacts, hash: UInt64) -> Int32 {
    let key = facts.key
    let (found, empty) = table.find(hash: hash, in: hashes) { FNV1a.sameBytes(self.facts[$0].key, key) }
    if let found { return Int32(found) }
    let k = self.facts.count
    self.facts.append(facts)
    hashes.append(hash)
    table.insert(k, hashes: hashes, at: empty)
    return Int32(k)
  }

  /// Numbers `facts`, whose key (with FNV-1a hash `hash`) has no number yet, and returns it.
  mutating func add(_ facts: KeyFacts, hash: UInt64) -> Int32 {
    let k = self.facts.count
    self.facts.append(facts)
    hashes.append(hash)
    table.insert(k, hashes: hashes)
    return Int32(k)
  }
}
