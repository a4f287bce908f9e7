import Foundation

/// Writes the three layers as one KML 2.2 document through libxml2's xmlTextWriter.
///
/// Layout: one Document with shared Styles (one per actor in faction colours, `contested`,
/// `place`), then Folders Places, Corridors, Zones — LIBKML reads each Folder as a layer.
/// Placemark `<name>` is "English — العربية" so a reader that shows only the name shows both
/// languages; `name` and `name_ar` are also separate ExtendedData fields for GIS use. Element
/// order follows the schema's sequence: name, description, TimeStamp/TimeSpan, styleUrl,
/// ExtendedData, geometry.
public enum KMLWriter {
  static let namespace = "http://www.opengis.net/kml/2.2"
  /// Fill opacity of zones: the map under a zone stays readable.
  static let zoneFillAlpha: UInt8 = 0x66

  public static func data(for layers: [ExportLayer], title: String) throws -> Data {
    let w = try XMLWriter()
    try w.start("kml")
    try w.attribute("xmlns", namespace)
    try w.start("Document")
    try w.element("name", title)
    try w.element("open", "1")
    for style in styleIDs(layers) { try writeStyle(style, w) }
    for layer in layers {
      try w.start("Folder")
      try w.element("name", layer.name)
      for f in layer.features { try placemark(f, w) }
      try w.end()
    }
    try w.end()
    try w.end()
    return Data(try w.finish())
  }

  /// Styles used by the features, sorted, so only what is drawn is declared.
  static func styleIDs(_ layers: [ExportLayer]) -> [String] {
    Array(Set(layers.flatMap { $0.features.map(\.styleID) })).sorted()
  }

  static func actorStyle(for id: String) -> ActorStyle {
    if id == "contested" { return .contested }
    if id.hasPrefix("actor-"), let actor = Actor(rawValue: String(id.dropFirst(6))) { return .of(actor) }
    return .neutralPlace
  }

  private static func writeStyle(_ id: String, _ w: XMLWriter) throws {
    let style = actorStyle(for: id)
    try w.start("Style")
    try w.attribute("id", id)
    try w.start("IconStyle")
    try w.element("color", style.kmlColor())
    try w.element("scale", "0.9")
    try w.start("Icon")
    try w.element("href", "http://maps.google.com/mapfiles/kml/shapes/placemark_circle.png")
    try w.end()
    try w.end()
    try w.start("LineStyle")
    try w.element("color", style.kmlColor())
    try w.element("width", "3")
    try w.end()
    try w.start("PolyStyle")
    try w.element("color", style.kmlColor(alpha: zoneFillAlpha))
    try w.element("fill", "1")
    try w.element("outline", "1")
    try w.end()
    try w.end()
  }

  private static func placemark(_ f: ExportFeature, _ w: XMLWriter) throws {
    try w.start("Placemark")
    try w.attribute("id", "f\(f.id)")
    try w.element("name", f.nameAr.isEmpty ? f.name : "\(f.name) — \(f.nameAr)")
    try w.start("description")
    try w.cdata(description(f))
    try w.end()
    if let date = f.date {
      if let end = f.dateEnd {
        try w.start("TimeSpan")
        try w.element("begin", date.description)
        try w.element("end", end.description)
        try w.end()
      } else {
        try w.start("TimeStamp")
        try w.element("when", date.description)
        try w.end()
      }
    }
    try w.element("styleUrl", "#\(f.styleID)")
    try w.start("ExtendedData")
    for p in f.properties {
      try w.start("Data")
      try w.attribute("name", dataName(p.key))
      try w.element("value", p.value.text)
      try w.end()
    }
    try w.end()
    try geometry(f.geometry, w)
    try w.end()
  }

  /// The ExtendedData name of a property. `name` becomes `name_en`: LIBKML already maps `<name>`
  /// to its `Name` field and GDAL field names are case-insensitive, so a Data called "name" is dropped.
  static func dataName(_ key: String) -> String { key == "name" ? "name_en" : key }

  /// The balloon: the quote in its own direction, then where it comes from.
  static func description(_ f: ExportFeature) -> String {
    var html = ""
    if !f.quote.isEmpty {
      let rtl = XMLText.hasArabic(f.quote)
      html += rtl ? "<div dir=\"rtl\" lang=\"ar\">" : "<div>"
      html += XMLText.html(f.quote) + "</div>"
    }
    let source = f.properties.first { $0.key == "source" }?.value.text ?? ""
    var meta = [source]
    if let date = f.date { meta.append(f.dateEnd.map { "\(date) – \($0)" } ?? date.description) }
    html += "<p>" + XMLText.html(meta.filter { !$0.isEmpty }.joined(separator: " · ")) + "</p>"
    // Google Earth shows a description instead of the ExtendedData table, so the key facts are
    // repeated here; the full set stays in ExtendedData for GIS readers.
    let rows = f.properties.filter { balloonKeys.contains($0.key) && !$0.value.text.isEmpty }
    if !rows.isEmpty {
      html += "<table>"
      for p in rows {
        html += "<tr><th>\(XMLText.html(p.key))</th><td>\(XMLText.html(p.value.text))</td></tr>"
      }
      html += "</table>"
    }
    return html
  }

  /// Attributes repeated in the balloon table, in property order.
  static let balloonKeys: Set<String> = [
    "actor", "movement", "status", "control", "events", "confidence", "geo_precision", "notes", "gazetteer_id",
  ]

  private static func geometry(_ g: FeatureGeometry, _ w: XMLWriter) throws {
    switch g {
    case .point(let c):
      try w.start("Point")
      try w.element("coordinates", tuples([c]))
      try w.end()
    case .line(let line):
      // The arrow head rides in the same MultiGeometry so the direction survives in every viewer
      // without icons or gx extensions; the first LineString is the corridor itself.
      try w.start("MultiGeometry")
      try lineString(line.coordinates, w)
      try lineString(arrowHead(line), w)
      try w.end()
    case .polygon(let p):
      try w.start("Polygon")
      try w.element("tessellate", "1")
      try w.start("outerBoundaryIs")
      try linearRing(p.exterior, w)
      try w.end()
      for hole in p.holes {
        try w.start("innerBoundaryIs")
        try linearRing(hole, w)
        try w.end()
      }
      try w.end()
    }
  }

  private static func lineString(_ cs: [Coordinate], _ w: XMLWriter) throws {
    try w.start("LineString")
    try w.element("tessellate", "1")
    try w.element("altitudeMode", "clampToGround")
    try w.element("coordinates", tuples(cs))
    try w.end()
  }

  private static func linearRing(_ cs: [Coordinate], _ w: XMLWriter) throws {
    try w.start("LinearRing")
    try w.element("coordinates", tuples(cs))
    try w.end()
  }

  /// `lon,lat` tuples separated by single spaces, no space inside a tuple.
  static func tuples(_ cs: [Coordinate]) -> String {
    cs.map { "\(NumberFormat.decimal($0.longitude)),\(NumberFormat.decimal($0.latitude))" }
      .joined(separator: " ")
  }

  /// A "V" at the destination: two barbs 25° either side of the incoming direction, 6% of the
  /// corridor long (1.5–10 km), drawn barb → destination → barb.
  static func arrowHead(_ line: LineString) -> [Coordinate] {
    let cs = line.coordinates
    let tip = cs[cs.count - 1]
    let before = cs[cs.count - 2]
    let back = GreatCircle.bearing(from: tip, to: before)
    let size = min(10, max(1.5, line.lengthKm * 0.06))
    return [
      GreatCircle.destination(from: tip, bearing: back - 25, distanceKm: size), tip,
      GreatCircle.destination(from: tip, bearing: back + 25, distanceKm: size),
    ]
  }
}
