/// A toponym span found in a report, with every gazetteer entry it could name (before resolution).
///
/// The fields live in one `CopyOnWrite` box: mentions are copied into lists, filtered, sorted and
/// wrapped in `ResolvedMention`s at every stage, and as a plain struct each copy retained and
/// released its five strings and its candidate array (a few percent of a long read).
public struct RecognizedMention: Hashable, Sendable, Codable {
  private var storage: CopyOnWrite<Fields>

  public init(
    surface: String, start: Int, end: Int, firstToken: Int, endToken: Int, key: String,
    candidates: [GazetteerEntry], kindHint: PlaceKind?, context: String, note: String?, anchored: Bool,
    direction: String? = nil
  ) {
    storage = CopyOnWrite(
      Fields(
        surface: surface, start: start, end: end, firstToken: firstToken, endToken: endToken, key: key,
        candidates: candidates, kindHint: kindHint, context: context, note: note, anchored: anchored,
        direction: direction))
  }

  /// The text as written in the report.
  public var surface: String {
    get { storage.fields.surface }
    set { storage.edit { $0.surface = newValue } }
  }
  /// Unicode scalar offsets into the report, end exclusive.
  public var start: Int {
    get { storage.fields.start }
    set { storage.edit { $0.start = newValue } }
  }
  public var end: Int {
    get { storage.fields.end }
    set { storage.edit { $0.end = newValue } }
  }
  /// Token indices covered, end exclusive (the trigger noun is not included).
  public var firstToken: Int {
    get { storage.fields.firstToken }
    set { storage.edit { $0.firstToken = newValue } }
  }
  public var endToken: Int {
    get { storage.fields.endToken }
    set { storage.edit { $0.endToken = newValue } }
  }
  /// The loose key the span matched.
  public var key: String {
    get { storage.fields.key }
    set { storage.edit { $0.key = newValue } }
  }
  public var candidates: [GazetteerEntry] {
    get { storage.fields.candidates }
    set { storage.edit { $0.candidates = newValue } }
  }
  /// The kind a trigger noun before the name announces («مخيم» → camp), if any.
  public var kindHint: PlaceKind? {
    get { storage.fields.kindHint }
    set { storage.edit { $0.kindHint = newValue } }
  }
  /// Why the span was taken for a place: trigger, preposition, list, salient, name.
  public var context: String {
    get { storage.fields.context }
    set { storage.edit { $0.context = newValue } }
  }
  /// How a phrase was mapped when the gazetteer has no entry for it («جنوب دمشق» → Damascus).
  public var note: String? {
    get { storage.fields.note }
    set { storage.edit { $0.note = newValue } }
  }
  /// True for a phrase mapped to its anchor place (a direction or a countryside without its own entry).
  public var anchored: Bool {
    get { storage.fields.anchored }
    set { storage.edit { $0.anchored = newValue } }
  }
  /// The side of the anchor a direction phrase names (east, west, north, south), if any.
  public var direction: String? {
    get { storage.fields.direction }
    set { storage.edit { $0.direction = newValue } }
  }

  public init(from decoder: any Decoder) throws { storage = try CopyOnWrite(from: decoder) }

  public func encode(to encoder: any Encoder) throws { try storage.encode(to: encoder) }

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
}
