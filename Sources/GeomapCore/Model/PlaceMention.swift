/// A candidate a mention could refer to, with the score the resolver gave it.
public struct ScoredEntry: Hashable, Sendable, Codable {
  public var entry: GazetteerEntry
  public var score: Double

  public init(entry: GazetteerEntry, score: Double) {
    self.entry = entry
    self.score = score
  }
}

/// A toponym found in a report and the gazetteer entry it was resolved to.
///
/// The fields live in one `CopyOnWrite` box, as `RecognizedMention`'s do: mentions are filtered,
/// wrapped, copied into situations and rows and destroyed at every stage.
public struct PlaceMention: Hashable, Sendable, Codable {
  private var storage: CopyOnWrite<Fields>

  public init(
    surface: String, start: Int, end: Int, entry: GazetteerEntry, score: Double,
    alternatives: [ScoredEntry] = []
  ) {
    storage = CopyOnWrite(
      Fields(surface: surface, start: start, end: end, entry: entry, score: score, alternatives: alternatives))
  }

  /// The text as written in the report.
  public var surface: String {
    get { storage.fields.surface }
    set { storage.edit { $0.surface = newValue } }
  }
  /// Unicode scalar offsets into the decoded report, end exclusive.
  public var start: Int {
    get { storage.fields.start }
    set { storage.edit { $0.start = newValue } }
  }
  public var end: Int {
    get { storage.fields.end }
    set { storage.edit { $0.end = newValue } }
  }
  public var entry: GazetteerEntry {
    get { storage.fields.entry }
    set { storage.edit { $0.entry = newValue } }
  }
  /// 0…1.
  public var score: Double {
    get { storage.fields.score }
    set { storage.edit { $0.score = newValue } }
  }
  /// The candidates this entry beat, best first.
  public var alternatives: [ScoredEntry] {
    get { storage.fields.alternatives }
    set { storage.edit { $0.alternatives = newValue } }
  }

  /// Moves the span `offset` scalars on (one edit for both ends).
  mutating func shift(by offset: Int) {
    storage.edit {
      $0.start += offset
      $0.end += offset
    }
  }

  public init(from decoder: any Decoder) throws { storage = try CopyOnWrite(from: decoder) }

  public func encode(to encoder: any Encoder) throws { try storage.encode(to: encoder) }

  /// The stored values, in the order (and with the coding keys) of the public properties.
  private struct Fields: Hashable, Sendable, Codable {
    var surface: String
    var start: Int
    var end: Int
    var entry: GazetteerEntry
    var score: Double
    var alternatives: [ScoredEntry]
  }
}
