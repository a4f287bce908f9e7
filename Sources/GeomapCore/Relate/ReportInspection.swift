/// Every stage's output for one report, for `geomap inspect`.
///
/// Encoded as the debugging view needs it, in size proportional to the report: a long report names
/// the same few places thousands of times, and written out in full, every mention carried every
/// candidate entry twice (recognized and resolved) and once more in the situation, some 1,900 bytes
/// of JSON per byte of text (0.3 MB of one sentence with «al-Hamidiyah», 26 candidates: 564 MB of
/// JSON, 2.5 GB of memory). So each distinct gazetteer entry is written once, in `entries`, and
/// referred to by its index there; each distinct candidate list once, in `candidateSets`; a resolved
/// mention keeps its chosen entry and score and the `rivalLimit` best candidates it beat with their
/// scores (what explains a wrong resolution) and counts the rest; the situation's mentions are the
/// indices of the resolved ones they are.
public struct ReportInspection: Sendable, Encodable {
  public var source: String
  public var date: CalendarDate?
  public var tokenCount: Int
  public var sentenceCount: Int
  /// Spans taken for places, with every candidate, before resolution.
  public var recognized: [RecognizedMention]
  /// Chosen entries with scores and the candidates they beat.
  public var resolved: [ResolvedMention]
  public var actors: [ActorMention]
  public var situation: Situation

  /// How many of the candidates a resolved mention beat are written, best first.
  public static let rivalLimit = 5

  enum CodingKeys: String, CodingKey {
    case source, date, tokenCount, sentenceCount, entries, candidateSets, recognized, resolved, actors, situation
  }

  public func encode(to encoder: any Encoder) throws {
    var table = EntryTable()
    let recognizedRows = recognized.map { RecognizedRow($0, &table) }
    let resolvedRows = resolved.map { ResolvedRow($0.mention, &table) }
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(source, forKey: .source)
    try c.encodeIfPresent(date, forKey: .date)
    try c.encode(tokenCount, forKey: .tokenCount)
    try c.encode(sentenceCount, forKey: .sentenceCount)
    try c.encode(table.entries, forKey: .entries)
    try c.encode(table.sets, forKey: .candidateSets)
    try c.encode(recognizedRows, forKey: .recognized)
    try c.encode(resolvedRows, forKey: .resolved)
    try c.encode(actors, forKey: .actors)
    try c.encode(SituationRow(situation, resolved: resolved), forKey: .situation)
  }

  /// The distinct entries and candidate lists, each numbered by its first appearance.
  struct EntryTable {
    var entries: [GazetteerEntry] = []
    var entryIndex: [GazetteerEntry: Int] = [:]
    var sets: [[Int]] = []
    var setIndex: [[Int]: Int] = [:]

    mutating func index(of entry: GazetteerEntry) -> Int {
      if let k = entryIndex[entry] { return k }
      entries.append(entry)
      entryIndex[entry] = entries.count - 1
      return entries.count - 1
    }

    mutating func index(of candidates: [GazetteerEntry]) -> Int {
      let set = candidates.map { index(of: $0) }
      if let k = setIndex[set] { return k }
      sets.append(set)
      setIndex[set] = sets.count - 1
      return sets.count - 1
    }
  }

  /// A recognized mention with its candidates as the index of their list in `candidateSets`.
  struct RecognizedRow: Encodable {
    var mention: RecognizedMention
    var candidateSet: Int

    init(_ m: RecognizedMention, _ table: inout EntryTable) {
      mention = m
      candidateSet = table.index(of: m.candidates)
    }

    enum CodingKeys: String, CodingKey {
      case surface, start, end, firstToken, endToken, key, candidateSet, candidateCount, kindHint, context, note
      case anchored, direction
    }

    func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(mention.surface, forKey: .surface)
      try c.encode(mention.start, forKey: .start)
      try c.encode(mention.end, forKey: .end)
      try c.encode(mention.firstToken, forKey: .firstToken)
      try c.encode(mention.endToken, forKey: .endToken)
      try c.encode(mention.key, forKey: .key)
      try c.encode(candidateSet, forKey: .candidateSet)
      try c.encode(mention.candidates.count, forKey: .candidateCount)
      try c.encodeIfPresent(mention.kindHint, forKey: .kindHint)
      try c.encode(mention.context, forKey: .context)
      try c.encodeIfPresent(mention.note, forKey: .note)
      try c.encode(mention.anchored, forKey: .anchored)
      try c.encodeIfPresent(mention.direction, forKey: .direction)
    }
  }

  /// A rival the chosen entry beat: its index in `entries` and its score.
  struct Rival: Encodable {
    var entry: Int
    var score: Double
  }

  /// A resolved mention: the chosen entry (an index in `entries`) and its score, the best rivals
  /// and how many others it beat.
  struct ResolvedRow: Encodable {
    var surface: String
    var start: Int
    var end: Int
    var entry: Int
    var score: Double
    var alternatives: [Rival]
    var moreAlternatives: Int

    init(_ m: PlaceMention, _ table: inout EntryTable) {
      surface = m.surface
      start = m.start
      end = m.end
      entry = table.index(of: m.entry)
      score = m.score
      let all = m.alternatives
      alternatives = all.prefix(ReportInspection.rivalLimit).map { Rival(entry: table.index(of: $0.entry), score: $0.score) }
      moreAlternatives = all.count - alternatives.count
    }
  }

  /// The situation, its mentions as indices into `resolved` (they are the resolved mentions that
  /// name a place rather than qualify one, in the same order).
  struct SituationRow: Encodable {
    var situation: Situation
    var mentions: [Int]

    init(_ s: Situation, resolved: [ResolvedMention]) {
      situation = s
      mentions = []
      mentions.reserveCapacity(s.mentions.count)
      var k = 0
      for m in s.mentions {
        while k < resolved.count && (resolved[k].mention.start, resolved[k].mention.end) != (m.start, m.end) { k += 1 }
        guard k < resolved.count else { break }
        mentions.append(k)
        k += 1
      }
    }

    enum CodingKeys: String, CodingKey { case source, date, mentions, movements, control, diagnostics }

    func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(situation.source, forKey: .source)
      try c.encodeIfPresent(situation.date, forKey: .date)
      try c.encode(mentions, forKey: .mentions)
      try c.encode(situation.movements, forKey: .movements)
      try c.encode(situation.control, forKey: .control)
      try c.encode(situation.diagnostics, forKey: .diagnostics)
    }
  }
}
