import Foundation
import GeomapCore
import Testing

@testable import geomap

/// `PlacesJSON` must print what `encodeJSON` (JSONEncoder) prints, byte for byte.
@Suite struct PlacesJSONTests {
  static let devset = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("GeomapCoreTests/Fixtures/devset")

  static let gazetteer = Result { try Gazetteer.bundled() }

  /// The places documents of every devset report (Arabic and English).
  static func devsetDocuments() throws -> [PlacesDocument] {
    let reader = ReportReader(gazetteer: try gazetteer.get())
    let files = try FileManager.default.contentsOfDirectory(atPath: devset.path).filter { $0.hasSuffix(".txt") }
      .sorted()
    return try files.map { name in
      let text = try String(contentsOf: devset.appendingPathComponent(name), encoding: .utf8)
      return PlacesDocument(reader.read(text: text, source: name, date: nil))
    }
  }

  @Test(.enabled(if: (try? gazetteer.get()) != nil)) func sameBytesAsJSONEncoderOnDevset() throws {
    let docs = try Self.devsetDocuments()
    #expect(docs.contains { !$0.places.isEmpty })
    #expect(PlacesJSON.encode(docs) == (try encodeJSON(docs)))
    for doc in docs {
      #expect(PlacesJSON.encode([doc]) == (try encodeJSON([doc])), "\(doc.file)")
    }
  }

  @Test(.enabled(if: (try? gazetteer.get()) != nil)) func sameBytesOnOddValues() throws {
    let docs = try Self.devsetDocuments()
    var doc = try #require(docs.first { $0.places.count >= 2 })
    doc.date = nil
    doc.file = "dir/sub\\file \"quoted\".txt"
    doc.places[0].surface = "a\tb\nc\r\u{8}\u{C}\u{1}\u{1F}\u{7F} «الرقة» 🙂 /"
    doc.places[0].geonameid = nil
    doc.places[0].lat = 36
    doc.places[0].lon = -0.00001
    doc.places[0].confidence = 1
    doc.places[1].lat = 1e21
    doc.places[1].name_ar = ""
    var empty = doc
    empty.places = []
    let odd = [doc, empty]
    #expect(PlacesJSON.encode(odd) == (try encodeJSON(odd)))
    #expect(PlacesJSON.encode([]) == (try encodeJSON([PlacesDocument]())))
    doc.places[1].confidence = .nan
    #expect(PlacesJSON.encode([doc]) == nil)
  }
}
