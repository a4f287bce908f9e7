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
  private static let cache = Locked<[ScanWord?]>([])

  /// The scan data of each token of `doc`.
  static func of(_ doc: ReportText) -> [ScanWord] {
    var out: [ScanWord] = []
    out.reserveCapacity(doc.tokens.count)
    // One lock for the report's known spellings; new ones are analysed outside it.
    var missing: [Int] = []
    cache.withLock { c in
      for (t, word) in zip(doc.tokens, doc.words) {
        let slot = 2 * Int(word.id) + (t.script == .arabic ? 1 : 0)
        if word != .unseen, slot < c.count, let known = c[slot] {
          out.append(known)
        } else {
          missing.append(out.count)
          out.append(placeholder)
        }
      }
    }
    guard !missing.isEmpty else { return out }
    var made: [(slot: Int, scan: ScanWord)] = []
    for k in missing {
      let t = doc.tokens[k]
      out[k] = ScanWord(t)
      let word = doc.words[k]
      if word != .unseen { made.append((2 * Int(word.id) + (t.script == .arabic ? 1 : 0), out[k])) }
    }
    cache.withLock { c in
      for m in made {
        if m.slot >= c.count { c.append(contentsOf: repeatElement(nil, count: Swift.max(m.slot + 1 - c.count, c.count))) }
        c[m.slot] = m.scan
      }
    }
    return out
  }

  /// Stands for a token until its scan data is made.
  private static let placeholder = ScanWord(readings: [], later: "", context: Context(""))

  private init(readings: [Reading], later: String, context: Context) {
    self.readings = readings
    self.later = later
    self.context = context
  }
}
