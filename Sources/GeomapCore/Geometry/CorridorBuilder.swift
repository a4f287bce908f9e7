/// Turns movements into corridors: one per (actor, origin, destination).
///
/// Several movements on the same triple become ONE corridor listing its events rather than stacked
/// identical lines: in a GIS, duplicate geometries hide each other, double-count in statistics and
/// make users guess which one to click; one feature with an `events` count and every quote is what
/// they can actually read.
public struct CorridorBuilder: Sendable {
  /// Longest distance between two neighbouring vertices of a corridor.
  public var maxSegmentKm: Double

  public init(maxSegmentKm: Double = 25) {
    self.maxSegmentKm = maxSegmentKm
  }

  public func corridors(for movements: [Movement]) -> (corridors: [Corridor], diagnostics: [Diagnostic]) {
    var groups: [String: [Movement]] = [:]
    var diagnostics: [Diagnostic] = []
    for m in movements {
      if m.origin.id == m.destination.id || m.origin.coordinate == m.destination.coordinate {
        diagnostics.append(
          Diagnostic(
            message:
              "\(m.actor.rawValue) \(m.kind.rawValue) from '\(m.origin.name)' to '\(m.destination.name)' has the same origin and destination; no corridor drawn",
            source: m.evidence.source))
        continue
      }
      groups["\(m.actor.rawValue)\u{1}\(m.origin.id)\u{1}\(m.destination.id)", default: []].append(m)
    }
    var out: [Corridor] = []
    for (_, group) in groups {
      let sorted = group.sorted {
        ($0.evidence.start, $0.evidence.end, $0.kind.rawValue, $0.status.rawValue, $0.evidence.quote)
          < ($1.evidence.start, $1.evidence.end, $1.kind.rawValue, $1.status.rawValue, $1.evidence.quote)
      }
      let first = sorted[0]
      let points = GreatCircle.densify(
        from: first.origin.coordinate, to: first.destination.coordinate, maxStepKm: maxSegmentKm)
      guard let line = LineString(points) else { continue }
      out.append(
        Corridor(
          actor: first.actor, origin: first.origin, destination: first.destination, movements: sorted,
          line: line))
    }
    out.sort { $0.uid < $1.uid }
    return (out, diagnostics)
  }
}
