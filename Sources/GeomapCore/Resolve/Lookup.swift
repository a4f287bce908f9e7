/// A gazetteer entry that a looked-up name may mean, with its rank score.
public struct LookupCandidate: Hashable, Sendable {
  public var entry: GazetteerEntry
  /// 0…1; higher is more likely.
  public var score: Double
  /// The entry's name that matched.
  public var matchedName: String
  /// True when the spelling matched exactly (after folding), not only loosely.
  public var exact: Bool
}

extension Gazetteer {
  /// Ranked candidates for a name in any script: exact or variant match first, then population,
  /// kind and the Syria/Iraq theatre. `country` (ISO alpha-2) keeps only that country's entries.
  public func lookup(_ name: String, country: String? = nil, limit: Int = 10) -> [LookupCandidate] {
    let tokens = Tokenizer.tokens(in: name).map(\.text)
    guard let first = tokens.first else { return [] }
    let queryExact = tokens.joined()
    // The name as given, then with glued clitics taken off («وبالميادين» → «الميادين»).
    var readings: [(tokens: [String], penalty: Double)] = [(tokens, 0)]
    for reading in NameKey.cliticReadings(first).dropFirst() {
      readings.append(([reading.stem] + tokens.dropFirst(), 0.1))
    }
    var best: [String: LookupCandidate] = [:]
    for reading in readings {
      let key = NameKey.loose(tokens: reading.tokens)
      let readingExact = reading.tokens.joined()
      for entry in entries(forLooseKey: key) {
        if let country, entry.country.uppercased() != country.uppercased() { continue }
        let (matched, exact) = Self.bestName(of: entry, exactKeys: [queryExact, readingExact])
        let score = Self.score(entry: entry, exact: exact) - reading.penalty
        if score > (best[entry.id]?.score ?? -1) {
          best[entry.id] = LookupCandidate(
            entry: entry, score: max(0, min(1, score)), matchedName: matched, exact: exact)
        }
      }
    }
    // Once a spelling matches exactly, loose matches far down the list are noise (Rača for Raqqa).
    let anyExact = best.values.contains { $0.exact }
    return best.values.filter { !anyExact || $0.exact || $0.score >= 0.5 }.sorted {
      ($0.score, $0.entry.population, $1.entry.id) > ($1.score, $1.entry.population, $0.entry.id)
    }.prefix(limit).map { $0 }
  }

  /// How prominent a kind of place is when nothing else tells candidates apart.
  static func kindWeight(_ kind: PlaceKind) -> Double {
    // A bare name in a report means the city before the governorate or district named after it.
    switch kind {
    case .country: return 1
    case .city: return 0.8
    case .town, .region, .countryside: return 0.6
    case .governorate: return 0.55
    case .camp: return 0.45
    case .neighbourhood, .facility, .crossing: return 0.4
    case .district: return 0.3
    case .village: return 0.25
    }
  }

  /// Countries whose places reports about Syria and Iraq name most.
  static func theatreWeight(_ country: String) -> Double {
    switch country {
    case "SY", "IQ": return 1
    case "LB", "JO", "TR": return 0.6
    default: return 0
    }
  }

  static func score(entry: GazetteerEntry, exact: Bool) -> Double {
    let match = exact ? 1.0 : 0.6
    // A governorate carries the population of its whole area, not of the city a report names.
    let population = populationScore(entry) * (entry.kind == .governorate ? 0.5 : 1)
    return 0.55 * match + 0.15 * kindWeight(entry.kind) + 0.15 * population + 0.15
      * theatreWeight(entry.country)
  }

  /// 0…1 for a place's people (log scale, a million and more is 1), for ranking candidates. Not a
  /// district's: it is named after its seat, whose GeoNames row often has no population, and
  /// counting the district's people put bare "Tal Abyad" at the district's centre 46 km from the town.
  static func populationScore(_ entry: GazetteerEntry) -> Double {
    populationScore(kind: entry.kind, population: entry.population)
  }

  /// `populationScore` from the two fields it reads (an entry read in place, not copied).
  static func populationScore(kind: PlaceKind, population: Int) -> Double {
    kind == .district ? 0 : min(1, log10(Double(max(population, 0)) + 1) / 7)
  }

  /// The entry name equal to one of `exactKeys` (folded, spaces removed), else its first name.
  static func bestName(of entry: GazetteerEntry, exactKeys: [String]) -> (String, Bool) {
    // The names in `allNames` order without its set of names: a repeated name answers as where it
    // first stands, and hashing every name into the set cost more than keying the first few.
    func matches(_ name: String) -> Bool { !name.isEmpty && exactKeys.contains(NameKey.exact(name)) }
    if matches(entry.name) { return (entry.name, true) }
    if matches(entry.nameAr) { return (entry.nameAr, true) }
    // The variants read one at a time up to the match (`variantsContain`): `variants` made a String
    // of every one, a city's dozens, where the match is most often among the first few.
    var variant: String?
    if entry.variantsContain(bytesMayMatch: { _ in true }, where: { name in
      guard matches(name) else { return false }
      variant = name
      return true
    }), let variant {
      return (variant, true)
    }
    return (entry.name, false)
  }

  /// Names close to `name` (edit distance on loose keys), for "did you mean" messages.
  public func suggestions(for name: String, limit: Int = 5) -> [String] {
    let key = Array(NameKey.loose(name).unicodeScalars)
    guard !key.isEmpty, key.count <= 64 else { return [] }
    let maxDistance = key.count <= 4 ? 1 : 2
    var found: [(distance: Int, key: String)] = []
    forEachKey { candidate, isName in
      guard isName else { return }
      let c = Array(candidate.unicodeScalars)
      guard abs(c.count - key.count) <= maxDistance else { return }
      let d = Self.editDistance(key, c, limit: maxDistance)
      if d <= maxDistance { found.append((d, candidate)) }
    }
    found.sort { ($0.distance, $0.key) < ($1.distance, $1.key) }
    var names: [String] = []
    for f in found {
      for candidate in entries(forLooseKey: f.key).sorted(by: { $0.population > $1.population })
      where !names.contains(candidate.name) {
        names.append(candidate.name)
        if names.count == limit { return names }
      }
    }
    return names
  }

  /// Levenshtein distance, giving up (returning limit + 1) once every path exceeds `limit`.
  static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
    var previous = Array(0...b.count)
    for i in 1...max(1, a.count) where !a.isEmpty {
      var current = [i] + Array(repeating: 0, count: b.count)
      var rowMin = i
      for j in stride(from: 1, through: b.count, by: 1) {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        rowMin = Swift.min(rowMin, current[j])
      }
      if rowMin > limit { return limit + 1 }
      previous = current
    }
    return a.isEmpty ? b.count : previous[b.count]
  }
}

import Foundation
