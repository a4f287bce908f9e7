import Foundation
import Testing

@testable import GeomapCore

/// `RelationContext` decides an Arabic anaphor noun on the token's scalars when they are plain
/// letters: the answer must be the one the token's `String` gives (suffix and length in characters),
/// including tokens whose marks make characters and scalars differ.
@Suite struct AnaphorNounTests {
  /// The reading on the token's original text, as `anaphor(at:)` made it before the scalar path.
  static func stringReading(_ original: String) -> RelationContext.AnaphorNoun? {
    guard
      RelationContext.anaphorNouns.contains(where: {
        original.hasSuffix($0.arabic) && original.count <= $0.arabic.count + 2
      })
    else { return nil }
    if original.hasSuffix("المخيم") { return .camp }
    if original.hasSuffix("الحي") { return .neighbourhood }
    if original.hasSuffix("المطار") { return .facility }
    if original.hasSuffix("الناحية") || original.hasSuffix("القضاء") { return .district }
    return original.hasSuffix("البلدة") ? .town : .settlement
  }

  @Test func arabicNounsReadAsOnTheirStrings() {
    // Plain words, nouns with one or two clitics, too long to be the noun, marks inside and before
    // the noun («وَبِالمدينة»: nine characters, eleven scalars), tatweel, and words ending alike.
    let text =
      "دخلت القوات المدينة ثم البلدة والمخيم وبالحي والمطار. وللمدينة المدينةُ المدينـة وَبِالمدينة "
      + "وَبِالمَدينة بالمدينتين الحي الملحي مطار المطارات والبلدة فالمخيم كالمطار وللبلدة "
      + "السيطرة على المدينة القديمة والناحية وبالقضاء"
    let doc = ReportText(text)
    let ctx = RelationContext(doc: doc, places: [], actors: [], source: "test", date: nil)
    var nouns = 0
    for t in doc.tokens.indices where doc.tokens[t].script == .arabic {
      let expected = Self.stringReading(doc.original(t))
      if expected != nil { nouns += 1 }
      #expect(ctx.arabicAnaphorNoun(t) == expected, "\(doc.original(t))")
    }
    // The text holds nouns of every kind: a reading that found none would pass the comparison.
    #expect(nouns >= 10)
  }

  @Test func latinNounsNeedTheArticleAndNoName() {
    let doc = ReportText("They entered the city and left the town of Tabqa, then the camp. A city fell.")
    let ctx = RelationContext(doc: doc, places: [], actors: [], source: "test", date: nil)
    func noun(_ word: String) -> [RelationContext.AnaphorNoun?] {
      doc.tokens.indices.filter { doc.tokens[$0].text == word }.map { ctx.latinAnaphorNoun($0) }
    }
    #expect(noun("city") == [.city, nil])
    #expect(noun("town") == [nil])
    #expect(noun("camp") == [.camp])
  }
}

/// The look-ups `RelationContext` answers from tables built once must give what the scans they
/// replace give.
@Suite struct RelationContextLookupTests {
  @Test func startsWithIsTheStringsPrefix() {
    // «و» alone, before a letter, before a mark (another character), inside a word, and Latin.
    let doc = ReportText("و والرقة وَالرقة ووحدات بوابة وّ قوات ولـ w and «و» ب بيد بِيد")
    let ctx = RelationContext(doc: doc, places: [], actors: [], source: "test", date: nil)
    var prefixed = 0
    for t in doc.tokens.indices {
      for letter: Unicode.Scalar in ["و", "ب", "ل"] {
        let expected = doc.original(t).hasPrefix(String(letter))
        if expected { prefixed += 1 }
        #expect(ctx.startsWith(t, letter) == expected, "\(doc.original(t)) \(letter)")
      }
    }
    #expect(prefixed >= 6)
  }

  @Test func coverageIsTheMentionsSpans() {
    let doc = ReportText(
      "سيطرت قوات النظام وحزب الله على مدينة تدمر والقريتين بعد انسحاب تنظيم داعش منها نحو دير الزور. "
        + "Syrian government forces and Hezbollah took Palmyra from the Islamic State.")
    let actors = ActorLexicon.mentions(in: doc)
    let places = ContextResolver().resolve(doc, PlaceRecognizer(gazetteer: RelateGazetteer.shared).recognize(doc))
    let ctx = RelationContext(doc: doc, places: places, actors: actors, source: "test", date: nil)
    #expect(actors.count >= 4)
    #expect(!places.isEmpty)
    // The mentions of a window are those a scan finds (windows reaching before and past the text
    // included).
    let n = doc.tokens.count
    for lo in -2...(n + 2) {
      for hi in [lo, lo + 1, lo + 3, lo + 12, n + 5] where hi >= lo {
        let window = lo..<hi
        #expect(
          Array(ctx.placeIndices(startingIn: window))
            == places.indices.filter { window.contains(places[$0].recognized.firstToken) })
        #expect(
          Array(ctx.actorIndices(startingIn: window))
            == actors.indices.filter { window.contains(actors[$0].firstToken) })
        #expect(ctx.firstPlace(in: window) == places.firstIndex { window.contains($0.recognized.firstToken) })
      }
    }
    for t in doc.tokens.indices {
      #expect(ctx.isInsideActor(t) == actors.contains { $0.firstToken <= t && t < $0.endToken })
      #expect(
        ctx.isInsidePlace(t) == places.contains { $0.recognized.firstToken <= t && t < $0.recognized.endToken })
    }
  }

  /// On the devset's Arabic and English reports (each joined into one text, so the searches run
  /// over dozens of mentions): the actor look-ups answer as the scans over every mention they
  /// replace — the window's mentions (found by halves, then by doubling steps), the first actor
  /// after a token (read from the table by token), the last actor before one.
  @Test(arguments: ["ar-", "en-"])
  func actorLookUpsAreTheScans(prefix: String) throws {
    let dir = InputFixtures.url("devset")
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
      .filter { $0.hasPrefix(prefix) && $0.hasSuffix(".txt") }.sorted()
    let text = try names.map { try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8) }
      .joined(separator: "\n\n")
    let doc = ReportText(text)
    let actors = ActorLexicon.mentions(in: doc)
    let ctx = RelationContext(doc: doc, places: [], actors: actors, source: "test", date: nil)
    // Enough mentions for windows holding one to dozens of them.
    #expect(actors.count >= 50)
    let n = doc.tokens.count
    for t in stride(from: -1, through: n + 1, by: 3) {
      for width in [0, 1, 2, 5, 12, 40, 300, n + 2] {
        let window = t..<(t + width)
        #expect(
          Array(ctx.actorIndices(startingIn: window))
            == actors.indices.filter { window.contains(actors[$0].firstToken) }, "\(window)")
      }
    }
    var found = 0
    for t in doc.tokens.indices {
      for window in [2, 3, 6, 7] {
        for limit in [t + 2, t + 4, n] {
          let expected = actors.first { (a: ActorMention) -> Bool in
            a.firstToken > t && a.firstToken <= t + window && a.firstToken < limit
          }
          if expected != nil { found += 1 }
          #expect(ctx.actor(after: t, window: window, limit: limit) == expected, "\(t) \(window) \(limit)")
        }
      }
      let sentence = doc.sentence(of: t)
      for range in [sentence, 0..<n] {
        for movers in [false, true] {
          let expected = actors.last { (a: ActorMention) -> Bool in
            guard a.endToken <= t, a.firstToken >= range.lowerBound else { return false }
            return !movers || !(ctx.isSource(a) || ctx.isSponsor(a))
          }
          #expect(ctx.actor(before: t, in: range, movers: movers) == expected, "\(t) \(range) \(movers)")
        }
      }
    }
    #expect(found > 100)
  }
}
