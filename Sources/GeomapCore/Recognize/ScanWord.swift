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

    /// The reading of a stem with keys `keys` (`NameKey.looseWordKeys`), `onlyHash` the hash of
    /// `keys.only`.
    init(prefixLength: Int, keys: (only: String, first: String, later: String), onlyHash: UInt64) {
      self.prefixLength = prefixLength
      only = keys.only
      first = keys.first
      self.onlyHash = onlyHash
      firstHash = keys.first == keys.only ? onlyHash : FNV1a.hash64(keys.first)
    }

    /// The reading of a stem whose key is `key` in every place (an Arabic stem's), `hash` its hash.
    init(prefixLength: Int, key: String, hash: UInt64) {
      self.prefixLength = prefixLength
      only = key
      first = key
      onlyHash = hash
      firstHash = hash
    }
  }

  /// The token's readings and later key, and what `init` read off its text with them.
  private let keyed: Keyed

  /// How many readings the token has.
  var readingCount: Int { 1 + keyed.stems.count }

  /// Reading `r` (below `readingCount`).
  func reading(_ r: Int) -> Reading { r == 0 ? keyed.plain : keyed.stems[r - 1] }

  /// What the name scan asks of the readings and the later key for nearly every token, without
  /// their strings (see `ScanWords.heads`).
  var head: ScanHead { keyed.head }
  /// Loose key of the token as a later word of a name.
  var later: String { keyed.later }
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

    /// `whole`: `NameKey.loose(text)`, whose FNV-1a hash is `wholeHash`; `bare`:
    /// `ArabicWord.stripArticle(text)`, and `bareWord` its word in the word table when the caller
    /// knows it (nil: looked up); `hasArticle`: whether a clitic reading of the token starts with
    /// the article.
    init(whole: String, wholeHash: UInt64, bare: String, bareWord: Word?, hasArticle: Bool) {
      isStop = PlaceContext.arabicStop.contains(whole, hash: wholeHash)
      isStopOrCommon = isStop || PlaceContext.common.contains(whole, hash: wholeHash)
      // The trigger table is read first: it interns its words when first used, so the lookup
      // finds them. `existing`: a spelling not in the word table is no lexicon word, and must
      // not be added.
      let triggers = PlaceContext.triggers
      let hint = (bareWord ?? Word.existing(bare)).flatMap { triggers[$0] }
      isTrigger = hint != nil
      self.hint = hint ?? nil
      self.hasArticle = hasArticle
    }
  }

  /// The scan data of a token spelled `text` (folded) in script `script`; `word`: its word in the
  /// word table (`ReportText.words`; `Word.unseen` past the table's limit). The text and script,
  /// not the `Token`: a copy of the token was retained and destroyed twice per new spelling.
  init(_ text: String, script: Script, word: Word) {
    // Stored as made and read back from `self`: read from a local, the readings were copied into
    // the object and the local destroyed (a retain and a release per key).
    keyed = (script == .arabic ? Self.plainArabicReadings(text) : nil) ?? Self.readings(text, script: script)
    let whole = keyed.isOneWord ? keyed.plain.only : NameKey.loose(text)
    // An Arabic token's one-word key is the token without the article before two letters or more,
    // as `ArabicWord.stripArticle` makes it; that function leaves any other token as it is. The
    // key's hash is the first reading's when it is that key (hashing it again for each key set
    // was a tenth of making a new spelling's scan data). When that is the token itself, its word
    // is the token's (looking it up again was a tenth more).
    let bare = script == .arabic ? keyed.plain.only : text
    context = Context(
      whole: whole, wholeHash: keyed.isOneWord ? keyed.plain.onlyHash : FNV1a.hash64(whole), bare: bare,
      bareWord: word != .unseen && keyed.bareIsText ? word : nil, hasArticle: keyed.hasArticle)
  }

  /// A token's readings, later key and head, and what `init` reads off its text with them:
  /// whether a clitic reading starts with the article (`Context.hasArticle`), whether the token is
  /// one folded word (`Tokenizer.isOneFoldedWord`), and whether its bare form (see `init`) has the
  /// token's own bytes.
  private struct Keyed {
    /// The token's clitic readings (`NameKey.cliticReadings`): the token's own, then those of its
    /// stems after the clitics (at most two: `ScanHead.width` in all). Apart, so a spelling with no
    /// clitic (most) has no array to make (an empty one is no heap block; an array of readings per
    /// spelling was a tenth of making a new spelling's scan data).
    var plain: Reading
    var stems: [Reading]
    var later: String
    var hasArticle: Bool
    var isOneWord: Bool
    var bareIsText: Bool
    var head: ScanHead

    /// `startsWithLamLam`: whether the token starts with «لل» (see `ScanHead`). The head is made
    /// from the readings and key as they are passed in, before they are stored (made from the
    /// stored ones, they were copied for it and destroyed after).
    init(
      plain: Reading, stems: [Reading], later: String, hasArticle: Bool, isOneWord: Bool, bareIsText: Bool,
      startsWithLamLam: Bool
    ) {
      head = ScanHead(plain: plain, stems: stems, later: later)
      head.startsWithLamLam = startsWithLamLam
      self.plain = plain
      self.stems = stems
      self.later = later
      self.hasArticle = hasArticle
      self.isOneWord = isOneWord
      self.bareIsText = bareIsText
    }
  }

  /// `Keyed` of any token. The token's clitic readings (`NameKey.cliticReadings`) made straight
  /// into `plain` and `stems`: the readings' own array and the one `map` made from it were a fifth
  /// of making a new spelling's scan data. The first reading is the token: the token's own keys
  /// serve it, its place as a later word, and its key as a whole name when it is one folded word
  /// (`NameKey.loose` would tokenize it again to find that out).
  private static func readings(_ text: String, script: Script) -> Keyed {
    let prefixes =
      script == .arabic
      ? NameKey.cliticPrefixes(of: text) : (conjunction: 0, preposition: 0, articleBack: false)
    let keys = NameKey.looseWordKeys(text)
    let plain = Reading(prefixLength: 0, keys: keys, onlyHash: FNV1a.hash64(keys.only))
    var stems: [Reading] = []
    let stemCount = (prefixes.conjunction > 0 ? 1 : 0) + (prefixes.preposition > 0 ? 1 : 0)
    if stemCount > 0 { stems.reserveCapacity(stemCount) }
    // `PlaceRecognizer.articleOn(text)`, which is whether a clitic reading starts with the article,
    // read off the stems at hand (that function copies the token's scalars into an array). By
    // bytes: a stem's first two scalars are «ال» exactly when its first four bytes are.
    var hasArticle = FNV1a.startsWithBytes(text, "ال")
    func addStem(after prefix: Int, articleBack: Bool) {
      guard prefix > 0 else { return }
      let stem = NameKey.cliticStem(of: text, after: prefix, articleBack: articleBack)
      hasArticle = hasArticle || FNV1a.startsWithBytes(stem, "ال")
      let stemKeys = NameKey.looseWordKeys(stem)
      stems.append(Reading(prefixLength: prefix, keys: stemKeys, onlyHash: FNV1a.hash64(stemKeys.only)))
    }
    addStem(after: prefixes.conjunction, articleBack: false)
    addStem(after: prefixes.preposition, articleBack: prefixes.articleBack)
    return Keyed(
      plain: plain, stems: stems, later: keys.later, hasArticle: hasArticle,
      isOneWord: Tokenizer.isOneFoldedWord(text),
      bareIsText: script != .arabic || FNV1a.sameBytes(keys.only, text),
      // The bytes first: `hasPrefix` compares Characters (canonical equivalence), slow on Arabic,
      // and a token without these bytes cannot have the prefix (lām has no other equivalent
      // spelling).
      startsWithLamLam: FNV1a.startsWithBytes(text, PlaceRecognizer.lamLam)
        && text.hasPrefix(PlaceRecognizer.lamLam.description))
  }

  /// `readings(text, script: .arabic)` of a token of plain letters that folding keeps as they are
  /// (`ArabicWord.isFoldedPlainArabic`, so it is one folded word; nil for any other token), read
  /// off its UTF-8 bytes: its clitic stems as `WordForms` reads them (`ArabicWord.forEachStem`),
  /// each stem's key the stem without its article (`NameKey.looseWord` of an Arabic word, alike in
  /// every place) hashed from the bytes, and a `String` made only for a key that is not the token
  /// itself. Written for speed: through the `String` functions each stem and key was decoded,
  /// copied and hashed again, ~2.4k instructions a new Arabic spelling.
  private static func plainArabicReadings(_ text: String) -> Keyed? {
    var bytes = text
    return bytes.withUTF8 { letters -> Keyed? in
      // A plain token that folding would change (never a report's token) takes the general path.
      guard ArabicWord.isFoldedPlainArabic(letters: letters) else { return nil }
      // The token's own reading apart: most tokens have no other.
      let key = ArabicWord.withoutArticle(letters)
      let bareIsText = key.count == letters.count
      // Keys are made with `String(validUTF8:)`: they are runs of whole plain letters (each two
      // bytes, cut at even offsets) of the token's valid UTF-8, or «ا» and such a run, and
      // `String(decoding:)` checked them again (~150 instructions a new spelling, callgrind).
      let plain = Reading(
        prefixLength: 0, key: bareIsText ? text : String(validUTF8: key), hash: FNV1a.hash64(bytes: key))
      // A stem starts with the article exactly when its first four bytes are «ال».
      var hasArticle = FNV1a.startsWithBytes(letters, "ال")
      var stems: [Reading] = []
      ArabicWord.forEachStem(ofLetters: letters) { stem, prefix in
        guard prefix > 0 else { return }
        let key = ArabicWord.withoutArticle(stem)
        hasArticle = hasArticle || FNV1a.startsWithBytes(stem, "ال")
        stems.append(
          Reading(prefixLength: prefix, key: String(validUTF8: key), hash: FNV1a.hash64(bytes: key)))
      }
      // The later key taken first, so `plain` is passed on as it is (not copied for the call and
      // destroyed after it).
      let later = plain.only
      // Plain letters are each a Character of their own (`ArabicWord.isPlainArabic`): «لل» is
      // the token's first two Characters exactly when it is its first four bytes.
      return Keyed(
        plain: plain, stems: stems, later: later, hasArticle: hasArticle, isOneWord: true, bareIsText: bareIsText,
        startsWithLamLam: FNV1a.startsWithBytes(letters, PlaceRecognizer.lamLam))
    }
  }

  /// The head of a token of plain letters that folding keeps (`ArabicWord.isFoldedPlainArabic`;
  /// nil for any other token): `plainArabicReadings(text)`'s head, read off the token's bytes
  /// without making its readings. A report's new spelling gets its head now and its `ScanWord`
  /// only when the recognizer asks for it (`ScanWords.subscript`): the name scan reads a head for
  /// nearly every token, the rest of the scan data (keys as strings, the context's lookups) is read
  /// for a few spellings around candidate names (~1 in 4 new Arabic spellings of the labelled
  /// reports), and making it for every new spelling was three quarters of `ScanWord.of`'s
  /// first-time cost (~1.5k instructions a spelling, callgrind).
  static func plainArabicHead(_ text: String) -> ScanHead? {
    var bytes = text
    return bytes.withUTF8 { letters -> ScanHead? in
      guard ArabicWord.isFoldedPlainArabic(letters: letters) else { return nil }
      var head = ScanHead()
      var r = 0
      // Each stem's key is the stem without its article, alike in every place (see
      // `plainArabicReadings`); the token's own is also its later-word key.
      ArabicWord.forEachStem(ofLetters: letters) { stem, prefix in
        let key = ArabicWord.withoutArticle(stem)
        let hash = FNV1a.hash64(bytes: key)
        head.set(r, prefixLength: prefix, onlyHash: hash, firstHash: hash, onlyIsEmpty: key.isEmpty, firstIsEmpty: key.isEmpty)
        if r == 0 { head.setLater(key) }
        r += 1
      }
      head.readingCount = UInt8(r)
      head.startsWithLamLam = FNV1a.startsWithBytes(letters, PlaceRecognizer.lamLam)
      return head
    }
  }

  /// Scan data of every spelling read so far in this process, at `2 × word id + (Arabic ? 1 : 0)`
  /// (the scan data depends only on the spelling and on whether it is Arabic): found again by
  /// indexing instead of hashing, once per token of every report.
  private struct Cache {
    /// What the cache keeps of one spelling, in one record: kept in three arrays, a spelling's
    /// first token in a report read three distant places (a cache miss each).
    struct Slot {
      /// The spelling's scan data, nil until a report asks for it (see `plainArabicHead`).
      /// Unretained, so taking a known spelling for a report touches no object (see
      /// `ScanWords`); `owners` keeps each one alive for the process, and a filled slot is never
      /// replaced.
      var word: Unmanaged<ScanWord>?
      /// The last report that took the spelling (see `of`), and the spelling's index in that
      /// report's `ScanWords`.
      var stamp: UInt64
      var local: Int32
      /// Where the spelling's head is in `heads` (-1 while no report has met the spelling).
      var owner: Int32
    }
    var slots: [Slot] = []
    var owners: [ScanWord] = []
    /// Each spelling's head, in the order the spellings were met: a report copies its spellings'
    /// heads from here (see `ScanWords.heads`). Kept apart from `slots`, which has room for every
    /// word id twice: heads there made the table several megabytes from the first report on.
    var heads: [ScanHead] = []
    var reports: UInt64 = 0

    mutating func grow(to slot: Int) {
      guard slot >= slots.count else { return }
      let more = Swift.max(slot + 1 - slots.count, slots.count)
      slots.append(contentsOf: repeatElement(Slot(word: nil, stamp: 0, local: 0, owner: -1), count: more))
    }
  }

  private static let cache = Locked(Cache())

  /// `scan`, the scan data of the spelling at cache slot `slot`, kept for the process unless the
  /// slot holds some already (made meanwhile for another report); the slot's scan data.
  fileprivate static func keep(_ scan: ScanWord, at slot: Int) -> Unmanaged<ScanWord> {
    cache.withLock { c in
      c.grow(to: slot)
      if let kept = c.slots[slot].word { return kept }
      c.slots[slot].word = Unmanaged.passUnretained(scan)
      c.owners.append(scan)
      return Unmanaged.passUnretained(scan)
    }
  }

  /// The scan data of each token of `doc`: each spelling's head now, its `ScanWord` when asked
  /// for (see `plainArabicHead`).
  static func of(_ doc: ReportText) -> ScanWords {
    let storage = ScanWords.Storage(doc)
    let n = storage.tokens.count
    let local = storage.local
    // Each known spelling's slot and first token, in the order the report first meets it. Sized
    // for a typical share of distinct spellings: grown from empty, it was copied a dozen times
    // per report.
    var spellingSlots: [Int] = []
    var spellingTokens: [Int32] = []
    spellingSlots.reserveCapacity(n / 2)
    spellingTokens.reserveCapacity(n / 2)
    // One lock for the report's known spellings; new ones get their heads outside it. Each known
    // spelling is taken (unretained) once per report, stamped with the report's number.
    //
    // The spellings new to the process are numbered 0, 1, … in the order the report first meets
    // them (a token past the word table's limit is one of its own each time), and each of their
    // tokens is marked `-1 - i` in `local`: the i-th is made at the first token marked with `i`
    // (resolved below), so a new spelling is analysed once per report without a table of the
    // report's new spellings (hashing each missing token's slot there cost ~400 instructions a new
    // spelling) nor a list of their first tokens (grown from empty, ~5k instructions a report).
    var newCount: Int32 = 0
    // The report's arrays read once (through the class, each read retained the array).
    let tokens = storage.tokens
    let words = storage.words
    // Written for speed (this runs for every token of every report): the table is grown once, to
    // the report's largest slot, and read and stamped through its buffer, and `local` written
    // through its own. Growing it token by token and writing through the arrays (each write
    // checked for a unique buffer, the captured `local` reloaded) was most of this loop.
    var top = -1
    for word in words where word != .unseen { top = Swift.max(top, Int(word.id)) }
    cache.withLock { c in
      c.reports &+= 1
      let stamp = c.reports
      c.grow(to: 2 * top + 1)
      c.slots.withUnsafeMutableBufferPointer { slots in
        // Every token's slot is inside the table.
        precondition(2 * top + 1 < slots.count && local.count == n, "ScanWord: the table holds every slot")
        for k in 0..<n {
          let word = words[k]
          guard word != .unseen else {
            local[k] = -1 - newCount
            newCount += 1
            continue
          }
          let slot = 2 * Int(word.id) + (tokens[k].script == .arabic ? 1 : 0)
          if slots[slot].stamp == stamp {
            local[k] = slots[slot].local
          } else if slots[slot].owner >= 0 {
            slots[slot].stamp = stamp
            slots[slot].local = Int32(spellingSlots.count)
            local[k] = Int32(spellingSlots.count)
            spellingSlots.append(slot)
            spellingTokens.append(Int32(k))
          } else {
            slots[slot].stamp = stamp
            slots[slot].local = -1 - newCount
            local[k] = -1 - newCount
            newCount += 1
          }
        }
        // The known spellings' heads and scan data, taken once their number and the new ones'
        // are known: sized exactly, where grown while reading the tokens they were copied once
        // or twice per report.
        storage.allocateSpellings(spellingSlots.count + Int(newCount))
        for (s, slot) in spellingSlots.enumerated() {
          storage.set(
            s, head: c.heads[Int(slots[slot].owner)], scan: slots[slot].word, slot: slot,
            firstToken: spellingTokens[s])
        }
      }
    }
    guard newCount > 0 else { return ScanWords(storage) }
    // The new spellings with a slot in the cache, by their index in the report.
    var made: [Int] = []
    made.reserveCapacity(Int(newCount))
    // New spelling i is the one at index `known + i`; its first token (the first marked with i
    // comes after the first marked with i - 1) makes it.
    let known = Int32(spellingSlots.count)
    var next: Int32 = 0
    for k in 0..<n where local[k] < 0 {
      let i = -1 - local[k]
      local[k] = known + i
      guard i == next else { continue }
      next += 1
      let s = Int(known + i)
      let script = tokens[k].script
      let word = words[k]
      let slot = word == .unseen ? -1 : 2 * Int(word.id) + (script == .arabic ? 1 : 0)
      let text = tokens[k].text
      // Any token not of plain Arabic letters (English, digits) gets its scan data now, its head
      // made from its readings.
      if script == .arabic, let head = plainArabicHead(text) {
        storage.set(s, head: head, scan: nil, slot: slot, firstToken: Int32(k))
      } else {
        let scan = ScanWord(text, script: script, word: word)
        storage.owned.append(scan)
        storage.set(s, head: scan.head, scan: Unmanaged.passUnretained(scan), slot: slot, firstToken: Int32(k))
      }
      if slot >= 0 { made.append(s) }
    }
    cache.withLock { c in
      for s in made {
        let slot = storage.slots[s]
        c.grow(to: slot)
        // Never replaced (another report may have filled the slot meanwhile): a `ScanWords` holds
        // the cache's entries unretained.
        if c.slots[slot].owner < 0 {
          c.slots[slot].owner = Int32(c.heads.count)
          c.heads.append(storage.heads[s])
        }
        if c.slots[slot].word == nil, let scan = storage.scans[s] {
          c.slots[slot].word = scan
          c.owners.append(scan.takeUnretainedValue())
        }
      }
    }
    return ScanWords(storage)
  }

}

/// The scan data of a report's tokens: each distinct spelling's head and `ScanWord` once, and per
/// token the index of its spelling's.
///
/// An array of one `ScanWord` per token retained and released a reference per token (the largest
/// part of gathering the scan data on 2 MB of English); indices cost no reference counting. The
/// tables sit in memory one object owns and are read through plain pointers, so a copy of this
/// value retains one reference: the recognizer copies it for each candidate span it weighs, and
/// with five arrays each copy retained and released five (~1M instructions on the 92 Arabic
/// reports, callgrind).
struct ScanWords {
  /// Owns the report's tables (written by `ScanWord.of`, then only `scans` and `owned` as the
  /// scan data is made) and the scan data made for spellings past the word table's limit and for
  /// new spellings the cache has not taken yet.
  final class Storage {
    let tokens: [Token]
    let words: [Word]
    /// Per token, its spelling's index.
    let local: UnsafeMutableBufferPointer<Int32>
    /// Per spelling: its head, its slot in the process-wide caches keyed by spelling (`2 × word id
    /// + (Arabic ? 1 : 0)`, as `ScanWord.of` and `NameStarts.of` key them; -1 past the word
    /// table's limit), its first token, and its scan data (unretained; nil until made).
    private(set) var heads = UnsafeMutableBufferPointer<ScanHead>(start: nil, count: 0)
    private(set) var slots = UnsafeMutableBufferPointer<Int>(start: nil, count: 0)
    private(set) var firstTokens = UnsafeMutableBufferPointer<Int32>(start: nil, count: 0)
    private(set) var scans = UnsafeMutableBufferPointer<Unmanaged<ScanWord>?>(start: nil, count: 0)
    var owned: [ScanWord] = []

    init(_ doc: ReportText) {
      tokens = doc.tokens
      words = doc.words
      local = .allocate(capacity: tokens.count)
      local.initialize(repeating: 0)
    }

    /// The memory of the four tables per spelling, one block (see `allocateSpellings`).
    private var spellingBlock: UnsafeMutableRawPointer?

    /// Room for `count` spellings, each to be written once by `set` before use: the four tables
    /// in one block, widest alignment first (a block each cost ~150 instructions a report more).
    func allocateSpellings(_ count: Int) {
      precondition(spellingBlock == nil, "ScanWords: spellings allocated once")
      let bytes =
        count
        * (MemoryLayout<ScanHead>.stride + MemoryLayout<Int>.stride + MemoryLayout<Unmanaged<ScanWord>?>.stride
          + MemoryLayout<Int32>.stride)
      let block = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: MemoryLayout<ScanHead>.alignment)
      spellingBlock = block
      var at = block
      func table<T>(_: T.Type) -> UnsafeMutableBufferPointer<T> {
        let table = UnsafeMutableBufferPointer(start: at.bindMemory(to: T.self, capacity: count), count: count)
        at += count * MemoryLayout<T>.stride
        return table
      }
      heads = table(ScanHead.self)
      slots = table(Int.self)
      scans = table(Unmanaged<ScanWord>?.self)
      firstTokens = table(Int32.self)
    }

    /// Spelling `s`'s entries (all trivial types: assigning into the fresh memory initialises it).
    func set(_ s: Int, head: ScanHead, scan: Unmanaged<ScanWord>?, slot: Int, firstToken: Int32) {
      heads[s] = head
      scans[s] = scan
      slots[s] = slot
      firstTokens[s] = firstToken
    }

    /// Spelling `s`'s scan data, made now from its first token and kept by the process-wide cache
    /// (or by this report past the word table's limit).
    @inline(never)
    func make(_ s: Int) -> Unmanaged<ScanWord> {
      let k = Int(firstTokens[s])
      let scan = ScanWord(tokens[k].text, script: tokens[k].script, word: words[k])
      let kept: Unmanaged<ScanWord>
      if slots[s] >= 0 {
        kept = ScanWord.keep(scan, at: slots[s])
      } else {
        owned.append(scan)
        kept = Unmanaged.passUnretained(scan)
      }
      scans[s] = kept
      return kept
    }

    deinit {
      local.deallocate()
      spellingBlock?.deallocate()
    }
  }

  /// Keeps every table below and the scan data made for this report alive. Safe to read the scan
  /// data unretained: each one is kept by `storage` or by the process-wide cache, which never
  /// drops nor replaces an entry.
  private let storage: Storage
  private let local: UnsafeMutableBufferPointer<Int32>
  /// Each distinct spelling's `ScanWord.head`, side by side: the name scan reads a head for
  /// nearly every token, and from its `ScanWord` (a separate heap object per spelling) each was a
  /// cache miss per spelling and report; these are copied from the cache's slots, which
  /// `ScanWord.of` reads anyway.
  private let heads: UnsafeMutableBufferPointer<ScanHead>
  private let slots: UnsafeMutableBufferPointer<Int>
  private let scans: UnsafeMutableBufferPointer<Unmanaged<ScanWord>?>

  init(_ storage: Storage) {
    self.storage = storage
    local = storage.local
    heads = storage.heads
    slots = storage.slots
    scans = storage.scans
  }

  /// How many distinct spellings the report has (`spelling(_:)` numbers them from 0).
  var spellingCount: Int { heads.count }

  /// Spelling `s`'s slot in the caches keyed by spelling, -1 for one past the word table's limit.
  @inline(__always)
  func slot(ofSpelling s: Int) -> Int {
    precondition(s >= 0 && s < slots.count, "ScanWords: spelling out of range")
    return slots[s]
  }

  /// Spelling `s`'s `ScanWord.head`.
  @inline(__always)
  func head(ofSpelling s: Int) -> ScanHead {
    precondition(s >= 0 && s < heads.count, "ScanWords: spelling out of range")
    return heads[s]
  }

  /// Token `i`'s scan data.
  @inline(__always)
  subscript(i: Int) -> ScanWord {
    let s = spelling(i)
    return (scans[s] ?? storage.make(s)).takeUnretainedValue()
  }

  /// Token `i`'s spelling, numbered within this report (tokens with one number share their scan
  /// data).
  @inline(__always)
  func spelling(_ i: Int) -> Int {
    precondition(i >= 0 && i < local.count, "ScanWords: token out of range")
    return Int(local[i])
  }

  /// Token `i`'s `ScanWord.head`.
  @inline(__always)
  func head(_ i: Int) -> ScanHead { heads[spelling(i)] }

  /// `FNV1a.hash64(continuing: hash, self[j].later)`, from token `j`'s head when it holds the bytes.
  @inline(__always)
  func hash(continuing hash: UInt64, later j: Int) -> UInt64 {
    head(j).hash(continuing: hash) ?? FNV1a.hash64(continuing: hash, self[j].later)
  }
}

/// What the name scan asks of a spelling for nearly every token, in a small value kept side by
/// side for a report's spellings (`ScanWords.heads`): the first readings' hashes, prefix lengths
/// and emptiness, and the later-word key's bytes when they fit.
struct ScanHead: Sendable {
  /// Readings a token has at most (see `ScanWord.readings`).
  static let width = 3
  // Laid out widest first: 72 bytes a spelling.
  var onlyHashes: (UInt64, UInt64, UInt64) = (0, 0, 0)
  var firstHashes: (UInt64, UInt64, UInt64) = (0, 0, 0)
  /// The later-word key's UTF-8 bytes, little-endian, when there are at most 16 of them
  /// (`laterCount`; `ScanHead.noBytes` when there are more).
  var laterBytes: (UInt64, UInt64) = (0, 0)
  var prefixLengths: (UInt8, UInt8, UInt8) = (0, 0, 0)
  /// Bit `r`: reading `r`'s one-word key is empty; bit `4 + r`: its first-word key is.
  var empties: UInt8 = 0
  var laterCount: UInt8 = 0
  /// The token's readings.
  var readingCount: UInt8 = 0
  /// The token starts with «لل» (`PlaceRecognizer.longestMatch` asks it of every span after a
  /// one-letter prefix; comparing the bytes and then Characters per span was a fiftieth of the scan).
  var startsWithLamLam = false
  static let noBytes: UInt8 = 0xFF

  init() {}

  /// The head of a `ScanWord`'s readings (`plain`, then `stems`) and later-word key, borrowed (as
  /// owned arguments, the caller copied them for this and they were destroyed here).
  init(plain: borrowing ScanWord.Reading, stems: borrowing [ScanWord.Reading], later: borrowing String) {
    // Each reading written into its place (`set`), passed as it is held: reading the fields
    // through key paths, a closure per field and place, was most of making a head, and copying
    // each reading out first (its keys retained and released) half as much again.
    readingCount = UInt8(min(1 + stems.count, Self.width))
    set(0, plain)
    stems.withUnsafeBufferPointer { stems in
      for r in 1..<Int(readingCount) { set(r, stems[r - 1]) }
    }
    var later = copy later
    later.withUTF8 { setLater($0) }
  }

  /// Holds the later-word key `bytes` (its UTF-8 bytes) when there are at most 16 of them.
  @inline(__always)
  mutating func setLater(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard bytes.count <= 16 else {
      laterCount = Self.noBytes
      return
    }
    // The bytes copied into the two words' memory at once, then read as little-endian numbers:
    // shifting each byte into its place, read through the view's iterator, was half of making
    // a head (once per new spelling).
    var raw: (UInt64, UInt64) = (0, 0)
    withUnsafeMutableBytes(of: &raw) { words in
      precondition(bytes.count <= words.count, "at most 16 bytes")
      words.copyMemory(from: UnsafeRawBufferPointer(bytes))
    }
    laterBytes = (UInt64(littleEndian: raw.0), UInt64(littleEndian: raw.1))
    laterCount = UInt8(bytes.count)
  }

  /// Writes reading `r`'s hashes, prefix length and emptiness into their places.
  @inline(__always)
  private mutating func set(_ r: Int, _ reading: ScanWord.Reading) {
    set(
      r, prefixLength: reading.prefixLength, onlyHash: reading.onlyHash, firstHash: reading.firstHash,
      onlyIsEmpty: reading.only.isEmpty, firstIsEmpty: reading.first.isEmpty)
  }

  /// Writes reading `r`'s hashes, prefix length and whether its keys are empty into their places.
  @inline(__always)
  mutating func set(
    _ r: Int, prefixLength: Int, onlyHash: UInt64, firstHash: UInt64, onlyIsEmpty: Bool, firstIsEmpty: Bool
  ) {
    let prefix = UInt8(clamping: prefixLength)
    switch r {
    case 0:
      onlyHashes.0 = onlyHash
      firstHashes.0 = firstHash
      prefixLengths.0 = prefix
    case 1:
      onlyHashes.1 = onlyHash
      firstHashes.1 = firstHash
      prefixLengths.1 = prefix
    default:
      onlyHashes.2 = onlyHash
      firstHashes.2 = firstHash
      prefixLengths.2 = prefix
    }
    if onlyIsEmpty { empties |= 1 << UInt8(r) }
    if firstIsEmpty { empties |= 1 << UInt8(4 + r) }
  }

  /// Whether the later-word key is empty.
  @inline(__always)
  var laterIsEmpty: Bool { laterCount == 0 }

  /// `FNV1a.hash64(continuing: hash, later)` from the held bytes, nil when they are not held.
  @inline(__always)
  func hash(continuing hash: UInt64) -> UInt64? {
    guard laterCount != Self.noBytes else { return nil }
    var h = hash
    // Each word's bytes shifted out one at a time, low word then high word: indexing the pair by
    // byte position (a branch and a variable shift per byte) was most of this call, which runs
    // for every later word of every span the name scan tries.
    var count = Int(laterCount)
    var word = laterBytes.0
    for _ in 0..<min(count, 8) {
      h = FNV1a.hash64(continuing: h, byte: UInt8(truncatingIfNeeded: word))
      word >>= 8
    }
    count -= 8
    word = laterBytes.1
    while count > 0 {
      h = FNV1a.hash64(continuing: h, byte: UInt8(truncatingIfNeeded: word))
      word >>= 8
      count -= 1
    }
    return h
  }

  /// Reading `r`'s FNV-1a hash as a one-word name (`r` below `readingCount`).
  @inline(__always)
  func onlyHash(_ r: Int) -> UInt64 { r == 0 ? onlyHashes.0 : r == 1 ? onlyHashes.1 : onlyHashes.2 }

  /// Reading `r`'s FNV-1a hash as the first word of a longer name (`r` below `readingCount`).
  @inline(__always)
  func firstHash(_ r: Int) -> UInt64 { r == 0 ? firstHashes.0 : r == 1 ? firstHashes.1 : firstHashes.2 }

  /// Reading `r`'s prefix length (`r` below `readingCount`).
  @inline(__always)
  func prefixLength(_ r: Int) -> Int {
    Int(r == 0 ? prefixLengths.0 : r == 1 ? prefixLengths.1 : prefixLengths.2)
  }

  /// Whether reading `r`'s one-word key is empty (`r` below `readingCount`).
  @inline(__always)
  func onlyIsEmpty(_ r: Int) -> Bool { empties & (1 << UInt8(r)) != 0 }

  /// Whether reading `r`'s first-word key is empty (`r` below `readingCount`).
  @inline(__always)
  func firstIsEmpty(_ r: Int) -> Bool { empties & (1 << UInt8(4 + r)) != 0 }
}
