import Testing

@testable import GeomapCore

/// Reading a sentence with the bundled gazetteer, for the suites that check which words are read as
/// places (each enabled only when `BundledGazetteerTests.gazetteer` is there).
enum BundledReading {
  static let reader: ReportReader? = BundledGazetteerTests.gazetteer.map { ReportReader(gazetteer: $0) }

  /// The surfaces of the places read in `text`, in text order.
  static func surfaces(_ text: String) throws -> [String] {
    let reader = try #require(reader)
    return reader.read(text: text, source: "t", date: nil).mentions.map(\.surface)
  }
}
