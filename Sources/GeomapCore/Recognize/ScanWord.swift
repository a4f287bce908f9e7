/// What the name scanner needs of one token, computed once per spelling: its clitic readings as
/// first word of a name and its key as a later word, with FNV-1a states of those keys so a growing
/// span's key is hashed a word at a time instead of rebuilt as a `String` at every step.
///
/// A class, shared by every token of the spelling: a report's scan holds one reference per token
/// (a struct held two, the readings and the later key, each retained and released per token).
final class ScanWord: Sendable {
  struct Reading: Sendable {
    let prefixLength: Int
    /// Loose key of the reading as a one-word name, and as the first word of a longer name.
    let only: String
    let first: String
    let onlyHash: UInt64
    let firstHash: UInt64
  }

  let readings: [Reading]
  /// What the name scan asks of the readings for nearly every token (`NamePairs`,
  /// `PlaceRecognizer.longestMatch`), held in the object itself: read through the `readings`
  /// array it was a second cache miss per token. Their strings stay in `readings`.
  let readingCount: Int
  private let heads: Heads
  /// Loose key of the token as a later word of a name.
  let later: String
  /// What `PlaceRecognizer.acceptInContext` asks of the spelling for every candidate span near it
  /// (each question keyed, hashed or looked up the token's text again).
  let context: Context

  struct Context: Sendable {
    /// The whole token's loose key is an Arabic function word (`PlaceContext.arabicStop`).
    let isStop: Bool
    /// … or an everyday word (`PlaceContext.common`).
    let isStopOrCommon: Bool
    /// The token, article taken off, is a trigger noun; `hint` is the kind it announces.
    let isTrigger: Bool
    let hint: PlaceKind?
    /// The article is written on the token, after any clitic (`PlaceRecognizer.articleOn`).
    let hasArticle: Bool

    init(_ text: String) {
      let whole = NameKey.loose(text)
      isStop = PlaceContext.arabicStop.contains(whole)
      isStopOrCommon = isStop || PlaceContext.common.contains(whole)
      // The trigger table is read first: it interns its words when first used, so the lookup
      // finds them. `existing`: a spelling not in the word table is no lexicon word, and must
      // not be added.
      let triggers = PlaceContext.triggers
      let hint = Word.existing(ArabicWord.stripArticle(text)).flatMap { triggers[$0] }
      isTrigger = hint != nil
      self.hint = hint ?? nil
      hasArticle = PlaceRecognizer.articleOn(text)
    }
  }

  init(_ token: Token) {
    let readings =
      token.script == .arabic
      ? NameKey.cliticReadings(token.text) : [CliticReading(stem: token.text, prefixLength: 0)]
    self.readings = readings.map { r in
      let only = NameKey.looseWord(r.stem, isFirst: true, isOnly: true)
      let first = NameKey.looseWord(r.stem, isFirst: true, isOnly: false)
      return Reading(
        prefixLength: r.prefixLength, only: only, first: first, onlyHash: FNV1a.hash64(only),
        firstHash: FNV1a.hash64(first))
    }
    readingCount = self.readings.count
    heads = Heads(self.readings)
    later = NameKey.looseWord(token.text, isFirst: false, isOnly: false)
    context = Context(token.text)
  }

  /// Hashes, prefix lengths and emptiness of the first `width` readings (a token has at most three,
  /// see `NameKey.cliticReadings`; any further one is read from `readings`).
  private struct Heads: Sendable {
    static let width = 3
    let onlyHashes: (UInt64, UInt64, UInt64)
    let firstHashes: (UInt64, UInt64, UInt64)
    let prefixLengths: (Int32, Int32, Int32)
    /// Bit `r`: reading `r`'s one-word key is empty; bit `4 + r`: its first-word key is.
    let empties: UInt8

    init(_ readings: [Reading]) {
      func at<T>(_ r: Int, _ value: (Reading) -> T, _ none: T) -> T { r < readings.count ? value(readings[r]) : none }
      onlyHashes = (at(0, \.onlyHash, 0), at(1, \.onlyHash, 0), at(2, \.onlyHash, 0))
      firstHashes = (at(0, \.firstHash, 0), at(1, \.firstHash, 0), at(2, \.firstHash, 0))
      prefixLengths = (
        at(0, { Int32(clamping: $0.prefixLength) }, 0), at(1, { Int32(clamping: $0.prefixLength) }, 0),
        at(2, { Int32(clamping: $0.prefixLength) }, 0)
      )
      var bits: UInt8 = 0
      for (r, reading) in readings.prefix(Self.width).enumerated() {
        if reading.only.isEmpty { bits |= 1 << UInt8(r) }
        if reading.first.isEmpty { bits |= 1 << UInt8(4 + r) }
      }
      empties = bits
    }
  }

  /// Reading `r`'s FNV-1a hash as a one-word name.
  @inline(__always)
  func onlyHash(_ r: Int) -> UInt64 {
    r == 0 ? heads.onlyHashes.0 : r == 1 ? heads.onlyHashes.1 : r == 2 ? heads.onlyHashes.2 : readings[r].onlyHash
  }

  /// Reading `r`'s FNV-1a hash as the first word of a longer name.
  @inline(__always)
  func firstHash(_ r: Int) -> UInt64 {
    r == 0 ? heads.firstHashes.0 : r == 1 ? heads.firstHashes.1 : r == 2 ? heads.firstHashes.2 : readings[r].firstHash
  }

  /// Reading `r`'s prefix length (scalars of the token its clitics take).
  @inline(__always)
  func prefixLength(_ r: Int) -> Int {
    r == 0
      ? Int(heads.prefixLengths.0) : r == 1
      ? Int(heads.prefixLengths.1) : r == 2 ? Int(heads.prefixLengths.2) : readings[r].prefixLength
  }

  /// Whether reading `r`'s one-word key is empty.
  @inline(__always)
  func onlyIsEmpty(_ r: Int) -> Bool {
    r < Heads.width ? heads.empties & (1 << UInt8(r)) != 0 : readings[r].only.isEmpty
  }

  /// Whether reading `r`'s first-word key is empty.
  @inline(__always)
  func firstIsEmpty(_ r: Int) -> Bool {
    r < Heads.width ? heads.empties & (1 << UInt8(4 + r)) != 0 : readings[r].first.isEmpty
  }

  /// Scan data of every spelling read so far in this process, at `2 × word id + (Arabic ? 1 : 0)`
  /// (the scan data depends only on the spelling and on whether it is Arabic): found again by
  /// indexing instead of hashing, once per token of every report.
  private struct Cache {
    /// What the cache keeps of one spelling, in one record: kept in three arrays, a spelling's
    /// first token in a report read three distant places (a cache miss each).
    struct Slot {
      /// Unretained, so taking a known spelling for a report touches no object (see
      /// `ScanWords`); `owners` keeps each one alive for the process, and a filled slot is never
      /// replaced.
      var word: Unmanaged<ScanWord>?
      /// The last report that took the spelling (see `of`), and the spelling's index in that
      /// report's `ScanWords.distinct`.
      var stamp: UInt64
      var local: Int32
    }
    var slots: [Slot] = []
    var owners: [ScanWord] = []
    var reports: UInt64 = 0

    mutating func grow(to slot: Int) {
      guard slot >= slots.count else { return }
      let more = Swift.max(slot + 1 - slots.count, slots.count)
      slots.append(contentsOf: repeatElement(Slot(word: nil, stamp: 0, local: 0), count: more))
    }
  }

  private static let cache = Locked(Cache())

  /// The scan data of each token of `doc`.
  static func of(_ doc: ReportText) -> ScanWords {
    let n = doc.tokens.count
    var distinct: [Unmanaged<ScanWord>] = []
    var local = [Int32](repeating: 0, count: n)
    // One lock for the report's known spellings; new ones are analysed outside it. Each known
    // spelling is taken (unretained) once per report, stamped with the report's number.
    var missing: [Int] = []
    // The report's arrays read once (through the class, each read retained the array).
    let tokens = doc.tokens
    let words = doc.words
    cache.withLock { c in
      c.reports &+= 1
      let stamp = c.reports
      for k in 0..<n {
        let word = words[k]
        let slot = 2 * Int(word.id) + (tokens[k].script == .arabic ? 1 : 0)
        guard word != .unseen, slot < c.slots.count else {
          missing.append(k)
          continue
        }
        if c.slots[slot].stamp == stamp {
          local[k] = c.slots[slot].local
        } else if let known = c.slots[slot].word {
          c.slots[slot].stamp = stamp
          c.slots[slot].local = Int32(distinct.count)
          local[k] = Int32(distinct.count)
          distinct.append(known)
        } else {
          missing.append(k)
        }
      }
    }
    guard !missing.isEmpty else { return ScanWords(distinct: distinct, fresh: [], local: local) }
    // A new spelling is analysed once per report (a spelling past the word table's limit once
    // per token: it has no slot).
    var madeAt: [Int: Int32] = [:]
    var made: [(slot: Int, scan: ScanWord)] = []
    var fresh: [ScanWord] = []
    for k in missing {
      let t = doc.tokens[k]
      let word = doc.words[k]
      let slot = 2 * Int(word.id) + (t.script == .arabic ? 1 : 0)
      if word != .unseen, let at = madeAt[slot] {
        local[k] = at
        continue
      }
      let scan = ScanWord(t)
      local[k] = Int32(distinct.count)
      distinct.append(Unmanaged.passUnretained(scan))
      fresh.append(scan)
      if word != .unseen {
        madeAt[slot] = local[k]
        made.append((slot, scan))
      }
    }
    cache.withLock { c in
      for m in made {
        c.grow(to: m.slot)
        // Never replaced (another report may have filled the slot meanwhile): a `ScanWords` holds
        // the cache's entries unretained.
        if c.slots[m.slot].word == nil {
          c.slots[m.slot].word = Unmanaged.passUnretained(m.scan)
          c.owners.append(m.scan)
        }
      }
    }
    return ScanWords(distinct: distinct, fresh: fresh, local: local)
  }

}

/// The scan data of a report's tokens: each distinct spelling's `ScanWord` once, and per token the
/// index of its spelling's.
///
/// An array of one `ScanWord` per token retained and released a reference per token (the largest
/// part of gathering the scan data on 2 MB of English); indices cost no reference counting.
struct ScanWords {
  /// Each distinct spelling's scan data, unretained. Written for speed: retaining each known
  /// spelling's object once per report touched every one of them (a cache miss each, ~2 % of a run
  /// on 2 MB of Arabic), though the scan reads only the few that may start a name. Safe because
  /// every one is kept alive by `fresh` or by the process-wide cache, which never drops nor
  /// replaces an entry.
  private let distinct: [Unmanaged<ScanWord>]
  /// The spellings analysed for this report, owned here.
  private let fresh: [ScanWord]
  private let local: [Int32]

  init(distinct: [Unmanaged<ScanWord>], fresh: [ScanWord], local: [Int32]) {
    self.distinct = distinct
    self.fresh = fresh
    self.local = local
  }

  /// Token `i`'s scan data.
  @inline(__always)
  subscript(i: Int) -> ScanWord { distinct[Int(local[i])].takeUnretainedValue() }
}
