import Foundation
import Testing

@testable import GeomapCore

/// Fixture files of the test bundle and the source tree.
enum Fixtures {
  /// The source folder `Tests/GeomapCoreTests/Fixtures` (goldens are recorded here, not in the bundle).
  static var sourceDirectory: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures")
  }

  static func text(_ relativePath: String) throws -> String {
    let url = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/\(relativePath)")
    return try String(contentsOf: url, encoding: .utf8)
  }
}

/// Evidence whose offsets are found in the real report text, so a quote that is not in the report
/// fails the test instead of slipping into a golden file.
struct QuoteFinder {
  let text: String
  let source: String
  let date: CalendarDate?
  private let scalars: [Unicode.Scalar]

  init(text: String, source: String, date: CalendarDate?) {
    self.text = text
    self.source = source
    self.date = date
    scalars = Array(text.unicodeScalars)
  }

  /// Scalar offsets of every occurrence of `needle`.
  func spans(of needle: String) -> [Range<Int>] {
    let n = Array(needle.unicodeScalars)
    guard !n.isEmpty, n.count <= scalars.count else { return [] }
    var out: [Range<Int>] = []
    var i = 0
    while i + n.count <= scalars.count {
      if scalars[i] == n[0] && Array(scalars[i..<(i + n.count)]) == n {
        out.append(i..<(i + n.count))
        i += n.count
      } else {
        i += 1
      }
    }
    return out
  }

  func evidence(_ quote: String, confidence: Double, sourceLocation: SourceLocation = #_sourceLocation) throws
    -> Evidence
  {
    let span = try #require(
      spans(of: quote).first, "quote not in report: \(quote)", sourceLocation: sourceLocation)
    return Evidence(
      quote: quote, start: span.lowerBound, end: span.upperBound, source: source, date: date,
      confidence: confidence)
  }

  /// Mentions of each (surface, entry) pair, longest surfaces first so «ريف حمص الجنوبي» is not also
  /// counted as a mention inside it; returned in text order.
  func mentions(_ pairs: [(String, GazetteerEntry)], score: Double = 0.9) -> [PlaceMention] {
    var taken: [Range<Int>] = []
    var out: [PlaceMention] = []
    for (surface, entry) in pairs.sorted(by: { $0.0.unicodeScalars.count > $1.0.unicodeScalars.count }) {
      for span in spans(of: surface) where !taken.contains(where: { $0.overlaps(span) }) {
        taken.append(span)
        out.append(
          PlaceMention(
            surface: surface, start: span.lowerBound, end: span.upperBound, entry: entry, score: score))
      }
    }
    return out.sorted { $0.start < $1.start }
  }
}
