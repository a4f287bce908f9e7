extension Collection where Element == DatePhrase {
  /// The phrase closest to `offset` among those lying inside `span` (e.g. the claim's sentence),
  /// so a claim is dated by the date expression of its own sentence; nil when the span has none.
  /// The first of the nearest in collection order. (Phrases read in place: no list of those inside
  /// is built, and none is copied until the one returned.)
  public func nearest(to offset: Int, within span: Range<Int>) -> DatePhrase? {
    var nearest: Index?
    var nearestDistance = 0
    for k in indices where self[k].start >= span.lowerBound && self[k].end <= span.upperBound {
      let d = self[k].distance(to: offset)
      if nearest == nil || d < nearestDistance { (nearest, nearestDistance) = (k, d) }
    }
    return nearest.map { self[$0] }
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
