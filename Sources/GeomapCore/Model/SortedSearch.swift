/// Searches in ascending lists of positions (the cue index's token lists, the mention start tables).
/// Written by hand: the standard library has no search by halves over a sorted collection, and
/// swift-algorithms' `partitioningIndex` takes a closure per step and has no search from a start.
enum SortedSearch {
  /// The position in `list[from..<to]` (ascending) of its first value at least `x`, else `to`.
  @inline(__always)
  static func firstAtLeast<C: RandomAccessCollection>(_ x: Int, in list: C, from: Int, to: Int) -> Int
  where C.Index == Int, C.Element: BinaryInteger {
    assert(from >= list.startIndex && from <= to && to <= list.endIndex, "search range outside the list")
    var lo = from
    var hi = to
    // Wrapping adds and a shift (positions are far below `Int.max / 2`, never negative): the checked
    // `(lo + hi) / 2` and `mid + 1` took a third of each step (the cue index asks per sentence).
    while lo < hi {
      let mid = (lo &+ hi) >> 1
      if Int(list[mid]) < x { lo = mid &+ 1 } else { hi = mid }
    }
    return lo
  }

  /// The position in `list` (ascending) of its first value at least `x`, searched from `from` on,
  /// where every value before `from` is less than `x` (the start of a range, for its end): in steps
  /// that double, then by halves. Written for speed: a sentence's cues or a window's mentions are a
  /// few entries of a report-long list, so this takes a few reads instead of a second search over
  /// the whole list.
  @inline(__always)
  static func firstAtLeast<C: RandomAccessCollection>(_ x: Int, in list: C, searchingFrom from: Int) -> Int
  where C.Index == Int, C.Element: BinaryInteger {
    assert(from >= list.startIndex && from <= list.endIndex, "search start outside the list")
    var below = from
    var step = 1
    // Wrapping arithmetic, as in the search by halves: `step` stays below twice the list's length.
    while below &+ step <= list.endIndex, Int(list[below &+ step &- 1]) < x {
      below &+= step
      step &<<= 1
    }
    return firstAtLeast(x, in: list, from: below, to: min(list.endIndex, below &+ step))
  }
}
