/// The line an actor moves (or is to move) along from one place to another, with every movement
/// the report gives for that (actor, origin, destination) triple.
public struct Corridor: Hashable, Sendable {
  public let actor: Actor
  public let origin: GazetteerEntry
  public let destination: GazetteerEntry
  /// The movements behind this corridor, in text order (by quote start).
  public let movements: [Movement]
  /// Great-circle line from origin to destination.
  public let line: LineString

  /// Stable identity: `corridor:ISIS:gn:172955>gn:170794`.
  public var uid: String { "corridor:\(actor.rawValue):\(origin.id)>\(destination.id)" }
}
