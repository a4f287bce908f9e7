/// An enlarged view of places that crowd together on the main map (e.g. the neighbourhoods of
/// south Damascus), drawn in a free corner with its own basemap, zones, dots and labels.
extension SVGMapWriter {
  struct Inset {
    /// Where the inset sits on the drawing.
    let box: ScreenBox
    /// The inset's SVG.
    let svg: String
    /// The square on the main map marking the enlarged area.
    let area: ScreenBox
    /// The rectangle on the main map showing the enlarged area.
    let mainMapMarks: String
  }

  static let insetWidth = 330.0
  static let insetHeight = 250.0

  /// The largest group (at least three) of places whose dots lie within `distance` units of one
  /// another on the main map, most important first; empty when no dots crowd.
  static func crowdedPlaces(_ places: [ExportFeature], frame: MapFrame, distance: Double = 24)
    -> [ExportFeature]
  {
    let points: [(ExportFeature, ScreenPoint)] = places.compactMap { f in
      guard case .point(let c) = f.geometry else { return nil }
      return (f, frame.project(c))
    }
    var group = Array(points.indices)
    func root(_ i: Int) -> Int {
      var i = i
      while group[i] != i { i = group[i] }
      return i
    }
    for i in points.indices {
      for j in points.indices where j > i {
        let (a, b) = (points[i].1, points[j].1)
        if (a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y) <= distance * distance {
          group[root(j)] = root(i)
        }
      }
    }
    let clusters = Dictionary(grouping: points.indices, by: root).values
      .map { $0.map { points[$0].0 } }
      .filter { $0.count >= 3 }
    let ordered = clusters.map { cluster in
      cluster.sorted { (SVGBuilder.priority($0), $0.uid) < (SVGBuilder.priority($1), $1.uid) }
    }
    return ordered.max { a, b in (a.count, b[0].uid) < (b.count, a[0].uid) } ?? []
  }

  func inset(
    for crowded: [ExportFeature], tables: [ExportLayer], frame: MapFrame, avoiding reserved: [ScreenBox],
    samples: [ScreenPoint]
  ) -> Inset? {
    guard let lead = crowded.first else { return nil }
    var coordinates: [Coordinate] = crowded.compactMap {
      if case .point(let c) = $0.geometry { return c }
      return nil
    }
    let dots = coordinates.map(frame.project)
    let near = ScreenBox(
      minX: (dots.map(\.x).min() ?? 0) - 20, minY: (dots.map(\.y).min() ?? 0) - 20,
      maxX: (dots.map(\.x).max() ?? 0) + 20, maxY: (dots.map(\.y).max() ?? 0) + 20)
    // Zones drawn around the crowded places belong in the inset too.
    for f in tables.flatMap(\.features) {
      if case .polygon(let p) = f.geometry, p.exterior.contains(where: { near.contains(frame.project($0)) }) {
        coordinates += p.exterior
      }
    }
    // The corner covering the fewest features and none of the legend or scale bar.
    let w = Self.insetWidth
    let h = Self.insetHeight
    let corners = [
      (frame.left + frame.width - w - 10, frame.top + frame.height - h - 10),
      (frame.left + frame.width - w - 10, frame.top + 10),
      (frame.left + 10, frame.top + frame.height - h - 60),
      (frame.left + 10, frame.top + 10),
    ]
    var best: (box: ScreenBox, covered: Int)?
    for (x, y) in corners {
      let box = ScreenBox(minX: x, minY: y, maxX: x + w, maxY: y + h)
      let grown = ScreenBox(minX: x - 8, minY: y - 8, maxX: x + w + 8, maxY: y + h + 8)
      guard !reserved.contains(where: { $0.intersects(grown) }), !grown.contains(dots[0]) else { continue }
      let covered = samples.filter { grown.contains($0) }.count
      if best == nil || covered < (best?.covered ?? 0) { best = (box, covered) }
    }
    guard let box = best?.box else { return nil }

    let title = 22.0
    let insetFrame = MapFrame(
      fitting: coordinates, left: box.minX, top: box.minY + title, width: w, height: h - title, margin: 0.18,
      minSpanKm: 5)
    let language = PreviewLanguage.of(tables)
    var out = SVGBuilder(frame: insetFrame, language: language, fontFamily: Self.fontFamily)
    out.clipID = "inset-clip"
    let inside = ScreenBox(
      minX: insetFrame.left, minY: insetFrame.top, maxX: insetFrame.left + insetFrame.width,
      maxY: insetFrame.top + insetFrame.height)
    out.featurePoints = Self.samplePoints(tables, frame: insetFrame).filter { inside.contains($0) }
    out.line("<g class=\"inset\">")
    out.line(
      "<rect x=\"\(fmt(box.minX))\" y=\"\(fmt(box.minY))\" width=\"\(fmt(w))\" height=\"\(fmt(h))\" fill=\"#ffffff\" "
        + "stroke=\"#444444\" stroke-width=\"1.5\"/>")
    out.definitions(actors: [])
    out.line("<g clip-path=\"url(#inset-clip)\">")
    out.basemap(basemap, countryNames: false)
    let features = Dictionary(grouping: tables.flatMap(\.features)) { Self.kind(of: $0) }
    out.zones(features["zone"] ?? [])
    out.corridors(features["corridor"] ?? [])
    out.line("</g>")
    let shown = (features["place"] ?? []).filter {
      if case .point(let c) = $0.geometry { return inside.contains(insetFrame.project(c)) }
      return false
    }
    let scale = out.scaleBar(compact: true)
    out.places(shown, reserved: [scale])
    let caption = language.name(lead) + (language == .arabic ? " (مكبّرة)" : " (enlarged)")
    out.line(
      "<text x=\"\(fmt(box.minX + w / 2))\" y=\"\(fmt(box.minY + 16))\" text-anchor=\"middle\" font-size=\"13\" "
        + "font-weight=\"bold\"\(PreviewText.startsRightToLeft(caption) ? " direction=\"rtl\" unicode-bidi=\"embed\"" : "")>"
        + PreviewText.escape(caption) + "</text>")
    out.line("</g>")

    // On the main map: the enlarged area, at least a visible square. No connector line: across the
    // map it would pass for a border or a corridor.
    let nw = frame.project(Coordinate(longitude: insetFrame.west, latitude: insetFrame.north))
    let se = frame.project(Coordinate(longitude: insetFrame.east, latitude: insetFrame.south))
    let cx = (nw.x + se.x) / 2
    let cy = (nw.y + se.y) / 2
    let half = (max(se.x - nw.x, se.y - nw.y, 18)) / 2
    let area = ScreenBox(minX: cx - half, minY: cy - half, maxX: cx + half, maxY: cy + half)
    let marks =
      "<rect class=\"inset-area\" x=\"\(fmt(area.minX))\" y=\"\(fmt(area.minY))\" width=\"\(fmt(2 * half))\" "
      + "height=\"\(fmt(2 * half))\" fill=\"none\" stroke=\"#444444\" stroke-width=\"1.2\" stroke-dasharray=\"3 2\"/>"
    return Inset(box: box, svg: out.text, area: area, mainMapMarks: marks)
  }
}
