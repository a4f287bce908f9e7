import GeomapCore

/// `inspect --format json`: every stage's output with each gazetteer entry written once.
///
/// The inspection's own encoding repeated a mention's whole candidate list four times (the
/// recognizer's candidates, the alternatives the chosen entry beat, the recognizer's mention again
/// under each resolved one, the situation's mentions), entry by entry with all their variants: a
/// 0.32 MB report that names a village with 31 namesakes 8,000 times made 638 MB of JSON and took
/// 2.8 GB of memory. Here `entries` holds every entry a mention names, by id, once; candidates and
/// alternatives refer to them by id, with the scores that ranked them; a resolved mention points at
/// its recognized mention by index; the situation's mentions keep their chosen entry (so
/// `situation` still reads as a situation) and leave their alternatives to `resolved`.
struct InspectJSON: Encodable {
  struct Recognized: Encodable {
    var surface: String
    var start: Int
    var end: Int
    var firstToken: Int
    var endToken: Int
    var key: String
    /// Entry ids, in the recognizer's order.
    var candidates: [String]
    var kindHint: PlaceKind?
    var context: String
    var note: String?
    var anchored: Bool
    var direction: String?
  }

  struct Rival: Encodable {
    var id: String
    var score: Double
  }

  struct Resolved: Encodable {
    /// Index of this mention in `recognized`.
    var recognized: Int?
    var surface: String
    var start: Int
    var end: Int
    var entry: String
    var score: Double
    /// The candidates the chosen entry beat, best first.
    var alternatives: [Rival]
  }

  var source: String
  var date: CalendarDate?
  var tokenCount: Int
  var sentenceCount: Int
  var entries: [String: GazetteerEntry]
  var recognized: [Recognized]
  var resolved: [Resolved]
  var actors: [ActorMention]
  var situation: Situation

  init(_ inspection: ReportInspection) {
    var entries: [String: GazetteerEntry] = [:]
    func id(_ entry: GazetteerEntry) -> String {
      if entries[entry.id] == nil { entries[entry.id] = entry }
      return entry.id
    }
    var index: [Int: [(end: Int, at: Int)]] = [:]
    recognized = inspection.recognized.enumerated().map { at, r in
      index[r.start, default: []].append((r.end, at))
      return Recognized(
        surface: r.surface, start: r.start, end: r.end, firstToken: r.firstToken, endToken: r.endToken,
        key: r.key, candidates: r.candidates.map(id), kindHint: r.kindHint, context: r.context, note: r.note,
        anchored: r.anchored, direction: r.direction)
    }
    resolved = inspection.resolved.map { r in
      let m = r.mention
      return Resolved(
        recognized: index[r.recognized.start]?.first { $0.end == r.recognized.end }?.at,
        surface: m.surface, start: m.start, end: m.end, entry: id(m.entry), score: m.score,
        alternatives: m.alternatives.map { Rival(id: id($0.entry), score: $0.score) })
    }
    var situation = inspection.situation
    for i in situation.mentions.indices {
      _ = id(situation.mentions[i].entry)
      situation.mentions[i].alternatives = []
    }
    source = inspection.source
    date = inspection.date
    tokenCount = inspection.tokenCount
    sentenceCount = inspection.sentenceCount
    self.entries = entries
    actors = inspection.actors
    self.situation = situation
  }
}
