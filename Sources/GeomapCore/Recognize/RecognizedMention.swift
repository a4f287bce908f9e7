/// A toponym span found in a report, with every gazetteer entry it could name (before resolution).
///
/// The fields live in one copy-on-write box: mentions are copied into lists, filtered, sorted and
/// wrapped in `ResolvedMention`s at every stage, and as a plain struct each copy retained and
/// released its five strings and its candidate array (a few percent of a long read). A copy is now
/// one retain; a change to a shared mention copies the fields once.
public struct RecognizedMention: Hashable, Sendable, Codable {
  private var box: Box

  public init(
    surface: String, start: Int, end: Int, firstToken: Int, endToken: Int, key: String,
    candidates: [GazetteerEntry], kindHint: PlaceKind?, context: String, note: String?, anchored: Bool,
    direction: String? = nil
  ) {
    box = Box(
      Fields(
        surface: surface, start: start, end: end, firstToken: firstToken, endToken: endToken, key: key,
        candidates: candidates, kindHint: kindHint, context: context, note: note, anchored: anchored,
        direction: direction))
  }

  /// The text as written in the report.
  public var surface: String {
    get { box.fields.surface }
    set { edit { $0.surface = newValue } }
  }
  /// Unicode scalar offsets into the report, end exclusive.
  public var start: Int {
    get { box.fields.start }
    set { edit { $0.start = newValue } }
  }
  public var end: Int {
    get { box.fields.end }
    set { edit { $0.end = newValue } }
  }
  /// Token indices covered, end exclusive (the trigger noun is not included).
  public var firstToken: Int {
    get { box.fields.firstToken }
    set { edit { $0.firstToken = newValue } }
  }
  public var endToken: Int {
    get { box.fields.endToken }
    set { edit { $0.endToken = newValue } }
  }
  /// The loose key the span matched.
  public var key: String {
    get { box.fields.key }
    set { edit { $0.key = newValue } }
  }
  public var candidates: [GazetteerEntry] {
    get { box.fields.candidates }
    set { edit { $0.candidates = newValue } }
  }
  /// The kind a trigger noun before the name announces («مخيم» → camp), if any.
  public var kindHint: PlaceKind? {
    get { box.fields.kindHint }
    set { edit { $0.kindHint = newValue } }
  }
  /// Why the span was taken for a place: trigger, preposition, list, salient, name.
  public var context: String {
    get { box.fields.context }
    set { edit { $0.context = newValue } }
  }
  /// How a phrase was mapped when the gazetteer has no entry for it («جنوب دمشق» → Damascus).
  public var note: String? {
    get { box.fields.note }
    set { edit { $0.note = newValue } }
  }
  /// True for a phrase mapped to its anchor place (a direction or a countryside without its own entry).
  public var anchored: Bool {
    get { box.fields.anchored }
    set { edit { $0.anchored = newValue } }
  }
  /// The side of the anchor a direction phrase names (east, west, north, south), if any.
  public var direction: String? {
    get { box.fields.direction }
    set { edit { $0.direction = newValue } }
  }

  /// Changes the fields in place when this mention is their only holder, else on a copy.
  private mutating func edit(_ change: (inout Fields) -> Void) {
    if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
    change(&box.fields)
  }

  // Equality, hashing and coding are the fields' own (the synthesized ones, in declaration order).
  public static func == (a: RecognizedMention, b: RecognizedMention) -> Bool {
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
    var firstToken: Int
    var endToken: Int
    var key: String
    var candidates: [GazetteerEntry]
    var kindHint: PlaceKind?
    var context: String
    var note: String?
    var anchored: Bool
    var direction: String? = nil
  }

  /// Mutable only through `edit`, which copies a shared box first, so no two mentions ever see
  /// one change: safe to send (`@unchecked` because the compiler cannot see that discipline).
  private final class Box: @unchecked Sendable {
    var fields: Fields
    init(_ fields: Fields) { self.fields = fields }
  }
}
