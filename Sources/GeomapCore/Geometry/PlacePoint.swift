/// A distinct place of a report, drawn as a point.
public struct PlacePoint: Hashable, Sendable {
  public let entry: GazetteerEntry
  /// Its mentions in text order; empty when the place only appears as a resolved movement end
  /// (e.g. «مناطق سيطرته» resolved to a city).
  public let mentions: [PlaceMention]
  /// Actors that hold, took or contest it according to the report, sorted.
  public let actors: [Actor]

  public var uid: String { "place:\(entry.id)" }
}
