/// Builds the attribute tables of the three layers from `MapLayers`.
///
/// Column names follow ACLED/HXL habits (actor, date, geo_precision, source, notes) so analysts
/// can line them up with event data; every column exists on every feature of its layer with one
/// type: "" for missing text, -1 for a missing integer.
public enum ExportLayers {
  public static func build(_ layers: MapLayers) -> [ExportLayer] {
    var all = [
      ExportLayer(name: "Places", suffix: "places", features: layers.places.map { place($0, layers) }),
      ExportLayer(
        name: "Corridors", suffix: "corridors", features: layers.corridors.map { corridor($0, layers) }),
      ExportLayer(name: "Zones", suffix: "zones", features: layers.zones.map { zone($0, layers) }),
    ]
    assignIDs(&all)
    return all
  }

  /// ids from FNV-1a of the uid; on a collision (vanishingly rare) the later uid in sorted order
  /// takes the next free integer, so ids stay unique and still deterministic.
  static func assignIDs(_ layers: inout [ExportLayer], hash: (String) -> Int = FNV1a.featureID) {
    var used = Set<Int>()
    var idByUID: [String: Int] = [:]
    let uids = layers.flatMap { $0.features.map(\.uid) }.sorted()
    for uid in uids where idByUID[uid] == nil {
      var id = hash(uid)
      while used.contains(id) { id = id % ((1 << 53) - 1) + 1 }
      used.insert(id)
      idByUID[uid] = id
    }
    layers = layers.map { layer in
      ExportLayer(
        name: layer.name, suffix: layer.suffix,
        features: layer.features.map { f in
          var f = f
          f.id = idByUID[f.uid] ?? f.id
          return f
        })
    }
  }

  /// The attributes only corridors have: both ends in both languages, the event count, the length.
  static func corridorProperties(_ c: Corridor) -> [ExportFeature.Property] {
    typealias P = ExportFeature.Property
    return [
      P(key: "from_name", value: .string(c.origin.name)),
      P(key: "from_name_ar", value: .string(c.origin.nameAr)),
      P(key: "to_name", value: .string(c.destination.name)),
      P(key: "to_name_ar", value: .string(c.destination.nameAr)),
      P(key: "from_id", value: .string(c.origin.id)),
      P(key: "to_id", value: .string(c.destination.id)),
      P(key: "events", value: .integer(c.movements.count)),
      P(key: "length_km", value: .number(c.line.lengthKm, decimals: 1)),
    ]
  }

  /// 1 a precise place, 2 a neighbourhood or "near", 3 a region (ACLED's geo_precision).
  static func geoPrecision(_ kind: PlaceKind) -> Int {
    switch kind {
    case .city, .town, .village, .camp, .facility, .crossing: return 1
    case .neighbourhood: return 2
    case .country, .governorate, .district, .region, .countryside: return 3
    }
  }

  private typealias P = ExportFeature.Property

  private static func common(
    uid: String, kind: String, name: String, nameAr: String, actor: String, movement: String,
    status: String, date: CalendarDate?, dateEnd: CalendarDate?, confidence: Double, source: String,
    quote: String, quoteStart: Int, quoteEnd: Int, geoPrecision: Int, notes: String
  ) -> [P] {
    [
      P(key: "uid", value: .string(uid)),
      P(key: "kind", value: .string(kind)),
      P(key: "name", value: .string(name)),
      P(key: "name_ar", value: .string(nameAr)),
      P(key: "actor", value: .string(actor)),
      P(key: "movement", value: .string(movement)),
      P(key: "status", value: .string(status)),
      P(key: "date", value: .string(date?.description ?? "")),
      P(key: "date_end", value: .string(dateEnd?.description ?? "")),
      P(key: "confidence", value: .number(confidence, decimals: 3)),
      P(key: "source", value: .string(source)),
      P(key: "quote", value: .string(quote)),
      P(key: "quote_start", value: .integer(quoteStart)),
      P(key: "quote_end", value: .integer(quoteEnd)),
      P(key: "geo_precision", value: .integer(geoPrecision)),
      P(key: "notes", value: .string(notes)),
    ]
  }

  /// Distinct values in first-seen order.
  private static func distinct(_ values: [String]) -> [String] {
    var seen = Set<String>()
    return values.filter { !$0.isEmpty && seen.insert($0).inserted }
  }

  /// Earliest and (when different) latest date of the evidence, else the report date.
  private static func dateRange(_ dates: [CalendarDate?], fallback: CalendarDate?) -> (
    CalendarDate?, CalendarDate?
  ) {
    let known = dates.compactMap { $0 }
    guard let lo = known.min(), let hi = known.max() else { return (fallback, nil) }
    return (lo, hi == lo ? nil : hi)
  }

  private static func place(_ p: PlacePoint, _ layers: MapLayers) -> ExportFeature {
    let e = p.entry
    let first = p.mentions.first
    let uid = p.uid
    let confidence = p.mentions.map(\.score).max() ?? 0
    let notes = p.mentions.isEmpty ? "not named in the text; reached through a movement or control claim" : ""
    var props = common(
      uid: uid, kind: "place", name: e.name, nameAr: e.nameAr,
      actor: p.actors.map(\.rawValue).joined(separator: ";"), movement: "", status: "", date: layers.date,
      dateEnd: nil, confidence: confidence, source: layers.source, quote: first?.surface ?? "",
      quoteStart: first?.start ?? -1, quoteEnd: first?.end ?? -1, geoPrecision: geoPrecision(e.kind),
      notes: notes)
    props += [
      P(key: "gazetteer_id", value: .string(e.id)),
      P(key: "geonameid", value: .integer(e.geonameID ?? -1)),
      P(key: "country", value: .string(e.country)),
      P(key: "admin1", value: .string(e.admin1)),
      P(key: "mentions", value: .integer(p.mentions.count)),
      P(key: "place_kind", value: .string(e.kind.rawValue)),
    ]
    let style = p.actors.count == 1 ? "actor-\(p.actors[0].rawValue)" : "place"
    return ExportFeature(
      id: 0, uid: uid, geometry: .point(e.coordinate), properties: props, name: e.name, nameAr: e.nameAr,
      quote: first?.surface ?? "", date: layers.date, dateEnd: nil, styleID: style)
  }

  private static func corridor(_ c: Corridor, _ layers: MapLayers) -> ExportFeature {
    let first = c.movements[0]
    let name = "\(c.origin.name) → \(c.destination.name)"
    let nameAr =
      c.origin.nameAr.isEmpty || c.destination.nameAr.isEmpty
      ? "" : "من \(c.origin.nameAr) إلى \(c.destination.nameAr)"
    let quotes = distinct(c.movements.map(\.evidence.quote))
    let (date, dateEnd) = dateRange(c.movements.map(\.evidence.date), fallback: layers.date)
    var props = common(
      uid: c.uid, kind: "corridor", name: name, nameAr: nameAr, actor: c.actor.rawValue,
      movement: distinct(c.movements.map(\.kind.rawValue)).joined(separator: ";"),
      status: distinct(c.movements.map(\.status.rawValue)).joined(separator: ";"), date: date,
      dateEnd: dateEnd, confidence: c.movements.map(\.evidence.confidence).max() ?? 0,
      source: first.evidence.source, quote: quotes.joined(separator: " | "),
      quoteStart: first.evidence.start, quoteEnd: first.evidence.end,
      geoPrecision: max(geoPrecision(c.origin.kind), geoPrecision(c.destination.kind)),
      notes: distinct(c.movements.flatMap(\.notes)).joined(separator: "; "))
    props += corridorProperties(c)
    return ExportFeature(
      id: 0, uid: c.uid, geometry: .line(c.line), properties: props, name: name, nameAr: nameAr,
      quote: quotes.joined(separator: "\n"), date: date, dateEnd: dateEnd,
      styleID: "actor-\(c.actor.rawValue)")
  }

  private static func zone(_ z: ControlZone, _ layers: MapLayers) -> ExportFeature {
    let partialIDs = Set(z.claims.filter(\.partial).map(\.place.id))
    let places = z.places
    let placeNames = places.map { $0.name + (partialIDs.contains($0.id) ? " (part)" : "") }
    let placeNamesAr = places.map {
      ($0.nameAr.isEmpty ? $0.name : $0.nameAr) + (partialIDs.contains($0.id) ? " (جزء)" : "")
    }
    let styles = z.actors.map(ActorStyle.of)
    let name = styles.map(\.english).joined(separator: " / ") + ": " + placeNames.joined(separator: ", ")
    let nameAr = styles.map(\.arabic).joined(separator: " / ") + ": " + placeNamesAr.joined(separator: "، ")
    let quotes = distinct(z.claims.map(\.evidence.quote))
    let (date, dateEnd) = dateRange(z.claims.map(\.evidence.date), fallback: layers.date)
    let first = z.claims.first?.evidence
    var notes: [String] = []
    if z.actors.count > 1 {
      notes.append("overlap of the zones of \(z.actors.map(\.rawValue).joined(separator: " and "))")
    }
    if !partialIDs.isEmpty {
      notes.append(
        "held in part: \(places.filter { partialIDs.contains($0.id) }.map(\.name).joined(separator: ", "))")
    }
    var props = common(
      uid: z.uid, kind: "zone", name: name, nameAr: nameAr,
      actor: z.actors.map(\.rawValue).joined(separator: ";"),
      movement: "", status: distinct(z.claims.map(\.status.rawValue)).joined(separator: ";"), date: date,
      dateEnd: dateEnd, confidence: z.claims.map(\.evidence.confidence).max() ?? 0,
      source: first?.source ?? layers.source,
      quote: quotes.joined(separator: " | "), quoteStart: first?.start ?? -1, quoteEnd: first?.end ?? -1,
      geoPrecision: max(z.partial ? 2 : 1, places.map { geoPrecision($0.kind) }.max() ?? 1),
      notes: notes.joined(separator: "; "))
    props += [
      P(key: "control", value: .string(z.control.rawValue)),
      P(key: "partial", value: .bool(z.partial)),
      P(key: "places", value: .integer(places.count)),
      P(key: "place_ids", value: .string(places.map(\.id).joined(separator: ";"))),
      P(key: "area_km2", value: .number(z.areaKm2, decimals: 2)),
    ]
    let style = z.actors.count == 1 ? "actor-\(z.actors[0].rawValue)" : "contested"
    return ExportFeature(
      id: 0, uid: z.uid, geometry: .polygon(z.polygon), properties: props, name: name, nameAr: nameAr,
      quote: quotes.joined(separator: "\n"), date: date, dateEnd: dateEnd, styleID: style)
  }
}
