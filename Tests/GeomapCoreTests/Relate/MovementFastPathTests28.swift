import Testing

@testable import GeomapCore

/// The movement extractor's fast paths of round 28 answer as the code they replace, on every Arabic
/// and English fixture report read with the bundled gazetteer (its places and actors as the reader
/// finds them).
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct MovementFastPathTests28 {
  /// Each fixture report's movement extractor, over the places and actors the reader finds.
  static func extractors() throws -> [MovementExtractor] {
    let reader = ReportReader(gazetteer: try #require(bundledGazetteer))
    return try RelateFastPathTests.reports().map { text in
      let doc = ReportReader.document(text)
      let read = reader.inspect(doc, source: "test", date: nil)
      let ctx = RelationContext(
        doc: doc, places: read.resolved, actors: read.actors, source: "test", date: nil, cues: CueIndex(doc))
      return MovementExtractor(ctx: ctx, control: [], controlTokens: [])
    }
  }

  /// `approachEnd(after:limit:)` as it was before it looked ahead for an approach noun: the walk alone.
  static func walkedApproachEnd(_ x: MovementExtractor, after t: Int, limit: Int) -> Int {
    let doc = x.ctx.doc
    var u = t + 1
    var nouns = 0
    var loose = 0
    var afterNoun = false
    while u < limit, u - t <= 8, doc.isNear(before: u), x.ctx.place(startingAt: u) == nil {
      if x.ctx.anaphor(at: u) != nil { return t }
      let f = doc.forms[u]
      if !f.isDisjoint(with: MovementExtractor.approachNouns) {
        guard loose == 0 || doc.tokens[u].script != .arabic else { return t }
        nouns += 1
        loose = 0
        afterNoun = true
      } else if !f.isDisjoint(with: MovementExtractor.approachLinks)
        || !f.isDisjoint(with: RelationContext.descriptors)
        || !f.isDisjoint(with: MovementExtractor.locatingWords) || f.contains(where: { PlaceContext.triggers[$0] != nil })
      {
        guard loose == 0 || (afterNoun && doc.tokens[u].script == .arabic) else { return t }
        loose = 0
        afterNoun = false
      } else {
        guard loose < 2 else { return t }
        loose += 1
      }
      u += 1
    }
    guard nouns > 0, loose == 0, u < limit, x.ctx.place(startingAt: u) != nil else { return t }
    return u - 1
  }

  /// `continues(_:masks:)` as it was before it asked scan classes: five word set look-ups.
  static func plainContinues(_ x: MovementExtractor, _ clause: Range<Int>) -> Bool {
    let doc = x.ctx.doc
    let f = doc.forms[clause.lowerBound]
    if !f.isDisjoint(with: MovementExtractor.destinationWords) || !f.isDisjoint(with: MovementExtractor.headingWords)
      || !f.isDisjoint(with: MovementExtractor.carryingWords)
    {
      return true
    }
    let next = clause.lowerBound + 1
    if !f.isDisjoint(with: MovementExtractor.compassAdverbs), next < clause.upperBound,
      !doc.forms[next].isDisjoint(with: MovementExtractor.destinationWords)
    {
      return true
    }
    let and = doc.tokens[clause.lowerBound].script == .arabic && x.ctx.startsWith(clause.lowerBound, "و")
    if and, !f.isDisjoint(with: MovementExtractor.arrivalWords) { return true }
    return x.ctx.isWord(clause.lowerBound, "and") && next < clause.upperBound
      && !doc.forms[next].isDisjoint(with: MovementExtractor.arrivalWords)
  }

  /// After every token of every sentence, with the sentence's end and a nearer one as the limit,
  /// the look-ahead finds where the walk ends.
  @Test func approachEndIsTheWalk() throws {
    var past = 0
    for x in try Self.extractors() {
      for sentence in x.ctx.doc.sentences {
        for t in sentence {
          for limit in [sentence.upperBound, min(sentence.upperBound, t + 4)] {
            let end = x.approachEnd(after: t, limit: limit)
            #expect(end == Self.walkedApproachEnd(x, after: t, limit: limit))
            if end != t { past += 1 }
          }
        }
      }
    }
    // The reports hold approach phrases («من محور», "toward the front line near"): a look-ahead that
    // never found one would pass the comparisons above.
    #expect(past > 50)
  }

  /// Every clause of every sentence, and every tail of it, goes on with a motion exactly when the
  /// word set look-ups said so.
  @Test func continuesIsThePlainTest() throws {
    var going = 0
    for x in try Self.extractors() {
      let doc = x.ctx.doc
      let masks = x.ctx.cues.scanClasses
      for sentence in doc.sentences {
        for clause in doc.clauses(in: sentence) {
          for start in clause {
            let range = start..<clause.upperBound
            let fast = x.continues(range, masks: masks)
            #expect(fast == Self.plainContinues(x, range))
            if fast { going += 1 }
          }
        }
      }
    }
    #expect(going > 500)
  }
}
