import Foundation
import Testing

@testable import GeomapCore

/// Hand-built gold and readings of a two-sentence report, to check the scorer itself.
@Suite struct EvaluationTests {
  // "Raqqa" 0..<5, "Mayadin" 20..<27, "Palmyra" 40..<47 in an imaginary text.
  let raqqa = GazetteerEntry(
    id: "t:raqqa", kind: .city, country: "SY", coordinate: .init(longitude: 39.008, latitude: 35.953),
    name: "Raqqa", variants: ["Ar-Raqqah"])
  let mayadin = GazetteerEntry(
    id: "t:mayadin", kind: .city, country: "SY", coordinate: .init(longitude: 40.452, latitude: 35.021),
    name: "Al Mayadin")
  let palmyra = GazetteerEntry(
    id: "t:palmyra", kind: .city, country: "SY", coordinate: .init(longitude: 38.268, latitude: 34.560),
    name: "Palmyra", variants: ["Tadmur"])

  var gold: GoldReport {
    GoldReport(
      date: CalendarDate(iso: "2017-07-04"),
      toponyms: [
        .init(start: 0, end: 5, surface: "Raqqa", name: "Raqqa", lat: 35.95, lon: 39.01),
        .init(start: 20, end: 27, surface: "Mayadin", name: "Mayadin", lat: 35.02, lon: 40.45),
        .init(start: 40, end: 47, surface: "Palmyra", name: "Palmyra", lat: 34.56, lon: 38.27),
      ],
      movements: [
        .init(actor: .isis, from: "Raqqa", to: "Mayadin", kind: .evacuation, status: .proposed),
        .init(actor: .isis, from: "Raqqa", to: "Palmyra", kind: .withdrawal, status: .claimed),
      ],
      control: [.init(actor: .isis, place: "Raqqa", control: .holds)])
  }

  func evidence() -> Evidence {
    Evidence(quote: "q", start: 0, end: 1, source: "t", date: nil, confidence: 1)
  }

  func mention(_ entry: GazetteerEntry, _ start: Int, _ end: Int) -> PlaceMention {
    PlaceMention(surface: entry.name, start: start, end: end, entry: entry, score: 1)
  }

  func move(_ from: GazetteerEntry, _ to: GazetteerEntry, _ actor: Actor = .isis) -> Movement {
    Movement(
      actor: actor, kind: .evacuation, status: .proposed, origin: from, destination: to,
      evidence: evidence())
  }

  var perfect: Situation {
    Situation(
      source: "t", date: CalendarDate(iso: "2017-07-04"),
      mentions: [mention(raqqa, 0, 5), mention(mayadin, 20, 27), mention(palmyra, 40, 47)],
      movements: [move(raqqa, mayadin), move(raqqa, palmyra)],
      control: [ControlClaim(actor: .isis, place: raqqa, control: .holds, evidence: evidence())])
  }

  @Test func perfectReadingScoresOneEverywhere() {
    let s = Evaluation.score(predicted: perfect, gold: gold)
    #expect(s.toponyms == Counts(truePositives: 3, predicted: 3, gold: 3))
    #expect(s.toponymsExact.f1 == 1)
    #expect(s.geocoding == GeocodingCounts(matched: 3, within25: 3, within161: 3))
    #expect(s.movements.f1 == 1 && s.control.f1 == 1)
    #expect(s.movementKindAgreed == 1 && s.movementStatusAgreed == 1)  // the Palmyra one differs
    #expect(s.datesCorrect == 1)
  }

  @Test func emptyReadingScoresZeroRecallAndZeroF1() {
    let s = Evaluation.score(predicted: Situation(source: "t", date: nil), gold: gold)
    #expect(s.toponyms == Counts(truePositives: 0, predicted: 0, gold: 3))
    #expect(s.toponyms.recall == 0 && s.toponyms.precision == 0 && s.toponyms.f1 == 0)
    #expect(s.movements.f1 == 0 && s.control.f1 == 0)
    #expect(s.geocoding.accuracy25 == 0)
    #expect(s.datesGold == 1 && s.datesCorrect == 0)
  }

  @Test func emptyGoldAndEmptyReadingIsPerfectByConvention() {
    let s = Evaluation.score(predicted: Situation(source: "t", date: nil), gold: GoldReport(date: nil))
    #expect(s.toponyms.f1 == 1 && s.movements.precision == 1 && s.datesGold == 0)
  }

  @Test func oneWrongToponymAndOneWrongMovement() {
    var reading = perfect
    // Predicted "Palmyra" lands on a span the gold does not have, and a movement goes to the wrong
    // place (Damascus, 210 km from Palmyra).
    let damascus = GazetteerEntry(
      id: "t:dam", kind: .city, country: "SY", coordinate: .init(longitude: 36.29, latitude: 33.51),
      name: "Damascus")
    reading.mentions[2] = mention(palmyra, 50, 57)
    reading.movements[1] = move(raqqa, damascus)
    let s = Evaluation.score(predicted: reading, gold: gold)
    #expect(s.toponyms == Counts(truePositives: 2, predicted: 3, gold: 3))
    #expect(abs(s.toponyms.f1 - 2.0 / 3.0) < 1e-9)
    #expect(s.movements == Counts(truePositives: 1, predicted: 2, gold: 2))
    #expect(s.control.f1 == 1)
  }

  @Test func wrongActorDoesNotMatch() {
    var reading = perfect
    reading.movements[0] = move(raqqa, mayadin, .sdf)
    reading.control[0].actor = .sdf
    let s = Evaluation.score(predicted: reading, gold: gold)
    #expect(s.movements.truePositives == 1 && s.control.truePositives == 0)
  }

  @Test func errorListNamesMissedAndExtraClaims() {
    var reading = perfect
    reading.movements[1] = move(raqqa, raqqa)  // Raqqa → Raqqa: gold has Raqqa → Palmyra
    reading.control[0].actor = .sdf
    let lines = Evaluation.errors(predicted: reading, gold: gold)
    #expect(
      lines == [
        "missed movement ISIS Raqqa → Palmyra (withdrawal, claimed)",
        "extra movement ISIS Raqqa → Raqqa (evacuation, proposed) «q»",
        "missed control ISIS holds Raqqa",
        "extra control SDF holds Raqqa «q»",
      ])
    #expect(Evaluation.errors(predicted: perfect, gold: gold).isEmpty)
  }

  @Test func missKindsSayHowNearTheExtraClaimsCame() {
    var reading = perfect
    reading.movements = [move(raqqa, mayadin), move(raqqa, palmyra, .sdf)]  // right pair, wrong actor
    reading.control[0].actor = .sdf
    #expect(
      Evaluation.missKinds(predicted: reading, gold: gold)
        == ["movement: both places read, another actor", "control: place read, another actor"])
    reading.movements = [move(raqqa, mayadin), move(mayadin, palmyra)]  // ISIS, right destination only
    reading.control = []
    #expect(
      Evaluation.missKinds(predicted: reading, gold: gold)
        == ["movement: actor and one end read, the other end differs", "control: nothing read near it"])
    let empty = Situation(source: "t", date: nil)
    #expect(Evaluation.missKinds(predicted: empty, gold: gold).filter { $0.hasSuffix("nothing read near it") }.count == 3)
    #expect(Evaluation.missKinds(predicted: perfect, gold: gold).isEmpty)
  }

  @Test func missKindsGivenTheTextNameTheStageThatFailed() throws {
    let text =
      "ISIS fighters left Raqqa on Monday. Later they reached Mayadin. ISIS convoys moved from Raqqa to Palmyra. "
      + "سيطر تنظيم الدولة على تدمر."
    // Gold toponyms at each occurrence of a name, in scalar offsets.
    func spans(_ surface: String, _ name: String, _ e: GazetteerEntry) -> [GoldReport.Toponym] {
      var out: [GoldReport.Toponym] = []
      let scalars = Array(text.unicodeScalars)
      let needle = Array(surface.unicodeScalars)
      for i in 0...(scalars.count - needle.count) where Array(scalars[i..<(i + needle.count)]) == needle {
        out.append(.init(start: i, end: i + needle.count, surface: surface, name: name, lat: e.coordinate.latitude, lon: e.coordinate.longitude))
      }
      return out
    }
    let toponyms = spans("Raqqa", "Raqqa", raqqa) + spans("Mayadin", "Mayadin", mayadin)
      + spans("Palmyra", "Palmyra", palmyra) + spans("تدمر", "Palmyra", palmyra)
    let gold = GoldReport(
      date: nil, toponyms: toponyms,
      movements: [
        .init(actor: .isis, from: "Raqqa", to: "Mayadin", kind: .withdrawal, status: .completed),
        .init(actor: .isis, from: "Raqqa", to: "Palmyra", kind: .redeployment, status: .completed),
        .init(actor: .sdf, from: "Raqqa", to: "Palmyra", kind: .advance, status: .completed),
      ],
      control: [
        .init(actor: .isis, place: "Palmyra", control: .captured),
        .init(actor: .isis, place: "Mayadin", control: .holds),
      ])
    let entries = ["Raqqa": raqqa, "Mayadin": mayadin, "Palmyra": palmyra]
    let found = Situation(
      source: "t", date: nil,
      mentions: toponyms.compactMap { t in entries[t.name].map { mention($0, t.start, t.end) } })
    #expect(
      Evaluation.missKinds(predicted: found, gold: gold, text: text) == [
        "movement: nothing read near it — ends in different sentences",
        "movement: nothing read near it — one sentence, motion word, actor named there",
        "movement: nothing read near it — one sentence, motion word, actor not named there",
        "control: nothing read near it — control cue and actor in one sentence",
        "control: nothing read near it — no known control cue in its sentences",
      ])
    // Places the reading did not find fail at recognition, before any sentence is looked at.
    let blind = Situation(source: "t", date: nil)
    #expect(
      Evaluation.missKinds(predicted: blind, gold: gold, text: text).allSatisfy {
        $0.hasSuffix("not recognised")
      })
  }

  @Test func aClaimNearTwoGoldPlacesDoesNotTakeTheOneAnotherClaimNeeds() {
    // Gold: ISIS holds Sabkhah and Maadan, 30 km apart on the Euphrates road; a reading's first claim
    // is on a village 15 km from each, its second on Sabkhah itself. First-fit gave the village
    // Sabkhah and left the second claim unmatched (1 of 2); the largest pairing matches both.
    let sabkhah = GazetteerEntry(
      id: "t:sabkhah", kind: .town, country: "SY", coordinate: .init(longitude: 39.30, latitude: 35.78),
      name: "Sabkhah")
    var between = sabkhah
    between.id = "t:between"
    between.name = "Between"
    between.coordinate = .init(longitude: 39.465, latitude: 35.78)
    let gold = GoldReport(
      date: nil,
      toponyms: [
        .init(start: 0, end: 7, surface: "Sabkhah", name: "Sabkhah", lat: 35.78, lon: 39.30),
        .init(start: 20, end: 26, surface: "Maadan", name: "Maadan", lat: 35.78, lon: 39.63),
      ],
      movements: [],
      control: [
        .init(actor: .isis, place: "Sabkhah", control: .holds),
        .init(actor: .isis, place: "Maadan", control: .holds),
      ])
    let reading = Situation(
      source: "t", date: nil,
      control: [
        ControlClaim(actor: .isis, place: between, control: .holds, evidence: evidence()),
        ControlClaim(actor: .isis, place: sabkhah, control: .holds, evidence: evidence()),
      ])
    #expect(Evaluation.matches(reading.control, gold) == [1, 0])
    #expect(Evaluation.score(predicted: reading, gold: gold).control.truePositives == 2)
    #expect(Evaluation.errors(predicted: reading, gold: gold).isEmpty)
  }

  @Test func aClaimOnAPlaceByNameTakesThatGoldClaimNotANearbyOne() {
    // Gold: the opposition holds Eastern Ghouta (listed first) and Arbin, a town inside it 8 km from
    // where the gold puts Eastern Ghouta; the reading has one claim, on Arbin. Either pairing counts
    // one match, but the one left missed must be Eastern Ghouta, which nothing read: the first-fit
    // choice reported Arbin missed, and `--errors` sent readers after a claim that was read.
    let ghouta = GazetteerEntry(
      id: "t:ghouta", kind: .region, country: "SY", coordinate: .init(longitude: 36.40, latitude: 33.55),
      name: "Eastern Ghouta")
    var arbin = ghouta
    arbin.id = "t:arbin"
    arbin.kind = .town
    arbin.name = "Arbin"
    arbin.coordinate = .init(longitude: 36.37, latitude: 33.54)
    let gold = GoldReport(
      date: nil,
      toponyms: [
        .init(start: 0, end: 14, surface: "Eastern Ghouta", name: "Eastern Ghouta", lat: 33.55, lon: 36.40),
        .init(start: 30, end: 35, surface: "Arbin", name: "Arbin", lat: 33.54, lon: 36.37),
      ],
      movements: [],
      control: [
        .init(actor: .opposition, place: "Eastern Ghouta", control: .holds),
        .init(actor: .opposition, place: "Arbin", control: .holds),
      ])
    let reading = Situation(
      source: "t", date: nil,
      control: [ControlClaim(actor: .opposition, place: arbin, control: .holds, evidence: evidence())])
    #expect(Evaluation.matches(reading.control, gold) == [1])
    #expect(Evaluation.score(predicted: reading, gold: gold).control.truePositives == 1)
    #expect(Evaluation.errors(predicted: reading, gold: gold) == ["missed control OPPOSITION holds Eastern Ghouta"])
  }

  @Test func hundredKilometresOffCountsForAcc161NotAcc25() {
    var reading = perfect
    var shifted = mayadin
    // 0.9° of latitude ≈ 100 km north of Mayadin, and a name the gold does not use.
    shifted.coordinate = Coordinate(longitude: 40.45, latitude: 35.92)
    shifted.name = "Somewhere"
    reading.mentions[1] = mention(shifted, 20, 27)
    reading.movements[0] = move(raqqa, shifted)
    let s = Evaluation.score(predicted: reading, gold: gold)
    #expect(s.toponyms.truePositives == 3)
    #expect(s.geocoding == GeocodingCounts(matched: 3, within25: 2, within161: 3))
    #expect(abs(s.geocoding.accuracy25 - 2.0 / 3.0) < 1e-9)
    #expect(s.movements.truePositives == 1)  // 100 km is not the same place
  }

  @Test func placesMatchByFoldedNameEvenWhenFarApart() {
    var reading = perfect
    var odd = palmyra
    odd.coordinate = Coordinate(longitude: 36.0, latitude: 33.0)
    odd.name = "palmyra"  // case differs; coordinates wrong on purpose
    reading.movements[1] = move(raqqa, odd)
    #expect(Evaluation.score(predicted: reading, gold: gold).movements.truePositives == 2)
    #expect(Evaluation.fold("Deir ez-Zor") == Evaluation.fold("deir ez zor"))
    #expect(Evaluation.fold("Ḥajar al-Aswad") == Evaluation.fold("Hajar al Aswad"))
  }

  @Test func overlapMatchesButExactDoesNot() {
    var reading = perfect
    reading.mentions[0] = mention(raqqa, 0, 9)  // took "Raqqa's c" by mistake
    let s = Evaluation.score(predicted: reading, gold: gold)
    #expect(s.toponyms.truePositives == 3)
    #expect(s.toponymsExact.truePositives == 2)
  }

  @Test func duplicatePredictionsCountOnce() {
    var reading = perfect
    reading.mentions.append(mention(raqqa, 1, 4))
    let s = Evaluation.score(predicted: reading, gold: gold)
    #expect(s.toponyms == Counts(truePositives: 3, predicted: 4, gold: 3))
  }

  @Test func corpusTotalsAreMicroAveraged() {
    let a = Evaluation.score(predicted: perfect, gold: gold)
    let b = Evaluation.score(predicted: Situation(source: "t", date: nil), gold: gold)
    let corpus = CorpusScores(reports: [.init(name: "a", scores: a), .init(name: "b", scores: b)])
    #expect(corpus.total.toponyms == Counts(truePositives: 3, predicted: 3, gold: 6))
    #expect(corpus.total.toponyms.recall == 0.5)
    #expect(corpus.total.datesCorrect == 1 && corpus.total.datesGold == 2)
    #expect(corpus.table.contains("TOTAL"))
    #expect(corpus.table.contains("Acc@161km 100.0%"))
  }

  @Test func corpusJSONCarriesCountsAndRates() throws {
    let corpus = CorpusScores(reports: [
      .init(name: "a", scores: Evaluation.score(predicted: perfect, gold: gold))
    ])
    let json = String(decoding: try JSONEncoder().encode(corpus), as: UTF8.self)
    #expect(json.contains("\"f1\":1"))
    #expect(json.contains("\"truePositives\":3"))
    #expect(try JSONDecoder().decode(CorpusScores.self, from: Data(json.utf8)) == corpus)
  }

  @Test func goldJSONRoundTripsWithISODate() throws {
    let data = try JSONEncoder().encode(gold)
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.contains("\"date\":\"2017-07-04\""))
    #expect(try JSONDecoder().decode(GoldReport.self, from: data) == gold)
  }

  @Test func malformedGoldFilesGiveOneLineErrors() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gold-\(UUID())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let cases = [
      ("{", "not json"),
      (#"{"date":"4 July"}"#, "yyyy-mm-dd"),
      (
        #"{"movements":[{"actor":"DAESH","from":"a","to":"b","kind":"advance","status":"reported"}]}"#,
        "movements"
      ),
    ]
    for (i, (json, needle)) in cases.enumerated() {
      let url = dir.appendingPathComponent("\(i).gold.json")
      try Data(json.utf8).write(to: url)
      let error = try #require(throws: GeomapError.self) { try GoldReport.load(contentsOf: url) }
      #expect(error.description.lowercased().contains(needle), "\(error)")
      #expect(!error.description.contains("\n"))
    }
  }

  struct FixedReader: SituationReading {
    let situation: Situation
    func read(_ report: DecodedReport, date: CalendarDate?) -> Situation { situation }
  }

  @Test func runScoresEachAnnotatedFileOfADirectory() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("eval-\(UUID())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let json = try JSONEncoder().encode(gold)
    for name in ["b", "a"] {
      try Data("Raqqa ...".utf8).write(to: dir.appendingPathComponent("\(name).txt"))
      try json.write(to: dir.appendingPathComponent("\(name).gold.json"))
    }
    try Data("no gold".utf8).write(to: dir.appendingPathComponent("c.txt"))
    let corpus = try Evaluation.run(directory: dir, reader: FixedReader(situation: perfect))
    #expect(corpus.reports.map(\.name) == ["a", "b"])
    #expect(corpus.total.toponyms == Counts(truePositives: 6, predicted: 6, gold: 6))
    let missing = try #require(throws: GeomapError.self) {
      try Evaluation.run(
        directory: dir.appendingPathComponent("nope"), reader: FixedReader(situation: perfect))
    }
    #expect(missing.kind == .unreadable)
  }
}
