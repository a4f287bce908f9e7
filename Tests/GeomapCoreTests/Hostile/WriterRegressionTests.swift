import Foundation
import Testing

@testable import GeomapCore

/// One test per writer bug found by the property tests and the fuzzer.
@Suite struct WriterRegressionTests {
  /// Found by anyStringRoundTripsThroughGeoJSON: a name starting with U+FEFF (a BOM pasted from a
  /// Windows file) came back empty from JSONSerialization when written raw.
  @Test func leadingByteOrderMarkInANameSurvivesGeoJSON() throws {
    for text in ["\u{FEFF}", "\u{FEFF}الرقة", "Raqqa\u{FEFF}"] {
      let json = GeoJSONWriter.string(text)
      #expect(!json.unicodeScalars.contains("\u{FEFF}"))
      let parsed = try JSONSerialization.jsonObject(with: Data("[\(json)]".utf8)) as? [String]
      #expect(parsed == [text])
    }
  }
}
