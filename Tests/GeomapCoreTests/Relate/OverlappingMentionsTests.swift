import Testing

@testable import GeomapCore

/// Nested and overlapping place names before a state clause. "Raqqa countryside north of Raqqa"
/// is read as "Raqqa countryside north" and "north of Raqqa", two mentions sharing "north", and the
/// state clause's search for a described place built the words between them as an inverted range:
/// each English sentence below trapped main 12f7336 (`geomap inspect -`: signal 4 at
/// ControlExtractor+StateClauses.swift:61). The nested names («مخيم اليرموك» / «اليرموك», "Deir ez-Zor
/// countryside" / "Deir ez-Zor") are read as disjoint spans and did not trap.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct OverlappingMentionsTests {
  static let overlapping = [
    "Raqqa countryside north of Raqqa, which remains under ISIS control.",
    "Clashes in the Deir ez-Zor countryside east of Deir ez-Zor, which is still held by ISIS.",
    "the eastern Deir ez-Zor countryside east of Deir ez-Zor city, which is still held by ISIS",
  ]
  static let nested = [
    "اشتباكات في مخيم اليرموك واليرموك التي لا تزال تحت سيطرة داعش.",
    "قصفت الطائرات اليرموك ومخيم اليرموك الذي لا يزال بيد التنظيم.",
    "مدينة دير الزور وريف دير الزور الشرقي الذي لا يزال تحت سيطرة داعش",
    "ISIS fighters moved to the Deir ez-Zor countryside and Deir ez-Zor, which is still under ISIS control.",
    "Fighting in Yarmouk camp south of Damascus, which is still held by ISIS.",
  ]

  @Test(arguments: overlapping)
  func readsOverlappingSpansBeforeAStateClause(_ text: String) throws {
    let reader = try #require(ControlTests7.reader)
    let spans = reader.inspect(text: text, source: "t", date: nil).resolved.map(\.recognized)
    // The spans this test is about: one starts before the one before it ends.
    #expect(zip(spans, spans.dropFirst()).contains { $1.firstToken < $0.endToken })
    #expect(!reader.read(text: text, source: "t", date: nil).mentions.isEmpty)
  }

  @Test(arguments: nested)
  func readsNestedNamesBeforeAStateClause(_ text: String) throws {
    let reader = try #require(ControlTests7.reader)
    let situation = reader.read(text: text, source: "t", date: nil)
    #expect(situation.mentions.count >= 2, "read \(situation.mentions.map(\.entry.name))")
    #expect(!situation.control.isEmpty)
  }
}
