import Foundation

/// Draws a report's layers as a self-contained SVG situation map: basemap, control zones in
/// faction colours, corridors as arrows, labelled places, legend, scale bar, title, date and
/// source. No scripts, fonts or images are referenced; the same input gives the same bytes.
public struct SVGMapWriter: Sendable {
  public var width: Double = 1200
  public var height: Double = 820
  public var basemap: Basemap?

  /// Height of the title band above the map and of the caption band below it.
  static let titleBand = 58.0
  static let footerBand = 34.0
  static let fontFamily = "DejaVu Sans, Noto Sans, Noto Naskh Arabic, Arial, sans-serif"

  public init(basemap: Basemap?) {
    self.basemap = basemap
  }

  /// The map's frame for these tables: every feature fitted into the map area with a margin.
  public func frame(for tables: [ExportLayer]) -> MapFrame {
    var coordinates: [Coordinate] = []
    for feature in tables.flatMap(\.features) {
      switch feature.geometry {
      case .point(let c): coordinates.append(c)
      case .line(let l): coordinates += l.coordinates
      case .polygon(let p): coordinates += p.exterior
      }
    }
    return MapFrame(
      fitting: coordinates, left: 0, top: Self.titleBand, width: width,
      height: height - Self.titleBand - Self.footerBand)
  }

  /// The SVG document for `layers`.
  public func svg(_ layers: MapLayers) -> String {
    svg(tables: ExportLayers.build(layers), source: layers.source, date: layers.date)
  }

  /// The SVG document for already built tables.
  public func svg(tables: [ExportLayer], source: String, date: CalendarDate?) -> String {
    let language = PreviewLanguage.of(tables)
    let frame = frame(for: tables)
    var out = SVGBuilder(frame: frame, language: language, fontFamily: Self.fontFamily)
    let samples = Self.samplePoints(tables, frame: frame)
    out.featurePoints = samples
    let w = fmt(width)
    let h = fmt(height)
    out.line(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(w) \(h)\" width=\"\(w)\" height=\"\(h)\" "
        + "font-family=\"\(Self.fontFamily)\" direction=\"ltr\" class=\"geomap-map\" role=\"img\">")
    out.line("<title>\(PreviewText.escape(language.strings.title + " — " + source))</title>")
    out.definitions(actors: Self.corridorActors(tables))
    out.line("<rect x=\"0\" y=\"0\" width=\"\(w)\" height=\"\(h)\" fill=\"#fbfaf7\"/>")
    out.line("<g clip-path=\"url(#map-clip)\">")
    out.basemap(basemap)
    let features = Dictionary(grouping: tables.flatMap(\.features)) { Self.kind(of: $0) }
    out.zones(features["zone"] ?? [])
    out.corridors(features["corridor"] ?? [])
    out.line("</g>")
    out.line(
      "<rect x=\"\(fmt(frame.left))\" y=\"\(fmt(frame.top))\" width=\"\(fmt(frame.width))\" "
        + "height=\"\(fmt(frame.height))\" fill=\"none\" stroke=\"#6b6b6b\" stroke-width=\"1\"/>")
    let legendBox = out.legend(tables: tables, avoiding: samples)
    let scaleBox = out.scaleBar()
    let places = features["place"] ?? []
    let crowded = Self.crowdedPlaces(places, frame: frame)
    var reserved = [legendBox, scaleBox]
    var unlabelled = Set<String>()
    if let inset = inset(for: crowded, tables: tables, frame: frame, avoiding: reserved, samples: samples) {
      // The main map keeps the dots and the most important name; the inset names the rest.
      unlabelled = Set(crowded.dropFirst().map(\.uid))
      out.line(inset.mainMapMarks)
      out.line(inset.svg)
      reserved += [inset.box, inset.area]
    }
    out.places(places, reserved: reserved, unlabelled: unlabelled)
    out.titleAndCaption(source: source, date: date, width: width, height: height)
    out.line("</svg>")
    return out.text
  }

  /// UTF-8 bytes of `svg(_:)` with an XML declaration, for a standalone `.svg` file.
  public func data(_ layers: MapLayers) -> Data {
    Data((Self.xmlDeclaration + svg(layers)).utf8)
  }

  static let xmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"

  /// "place", "corridor" or "zone", from the uid prefix the export tables give every feature.
  static func kind(of feature: ExportFeature) -> String {
    String(feature.uid.prefix { $0 != ":" })
  }

  /// The actor of a feature from its style id (`actor-ISIS`), nil for contested zones and free places.
  static func actor(of feature: ExportFeature) -> Actor? {
    guard feature.styleID.hasPrefix("actor-") else { return nil }
    return Actor(rawValue: String(feature.styleID.dropFirst("actor-".count)))
  }

  /// Projected points along every feature (lines sampled every few units), so the legend can
  /// find a corner that hides nothing.
  static func samplePoints(_ tables: [ExportLayer], frame: MapFrame) -> [ScreenPoint] {
    var out: [ScreenPoint] = []
    func along(_ coordinates: [Coordinate]) {
      let points = coordinates.map(frame.project)
      guard let first = points.first else { return }
      out.append(first)
      for (a, b) in zip(points, points.dropFirst()) {
        let length = ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot()
        let steps = max(1, Int(length / 8))
        for i in 1...steps {
          let t = Double(i) / Double(steps)
          out.append(ScreenPoint(x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t))
        }
      }
    }
    for feature in tables.flatMap(\.features) {
      switch feature.geometry {
      case .point(let c): out.append(frame.project(c))
      case .line(let l): along(l.coordinates)
      case .polygon(let p): along(p.exterior)
      }
    }
    return out
  }

  static func corridorActors(_ tables: [ExportLayer]) -> [Actor] {
    let actors = tables.flatMap(\.features).filter { kind(of: $0) == "corridor" }.compactMap(actor(of:))
    return Array(Set(actors)).sorted()
  }
}

/// Two-decimal-free coordinates: one decimal of a drawing unit is finer than any screen pixel.
func fmt(_ v: Double) -> String { NumberFormat.decimal(v, decimals: 1) }
