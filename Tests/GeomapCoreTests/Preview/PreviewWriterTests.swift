import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

@testable import GeomapCore

/// Collects what a map reader cares about while checking the SVG is well-formed XML.
final class SVGScan: NSObject, XMLParserDelegate {
  var uids: [String: [String]] = [:]
  var texts: [String] = []
  var rtlTexts: [String] = []
  var markers: [String] = []
  var external: [String] = []
  private var inText = false
  private var textIsRTL = false
  private var current = ""

  static func parse(_ svg: String) throws -> SVGScan {
    let scan = SVGScan()
    let parser = XMLParser(data: Data(svg.utf8))
    parser.delegate = scan
    let ok = parser.parse()
    #expect(ok, "SVG is not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "?")")
    return scan
  }

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    if let uid = attributes["data-uid"] { uids[uid, default: []].append(name) }
    if name == "marker", let id = attributes["id"] { markers.append(id) }
    for key in ["href", "xlink:href", "src"] where attributes[key] != nil {
      external.append(attributes[key] ?? "")
    }
    if name == "text" {
      inText = true
      textIsRTL = attributes["direction"] == "rtl"
      current = ""
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if inText { current += string }
  }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?)
  {
    if name == "text" {
      texts.append(current)
      if textIsRTL { rtlTexts.append(current) }
      inText = false
    }
  }
}

@Suite struct PreviewWriterTests {
  static func layers(_ build: () throws -> Situation) throws -> MapLayers {
    try MapLayers(situation: try build())
  }

  static let writer: SVGMapWriter = SVGMapWriter(basemap: try? Basemap.bundled())

  @Test func bundledBasemapLoads() throws {
    let map = try Basemap.bundled()
    #expect(!map.land.isEmpty && !map.borders.isEmpty && !map.rivers.isEmpty && !map.admin1.isEmpty)
    #expect(map.countries.contains { $0.name == "SYRIA" && $0.nameAr == "سوريا" })
    // Everything lies in the box the build script clips to.
    for line in map.rivers + map.borders {
      for c in line {
        #expect((25...50).contains(c.longitude) && (25...42).contains(c.latitude))
      }
    }
  }

  @Test func seedMapHasEveryFeatureArabicLabelsAndISISColours() throws {
    let layers = try Self.layers(FixtureSituations.seed)
    let svg = Self.writer.svg(layers)
    let scan = try SVGScan.parse(svg)
    let tables = ExportLayers.build(layers)
    for f in tables.flatMap(\.features) {
      #expect(scan.uids[f.uid] != nil, "no element for \(f.uid)")
    }
    #expect(Set(scan.uids.keys) == Set(tables.flatMap(\.features).map(\.uid)))
    // Labels are in the report's language and laid out right to left.
    #expect(scan.rtlTexts.contains("الرقة"))
    #expect(scan.rtlTexts.contains("مخيم اليرموك"))
    #expect(scan.rtlTexts.contains("تاريخ التقرير: 2017-07-04"))
    #expect(!scan.texts.contains("Raqqa"))
    #expect(scan.markers == ["arrow-ISIS"])
    #expect(svg.contains("fill=\"#1A1A1A\" fill-opacity=\"0.38\""))
    // Tentative (negotiated) and firm (reported) corridors are drawn differently.
    #expect(svg.contains("stroke-dasharray=\"9 5\" marker-end=\"url(#arrow-ISIS)\""))
    #expect(svg.contains("stroke-width=\"3\" marker-end=\"url(#arrow-ISIS)\""))
    #expect(scan.external.isEmpty, "references outside the file: \(scan.external)")
    #expect(scan.texts.contains { $0.hasSuffix("كم") }, "no scale bar")
  }

  @Test func englishMapUsesEnglishLabelsAndEveryActorInTheLegend() throws {
    let svg = Self.writer.svg(try Self.layers(FixtureSituations.english))
    let scan = try SVGScan.parse(svg)
    #expect(scan.texts.contains("Deir ez-Zor"))
    #expect(scan.texts.contains("Report date: 2017-09-10"))
    #expect(scan.texts.contains("Syrian government (النظام السوري)"))
    #expect(scan.texts.contains("SDF (قسد)"))
    #expect(scan.texts.contains("Contested"))
    #expect(Set(scan.markers) == ["arrow-ISIS", "arrow-REGIME", "arrow-SDF"])
  }

  @Test func everyFeatureProjectsInsideTheMap() throws {
    let tables = ExportLayers.build(try Self.layers(FixtureSituations.seed))
    let frame = Self.writer.frame(for: tables)
    for p in SVGMapWriter.samplePoints(tables, frame: frame) {
      #expect(p.x >= frame.left && p.x <= frame.left + frame.width)
      #expect(p.y >= frame.top && p.y <= frame.top + frame.height)
    }
  }

  @Test func sameSituationSameBytes() throws {
    let a = Self.writer.data(try Self.layers(FixtureSituations.seed))
    let b = SVGMapWriter(basemap: try Basemap.bundled()).data(try Self.layers(FixtureSituations.seed))
    #expect(a == b)
    let h1 = HTMLPreviewWriter(map: Self.writer).data(try Self.layers(FixtureSituations.english))
    let h2 = HTMLPreviewWriter(map: Self.writer).data(try Self.layers(FixtureSituations.english))
    #expect(h1 == h2)
  }

  @Test func htmlListsEveryFeatureWithItsEvidence() throws {
    let layers = try Self.layers(FixtureSituations.seed)
    let html = HTMLPreviewWriter(map: Self.writer).html(layers)
    let tables = ExportLayers.build(layers)
    for f in tables.flatMap(\.features) {
      #expect(html.contains("<tr data-uid=\"\(PreviewText.escape(f.uid))\""), "no row for \(f.uid)")
    }
    #expect(html.components(separatedBy: "<tr data-uid=").count - 1 == tables.flatMap(\.features).count)
    #expect(html.contains("<html lang=\"ar\" dir=\"rtl\">"))
    #expect(
      html.contains(
        "<q dir=\"auto\">اتفاق مبدئي يقضي بإخراج دفعة من جرحى التنظيم إلى مناطق سيطرته شرق سوريا</q>"))
    // Kinds and statuses in the report's language, every hedge kept.
    #expect(html.contains("<td dir=\"auto\">قيد التفاوض، متفق عليه مبدئياً</td>"))
    #expect(html.contains("<td dir=\"auto\">إخلاء، نقل جرحى</td>"))
    // Self-contained: no external script, stylesheet, font or image.
    #expect(!html.contains("<script src") && !html.contains("<link") && !html.contains("url(http"))
    #expect(!html.contains("@import") && !html.contains("<img"))
  }

  @Test func hostileNamesAndQuotesAreEscapedEverywhere() throws {
    let hostile = "<b>\"Raqqa\" & 'Mayadin' ]]> </kml>"
    let entry = GazetteerEntry(
      id: "geomap:<x>&\"", kind: .city, country: "SY", coordinate: Coordinate(longitude: 39, latitude: 36),
      name: hostile, nameAr: "\u{202E}الرقة")
    let date = CalendarDate(year: 2017, month: 7, day: 4)
    let evidence = Evidence(
      quote: hostile + "\u{202E}", start: 0, end: 10, source: "x.txt", date: date, confidence: 0.5)
    let situation = Situation(
      source: "<script>alert(1)</script>.txt", date: date,
      mentions: [PlaceMention(surface: hostile, start: 0, end: 10, entry: entry, score: 0.9)],
      control: [ControlClaim(actor: .isis, place: entry, control: .holds, evidence: evidence)])
    let layers = try MapLayers(situation: situation)
    let svg = Self.writer.svg(layers)
    let scan = try SVGScan.parse(svg)
    #expect(scan.texts.contains(hostile))
    let html = HTMLPreviewWriter(map: Self.writer).html(layers)
    for text in [svg, html] {
      #expect(!text.contains("<b>") && !text.contains("</kml>") && !text.contains("<script>alert"))
      #expect(!text.unicodeScalars.contains("\u{202E}"))
      #expect(text.contains("&lt;b&gt;&quot;Raqqa&quot; &amp; &#39;Mayadin&#39; ]]&gt; &lt;/kml&gt;"))
    }
    #expect(html.contains("data-uid=\"place:geomap:&lt;x&gt;&amp;&quot;\""))
  }

  @Test func writesBothFilesAtomically() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let files = try SituationPreview(basemap: try Basemap.bundled())
      .write(try Self.layers(FixtureSituations.seed), stem: "seed-000.ar", to: dir)
    #expect(files.map(\.lastPathComponent) == ["seed-000.ar.svg", "seed-000.ar.html"])
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    #expect(names == ["seed-000.ar.html", "seed-000.ar.svg"])
    let svg = try String(contentsOf: files[0], encoding: .utf8)
    #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "))
    let missing = dir.appendingPathComponent("no/such/folder")
    #expect(throws: GeomapError.self) {
      try SituationPreview(basemap: nil).write(
        try Self.layers(FixtureSituations.seed), stem: "s", to: missing)
    }
  }
}

@Suite struct InsetTests {
  @Test func seedEnlargesSouthDamascusWithItsISISPocket() throws {
    let tables = ExportLayers.build(try MapLayers(situation: try FixtureSituations.seed()))
    let writer = SVGMapWriter(basemap: try Basemap.bundled())
    let frame = writer.frame(for: tables)
    let places = tables.flatMap(\.features).filter { SVGMapWriter.kind(of: $0) == "place" }
    let crowded = SVGMapWriter.crowdedPlaces(places, frame: frame)
    // Damascus first (a city), then its neighbourhoods and camp; nothing from the Euphrates.
    #expect(crowded.first?.name == "Damascus")
    #expect(Set(crowded.map(\.name)) == ["Damascus", "Asali", "Hajar al-Aswad", "Tadamon", "Yarmouk camp"])
    let svg = writer.svg(tables: tables, source: "seed-000.ar.txt", date: nil)
    let inset = try #require(svg.components(separatedBy: "<g class=\"inset\">").dropFirst().first)
    let scan = try SVGScan.parse(svg)
    // The neighbourhood names appear once, in the inset; Damascus on both maps.
    for name in ["الحجر الأسود", "مخيم اليرموك", "التضامن", "العسالي"] {
      #expect(scan.texts.filter { $0 == name }.count == 1, "\(name)")
      #expect(inset.contains(">\(name)</text>"))
    }
    #expect(scan.texts.filter { $0 == "دمشق" }.count == 2)
    #expect(scan.texts.contains("دمشق (مكبّرة)"))
    // The ISIS zone of south Damascus is drawn in the inset, in ISIS colour.
    let pocket = try #require(
      tables.flatMap(\.features).first { $0.uid.hasPrefix("zone:") && $0.name.contains("Yarmouk") })
    #expect(inset.contains("data-uid=\"\(pocket.uid)\""))
  }

  @Test func spreadOutPlacesGetNoInset() throws {
    let features = [
      ExportFeature(
        id: 1, uid: "place:a", geometry: .point(Coordinate(longitude: 36.3, latitude: 33.5)), properties: [],
        name: "A", nameAr: "", quote: "", date: nil, dateEnd: nil, styleID: "place"),
      ExportFeature(
        id: 2, uid: "place:b", geometry: .point(Coordinate(longitude: 39, latitude: 36)), properties: [],
        name: "B", nameAr: "", quote: "", date: nil, dateEnd: nil, styleID: "place"),
      ExportFeature(
        id: 3, uid: "place:c", geometry: .point(Coordinate(longitude: 43.1, latitude: 36.3)), properties: [],
        name: "C", nameAr: "", quote: "", date: nil, dateEnd: nil, styleID: "place"),
    ]
    let tables = [ExportLayer(name: "Places", suffix: "places", features: features)]
    let writer = SVGMapWriter(basemap: nil)
    #expect(SVGMapWriter.crowdedPlaces(features, frame: writer.frame(for: tables)).isEmpty)
    #expect(!writer.svg(tables: tables, source: "x", date: nil).contains("class=\"inset\""))
  }
}

@Suite struct BasemapFileTests {
  @Test func missingOrBrokenBasemapIsAOneLineErrorNamingTheFile() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let missing = dir.appendingPathComponent("nope.geojson")
    #expect(throws: GeomapError.self) { try Basemap.load(missing) }
    let broken = dir.appendingPathComponent("broken.geojson")
    try Data("{\"type\":\"FeatureCollection\",".utf8).write(to: broken)
    do {
      _ = try Basemap.load(broken)
      Issue.record("a truncated file loaded")
    } catch let error as GeomapError {
      #expect(error.description.contains("broken.geojson"))
      #expect(!error.description.contains("\n"))
    }
  }

  @Test func unknownLayersAndBadPositionsAreSkipped() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent("small.geojson")
    let json = """
      {"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"layer":"river"},"geometry":{"type":"MultiLineString","coordinates":[[[38,35],[39,36]],[[1,"x"]]]}},
      {"type":"Feature","properties":{"layer":"roads"},"geometry":{"type":"MultiLineString","coordinates":[[[38,35],[39,36]]]}},
      {"type":"Feature","properties":{"layer":"country","name":"SYRIA","name_ar":"سوريا"},"geometry":{"type":"Point","coordinates":[38.6,35.4]}}]}
      """
    try Data(json.utf8).write(to: url)
    let map = try Basemap.load(url)
    #expect(
      map.rivers == [[Coordinate(longitude: 38, latitude: 35), Coordinate(longitude: 39, latitude: 36)]])
    #expect(map.borders.isEmpty && map.land.isEmpty)
    #expect(map.countries.map(\.nameAr) == ["سوريا"])
  }
}

@Suite struct LargeSituationTests {
  /// 300 places on a grid over Syria and 299 movements criss-crossing it.
  static func big() throws -> Situation {
    let date = CalendarDate(year: 2017, month: 7, day: 4)
    var entries: [GazetteerEntry] = []
    for i in 0..<300 {
      let c = Coordinate(longitude: 36 + Double(i % 20) * 0.3, latitude: 33 + Double(i / 20) * 0.3)
      entries.append(
        GazetteerEntry(
          id: "geomap:p\(i)", kind: .town, country: "SY", coordinate: c, name: "Place \(i)",
          nameAr: "مكان \(i)"))
    }
    let evidence = Evidence(quote: "q", start: 0, end: 1, source: "big.txt", date: date, confidence: 0.5)
    let mentions = entries.map { PlaceMention(surface: $0.name, start: 0, end: 1, entry: $0, score: 0.9) }
    let movements = (1..<300).map {
      Movement(
        actor: Actor.allCases[$0 % Actor.allCases.count], kind: .advance, status: .reported,
        origin: entries[$0 - 1],
        destination: entries[($0 * 37) % 300 == $0 - 1 ? $0 : ($0 * 37) % 300], evidence: evidence)
    }
    return Situation(source: "big.txt", date: date, mentions: mentions, movements: movements)
  }

  @Test func hundredsOfFeaturesStayQuick() throws {
    let layers = try MapLayers(situation: try Self.big())
    let clock = ContinuousClock()
    var svg = ""
    let elapsed = try clock.measure {
      svg = SVGMapWriter(basemap: try Basemap.bundled()).svg(layers)
    }
    _ = try SVGScan.parse(svg)
    #expect(elapsed < .seconds(10), "took \(elapsed)")
    print("large situation preview: \(elapsed)")
  }
}

@Suite struct SituationPreviewFilesTests {
  @Test func pageEmbedsExactlyTheWrittenSVG() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let layers = try MapLayers(situation: try FixtureSituations.english())
    let files = try SituationPreview(basemap: try Basemap.bundled()).write(layers, stem: "en", to: dir)
    let svg = try String(contentsOf: files[0], encoding: .utf8)
    let html = try String(contentsOf: files[1], encoding: .utf8)
    let body = try #require(svg.components(separatedBy: "?>\n").last)
    #expect(html.contains(body))
    #expect(html == HTMLPreviewWriter(map: SVGMapWriter(basemap: try Basemap.bundled())).html(layers))
  }
}
