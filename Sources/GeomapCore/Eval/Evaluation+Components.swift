/// Which part of the reading failed for a gold claim nothing was read near: recognition, the
/// sentence, the cue lexicon or the actor. Counts only, so a clean set can be diagnosed by stage
/// without anyone reading its sentences (`geomap eval --miss-kinds`).
extension Evaluation {
  /// The stage a missed movement failed at, from the gold toponym spans of its two ends.
  static func movementComponent(_ g: GoldReport.Movement, _ parts: ReadParts) -> String {
    let doc = parts.doc
    let from = parts.sentences(of: g.from)
    let to = parts.sentences(of: g.to)
    if from.isEmpty || to.isEmpty { return "an end is no gold toponym" }
    if !parts.recognised(g.from) || !parts.recognised(g.to) { return "an end not recognised" }
    let shared = from.intersection(to).sorted()
    guard !shared.isEmpty else { return "ends in different sentences" }
    let moving = shared.filter { MovementExtractor.triggerMatcher.contains(doc, in: doc.sentences[$0]) }
    guard !moving.isEmpty else { return "one sentence, no known motion word" }
    let named = moving.contains { parts.actorsBySentence[$0, default: []].contains(g.actor) }
    return named
      ? "one sentence, motion word, actor named there" : "one sentence, motion word, actor not named there"
  }

  /// The stage a missed control claim failed at, from the gold toponym spans of its place.
  static func controlComponent(_ g: GoldReport.Control, _ parts: ReadParts) -> String {
    let doc = parts.doc
    let at = parts.sentences(of: g.place).sorted()
    if at.isEmpty { return "place is no gold toponym" }
    if !parts.recognised(g.place) { return "place not recognised" }
    let cued = at.filter { s in
      let r = doc.sentences[s]
      return ControlExtractor.verbMatcher.contains(doc, in: r) || ControlExtractor.heldBy.contains(doc, in: r)
        || ControlExtractor.strongholds.contains(doc, in: r)
        || ControlExtractor.relativeHeld.contains(doc, in: r)
    }
    guard !cued.isEmpty else { return "no known control cue in its sentences" }
    let named = cued.contains { parts.actorsBySentence[$0, default: []].contains(g.actor) }
    return named ? "control cue and actor in one sentence" : "control cue, actor not named there"
  }

  /// Per-report facts the component labels are read from.
  struct ReadParts {
    let gold: GoldReport
    let doc: ReportText
    let predicted: Situation
    let actorsBySentence: [Int: Set<Actor>]

    init(text: String, gold: GoldReport, predicted: Situation) {
      self.gold = gold
      self.predicted = predicted
      doc = ReportText(text)
      var actors: [Int: Set<Actor>] = [:]
      let named = ActorLexicon.placingRoles(
        ActorLexicon.mentions(in: doc), in: doc, countries: predicted.mentions.map(\.entry.country))
      for a in named where a.firstToken < doc.tokens.count {
        actors[doc.sentenceOfToken[a.firstToken], default: []].insert(a.actor)
      }
      actorsBySentence = actors
    }

    /// Sentences holding a gold toponym of that name.
    func sentences(of name: String) -> Set<Int> {
      Set(
        gold.toponyms.filter { $0.name == name }.compactMap { t in
          doc.tokens.firstIndex { $0.end > t.start }.map { doc.sentenceOfToken[$0] }
        })
    }

    /// A gold toponym of that name overlaps a place the reading found there.
    func recognised(_ name: String) -> Bool {
      gold.toponyms.filter { $0.name == name }.contains { t in
        predicted.mentions.contains { $0.start < t.end && t.start < $0.end }
      }
    }
  }
}
