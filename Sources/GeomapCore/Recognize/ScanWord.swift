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
    later = NameKey.looseWord(token.text, isFirst: false, isOnly: false)
    context = Context(token.text)
  }

  /// Scan data of every spelling read so far in this process, at `2 × word id + (Arabic ? 1 : 0)`
  /// (the scan data depends only on the spelling and on whether it is Arabic): found again by
  /// indexing instead of hashing, once per token of every report.
  private struct Cache {
    /// Unretained, so taking a known spelling for a report touches no object (see `ScanWords`);
    /// `owners` keeps each one alive for the process, and a filled slot is never replaced.
    var words: [Unmanaged<ScanWord>?] = []
    var owners: [ScanWord] = []
    /// At the same slots: the last report that took the spelling (see `of`), and the spelling's
    /// index in that report's `ScanWords.distinct`.
    var stamps: [UInt64] = []
    var locals: [Int32] = []
    var reports: UInt64 = 0

    mutating func grow(to slot: Int) {
      guard slot >= words.count else { return }
      let more = Swift.max(slot + 1 - words.count, words.count)
      words.append(contentsOf: repeatElement(nil, count: more))
      stamps.append(contentsOf: repeatElement(0, count: more))
      locals.append(contentsOf: repeatElement(0, count: more))
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
        guard word != .unseen, slot < c.words.count else {
          missing.append(k)
          continue
        }
        if c.stamps[slot] == stamp {
          local[k] = c.locals[slot]
        } else if let known = c.words[slot] {
          c.stamps[slot] = stamp
          c.locals[slot] = Int32(distinct.count)
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
        if c.words[m.slot] == nil {
          c.words[m.slot] = Unmanaged.passUnretained(m.scan)
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
