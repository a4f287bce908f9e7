import Testing

@testable import GeomapCore

/// The searches over ascending position lists (cue index, mention start tables) must give the
/// first position of a value at least `x`, as a scan from the start would, for every start that
/// keeps their contract.
@Suite struct SortedSearchTests {
  /// Ascending lists with repeats, gaps, an empty list and one value.
  static let lists: [[Int32]] = [
    [], [7], [0, 0, 0], [1, 3, 3, 3, 8, 9, 15, 15, 16, 40, 41, 42, 43, 100],
    Array(stride(from: 0, to: 300, by: 3)),
  ]

  @Test(arguments: lists) func agreesWithAScan(_ list: [Int32]) {
    for x in -1...(Int(list.last ?? 0) + 2) {
      let scanned = list.firstIndex { Int($0) >= x } ?? list.count
      #expect(SortedSearch.firstAtLeast(x, in: list, from: 0, to: list.count) == scanned, "x \(x)")
      // From any start whose values before are all below `x`, as a range's end is searched.
      for from in 0...scanned {
        #expect(SortedSearch.firstAtLeast(x, in: list, searchingFrom: from) == scanned, "x \(x) from \(from)")
      }
      list.withUnsafeBufferPointer { buffer in
        #expect(SortedSearch.firstAtLeast(x, in: buffer, searchingFrom: 0) == scanned, "buffer, x \(x)")
      }
    }
  }
}
