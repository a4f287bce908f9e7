/// A candidate a mention could refer to, with the score the resolver gave it.
public struct ScoredEntry: Hashable, Sendable, Codable {
  public var entry: GazetteerEntry
  public var score: Double

  public init(entry: GazetteerEntry, score: Double) {
    self.entry = entry
    self.score = score
  }
}

/// A toponym found in a report and the gazetteer entry it was resolved to.
///
/// The fields live in one copy-on-write box, as `RecognizedMention`'s do: mentions are filtered,
/// wrapped, copied into situations and rows and destroyed at every stage, and as a plain struct
/// each copy retained and released its surface, entry and alternatives. A copy is now one retain;
/// a change to a shared mention copies the fields once.
public struct PlaceMention: Hashable, Sendable, Codable {
  private var box: Box

  public init(
    surface: String, start: Int, end: Int, entry: GazetteerEntry, score: Double,
    alternatives: [ScoredEntry] = []
  ) {
    box = Box(
      Fields(surface: surface, start: start, end: end, entry: entry, score: score, alternatives: alternatives))
  }

  /// The text as written in the report.
  public var surface: String {
    get { box.fields.surface }
    set { edit { $0.surface = newValue } }
  }
  /// Unicode scalar offsets into the decoded report, end exclusive.
  public var start: Int {
    get { box.fields.start }
    set { edit { $0.start = newValue } }
  }
  public var end: Int {
    get { box.fields.end }
    set { edit { $0.end = newValue } }
  }
  public var entry: GazetteerEntry {
    get { box.fields.entry }
    set { edit { $0.entry = newValue } }
  }
  /// 0…1.
  public var score: Double {
    get { box.fields.score }
    set { edit { $0.score = newValue } }
  }
  /// The candidates this entry beat, best first.
  public var alternatives: [ScoredEntry] {
    get { box.fields.alternatives }
    set { edit { $0.alternatives = newValue } }
  }

  /// Moves the span `offset` scalars on (one edit for both ends).
  mutating func shift(by offset: Int) {
    edit {
      $0.start += offset
      $0.end += offset
    }
  }

  /// Changes the fields in place when this mention is their only holder, else on a copy.
  private mutating func edit(_ change: (inout Fields) -> Void) {
    if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
    change(&box.fields)
  }

  // Equality, hashing and coding are the fields' own (the synthesized ones, in declaration order),
  // so mentions compare, hash and encode exactly as when they were stored inline.
  public static func == (a: PlaceMention, b: PlaceMention) -> Bool {
    a.box === b.box || a.box.fields == b.box.fields
  }

  public func hash(into hasher: inout Hasher) { box.fields.hash(into: &hasher) }

  public init(from decoder: any Decoder) throws { box = Box(try Fields(from: decoder)) }

  public func encode(to encoder: any Encoder) throws { try box.fields.encode(to: encoder) }

  /// The stored values, in the order (and with the coding keys) of the public properties.
  private struct Fields: Hashable, Sendable, Codable {
    var surface: String
    var start: Int
    var end: Int
    var entry: GazetteerEntry
    var score: Double
    var alternatives: [ScoredEntry]
  }

  /// Mutable only through `edit`, which copies a shared box first, so no two mentions ever see
  /// one change: safe to send (`@unchecked` because the compiler cannot see that discipline).
  private final class Box: @unchecked Sendable {
    var fields: Fields
    init(_ fields: Fields) { self.fields = fields }
  }
}
