import Foundation
#if canImport(FoundationXML)
  import FoundationXML
#endif
import Testing

@testable import GeomapCore

/// Collects element texts from a KML file with Foundation's XMLParser (a reader independent of libxml2's writer).
final class KMLTexts: NSObject, XMLParserDelegate {
  var texts: [String: [String]] = [:]
  private var stack: [String] = []
  private var current = ""

  static func parse(_ data: Data) -> KMLTexts? {
    let parser = XMLParser(data: data)
    let collector = KMLTexts()
    parser.delegate = collector
    return parser.parse() ? collector : nil
  }

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    stack.append(name)
    current = ""
  }
  func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }
  func parser(_ parser: XMLParser, foundCDATA block: Data) {
    current += String(decoding: block, as: UTF8.self)
  }
  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?)
  {
    texts[name, default: []].append(current)
    stack.removeLast()
    current = ""
  }
}

/// A situation whose names and quotes hold everything that breaks naive XML/JSON writers.
func hostileSituation() -> Situation {
  let nasty = "<b>\"Raqqa\" & 'Mayadin' ]]> </kml>\u{1}\u{0}\u{7}\u{FFFE}"
  let a = GazetteerEntry(
    id: "geomap:nasty-a", kind: .town, country: "SY",
    coordinate: Coordinate(longitude: 39.0079, latitude: 35.9528),
    name: nasty, nameAr: "الرقة ]]> & <")
  let b = GazetteerEntry(
    id: "geomap:nasty-b", kind: .town, country: "SY",
    coordinate: Coordinate(longitude: 40.4531, latitude: 35.0207),
    name: "Mayadin", nameAr: "الميادين")
  let ev = Evidence(
    quote: "خروج \(nasty) من الرقة", start: 3, end: 40, source: "nasty & <report>.txt",
    date: CalendarDate(year: 2017, month: 7, day: 4), confidence: 0.5)
  return Situation(
    source: "nasty & <report>.txt", date: ev.date,
    mentions: [PlaceMention(surface: nasty, start: 3, end: 20, entry: a, score: 0.7)],
    movements: [
      Movement(
        actor: .isis, kind: .withdrawal, status: .reported, origin: a, destination: b, evidence: ev,
        notes: [nasty])
    ],
    control: [ControlClaim(actor: .isis, place: b, control: .holds, evidence: ev)])
}

@Suite struct KMLWriterTests {
  @Test func hostileTextSurvivesIntoParseableKMLAndGeoJSON() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let files = try exportAllFormats(hostileSituation(), stem: "nasty", to: dir)
    let kml = try Data(contentsOf: dir.appendingPathComponent("nasty.kml"))
    let texts = try #require(KMLTexts.parse(kml), "KML does not parse")
    let cleaned = "<b>\"Raqqa\" & 'Mayadin' ]]> </kml>"
    #expect(texts.texts["name"]?.contains("\(cleaned) — الرقة ]]> & <") == true)
    #expect(texts.texts["value"]?.contains(cleaned) == true)
    // The quote sits in the balloon HTML escaped, inside CDATA that had to be split at "]]>".
    let description = try #require(texts.texts["description"]?.first { $0.contains("خروج") })
    #expect(description.contains("<div dir=\"rtl\" lang=\"ar\">"))
    #expect(description.contains("&lt;b&gt;&quot;Raqqa&quot; &amp; 'Mayadin' ]]&gt; &lt;/kml&gt;"))
    #expect(String(decoding: kml, as: UTF8.self).contains("<![CDATA["))
    for url in files where url.pathExtension == "geojson" {
      let file = try GeoJSONFile(url)
      #expect(!file.features.isEmpty)
    }
    let places = try GeoJSONFile(dir.appendingPathComponent("nasty.places.geojson"))
    #expect(
      places.features.contains {
        GeoJSONFile.properties($0)["name"] as? String == hostileSituation().mentions[0].entry.name
      })
    try validateWithXMLLint(dir.appendingPathComponent("nasty.kml"))
  }

  @Test func cdataIsSplitAroundTheTerminator() throws {
    let w = try XMLWriter()
    try w.start("description")
    try w.cdata("a]]>b]]>")
    try w.end()
    let text = String(decoding: try w.finish(), as: UTF8.self)
    #expect(text.contains("<![CDATA[a]]]]><![CDATA[>b]]]]><![CDATA[>]]>"))
    let parsed = try #require(KMLTexts.parse(Data(text.utf8)))
    #expect(parsed.texts["description"] == ["a]]>b]]>"])
  }

  @Test func coloursAreWrittenAlphaBlueGreenRed() {
    #expect(ActorStyle.of(.regime).kmlColor() == "ff1c19d7")
    #expect(ActorStyle.of(.sdf).kmlColor(alpha: 0x66) == "6600d6f2")
    #expect(ActorStyle.of(.tur).kmlColor() == "ffd65f1f")
    let colours = Set(Actor.allCases.map { ActorStyle.of($0).rgb })
    #expect(colours.count == Actor.allCases.count)
  }

  @Test func coordinatesAreLonLatTuplesWithoutSpaces() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    _ = try exportAllFormats(try FixtureSituations.seed(), stem: "seed", to: dir)
    let texts = try #require(KMLTexts.parse(try Data(contentsOf: dir.appendingPathComponent("seed.kml"))))
    let tuples = (texts.texts["coordinates"] ?? []).flatMap { $0.split(separator: " ") }
    #expect(tuples.count > 100)
    let positions = tuples.map { $0.split(separator: ",").compactMap { Double($0) } }
    #expect(positionsOutsideSyriaIraq(positions).isEmpty)
    #expect(texts.texts["when"]?.allSatisfy { $0 == "2017-07-04" } == true)
    #expect(texts.texts["Folder"]?.count == 3)
  }

  @Test func corridorArrowHeadPointsAtTheDestination() throws {
    let line = try #require(
      LineString(
        GreatCircle.densify(from: Places.raqqa.coordinate, to: Places.palmyra.coordinate, maxStepKm: 25)))
    let head = KMLWriter.arrowHead(line)
    #expect(head[1] == Places.palmyra.coordinate)
    // Both barbs lie back towards Raqqa (north-east of Palmyra), ~10 km from the tip.
    for barb in [head[0], head[2]] {
      #expect(barb.latitude > Places.palmyra.coordinate.latitude)
      #expect(abs(barb.distanceKm(to: Places.palmyra.coordinate) - 10) < 0.01)
    }
  }
}

/// xmllint against the OGC KML 2.2 schema, where xmllint and the schema are present.
func validateWithXMLLint(_ url: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
  guard let xmllint = ExternalTools.require("xmllint", sourceLocation: sourceLocation),
    let schema = ExternalTools.kmlSchema(sourceLocation: sourceLocation)
  else { return }
  let out = try ExternalTools.run(xmllint, ["--noout", "--schema", schema, url.path])
  #expect(out.status == 0, "\(url.lastPathComponent): \(out.stderr)", sourceLocation: sourceLocation)
}
