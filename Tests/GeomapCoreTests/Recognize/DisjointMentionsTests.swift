import Testing

@testable import GeomapCore

/// No two place mentions share a token. A phrase built on a name (`anchorPhrases`: "east of X",
/// "X countryside", «ريف X», «بادية X», "the border areas with X", a direction before «العاصمة»)
/// widens only over words no neighbouring mention holds: the stages after recognition take a place's
/// words to be its own, and two overlapping spans made them build inverted ranges (the trap in the
/// state clauses, main 12f7336).
///
/// On main de92793 (`geomap inspect`): each sentence of `shared` read two mentions sharing a word
/// ("al-Bab countryside east" and "east of al-Bab"; «ريف حلب الشمالي» and «الشمالي والعاصمة»), and 90
/// of the 188 development reports rewritten with " countryside east of X city, which …" after each
/// gold place did; none of the labelled reports as written did.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct DisjointMentionsTests {
  static let reader = bundledGazetteer.map { ReportReader(gazetteer: $0) }

  /// A sentence and the surfaces its mentions must have: the gazetteer name keeps its words, the
  /// phrase after it is the name alone.
  static let shared: [(String, [String])] = [
    ("Clashes in the al-Bab countryside east of al-Bab city, which remains under ISIS control.",
     ["al-Bab countryside east", "al-Bab"]),
    ("Raqqa countryside north of Raqqa, which remains under ISIS control.", ["Raqqa countryside north", "Raqqa"]),
    ("Shelling hit the Deir ez-Zor countryside east of Deir ez-Zor on Monday.",
     ["Deir ez-Zor countryside east", "Deir ez-Zor"]),
    ("وتواصل القصف على ريف حلب الشمالي والعاصمة منذ الصباح.", ["ريف حلب الشمالي", "والعاصمة"]),
  ]
  /// Phrases with room to widen: they keep their words (no neighbour holds them).
  static let free: [(String, [String])] = [
    ("Clashes in the eastern al-Bab countryside and east of Raqqa city on Monday.",
     ["eastern al-Bab countryside", "east of Raqqa city"]),
    ("وتواصل القصف على ريف حلب الشمالي وشمال العاصمة منذ الصباح.", ["ريف حلب الشمالي", "وشمال العاصمة"]),
    ("اشتباكات في بادية السويداء الشرقية وجنوب دمشق.", ["بادية السويداء الشرقية", "جنوب دمشق"]),
  ]

  static func spans(_ text: String) throws -> [RecognizedMention] {
    let reader = try #require(Self.reader)
    return reader.inspect(text: text, source: "t", date: nil).recognized
  }

  /// The first pair of mentions sharing a token or a scalar, as their surfaces.
  static func overlap(_ ms: [RecognizedMention]) -> String? {
    let sorted = ms.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    return zip(sorted, sorted.dropFirst()).first { $1.firstToken < $0.endToken || $1.start < $0.end }
      .map { "«\($0.surface)» / «\($1.surface)»" }
  }

  @Test(arguments: shared + free)
  func phrasesTakeNoNeighboursWord(_ example: (String, [String])) throws {
    let ms = try Self.spans(example.0)
    #expect(Self.overlap(ms) == nil)
    #expect(ms.map(\.surface) == example.1)
  }

  /// Every development report as written: its mentions are disjoint.
  @Test func labelledReportsReadDisjointMentions() throws {
    let reports = try PerturbedText.developmentReports()
    #expect(reports.count >= 180)
    for report in reports {
      let ms = try Self.spans(report.report.text)
      #expect(Self.overlap(ms) == nil, "\(report.name)")
    }
  }

  /// Rewritings of every development report around its gold places: the constructions each phrase
  /// rule and each range between neighbouring words in the extractors meet at their edges. None may
  /// trap the reader, and no two mentions may share a word.
  static let rewritings: [(String, @Sendable (String, String, Bool) -> String)] = [
    // A place directly followed by a phrase on the same name, sharing a direction.
    ("phrase", { name, _, arabic in
      arabic ? " وريف \(name) الشرقي شرق \(name)، الذي لا يزال تحت سيطرة داعش،"
        : " countryside east of \(name) city, which remains under the control of ISIS," }),
    // Directions, «ريف» and «العاصمة» on both sides of every place.
    ("directions", { name, _, arabic in
      arabic ? " الشمالي شرق غرب \(name) شمال العاصمة والعاصمة"
        : " countryside north of the capital east of \(name) east the capital" }),
    // A place directly followed by another and lists without separators; empty sentences and lone
    // marks; a sentence ending on a place and one opening on it; nested quotes, parentheses left open.
    ("edges", { name, next, _ in
      " \(next) \(name) \(next). .. ، ; !? \n\n.\n\(name). \(name) «\"«'\(next)\"» (\(name) («\(next)" }),
  ]

  @Test(arguments: rewritings.indices)
  func rewrittenReportsReadDisjointMentions(_ k: Int) throws {
    let reader = try #require(Self.reader)
    let (kind, insertion) = Self.rewritings[k]
    var read = 0
    for report in try PerturbedText.developmentReports() {
      let text = report.report.text
      let names = report.gold.toponyms.map(\.surface)
      guard !names.isEmpty else { continue }
      let arabic = PerturbedText.isArabic(text)
      var after: [Int: String] = [:]
      for (j, t) in report.gold.toponyms.enumerated() where after[t.end] == nil {
        after[t.end] = insertion(t.surface, names[(j + 1) % names.count], arabic)
      }
      let rewritten = PerturbedText.inserting(at: Array(after.keys), in: text) { after[$0]! }
      let inspection = reader.inspect(text: rewritten, source: report.name, date: nil)
      #expect(Self.overlap(inspection.recognized) == nil, "\(kind) \(report.name)")
      read += 1
    }
    #expect(read >= 180, "only \(read) texts read")
  }
}
