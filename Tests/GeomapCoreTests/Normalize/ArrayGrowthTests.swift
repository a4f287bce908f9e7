import Foundation
import Testing

@testable import GeomapCore

/// `appendRepeating` grows the tables indexed by word id in place of
/// `append(contentsOf: repeatElement(…))`: it must give the same array, for plain numbers (the
/// memos), records (like `WordForms`' entries) and elements holding references (strings).
@Suite struct ArrayGrowthTests {
  /// An Arabic and an English fixture report's bytes and words.
  static func texts() throws -> [String] {
    try ["ar-01-ghouta-harasta.txt", "en-01-douma-jarabulus.txt"].map {
      try String(contentsOf: InputFixtures.url("devset").appendingPathComponent($0), encoding: .utf8)
    }
  }

  /// A record like `WordForms`' entries.
  struct Record: Equatable {
    var start: Int32 = -1
    var bare: UInt16 = 0
    var plain: UInt16 = 0
  }

  static func check<T: Equatable>(_ base: [T], _ value: T) {
    for cut in [0, 1, base.count / 3, base.count] {
      for more in [0, 1, 2, 7, cut, 1000] {
        var reference = Array(base.prefix(cut))
        reference.append(contentsOf: repeatElement(value, count: more))
        var grown = Array(base.prefix(cut))
        grown.appendRepeating(value, count: more)
        #expect(grown == reference, "cut \(cut), more \(more)")
      }
    }
  }

  @Test func growsAsAppendingRepeatedElements() throws {
    for text in try Self.texts() {
      Self.check(Array(text.utf8), 0)
      Self.check(text.unicodeScalars.map { Int32(bitPattern: $0.value) }, -1)
      Self.check(text.split(separator: " ").map(String.init), "")
      Self.check(Array(text.utf8).map { Record(start: Int32($0), bare: 1, plain: 2) }, Record())
    }
  }
}
