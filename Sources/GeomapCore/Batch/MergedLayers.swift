/// One map from many reports: the same place, corridor or control claim reported by several
/// reports becomes one feature listing its sources, dates and quotes, newest first, with the
/// number of reports behind it; disagreements between reports are resolved by date
/// (`ControlTimeline`) and noted on the features.
public struct MergedLayers: Sendable {
  public let layers: [ExportLayer]
  /// Geometry findings and every disagreement between reports.
  public let diagnostics: [Diagnostic]
  /// Number of disagreements resolved by date.
  public let disagreements: Int

  /// Merges `situations`; the result does not depend on their order.
  public init(
    situations: [Situation], corridorBuilder: CorridorBuilder = CorridorBuilder(),
    zoneBuilder: ZoneBuilder = ZoneBuilder()
  ) throws {
    let situations = situations.sorted { $0.source < $1.source }
    let dateBySource = Dictionary(situations.map { ($0.source, $0.date) }, uniquingKeysWith: { a, _ in a })
    var movements: [Movement] = []
    for s in situations {
      for var m in s.movements {
        m.evidence.date = ClaimIdentity.day(m.evidence, report: s.date)
        movements.append(m)
      }
    }
    let timeline = ControlTimeline(situations)
    let (corridors, corridorNotes) = corridorBuilder.corridors(for: movements)
    let (zones, zoneNotes) = try zoneBuilder.zones(for: timeline.standing)
    diagnostics = timeline.diagnostics + corridorNotes + zoneNotes
    disagreements = timeline.diagnostics.count

    var actorsByPlace: [String: Set<Actor>] = [:]
    for c in timeline.standing { actorsByPlace[c.place.id, default: []].insert(c.actor) }
    // Each place with every report that names it (or reaches it through a claim).
    var entries: [String: GazetteerEntry] = [:]
    var sightings: [String: [Sighting]] = [:]
    for s in situations {
      for (entry, mentions) in s.places {
        entries[entry.id] = entries[entry.id] ?? entry
        sightings[entry.id, default: []].append(
          Sighting(source: s.source, date: s.date, mentions: mentions))
      }
      for e in s.movements.flatMap({ [$0.origin, $0.destination] }) + s.control.map(\.place)
      where entries[e.id] == nil {
        entries[e.id] = e
      }
    }
    var places: [ExportFeature] = []
    for id in entries.keys.sorted() {
      guard let entry = entries[id] else { continue }
      places.append(
        Self.place(
          entry, sightings: sightings[id] ?? [], actors: (actorsByPlace[id] ?? []).sorted(),
          disagreements: timeline.disagreements[id] ?? []))
    }
    let corridorFeatures = corridors.map { Self.corridor($0, reportDates: dateBySource) }
    let zoneFeatures = zones.map { Self.zone($0, timeline: timeline) }
    var all = [
      ExportLayer(name: "Places", suffix: "places", features: places),
      ExportLayer(name: "Corridors", suffix: "corridors", features: corridorFeatures),
      ExportLayer(name: "Zones", suffix: "zones", features: zoneFeatures),
    ]
    ExportLayers.assignIDs(&all)
    layers = all
  }

  /// True when there is nothing to draw.
  public var isEmpty: Bool { layers.allSatisfy(\.features.isEmpty) }

  struct Sighting {
    var source: String
    var date: CalendarDate?
    var mentions: [PlaceMention]
  }

  private typealias P = ExportFeature.Property

  /// The columns every merged feature has, in order: the per-report export's columns, then the
  /// merge's own (`reports`, `sources`, `dates`, `history`, `disagreement`).
  private static func columns(
    uid: String, kind: String, name: String, nameAr: String, actor: String, movement: String,
    status: String, dates: [CalendarDate?], confidence: Double, sources: [String], quotes: [String],
    quoteStart: Int, quoteEnd: Int, geoPrecision: Int, notes: String, history: [String],
    disagreement: [String]
  ) -> (props: [P], date: CalendarDate?, dateEnd: CalendarDate?) {
    let known = dates.compactMap { $0 }
    let lo = known.min()
    let hi = known.max()
    let dateEnd = hi == lo ? nil : hi
    let props = [
      P(key: "uid", value: .string(uid)),
      P(key: "kind", value: .string(kind)),
      P(key: "name", value: .string(name)),
      P(key: "name_ar", value: .string(nameAr)),
      P(key: "actor", value: .string(actor)),
      P(key: "movement", value: .string(movement)),
      P(key: "status", value: .string(status)),
      P(key: "date", value: .string(lo?.description ?? "")),
      P(key: "date_end", value: .string(dateEnd?.description ?? "")),
      P(key: "latest_date", value: .string(hi?.description ?? "")),
      P(key: "confidence", value: .number(confidence, decimals: 3)),
      P(key: "source", value: .string(sources.first ?? "")),
      P(key: "quote", value: .string(quotes.joined(separator: " | "))),
      P(key: "quote_start", value: .integer(quoteStart)),
      P(key: "quote_end", value: .integer(quoteEnd)),
      P(key: "geo_precision", value: .integer(geoPrecision)),
      P(key: "notes", value: .string(notes)),
      P(key: "reports", value: .integer(sources.count)),
      P(key: "sources", value: .string(sources.joined(separator: ";"))),
      P(key: "dates", value: .string(distinct(known.sorted(by: >).map(\.description)).joined(separator: ";"))),
      P(key: "history", value: .string(history.joined(separator: " | "))),
      P(key: "disagreement", value: .string(disagreement.joined(separator: " | "))),
    ]
    return (props, lo, dateEnd)
  }

  private static func distinct(_ values: [String]) -> [String] {
    var seen = Set<String>()
    return values.filter { !$0.isEmpty && seen.insert($0).inserted }
  }

  /// Newest first, then by source path.
  private static func newestFirst(_ a: Evidence, _ b: Evidence) -> Bool {
    (a.date?.dayNumber ?? Int.min, b.source, b.start) > (b.date?.dayNumber ?? Int.min, a.source, a.start)
  }

  private static func place(
    _ e: GazetteerEntry, sightings: [Sighting], actors: [Actor], disagreements: [String]
  ) -> ExportFeature {
    let ordered = sightings.sorted {
      ($0.date?.dayNumber ?? Int.min, $1.source) > ($1.date?.dayNumber ?? Int.min, $0.source)
    }
    let first = ordered.first?.mentions.first
    let surfaces = distinct(ordered.flatMap { $0.mentions.map(\.surface) })
    let notes = sightings.isEmpty ? "not named in the text; reached through a movement or control claim" : ""
    let uid = "place:\(e.id)"
    var (props, date, dateEnd) = columns(
      uid: uid, kind: "place", name: e.name, nameAr: e.nameAr,
      actor: actors.map(\.rawValue).joined(separator: ";"), movement: "", status: "",
      dates: ordered.map(\.date), confidence: sightings.flatMap { $0.mentions.map(\.score) }.max() ?? 0,
      sources: distinct(ordered.map(\.source)), quotes: surfaces, quoteStart: first?.start ?? -1,
      quoteEnd: first?.end ?? -1, geoPrecision: ExportLayers.geoPrecision(e.kind), notes: notes,
      history: ordered.map { "\($0.date?.description ?? "undated") \($0.source) ×\($0.mentions.count)" },
      disagreement: disagreements)
    props += [
      P(key: "gazetteer_id", value: .string(e.id)),
      P(key: "geonameid", value: .integer(e.geonameID ?? -1)),
      P(key: "country", value: .string(e.country)),
      P(key: "admin1", value: .string(e.admin1)),
      P(key: "mentions", value: .integer(sightings.reduce(0) { $0 + $1.mentions.count })),
      P(key: "place_kind", value: .string(e.kind.rawValue)),
    ]
    if sightings.isEmpty { (date, dateEnd) = (nil, nil) }
    let style = actors.count == 1 ? "actor-\(actors[0].rawValue)" : "place"
    return ExportFeature(
      id: 0, uid: uid, geometry: .point(e.coordinate), properties: props, name: e.name, nameAr: e.nameAr,
      quote: surfaces.first ?? "", date: date, dateEnd: dateEnd, styleID: style)
  }

  private static func corridor(_ c: Corridor, reportDates: [String: CalendarDate?]) -> ExportFeature {
    let ordered = c.movements.sorted { newestFirst($0.evidence, $1.evidence) }
    let latest = ordered[0]
    let name = "\(c.origin.name) → \(c.destination.name)"
    let nameAr =
      c.origin.nameAr.isEmpty || c.destination.nameAr.isEmpty
      ? "" : "من \(c.origin.nameAr) إلى \(c.destination.nameAr)"
    let quotes = distinct(ordered.map(\.evidence.quote))
    var notes = distinct(ordered.flatMap(\.notes))
    let statuses = distinct(ordered.map(\.status.rawValue))
    if latest.status == .denied && statuses.count > 1 {
      notes.append("the latest report denies what earlier ones said")
    }
    let (props0, date, dateEnd) = columns(
      uid: c.uid, kind: "corridor", name: name, nameAr: nameAr, actor: c.actor.rawValue,
      movement: distinct(ordered.map(\.kind.rawValue)).joined(separator: ";"),
      status: latest.status.rawValue, dates: ordered.map(\.evidence.date),
      confidence: ordered.map(\.evidence.confidence).max() ?? 0,
      sources: distinct(ordered.map(\.evidence.source)), quotes: quotes,
      quoteStart: latest.evidence.start, quoteEnd: latest.evidence.end,
      geoPrecision: max(ExportLayers.geoPrecision(c.origin.kind), ExportLayers.geoPrecision(c.destination.kind)),
      notes: notes.joined(separator: "; "),
      history: ordered.map {
        "\($0.evidence.date?.description ?? "undated") \($0.kind.rawValue) \($0.status.rawValue) (\($0.evidence.source))"
      }, disagreement: [])
    var props = props0
    props += ExportLayers.corridorProperties(c)
    return ExportFeature(
      id: 0, uid: c.uid, geometry: .line(c.line), properties: props, name: name, nameAr: nameAr,
      quote: quotes.joined(separator: "\n"), date: date, dateEnd: dateEnd, styleID: "actor-\(c.actor.rawValue)")
  }

  private static func zone(_ z: ControlZone, timeline: ControlTimeline) -> ExportFeature {
    let places = z.places
    let partialIDs = Set(z.claims.filter(\.partial).map(\.place.id))
    let placeNames = places.map { $0.name + (partialIDs.contains($0.id) ? " (part)" : "") }
    let placeNamesAr = places.map {
      ($0.nameAr.isEmpty ? $0.name : $0.nameAr) + (partialIDs.contains($0.id) ? " (جزء)" : "")
    }
    let styles = z.actors.map(ActorStyle.of)
    let name = styles.map(\.english).joined(separator: " / ") + ": " + placeNames.joined(separator: ", ")
    let nameAr = styles.map(\.arabic).joined(separator: " / ") + ": " + placeNamesAr.joined(separator: "، ")
    // Everything ever said about the zone's places by its actors, newest first.
    let history = places.flatMap { timeline.history[$0.id] ?? [] }
      .filter { z.actors.contains($0.actor) }
      .sorted { newestFirst($0.evidence, $1.evidence) }
    let latest = z.claims.sorted { newestFirst($0.evidence, $1.evidence) }
    let disagreement = places.flatMap { timeline.disagreements[$0.id] ?? [] }
    var status = latest.first.map { $0.control.rawValue + " (" + $0.status.rawValue + ")" } ?? ""
    if !disagreement.isEmpty { status += "; disputed, resolved by date" }
    var notes: [String] = []
    if z.actors.count > 1 {
      notes.append("overlap of the zones of \(z.actors.map(\.rawValue).joined(separator: " and "))")
    }
    if !partialIDs.isEmpty {
      notes.append("held in part: \(places.filter { partialIDs.contains($0.id) }.map(\.name).joined(separator: ", "))")
    }
    var (props, date, dateEnd) = columns(
      uid: z.uid, kind: "zone", name: name, nameAr: nameAr, actor: z.actors.map(\.rawValue).joined(separator: ";"),
      movement: "", status: status, dates: history.map(\.evidence.date),
      confidence: z.claims.map(\.evidence.confidence).max() ?? 0,
      sources: distinct(history.map(\.evidence.source)), quotes: distinct(history.map(\.evidence.quote)),
      quoteStart: latest.first?.evidence.start ?? -1, quoteEnd: latest.first?.evidence.end ?? -1,
      geoPrecision: max(z.partial ? 2 : 1, places.map { ExportLayers.geoPrecision($0.kind) }.max() ?? 1),
      notes: notes.joined(separator: "; "),
      history: history.map {
        "\($0.evidence.date?.description ?? "undated") \($0.actor.rawValue) \($0.control.rawValue) \($0.place.name) (\($0.evidence.source))"
      }, disagreement: disagreement)
    props += [
      P(key: "control", value: .string(z.control.rawValue)),
      P(key: "partial", value: .bool(z.partial)),
      P(key: "places", value: .integer(places.count)),
      P(key: "place_ids", value: .string(places.map(\.id).joined(separator: ";"))),
      P(key: "claims", value: .string(distinct(z.claims.map(ClaimIdentity.uid)).sorted().joined(separator: ";"))),
      P(key: "area_km2", value: .number(z.areaKm2, decimals: 2)),
    ]
    _ = (date, dateEnd)
    let style = z.actors.count == 1 ? "actor-\(z.actors[0].rawValue)" : "contested"
    return ExportFeature(
      id: 0, uid: z.uid, geometry: .polygon(z.polygon), properties: props, name: name, nameAr: nameAr,
      quote: distinct(history.map(\.evidence.quote)).joined(separator: "\n"), date: date, dateEnd: dateEnd,
      styleID: style)
  }
}
