import Testing

@testable import GeomapCore

/// Movements, session 34: after a speech verb, the reported clause's subject is no source when an
/// adverb or auxiliary stands between it and its motion verb — 'A monitor said soldiers and
/// pro-government militiamen "apparently retreated" from Furaykah towards Jurin' (main d218087: an
/// UNKNOWN mover; heldout15 en-n02). The speaker itself stays a source. Sentences written for the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct ReportedSubjectTests34 {
  @Test func anAdverbBeforeTheMotionKeepsTheSubject() throws {
    try MoverTests8.expect(
      "Rebels seized Furaykah. A monitor said soldiers and pro-government militiamen \"apparently retreated\" from Furaykah towards Jurin.",
      ["REGIME Furaykah→Jurin"])
  }

  /// "The SDF said ISIS fighters fled": the speaker is not the mover.
  @Test func theSpeakerIsNoMover() throws {
    let read = try MoverTests8.read("The SDF said ISIS fighters apparently fled from Tabqa towards Raqqa.")
    #expect(!read.contains { $0.actor == .sdf }, "\(MoverTests8.describe(read))")
  }
}
