/// A gazetteer name's span in a report before context decides whether it is a place: where it
/// stands, in scalars and tokens, end exclusive.
///
/// Plain integers: most candidate spans are dropped, and a `RecognizedMention` for each (a
/// copy-on-write box, freed again, and its strings retained) was made for nothing;
/// `PlaceRecognizer.acceptInContext` makes mentions of the spans it keeps.
struct CandidateSpan: Sendable {
  let start: Int
  let end: Int
  let firstToken: Int
  let endToken: Int

  init(start: Int, end: Int, firstToken: Int, endToken: Int) {
    self.start = start
    self.end = end
    self.firstToken = firstToken
    self.endToken = endToken
  }

  /// The span of a mention.
  init(_ m: RecognizedMention) {
    self.init(start: m.start, end: m.end, firstToken: m.firstToken, endToken: m.endToken)
  }
}
