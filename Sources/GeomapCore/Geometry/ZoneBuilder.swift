/// Turns control claims into control zones: buffered places, merged per actor, overlaps cut out
/// as contested zones, one zone per connected polygon.
public struct ZoneBuilder: Sendable {
  /// Segments per quarter circle of a buffer; fixed so output is deterministic.
  public var quadrantSegments: Int32
  /// Buffers of one actor closer than this (km) merge into one zone: a pocket of neighbourhoods
  /// 1–2 km apart is one area of control, not four discs.
  public var mergeGapKm: Double
  /// Radius factor for a place held only in part («أحياء من مخيم اليرموك»).
  public var partialScale: Double
  /// An admin polygon for governorate/district entries, when a boundary set is loaded; otherwise
  /// (nil, or nil for an entry) the entry's radius is used.
  public var areaProvider: (@Sendable (GazetteerEntry) -> Polygon?)?

  public init(
    quadrantSegments: Int32 = 16, mergeGapKm: Double = 2, partialScale: Double = 0.6,
    areaProvider: (@Sendable (GazetteerEntry) -> Polygon?)? = nil
  ) {
    self.quadrantSegments = quadrantSegments
    self.mergeGapKm = mergeGapKm
    self.partialScale = partialScale
    self.areaProvider = areaProvider
  }

  /// Smallest radius drawn, km: below this a zone is a dot nobody can click.
  static let minimumRadiusKm = 0.3

  /// The radius drawn for a claim's place.
  public func radiusKm(for claim: ControlClaim) -> Double {
    max(Self.minimumRadiusKm, claim.place.radiusKm * (claim.partial ? partialScale : 1))
  }

  public func zones(for claims: [ControlClaim]) throws -> (zones: [ControlZone], diagnostics: [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    var drawable: [ControlClaim] = []
    for c in claims {
      switch c.control {
      case .holds, .captured, .contested: drawable.append(c)
      case .besieged, .lost:
        // A siege or a loss says who does NOT hold the place; drawing it as the actor's zone would lie.
        diagnostics.append(
          Diagnostic(
            severity: .note,
            message:
              "\(c.actor.rawValue) \(c.control.rawValue) '\(c.place.name)': not drawn as a control zone",
            source: c.evidence.source))
      }
    }
    guard !drawable.isEmpty else { return ([], diagnostics) }
    drawable.sort { Self.order($0) < Self.order($1) }

    let context = try GEOSContext()
    let projection = LocalProjection(around: drawable.map(\.place.coordinate))
    let byActor = Dictionary(grouping: drawable, by: \.actor)

    // Each claim's own shape, kept to find which claims fall in which final zone.
    var claimShapes: [(claim: ControlClaim, shape: GEOSGeom)] = []
    // Pieces stay pairwise disjoint: each new actor's area is split against what is already there.
    var pieces: [(actors: [Actor], geometry: GEOSGeom)] = []
    for actor in byActor.keys.sorted() {
      let actorClaims = byActor[actor] ?? []
      var shapes: [GEOSGeom] = []
      for claim in actorClaims {
        let shape = try self.shape(for: claim, projection: projection, context: context)
        shapes.append(shape)
        claimShapes.append((claim, shape))
      }
      var area = try context.union(shapes)
      let half = mergeGapKm / 2
      if half > 0 {
        area = try area.buffer(half, quadrantSegments: quadrantSegments)
          .buffer(-half, quadrantSegments: quadrantSegments)
      }
      area = try Self.cleaned(area)
      var next: [(actors: [Actor], geometry: GEOSGeom)] = []
      for piece in pieces {
        let overlap = try Self.cleaned(try piece.geometry.intersection(area))
        if overlap.isEmpty || overlap.area < 1e-6 {
          next.append(piece)
          continue
        }
        // Subtract the other whole area, not the overlap: the overlap shares boundary arcs with
        // both inputs and differencing nearly coincident edges leaves zero-width spikes.
        let before = piece.geometry
        next.append((piece.actors, try Self.cleaned(try before.difference(area))))
        next.append(((piece.actors + [actor]).sorted(), overlap))
        area = try Self.cleaned(try area.difference(before))
      }
      next.append(([actor], area))
      pieces = next
    }

    var zones: [ControlZone] = []
    for piece in pieces {
      try piece.geometry.normalize()
      for rings in piece.geometry.polygonRings() {
        guard let shell = rings.first else { continue }
        let component = try context.polygon(ring: shell)
        let planarArea = try holesSubtracted(component, rings: rings, context: context).area
        guard planarArea > 1e-6 else { continue }
        let members = claimShapes.filter {
          piece.actors.contains($0.claim.actor) && $0.shape.intersects(component)
        }
        .map(\.claim)
        .sorted { Self.textOrder($0) < Self.textOrder($1) }
        guard !members.isEmpty else { continue }
        let lonLat = rings.map { $0.map(projection.inverse) }
        guard let polygon = Polygon(exterior: shell.map(projection.inverse), holes: Array(lonLat.dropFirst()))
        else { continue }
        let control: ZoneControl =
          piece.actors.count > 1 || members.allSatisfy({ $0.control == .contested }) ? .contested : .holds
        zones.append(
          ControlZone(
            actors: piece.actors, control: control, claims: members, polygon: polygon,
            areaKm2: planarArea))
      }
    }
    return (Self.numberParts(zones), diagnostics)
  }

  /// A total order on claims, so input order never changes the output.
  private static func order(_ c: ControlClaim) -> (String, String, Int, Int, String, String) {
    (
      c.actor.rawValue, c.place.id, c.evidence.start, c.evidence.end,
      c.control.rawValue + (c.partial ? "/part" : ""), c.evidence.quote
    )
  }

  private static func textOrder(_ c: ControlClaim) -> (Int, Int, String, String, String) {
    (c.evidence.start, c.evidence.end, c.actor.rawValue, c.place.id, c.control.rawValue)
  }

  /// Sorts zones by uid and numbers the parts that share one (an area cut in two by another
  /// actor's zone), west to east then south to north, so every uid stays unique.
  static func numberParts(_ zones: [ControlZone]) -> [ControlZone] {
    let sorted = zones.sorted {
      let a = $0.polygon.exterior[0]
      let b = $1.polygon.exterior[0]
      return ($0.uid, a.longitude, a.latitude, $0.areaKm2) < ($1.uid, b.longitude, b.latitude, $1.areaKm2)
    }
    let counts = Dictionary(grouping: sorted, by: \.uid).mapValues(\.count)
    var seen: [String: Int] = [:]
    return sorted.map { z in
      guard (counts[z.uid] ?? 0) > 1 else { return z }
      let n = (seen[z.uid] ?? 0) + 1
      seen[z.uid] = n
      return ControlZone(
        actors: z.actors, control: z.control, claims: z.claims, polygon: z.polygon, areaKm2: z.areaKm2,
        part: n)
    }
  }

  /// An overlay result as the next overlay takes it: repaired when GEOS itself reports it invalid,
  /// and its area only (`areal`).
  private static func cleaned(_ g: GEOSGeom) throws -> GEOSGeom {
    try (g.isValid ? g : try g.makeValid()).areal()
  }

  private func holesSubtracted(_ shell: GEOSGeom, rings: [[PlanarPoint]], context: GEOSContext) throws
    -> GEOSGeom
  {
    var result = shell
    for hole in rings.dropFirst() where hole.count >= 4 {
      result = try result.difference(try context.polygon(ring: hole))
    }
    return result
  }

  private func shape(for claim: ControlClaim, projection: LocalProjection, context: GEOSContext) throws
    -> GEOSGeom
  {
    if claim.place.kind == .governorate || claim.place.kind == .district,
      let polygon = areaProvider?(claim.place)
    {
      var g = try context.polygon(ring: polygon.exterior.map(projection.forward))
      for hole in polygon.holes {
        g = try g.difference(try context.polygon(ring: hole.map(projection.forward)))
      }
      return try Self.cleaned(g)
    }
    return try context.disc(
      center: projection.forward(claim.place.coordinate), radius: radiusKm(for: claim),
      quadrantSegments: quadrantSegments)
  }
}
