/// True positives against the sizes of the predicted and gold sets, with P/R/F1 derived.
///
/// Convention for empty sets: with nothing predicted and nothing in gold, precision, recall and F1 are
/// 1 (nothing to find, nothing wrongly found); with nothing predicted but something in gold,
/// precision is 0, so F1 is 0 as well.
public struct Counts: Hashable, Sendable, Codable {
  public var truePositives: Int
  public var predicted: Int
  public var gold: Int

  public init(truePositives: Int = 0, predicted: Int = 0, gold: Int = 0) {
    self.truePositives = truePositives
    self.predicted = predicted
    self.gold = gold
  }

  public var precision: Double {
    predicted == 0 ? (gold == 0 ? 1 : 0) : Double(truePositives) / Double(predicted)
  }

  public var recall: Double {
    gold == 0 ? (predicted == 0 ? 1 : 0) : Double(truePositives) / Double(gold)
  }

  public var f1: Double {
    let (p, r) = (precision, recall)
    return p + r == 0 ? 0 : 2 * p * r / (p + r)
  }

  /// Sums counts, which micro-averages over reports.
  public static func + (a: Counts, b: Counts) -> Counts {
    Counts(
      truePositives: a.truePositives + b.truePositives, predicted: a.predicted + b.predicted,
      gold: a.gold + b.gold)
  }

  enum CodingKeys: String, CodingKey {
    case truePositives, predicted, gold, precision, recall, f1
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    truePositives = try c.decode(Int.self, forKey: .truePositives)
    predicted = try c.decode(Int.self, forKey: .predicted)
    gold = try c.decode(Int.self, forKey: .gold)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(truePositives, forKey: .truePositives)
    try c.encode(predicted, forKey: .predicted)
    try c.encode(gold, forKey: .gold)
    try c.encode(precision, forKey: .precision)
    try c.encode(recall, forKey: .recall)
    try c.encode(f1, forKey: .f1)
  }
}

/// How many matched toponyms were geocoded within 25 km and within 161 km (100 miles) of gold.
public struct GeocodingCounts: Hashable, Sendable, Codable {
  public var matched: Int
  public var within25: Int
  public var within161: Int

  public init(matched: Int = 0, within25: Int = 0, within161: Int = 0) {
    self.matched = matched
    self.within25 = within25
    self.within161 = within161
  }

  /// Acc@25km; 0 when nothing matched.
  public var accuracy25: Double { matched == 0 ? 0 : Double(within25) / Double(matched) }
  /// Acc@161km; 0 when nothing matched.
  public var accuracy161: Double { matched == 0 ? 0 : Double(within161) / Double(matched) }

  public static func + (a: GeocodingCounts, b: GeocodingCounts) -> GeocodingCounts {
    GeocodingCounts(
      matched: a.matched + b.matched, within25: a.within25 + b.within25,
      within161: a.within161 + b.within161)
  }
}
