import Foundation

/// Scores readings against gold annotations (`NAME.gold.json`) for the development set.
public enum Evaluation {
  /// A predicted place stands for a gold place when the names agree or it lies this close.
  public static let placeMatchKm = 25.0

  /// Scores one reading against its gold annotations.
  public static func score(predicted: Situation, gold: GoldReport) -> Scores {
    var scores = Scores()
    scoreToponyms(predicted.mentions, gold.toponyms, into: &scores)
    scoreMovements(predicted.movements, gold, into: &scores)
    scoreControl(predicted.control, gold, into: &scores)
    if let date = gold.date {
      scores.datesGold = 1
      scores.datesCorrect = predicted.date == date ? 1 : 0
    }
    return scores
  }

  /// Reads every `NAME.txt` that has a `NAME.gold.json` beside it, in name order, and scores it.
  /// With `listErrors`, each report also lists the gold claims missed and the claims read in excess.
  public static func run(
    directory: URL, reader: any SituationReading, listErrors: Bool = false, classifyMisses: Bool = false
  ) throws -> CorpusScores {
    let pairs = try goldPairs(in: directory)
    var reports: [CorpusScores.Report] = []
    for (name, textURL, goldURL) in pairs {
      let gold = try GoldReport.load(contentsOf: goldURL)
      let report = try ReportDecoder.load(contentsOf: textURL)
      let situation = reader.read(report, date: nil)
      reports.append(
        .init(
          name: name, scores: score(predicted: situation, gold: gold),
          errors: listErrors ? errors(predicted: situation, gold: gold) : nil,
          missKinds: classifyMisses ? missKinds(predicted: situation, gold: gold, text: report.text) : nil))
    }
    return CorpusScores(reports: reports)
  }

  /// `(name, NAME.txt, NAME.gold.json)` for each annotated report of a directory, sorted by name.
  public static func goldPairs(in directory: URL) throws -> [(String, URL, URL)] {
    let files: [String]
    do {
      files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    } catch {
      throw GeomapError(.unreadable, directory.path, "directory is not readable or does not exist")
    }
    let pairs = files.filter { $0.hasSuffix(".txt") }.sorted().compactMap { file -> (String, URL, URL)? in
      let name = String(file.dropLast(4))
      let gold = directory.appendingPathComponent(name + ".gold.json")
      guard FileManager.default.fileExists(atPath: gold.path) else { return nil }
      return (name, directory.appendingPathComponent(file), gold)
    }
    guard !pairs.isEmpty else {
      throw GeomapError(.invalidArgument, directory.path, "no NAME.txt with a NAME.gold.json found")
    }
    return pairs
  }

  // MARK: - Toponyms

  static func scoreToponyms(
    _ mentions: [PlaceMention], _ gold: [GoldReport.Toponym], into scores: inout Scores
  ) {
    scores.toponyms = Counts(predicted: mentions.count, gold: gold.count)
    scores.toponymsExact = Counts(predicted: mentions.count, gold: gold.count)
    // Overlap: each predicted span takes the first unmatched gold span it overlaps, in text order.
    var taken = Set<Int>()
    for mention in mentions.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) {
      guard
        let g = gold.indices.first(where: {
          !taken.contains($0) && gold[$0].start < mention.end && mention.start < gold[$0].end
        })
      else { continue }
      taken.insert(g)
      scores.toponyms.truePositives += 1
      let km = mention.entry.coordinate.distanceKm(to: gold[g].coordinate)
      scores.geocoding.matched += 1
      if km <= 25 { scores.geocoding.within25 += 1 }
      if km <= 161 { scores.geocoding.within161 += 1 }
    }
    var exact = Set<Int>()
    for mention in mentions {
      if let g = gold.indices.first(where: {
        !exact.contains($0) && gold[$0].start == mention.start && gold[$0].end == mention.end
      }) {
        exact.insert(g)
        scores.toponymsExact.truePositives += 1
      }
    }
  }

  // MARK: - Movements and control

  static func scoreMovements(_ predicted: [Movement], _ gold: GoldReport, into scores: inout Scores) {
    scores.movements = Counts(predicted: predicted.count, gold: gold.movements.count)
    for (movement, g) in zip(predicted, matches(predicted, gold)) {
      guard let g else { continue }
      scores.movements.truePositives += 1
      if gold.movements[g].kind == movement.kind { scores.movementKindAgreed += 1 }
      if gold.movements[g].status == movement.status { scores.movementStatusAgreed += 1 }
    }
  }

  static func scoreControl(_ predicted: [ControlClaim], _ gold: GoldReport, into scores: inout Scores) {
    scores.control = Counts(predicted: predicted.count, gold: gold.control.count)
    for (claim, g) in zip(predicted, matches(predicted, gold)) {
      guard let g else { continue }
      scores.control.truePositives += 1
      if gold.control[g].control == claim.control { scores.controlStatusAgreed += 1 }
    }
  }

  /// For each predicted movement, the gold movement it matches (each gold matched once).
  static func matches(_ predicted: [Movement], _ gold: GoldReport) -> [Int?] {
    maximumMatching(predicted.count, gold.movements.count) { p, g in
      let m = gold.movements[g]
      let movement = predicted[p]
      guard m.actor == movement.actor,
        let from = placeMatch(movement.origin, m.from, gold),
        let to = placeMatch(movement.destination, m.to, gold)
      else { return nil }
      return from.rawValue + to.rawValue + (m.status == movement.status ? 0 : 1)
    }
  }

  /// For each predicted control claim, the gold claim it matches (each gold matched once).
  static func matches(_ predicted: [ControlClaim], _ gold: GoldReport) -> [Int?] {
    maximumMatching(predicted.count, gold.control.count) { p, g in
      let claim = predicted[p]
      guard gold.control[g].actor == claim.actor, let place = placeMatch(claim.place, gold.control[g].place, gold)
      else { return nil }
      return 2 * place.rawValue + (gold.control[g].control == claim.control ? 0 : 1)
    }
  }

  /// The largest one-to-one pairing of predicted with gold claims, for each predicted claim its gold
  /// index. `fit` is nil where a pair does not match, else its cost: lower is the better match (the
  /// place by name rather than by distance, the same status). Places match by name or within
  /// `placeMatchKm`, which is not transitive, so taking the first free gold claim in order can leave a
  /// pair unmatched that a different choice would match (two gold moves 10 km apart, a predicted one
  /// near both). Augmenting paths (Kuhn's algorithm): a predicted claim with a free gold match takes
  /// its cheapest, claims with a cheap match choosing first; one left without moves an earlier claim
  /// to another gold claim it also matches, when that frees one. The pairing is always the largest;
  /// the costs only choose among largest pairings, greedily, so that `--errors` names as missed the
  /// gold claim nothing read rather than one a nearby place took (Arbin read, gold Arbin and Eastern
  /// Ghouta: Eastern Ghouta is the one missed). Written by hand: no listed package has bipartite
  /// matching, and reports have tens of claims.
  static func maximumMatching(_ predicted: Int, _ gold: Int, _ fit: (Int, Int) -> Int?) -> [Int?] {
    let costed = (0..<predicted).map { p in
      (0..<gold).compactMap { g in fit(p, g).map { (gold: g, cost: $0) } }.sorted { ($0.cost, $0.gold) < ($1.cost, $1.gold) }
    }
    let edges = costed.map { $0.map(\.gold) }
    let cheapest = costed.map { $0.first?.cost ?? Int.max }
    var owner = [Int?](repeating: nil, count: gold)
    func augment(_ p: Int, _ seen: inout [Bool]) -> Bool {
      if let free = edges[p].first(where: { owner[$0] == nil && !seen[$0] }) {
        owner[free] = p
        return true
      }
      for g in edges[p] where !seen[g] {
        seen[g] = true
        if let q = owner[g], augment(q, &seen) {
          owner[g] = p
          return true
        }
      }
      return false
    }
    for p in (0..<predicted).sorted(by: { (cheapest[$0], $0) < (cheapest[$1], $1) }) {
      var seen = [Bool](repeating: false, count: gold)
      _ = augment(p, &seen)
    }
    var out = [Int?](repeating: nil, count: predicted)
    for (g, p) in owner.enumerated() { if let p { out[p] = g } }
    return out
  }

  /// One line per gold claim not read ("missed") and per claim read with no gold match ("extra",
  /// with its quote): the list a rule writer works from.
  static func errors(predicted: Situation, gold: GoldReport) -> [String] {
    var lines: [String] = []
    let movementMatches = matches(predicted.movements, gold)
    for (i, m) in gold.movements.enumerated() where !movementMatches.contains(i) {
      lines.append("missed movement \(m.actor.rawValue) \(m.from) → \(m.to) (\(m.kind.rawValue), \(m.status.rawValue))")
    }
    for (m, g) in zip(predicted.movements, movementMatches) where g == nil {
      lines.append(
        "extra movement \(m.actor.rawValue) \(m.origin.name) → \(m.destination.name) "
          + "(\(m.kind.rawValue), \(m.status.rawValue)) «\(m.evidence.quote)»")
    }
    let controlMatches = matches(predicted.control, gold)
    for (i, c) in gold.control.enumerated() where !controlMatches.contains(i) {
      lines.append("missed control \(c.actor.rawValue) \(c.control.rawValue) \(c.place)")
    }
    for (c, g) in zip(predicted.control, controlMatches) where g == nil {
      lines.append(
        "extra control \(c.actor.rawValue) \(c.control.rawValue) \(c.place.name) «\(c.evidence.quote)»")
    }
    return lines
  }

  /// One label per gold claim not read, saying how near the extra claims read came to it: counts a
  /// clean set can be measured by without anyone reading its sentences (`geomap eval --miss-kinds`).
  /// Given the report's text, a claim nothing was read near also says which stage failed it.
  static func missKinds(predicted: Situation, gold: GoldReport, text: String? = nil) -> [String] {
    var kinds: [String] = []
    let parts = text.map { ReadParts(text: $0, gold: gold, predicted: predicted) }
    let movementMatches = matches(predicted.movements, gold)
    for (i, g) in gold.movements.enumerated() where !movementMatches.contains(i) {
      let from = { (m: Movement) in samePlace(m.origin, g.from, gold) }
      let to = { (m: Movement) in samePlace(m.destination, g.to, gold) }
      // Only claims that matched no gold claim: a reading already counted right is no near miss.
      let read = zip(predicted.movements, movementMatches).filter { $0.1 == nil }.map(\.0)
      if read.contains(where: { from($0) && to($0) }) {
        kinds.append("movement: both places read, another actor")
      } else if read.contains(where: { $0.actor == g.actor && (from($0) || to($0)) }) {
        kinds.append("movement: actor and one end read, the other end differs")
      } else if read.contains(where: { from($0) || to($0) || samePlace($0.origin, g.to, gold) }) {
        kinds.append("movement: another movement shares a place")
      } else {
        kinds.append(
          "movement: nothing read near it" + (parts.map { " — " + movementComponent(g, $0) } ?? ""))
      }
    }
    let controlMatches = matches(predicted.control, gold)
    for (i, g) in gold.control.enumerated() where !controlMatches.contains(i) {
      let read = zip(predicted.control, controlMatches).filter { $0.1 == nil }.map(\.0)
      if read.contains(where: { samePlace($0.place, g.place, gold) }) {
        kinds.append("control: place read, another actor")
      } else {
        kinds.append(
          "control: nothing read near it" + (parts.map { " — " + controlComponent(g, $0) } ?? ""))
      }
    }
    return kinds
  }

  /// How a predicted entry is the gold place: by name, when one of its names folds to the gold
  /// name (cost 0), or by distance, when it lies within `placeMatchKm` of where the gold toponyms put
  /// that name (cost 1); nil when it is not.
  enum PlaceMatch: Int { case name = 0, near = 1 }

  static func placeMatch(_ entry: GazetteerEntry, _ goldName: String, _ gold: GoldReport) -> PlaceMatch? {
    let key = fold(goldName)
    if ([entry.name, entry.nameAr] + entry.variants).contains(where: { fold($0) == key }) {
      return .name
    }
    guard let where_ = gold.coordinate(ofPlaceNamed: goldName) else { return nil }
    return entry.coordinate.distanceKm(to: where_) <= placeMatchKm ? .near : nil
  }

  /// Whether the predicted entry is the gold place, by name or by distance (`placeMatch`).
  static func samePlace(_ entry: GazetteerEntry, _ goldName: String, _ gold: GoldReport) -> Bool {
    placeMatch(entry, goldName, gold) != nil
  }

  /// Case, diacritics, hyphens, apostrophes and spaces do not tell place names apart here.
  static func fold(_ name: String) -> String {
    name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
      .unicodeScalars.filter { CharacterSet.letters.contains($0) || CharacterSet.decimalDigits.contains($0) }
      .map(String.init).joined()
  }
}
