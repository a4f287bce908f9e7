import Foundation
import Testing

@testable import GeomapCore

/// Real Arabic and English sentences dressed in what scraped and pasted text carries: the reader
/// must find the same places as in the plain sentence, and the export must stay well-formed.
@Suite(.enabled(if: BundledGazetteerTests.gazetteer != nil))
struct HostileTextReadingTests {
  static let reader: ReportReader? = BundledGazetteerTests.gazetteer.map { ReportReader(gazetteer: $0) }

  static let plainArabic = "خروج مقاتلي التنظيم من مدينة الرقة باتجاه الميادين والبوكمال."
  static let plainEnglish = "ISIS fighters left Raqqa for Mayadin and Albukamal."

  /// Place ids the reader finds in `text`, in text order.
  static func placeIDs(_ text: String) throws -> [String] {
    let reader = try #require(reader)
    let report = try ReportDecoder.decode(Data(text.utf8), source: "hostile.txt")
    return reader.read(report, date: nil).mentions.map(\.entry.id)
  }

  /// Full tashkeel on every Arabic letter and tatweel inside the words.
  static func vocalized(_ s: String) -> String {
    var out = String.UnicodeScalarView()
    for (i, scalar) in s.unicodeScalars.enumerated() {
      out.append(scalar)
      if (0x0621...0x064A).contains(scalar.value) {
        out.append(["\u{064E}", "\u{0650}", "\u{064F}", "\u{0652}", "\u{0651}"][i % 5])
        if i % 3 == 0 && ![0x0627, 0x0629, 0x0621].contains(scalar.value) { out.append("\u{0640}") }
      }
    }
    return String(out)
  }

  @Test func plainSentencesFindTheirPlaces() throws {
    #expect(try Self.placeIDs(Self.plainArabic) == ["gn:172955", "gn:173480", "gn:174448"])
    #expect(try Self.placeIDs(Self.plainEnglish) == ["gn:172955", "gn:173480", "gn:174448"])
  }

  @Test func fullTashkeelAndTatweelGiveTheSamePlaces() throws {
    let dressed = Self.vocalized(Self.plainArabic)
    #expect(dressed.unicodeScalars.count > Self.plainArabic.unicodeScalars.count + 40)
    #expect(try Self.placeIDs(dressed) == Self.placeIDs(Self.plainArabic))
  }

  @Test(arguments: [
    ("RLO/PDF around a name", "\u{202E}الرقة\u{202C}"),
    ("RLM after a name", "الرقة\u{200F}"),
    ("ZWJ inside a name", "الر\u{200D}قة"),
    ("ZWNJ inside a name", "الرق\u{200C}ة"),
    ("emoji next to a name", "الرقة🔥"),
  ])
  func invisibleControlsAndEmojiDoNotHideRaqqa(_ label: String, _ raqqa: String) throws {
    let text = Self.plainArabic.replacingOccurrences(of: "الرقة", with: raqqa)
    #expect(try Self.placeIDs(text) == Self.placeIDs(Self.plainArabic), "\(label)")
  }

  @Test func markupAndCDATATerminatorsAreTextNotStructure() throws {
    let reader = try #require(Self.reader)
    let text = #"<b>"Raqqa" & 'Mayadin' ]]> </kml>"# + " ISIS fighters left Raqqa for Mayadin. ]]><!--"
    let report = try ReportDecoder.decode(Data(text.utf8), source: "specials & <x>.txt")
    let situation = reader.read(report, date: nil)
    #expect(situation.mentions.map(\.entry.id).contains("gn:172955"))
    let layers = ExportLayers.build(try MapLayers(situation: situation))
    let kml = try KMLWriter.data(for: layers, title: text)
    let texts = try #require(KMLTexts.parse(kml))
    #expect(texts.texts["name"]?.first == text)
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent("specials.kml")
    try kml.write(to: url)
    try validateWithXMLLint(url)
    for layer in layers {
      #expect((try? JSONSerialization.jsonObject(with: GeoJSONWriter.data(for: layer))) != nil)
    }
  }

  /// Every awkward scalar at once in names, quotes and the title: the KML still validates against
  /// the KML 2.2 schema and holds no character XML 1.0 forbids.
  @Test func everyAwkwardScalarStillGivesSchemaValidKML() throws {
    var all = String.UnicodeScalarView()
    all.append(contentsOf: awkwardScalars)
    let nasty = String(all)
    let a = GazetteerEntry(
      id: "geomap:nasty", kind: .town, country: "SY", coordinate: Coordinate(longitude: 39.0, latitude: 35.9),
      name: nasty, nameAr: nasty)
    let b = GazetteerEntry(
      id: "geomap:b", kind: .town, country: "SY", coordinate: Coordinate(longitude: 40.4, latitude: 35.0),
      name: "B")
    let ev = Evidence(quote: nasty, start: 0, end: 1, source: nasty, date: nil, confidence: 0.5)
    let situation = Situation(
      source: nasty, date: nil, mentions: [PlaceMention(surface: nasty, start: 0, end: 1, entry: a, score: 0.9)],
      movements: [Movement(actor: .isis, kind: .withdrawal, status: .reported, origin: a, destination: b, evidence: ev)],
      control: [ControlClaim(actor: .isis, place: a, control: .holds, evidence: ev)], diagnostics: [])
    let layers = ExportLayers.build(try MapLayers(situation: situation))
    let kml = try KMLWriter.data(for: layers, title: nasty)
    let text = String(decoding: kml, as: UTF8.self)
    #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" })
    #expect(!text.unicodeScalars.contains { $0 == "\u{FFFE}" || $0 == "\u{FFFF}" })
    #expect(KMLTexts.parse(kml) != nil)
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent("nasty.kml")
    try kml.write(to: url)
    try validateWithXMLLint(url)
  }
}
