/// The wire bureau a report is filed from ("BEIRUT (AP) -", "AMMAN, Dec 13 (Reuters) -"): where the
/// story was written, not a place anyone holds or takes in it.
extension ControlExtractor {
  /// The token of a dateline bureau: the report's first word is a place followed by a dateline mark,
  /// and the place is outside Syria and Iraq or a city of a million or more (Damascus, Baghdad),
  /// which wires file from; a dateline town of Syria or Iraq is what the report is about and stays.
  func datelineBureau() -> Int? {
    let doc = ctx.doc
    guard let first = ctx.places.first, first.recognized.firstToken == 0,
      let sentence = doc.sentences.first, first.recognized.endToken < sentence.upperBound
    else { return nil }
    let end = first.recognized.endToken
    let gap = doc.slice(doc.tokens[end - 1].end, doc.tokens[end].start)
    let marked = gap.contains { "-—–,(:".contains($0) } || ["-", "—", "–", "(", ","].contains(doc.original(end))
    let e = first.mention.entry
    let bureau = !["SY", "IQ"].contains(e.country) || e.population >= MovementExtractor.bureauPopulation
    return marked && bureau ? 0 : nil
  }
}
