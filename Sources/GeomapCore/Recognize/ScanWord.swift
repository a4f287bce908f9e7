/// What the name scanner needs of one token, computed once per spelling: its clitic readings as
/// first word of a name and its key as a later word, with FNV-1a states of those keys so a growing
/// span's key is hashed a word at a time instead of rebuilt as a `String` at every step.
struct ScanWord: Sendable {
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
  }

  private struct Key: Hashable {
    let word: Word
    let script: Script
  }

  /// Scan data of every spelling read so far in this process (see `WordForms.cached`).
  private static let cache = Locked<[Key: ScanWord]>([:])

  /// The scan data of each token of `doc`.
  static func of(_ doc: ReportText) -> [ScanWord] {
    var out: [ScanWord] = []
    out.reserveCapacity(doc.tokens.count)
    for (t, word) in zip(doc.tokens, doc.words) {
      let key = Key(word: word, script: t.script)
      if word != .unseen, let known = cache.withLock({ $0[key] }) {
        out.append(known)
        continue
      }
      let made = ScanWord(t)
      if word != .unseen { cache.withLock { $0[key] = made } }
      out.append(made)
    }
    return out
  }
}
