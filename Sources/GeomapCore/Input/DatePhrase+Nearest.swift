extension Array where Element == DatePhrase {
  /// The phrase closest to `offset` among those lying inside `span` (e.g. the claim's sentence),
  /// so a claim is dated by the date expression of its own sentence; nil when the span has none.
  public func nearest(to offset: Int, within span: Range<Int>) -> DatePhrase? {
    filter { $0.start >= span.lowerBound && $0.end <= span.upperBound }
      .min { distance($0, offset) < distance($1, offset) }
  }

  private func distance(_ phrase: DatePhrase, _ offset: Int) -> Int {
    if offset < phrase.start { return phrase.start - offset }
    if offset >= phrase.end { return offset - phrase.end + 1 }
    return 0
  }
}
