/// Accumulates the SVG text of one map; each method draws one part.
struct SVGBuilder {
  let frame: MapFrame
  let language: PreviewLanguage
  let fontFamily: String
  private(set) var text = ""
  /// Projected points along every feature, for keeping decoration off them.
  var featurePoints: [ScreenPoint] = []
  /// Id of the clip path of this map's rectangle (the inset has its own).
  var clipID = "map-clip"

  init(frame: MapFrame, language: PreviewLanguage, fontFamily: String) {
    self.frame = frame
    self.language = language
    self.fontFamily = fontFamily
  }

  mutating func line(_ s: String) {
    text += s
    text += "\n"
  }

  private var strings: PreviewStrings { language.strings }

  /// Text attributes that make Arabic lay out right to left inside an isolated run.
  private func bidi(_ s: String) -> String {
    PreviewText.startsRightToLeft(s) ? " direction=\"rtl\" unicode-bidi=\"embed\"" : ""
  }

  /// `text-anchor` (and direction) that puts a text's right or left edge at its x: in right-to-left
  /// text `start` is the right edge, so the keyword flips with the script.
  private func aligned(_ s: String, right: Bool) -> String {
    let rtl = PreviewText.startsRightToLeft(s)
    return " text-anchor=\"\(right == rtl ? "start" : "end")\"" + bidi(s)
  }

  // MARK: - Definitions

  mutating func definitions(actors: [Actor]) {
    line("<defs>")
    line(
      "<clipPath id=\"\(clipID)\"><rect x=\"\(fmt(frame.left))\" y=\"\(fmt(frame.top))\" "
        + "width=\"\(fmt(frame.width))\" height=\"\(fmt(frame.height))\"/></clipPath>")
    for actor in actors {
      let rgb = ActorStyle.of(actor).rgb
      line(
        "<marker id=\"arrow-\(actor.rawValue)\" viewBox=\"0 0 10 10\" refX=\"8\" refY=\"5\" "
          + "markerWidth=\"4.5\" markerHeight=\"4.5\" orient=\"auto\" markerUnits=\"strokeWidth\">"
          + "<path d=\"M0,0L10,5L0,10z\" fill=\"#\(rgb)\"/></marker>")
    }
    line("</defs>")
  }

  // MARK: - Basemap

  private func path(_ lines: [[Coordinate]], closed: Bool) -> String {
    var d = ""
    for l in lines where frame.overlaps(l) {
      for (i, c) in l.enumerated() {
        let p = frame.project(c)
        d += (i == 0 ? "M" : "L") + fmt(p.x) + "," + fmt(p.y)
      }
      if closed { d += "Z" }
    }
    return d
  }

  mutating func basemap(_ map: Basemap?, countryNames: Bool = true) {
    // Without a basemap the sea colour alone would mislead; plain land colour is neutral.
    let sea = map == nil ? "#f1eee6" : "#cfe1ee"
    line(
      "<rect x=\"\(fmt(frame.left))\" y=\"\(fmt(frame.top))\" width=\"\(fmt(frame.width))\" "
        + "height=\"\(fmt(frame.height))\" fill=\"\(sea)\"/>")
    guard let map else { return }
    line("<g class=\"basemap\" fill=\"none\" stroke-linejoin=\"round\" stroke-linecap=\"round\">")
    let land = path(map.land.flatMap { $0 }, closed: true)
    if !land.isEmpty { line("<path d=\"\(land)\" fill=\"#f1eee6\" fill-rule=\"evenodd\"/>") }
    let lakes = path(map.lakes.flatMap { $0 }, closed: true)
    if !lakes.isEmpty {
      line(
        "<path d=\"\(lakes)\" fill=\"#cfe1ee\" fill-rule=\"evenodd\" stroke=\"#8fb3c9\" stroke-width=\"0.5\"/>"
      )
    }
    let admin1 = path(map.admin1, closed: false)
    if !admin1.isEmpty {
      line("<path d=\"\(admin1)\" stroke=\"#c4bcae\" stroke-width=\"0.7\" stroke-dasharray=\"3 2\"/>")
    }
    let rivers = path(map.rivers, closed: false)
    if !rivers.isEmpty { line("<path d=\"\(rivers)\" stroke=\"#7fb0d8\" stroke-width=\"1.3\"/>") }
    let coast = path(map.coast, closed: false)
    if !coast.isEmpty { line("<path d=\"\(coast)\" stroke=\"#8fb3c9\" stroke-width=\"0.8\"/>") }
    let borders = path(map.borders, closed: false)
    if !borders.isEmpty {
      line("<path d=\"\(borders)\" stroke=\"#8c8073\" stroke-width=\"1.4\" stroke-dasharray=\"6 2 1.5 2\"/>")
    }
    line("</g>")
    if countryNames { countryLabels(map.countries) }
  }

  /// Country names where they hide no feature: the hand-picked point first, then nearby shifts.
  private mutating func countryLabels(_ countries: [Basemap.Label]) {
    let shifts: [(Double, Double)] = [(0, 0), (0, -40), (0, 40), (-90, 0), (90, 0), (0, -80), (0, 80)]
    for country in countries {
      let name = language.label(country)
      let w =
        LabelPlacer.textWidth(name, fontSize: 17) + (PreviewText.isArabic(name) ? 0 : Double(name.count) * 3)
      let base = frame.project(country.coordinate)
      for (dx, dy) in shifts {
        let p = ScreenPoint(x: base.x + dx, y: base.y + dy)
        let box = ScreenBox(minX: p.x - w / 2 - 6, minY: p.y - 18, maxX: p.x + w / 2 + 6, maxY: p.y + 6)
        let map = ScreenBox(
          minX: frame.left + 10, minY: frame.top + 10, maxX: frame.left + frame.width - 10,
          maxY: frame.top + frame.height - 10)
        guard box.inside(map), !featurePoints.contains(where: { box.contains($0) }) else { continue }
        let spacing = PreviewText.isArabic(name) ? "" : " letter-spacing=\"3\""
        line(
          "<text x=\"\(fmt(p.x))\" y=\"\(fmt(p.y))\" text-anchor=\"middle\" font-size=\"17\" fill=\"#a89f92\""
            + "\(spacing)\(bidi(name))>\(PreviewText.escape(name))</text>")
        break
      }
    }
  }

  // MARK: - Features

  private func tooltip(_ f: ExportFeature) -> String {
    let name = language.name(f)
    let quote = f.quote.isEmpty ? "" : "\n«" + f.quote + "»"
    return "<title>\(PreviewText.escape(name + quote))</title>"
  }

  private func property(_ f: ExportFeature, _ key: String) -> String {
    f.properties.first { $0.key == key }?.value.text ?? ""
  }

  mutating func zones(_ features: [ExportFeature]) {
    line("<g class=\"zones\">")
    for f in features {
      guard case .polygon(let polygon) = f.geometry else { continue }
      let style = SVGMapWriter.actor(of: f).map(ActorStyle.of) ?? ActorStyle.contested
      let d = polygon.rings.map { ring in path([ring], closed: true) }.joined()
      let dash = property(f, "partial") == "true" ? " stroke-dasharray=\"5 3\"" : ""
      line(
        "<path class=\"feature zone\" data-uid=\"\(PreviewText.escape(f.uid))\" d=\"\(d)\" fill=\"#\(style.rgb)\" "
          + "fill-opacity=\"0.38\" fill-rule=\"evenodd\" stroke=\"#\(style.rgb)\" stroke-width=\"2\"\(dash)>"
          + tooltip(f) + "</path>")
    }
    line("</g>")
  }

  /// Corridors whose every movement is only agreed, proposed or negotiated are dashed.
  static func isTentative(_ status: String) -> Bool {
    let firm: Set<String> = [
      ClaimStatus.reported.rawValue, ClaimStatus.completed.rawValue, ClaimStatus.claimed.rawValue,
    ]
    return !status.split(separator: ";").contains { firm.contains(String($0)) }
  }

  mutating func corridors(_ features: [ExportFeature]) {
    line("<g class=\"corridors\" fill=\"none\" stroke-linecap=\"round\">")
    for f in features {
      guard case .line(let l) = f.geometry else { continue }
      let actor = SVGMapWriter.actor(of: f) ?? .unknown
      let rgb = ActorStyle.of(actor).rgb
      var points = l.coordinates.map(frame.project)
      // Stop short of the destination so the arrowhead does not hide its dot.
      if points.count >= 2 {
        let b = points[points.count - 1]
        let a = points[points.count - 2]
        let len = ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot()
        if len > 14 {
          let t = (len - 6) / len
          points[points.count - 1] = ScreenPoint(x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t)
        }
      }
      let d = points.enumerated().map {
        ($0.offset == 0 ? "M" : "L") + fmt($0.element.x) + "," + fmt($0.element.y)
      }.joined()
      let dash = Self.isTentative(property(f, "status")) ? " stroke-dasharray=\"9 5\"" : ""
      line(
        "<path class=\"feature corridor\" data-uid=\"\(PreviewText.escape(f.uid))\" d=\"\(d)\" stroke=\"#\(rgb)\" "
          + "stroke-width=\"3\"\(dash) marker-end=\"url(#arrow-\(actor.rawValue))\">" + tooltip(f) + "</path>"
      )
    }
    line("</g>")
  }

  /// Places: more important ones first so they get the best label positions.
  static func priority(_ f: ExportFeature) -> Int {
    switch f.properties.first(where: { $0.key == "place_kind" })?.value.text ?? "" {
    case "city": return 0
    case "town": return 1
    case "region", "countryside", "governorate", "district", "country": return 2
    default: return 3
    }
  }

  /// Draws dots and labels; places in `unlabelled` get a dot only (their labels are in the inset).
  mutating func places(_ features: [ExportFeature], reserved: [ScreenBox], unlabelled: Set<String> = []) {
    let bounds = ScreenBox(
      minX: frame.left + 4, minY: frame.top + 4, maxX: frame.left + frame.width - 4,
      maxY: frame.top + frame.height - 4)
    // Lines and zone edges are obstacles too: a label across an arrow is hard to read.
    let lineMarks = featurePoints.map {
      ScreenBox(minX: $0.x - 1.5, minY: $0.y - 1.5, maxX: $0.x + 1.5, maxY: $0.y + 1.5)
    }
    var placer = LabelPlacer(bounds: bounds, reserved: reserved + lineMarks)
    let ordered = features.sorted { (Self.priority($0), $0.uid) < (Self.priority($1), $1.uid) }
    var dots: [String: ScreenPoint] = [:]
    for f in ordered {
      guard case .point(let c) = f.geometry else { continue }
      let p = frame.project(c)
      dots[f.uid] = p
      placer.reserve(ScreenBox(minX: p.x - 6, minY: p.y - 6, maxX: p.x + 6, maxY: p.y + 6))
    }
    // Dots first, labels above every dot: a later dot must never cover an earlier label.
    line("<g class=\"places\">")
    for f in ordered {
      guard let p = dots[f.uid] else { continue }
      let fill = SVGMapWriter.actor(of: f).map { "#" + ActorStyle.of($0).rgb } ?? "#ffffff"
      line(
        "<circle class=\"feature place\" data-uid=\"\(PreviewText.escape(f.uid))\" cx=\"\(fmt(p.x))\" cy=\"\(fmt(p.y))\" "
          + "r=\"4.5\" fill=\"\(fill)\" stroke=\"#222222\" stroke-width=\"1.5\">" + tooltip(f) + "</circle>")
    }
    line("</g>")
    line("<g class=\"labels\">")
    for f in ordered where !unlabelled.contains(f.uid) {
      guard let p = dots[f.uid] else { continue }
      let name = language.name(f)
      let major = Self.priority(f) == 0
      let fontSize = major ? 14.5 : 12.5
      let w = LabelPlacer.textWidth(name, fontSize: fontSize) * (major ? 1.1 : 1) + 4
      let placed = placer.place(at: p, width: w, height: fontSize * 1.3)
      line("<g class=\"feature label\" data-uid=\"\(PreviewText.escape(f.uid))\">" + tooltip(f))
      if placed.leader {
        let q = placed.box.nearest(to: p)
        line(
          "<line x1=\"\(fmt(p.x))\" y1=\"\(fmt(p.y))\" x2=\"\(fmt(q.x))\" y2=\"\(fmt(q.y))\" stroke=\"#444444\" stroke-width=\"0.8\"/>"
        )
      }
      let centre = placed.box.center
      line(
        "<text x=\"\(fmt(centre.x))\" y=\"\(fmt(centre.y + fontSize * 0.35))\" text-anchor=\"middle\" font-size=\"\(fmt(fontSize))\""
          + "\(major ? " font-weight=\"bold\"" : "") fill=\"#1d1d1d\" stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\""
          + " paint-order=\"stroke\"\(bidi(name))>\(PreviewText.escape(name))</text>")
      line("</g>")
    }
    line("</g>")
  }

  // MARK: - Legend, scale bar, title

  /// Draws the legend in the top corner away from the text's start; returns the box it covers.
  mutating func legend(tables: [ExportLayer], avoiding points: [ScreenPoint]) -> ScreenBox {
    let features = tables.flatMap(\.features)
    let zoneActors = Set(
      features.filter { SVGMapWriter.kind(of: $0) == "zone" }.compactMap(SVGMapWriter.actor(of:)))
    let actors = Array(zoneActors.union(SVGMapWriter.corridorActors(tables))).sorted()
    let contested = features.contains { $0.styleID == "contested" }
    let hasPartial = features.contains { f in
      f.properties.contains { $0.key == "partial" && $0.value == .bool(true) }
    }
    var rows: [(symbol: String, label: String)] = []
    for actor in actors {
      let style = ActorStyle.of(actor)
      let other = language == .arabic ? style.english : style.arabic
      rows.append(("zone:\(style.rgb)", language.actor(style) + " (" + other + ")"))
    }
    if contested { rows.append(("zone:\(ActorStyle.contested.rgb)", language.actor(ActorStyle.contested))) }
    if hasPartial { rows.append(("partial", strings.partial)) }
    rows.append(("firm", strings.movement))
    rows.append(("tentative", strings.tentative))
    rows.append(("place", strings.place))

    let rowHeight = 22.0
    let fontSize = 12.5
    let labelWidth = rows.map { LabelPlacer.textWidth($0.label, fontSize: fontSize) }.max() ?? 80
    let boxW = labelWidth + 60
    let boxH = Double(rows.count) * rowHeight + 34
    let rtl = language.isRightToLeft
    // The legend prefers the top corner where a line of the report's script ends (right for LTR,
    // left for RTL), then the other corners, and takes the one covering the fewest features.
    let leftX = frame.left + 10
    let rightX = frame.left + frame.width - boxW - 10
    let topY = frame.top + 10
    let bottomY = frame.top + frame.height - boxH - 10
    let corners =
      rtl
      ? [(leftX, topY), (rightX, topY), (rightX, bottomY)]
      : [(rightX, topY), (leftX, topY), (rightX, bottomY)]
    func covered(_ corner: (Double, Double)) -> Int {
      points.filter {
        $0.x > corner.0 - 12 && $0.x < corner.0 + boxW + 12 && $0.y > corner.1 - 12
          && $0.y < corner.1 + boxH + 12
      }.count
    }
    var best = corners[0]
    var bestCount = covered(best)
    for corner in corners.dropFirst() where bestCount > 0 {
      let n = covered(corner)
      if n < bestCount {
        best = corner
        bestCount = n
      }
    }
    let (x0, y0) = best
    line("<g class=\"legend\" font-size=\"\(fmt(fontSize))\">")
    line(
      "<rect x=\"\(fmt(x0))\" y=\"\(fmt(y0))\" width=\"\(fmt(boxW))\" height=\"\(fmt(boxH))\" rx=\"4\" "
        + "fill=\"#ffffff\" fill-opacity=\"0.92\" stroke=\"#9a9a9a\"/>")
    let titleX = rtl ? x0 + boxW - 12 : x0 + 12
    line(
      "<text x=\"\(fmt(titleX))\" y=\"\(fmt(y0 + 20))\" font-weight=\"bold\""
        + "\(aligned(strings.legend, right: rtl))>\(PreviewText.escape(strings.legend))</text>")
    for (i, row) in rows.enumerated() {
      let cy = y0 + 36 + Double(i) * rowHeight
      let sx = rtl ? x0 + boxW - 44 : x0 + 12
      switch row.symbol {
      case "firm", "tentative":
        let dash = row.symbol == "tentative" ? " stroke-dasharray=\"6 4\"" : ""
        line(
          "<line x1=\"\(fmt(sx))\" y1=\"\(fmt(cy))\" x2=\"\(fmt(sx + 26))\" y2=\"\(fmt(cy))\" stroke=\"#333333\" stroke-width=\"2.5\"\(dash)/>"
        )
        line(
          "<path d=\"M\(fmt(sx + 26)),\(fmt(cy - 5))L\(fmt(sx + 33)),\(fmt(cy))L\(fmt(sx + 26)),\(fmt(cy + 5))z\" fill=\"#333333\"/>"
        )
      case "place":
        line(
          "<circle cx=\"\(fmt(sx + 15))\" cy=\"\(fmt(cy))\" r=\"4.5\" fill=\"#ffffff\" stroke=\"#222222\" stroke-width=\"1.5\"/>"
        )
      case "partial":
        line(
          "<rect x=\"\(fmt(sx))\" y=\"\(fmt(cy - 7))\" width=\"30\" height=\"14\" fill=\"none\" stroke=\"#555555\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>"
        )
      default:
        let rgb = String(row.symbol.dropFirst("zone:".count))
        line(
          "<rect x=\"\(fmt(sx))\" y=\"\(fmt(cy - 7))\" width=\"30\" height=\"14\" fill=\"#\(rgb)\" fill-opacity=\"0.38\" stroke=\"#\(rgb)\" stroke-width=\"2\"/>"
        )
      }
      let tx = rtl ? sx - 10 : sx + 42
      line(
        "<text x=\"\(fmt(tx))\" y=\"\(fmt(cy + 4.5))\""
          + "\(aligned(row.label, right: rtl))>\(PreviewText.escape(row.label))</text>")
    }
    line("</g>")
    return ScreenBox(minX: x0, minY: y0, maxX: x0 + boxW, maxY: y0 + boxH)
  }

  /// Draws the scale bar in the bottom-left corner; returns the box it covers.
  mutating func scaleBar(compact: Bool = false) -> ScreenBox {
    let km = frame.scaleBarKm(fraction: compact ? 0.3 : 0.2)
    let length = km * frame.unitsPerKm
    let x0 = frame.left + 16
    let y0 = frame.top + frame.height - 22
    let label = NumberFormat.decimal(km, decimals: 1) + " " + strings.km
    line("<g class=\"scale-bar\" font-size=\"12\">")
    line(
      "<rect x=\"\(fmt(x0 - 6))\" y=\"\(fmt(y0 - 22))\" width=\"\(fmt(length + 12))\" height=\"34\" rx=\"3\" fill=\"#ffffff\" fill-opacity=\"0.85\"/>"
    )
    line(
      "<path d=\"M\(fmt(x0)),\(fmt(y0 - 5))V\(fmt(y0))H\(fmt(x0 + length))V\(fmt(y0 - 5))\" fill=\"none\" stroke=\"#222222\" stroke-width=\"2\"/>"
    )
    line(
      "<rect x=\"\(fmt(x0))\" y=\"\(fmt(y0 - 2))\" width=\"\(fmt(length / 2))\" height=\"4\" fill=\"#222222\"/>"
    )
    line("<text x=\"\(fmt(x0))\" y=\"\(fmt(y0 - 10))\">0</text>")
    line(
      "<text x=\"\(fmt(x0 + length))\" y=\"\(fmt(y0 - 10))\"\(aligned(label, right: true))>\(PreviewText.escape(label))</text>"
    )
    line("</g>")
    return ScreenBox(minX: x0 - 6, minY: y0 - 22, maxX: x0 + length + 6, maxY: y0 + 12)
  }

  mutating func titleAndCaption(source: String, date: CalendarDate?, width: Double, height: Double) {
    let rtl = language.isRightToLeft
    let x = rtl ? width - 16 : 16.0
    let title = strings.title + " — " + source
    let dateText = strings.reportDate + ": " + (date?.description ?? strings.noDate)
    line(
      "<text class=\"map-title\" x=\"\(fmt(x))\" y=\"26\" font-size=\"21\" font-weight=\"bold\""
        + "\(aligned(title, right: rtl))>\(PreviewText.escape(title))</text>")
    line(
      "<text class=\"map-date\" x=\"\(fmt(x))\" y=\"48\" font-size=\"14\" fill=\"#444444\""
        + "\(aligned(dateText, right: rtl))>\(PreviewText.escape(dateText))</text>")
    let sourceText = strings.source + ": " + source
    line(
      "<text class=\"map-source\" x=\"\(fmt(x))\" y=\"\(fmt(height - 12))\" font-size=\"12\" fill=\"#333333\""
        + "\(aligned(sourceText, right: rtl))>\(PreviewText.escape(sourceText))</text>")
    let credit =
      "Basemap: Natural Earth (public domain) · rivers: WDB II · governorates: Who's On First · drawn by geomap"
    line(
      "<text class=\"map-credit\" x=\"\(fmt(rtl ? 16 : width - 16))\" y=\"\(fmt(height - 12))\" font-size=\"10.5\" "
        + "fill=\"#777777\"\(aligned(credit, right: !rtl))>\(PreviewText.escape(credit))</text>")
  }
}
