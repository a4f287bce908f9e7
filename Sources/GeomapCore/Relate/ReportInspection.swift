/// Every stage's output for one report, for `geomap inspect`.
public struct ReportInspection: Sendable, Codable {
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
}
