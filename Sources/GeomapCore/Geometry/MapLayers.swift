/// What the exporters draw for one report: place points, corridors and control zones, plus the
/// findings made while building them.
public struct MapLayers: Sendable {
  public let source: String
  public let date: CalendarDate?
  public let places: [PlacePoint]
  public let corridors: [Corridor]
  public let zones: [ControlZone]
  /// The situation's own diagnostics followed by those of the geometry stage.
  public let diagnostics: [Diagnostic]

  /// Builds every layer from `situation`; deterministic for a given situation.
  public init(
    situation: Situation, corridorBuilder: CorridorBuilder = CorridorBuilder(),
    zoneBuilder: ZoneBuilder = ZoneBuilder()
  ) throws {
    source = situation.source
    date = situation.date
    let (corridors, corridorNotes) = corridorBuilder.corridors(for: situation.movements)
    let (zones, zoneNotes) = try zoneBuilder.zones(for: situation.control)
    self.corridors = corridors
    self.zones = zones
    diagnostics = situation.diagnostics + corridorNotes + zoneNotes

    var actorsByPlace: [String: Set<Actor>] = [:]
    for c in situation.control where c.control != .lost && c.control != .besieged {
      actorsByPlace[c.place.id, default: []].insert(c.actor)
    }
    var places: [PlacePoint] = []
    var seen = Set<String>()
    for (entry, mentions) in situation.places where seen.insert(entry.id).inserted {
      places.append(
        PlacePoint(entry: entry, mentions: mentions, actors: (actorsByPlace[entry.id] ?? []).sorted()))
    }
    // Places reached only through a movement or a claim still need a point to hang the line on.
    let implied =
      situation.movements.flatMap { [$0.origin, $0.destination] } + situation.control.map(\.place)
    for entry in implied where seen.insert(entry.id).inserted {
      places.append(PlacePoint(entry: entry, mentions: [], actors: (actorsByPlace[entry.id] ?? []).sorted()))
    }
    self.places = places
  }

  /// True when there is nothing to draw.
  public var isEmpty: Bool { places.isEmpty && corridors.isEmpty && zones.isEmpty }
}
