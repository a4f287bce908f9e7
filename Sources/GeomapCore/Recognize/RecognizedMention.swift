/// A toponym span found in a report, with every gazetteer entry it could name (before resolution).
public struct RecognizedMention: Hashable, Sendable, Codable {
  /// The text as written in the report.
  public var surface: String
  /// Unicode scalar offsets into the report, end exclusive.
  public var start: Int
  public var end: Int
  /// Token indices covered, end exclusive (the trigger noun is not included).
  public var firstToken: Int
  public var endToken: Int
  /// The loose key the span matched.
  public var key: String
  public var candidates: [GazetteerEntry]
  /// The kind a trigger noun before the name announces («مخيم» → camp), if any.
  public var kindHint: PlaceKind?
  /// Why the span was taken for a place: trigger, preposition, list, salient, name.
  public var context: String
  /// How a phrase was mapped when the gazetteer has no entry for it («جنوب دمشق» → Damascus).
  public var note: String?
  /// True for a phrase mapped to its anchor place (a direction or a countryside without its own entry).
  public var anchored: Bool
  /// The side of the anchor a direction phrase names (east, west, north, south), if any.
  public var direction: String? = nil
}
