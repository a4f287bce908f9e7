import Testing

@testable import GeomapCore

/// Recall round 3: general constructions real reports use in many forms, in Arabic and English.
@Suite struct RecallTests3 {
  func read(_ text: String) -> Situation {
    RelateGazetteer.reader.read(text: text, source: "t", date: nil)
  }

  /// Actor, origin and destination of each movement.
  func routes(_ text: String) -> [String] {
    read(text).movements.map { "\($0.actor.rawValue) \($0.origin.name)→\($0.destination.name)" }
  }

  func control(_ text: String) -> [String] {
    read(text).control.map {
      "\($0.actor.rawValue) \($0.place.name) \($0.control.rawValue)\($0.partial ? " partial" : "")"
    }
  }

  /// en-01 "leaving only Douma in rebel hands": «في يد», «بأيدي», "in the hands of" say who holds
  /// a place; "fell into the hands of" says who took it.
  @Test func inTheHandsOf() {
    #expect(control("The offensive left only Homs in rebel hands.") == ["OPPOSITION Homs holds"])
    #expect(control("Palmyra remains in the hands of ISIS, local sources said.") == ["ISIS Palmyra holds"])
    #expect(control("Raqqa fell into the hands of the SDF in October.") == ["SDF Raqqa captured"])
    #expect(control("لا تزال مدينة تدمر في يد تنظيم داعش") == ["ISIS Palmyra holds"])
    #expect(control("وبقيت الرقة بأيدي قوات سوريا الديمقراطية") == ["SDF Raqqa holds"])
    #expect(control("سقطت مدينة الباب بيد فصائل المعارضة بعد حصار طويل") == ["OPPOSITION Al-Bab captured"])
    // Hands with no place before or after are not about control.
    #expect(control("The weapons remain in rebel hands.").isEmpty)
  }

  /// en-14 "Syrian government forces control Tadef": "control" as a verb after its subject;
  /// «تطويق», «طوقت» encircle.
  @Test func controlVerbAndEncircling() {
    #expect(control("Syrian government forces control Palmyra, just south of the town.") == ["REGIME Palmyra holds"])
    #expect(control("Rebels control most of Homs.") == ["OPPOSITION Homs holds"])
    // The noun is no verb.
    #expect(control("The fight for control of Raqqa goes on.").isEmpty)
    #expect(control("طوقت قوات النظام مدينة تدمر من ثلاث جهات") == ["REGIME Palmyra besieged"])
    #expect(control("وتطوق قسد مدينة الرقة منذ أسابيع") == ["SDF Raqqa besieged"])
  }
}
