extension Array where Element == DatePhrase {
  /// The phrase closest to `offset` among those lying inside `span` (e.g. the claim's sentence),
  /// so a claim is dated by the date expression of its own sentence; nil when the span has none.
  public func nearest(to offset: Int, within span: Range<Int>) -> DatePhrase? {
    filter { $0.start >= span.lowerBound && $0.end <= span.upperBound }
      .min { $0.distance(to: offset) < $1.distance(to: offset) }
  }
}

extension DatePhrase {
  /// How far the phrase lies from scalar offset `offset` (0 when it covers it).
  func distance(to offset: Int) -> Int {
    if offset < start { return start - offset }
    if offset >= end { return offset - end + 1 }
    return 0
  }
}
