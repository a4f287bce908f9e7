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
public struct PlaceMention: Hashable, Sendable, Codable {
  /// The text as written in the report.
  public var surface: String
  /// Unicode scalar offsets into the decoded report, end exclusive.
  public var start: Int
  public var end: Int
  public var entry: GazetteerEntry
  /// 0…1.
  public var score: Double
  /// The candidates this entry beat, best first.
  public var alternatives: [ScoredEntry]

  public init(
    surface: String, start: Int, end: Int, entry: GazetteerEntry, score: Double,
    alternatives: [ScoredEntry] = []
  ) {
    self.surface = surface
    self.start = start
    self.end = end
    self.entry = entry
    self.score = score
    self.alternatives = alternatives
  }
}
