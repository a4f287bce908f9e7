/// An actor named (or referred back to) in a report.
///
/// The surface is kept as the number of its spelling in a process-wide table (`Surfaces`), not as
/// a `String`: every field is then a plain value, so copying, destroying and dropping a mention (or
/// an array of them) is no reference counting at all. The relation rules copy mentions out of the
/// report's list everywhere (a nearest actor, an agent, a subject), and those copies, each a retain
/// and a release of the surface through the value witnesses, were some 7M instructions per MB of
/// Arabic. Equality, hashing and coding are those of the `String` (see below), so a mention compares,
/// hashes and encodes exactly as when the surface was stored.
public struct ActorMention: Hashable, Sendable, Codable {
  public var actor: Actor
  /// Token indices, end exclusive.
  public var firstToken: Int
  public var endToken: Int
  public var start: Int
  public var end: Int
  /// True for «التنظيم», «الأخير», "the group": the actor comes from coreference.
  public var coreference: Bool
  /// The surface's number in `Surfaces`.
  private var surfaceID: UInt32

  /// The text as written in the report.
  public var surface: String {
    get { Surfaces.text(surfaceID) }
    set { surfaceID = Surfaces.id(newValue) }
  }

  init(
    actor: Actor, firstToken: Int, endToken: Int, start: Int, end: Int, surface: String, coreference: Bool
  ) {
    self.init(
      actor: actor, firstToken: firstToken, endToken: endToken, start: start, end: end,
      surfaceID: Surfaces.id(surface), coreference: coreference)
  }

  /// The mention of tokens `first..<first + count` of `doc`, its surface their original text (`slice`),
  /// numbered from the report's bytes: a spelling met before makes no `String`.
  init(actor: Actor, tokens first: Int, count: Int, of doc: ReportText, coreference: Bool) {
    precondition(count > 0 && first >= 0 && first + count <= doc.tokens.count, "ActorMention: tokens in the report")
    let (start, end) = (doc.tokens[first].start, doc.tokens[first + count - 1].end)
    self.init(
      actor: actor, firstToken: first, endToken: first + count, start: start, end: end,
      surfaceID: doc.withSliceBytes(start, end) { Surfaces.id(bytes: $0) }, coreference: coreference)
  }

  private init(
    actor: Actor, firstToken: Int, endToken: Int, start: Int, end: Int, surfaceID: UInt32, coreference: Bool
  ) {
    (self.actor, self.firstToken, self.endToken, self.start, self.end) = (actor, firstToken, endToken, start, end)
    (self.surfaceID, self.coreference) = (surfaceID, coreference)
  }

  // Equality, hashing and coding of the fields as declared before, with the surface a `String`
  // (equal numbers are equal bytes; different bytes may still be canonically equivalent Strings).
  public static func == (a: ActorMention, b: ActorMention) -> Bool {
    a.actor == b.actor && a.firstToken == b.firstToken && a.endToken == b.endToken && a.start == b.start
      && a.end == b.end && (a.surfaceID == b.surfaceID || a.surface == b.surface)
      && a.coreference == b.coreference
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(actor)
    hasher.combine(firstToken)
    hasher.combine(endToken)
    hasher.combine(start)
    hasher.combine(end)
    hasher.combine(surface)
    hasher.combine(coreference)
  }

  private enum CodingKeys: String, CodingKey {
    case actor, firstToken, endToken, start, end, surface, coreference
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      actor: try c.decode(Actor.self, forKey: .actor), firstToken: try c.decode(Int.self, forKey: .firstToken),
      endToken: try c.decode(Int.self, forKey: .endToken), start: try c.decode(Int.self, forKey: .start),
      end: try c.decode(Int.self, forKey: .end), surface: try c.decode(String.self, forKey: .surface),
      coreference: try c.decode(Bool.self, forKey: .coreference))
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(actor, forKey: .actor)
    try c.encode(firstToken, forKey: .firstToken)
    try c.encode(endToken, forKey: .endToken)
    try c.encode(start, forKey: .start)
    try c.encode(end, forKey: .end)
    try c.encode(surface, forKey: .surface)
    try c.encode(coreference, forKey: .coreference)
  }

  /// Every actor surface met, by number, and the number of each by its UTF-8 bytes (equal bytes,
  /// one number). Process-wide and under a lock, as reports are read in parallel. It only grows:
  /// surfaces are the lexicon's names as reports spell them, a few thousand spellings, and a
  /// number must stay valid while any mention holds it.
  enum Surfaces {
    private struct Table {
      var texts: [String] = []
      /// The last number given to a text with this FNV-1a hash; `sameHash` chains the others.
      var byHash: [UInt64: UInt32] = [:]
      /// Per number, the previous number with the same hash (`UInt32.max`: none).
      var sameHash: [UInt32] = []
    }

    private static let table = Locked(Table())

    static func text(_ id: UInt32) -> String { table.withLock { $0.texts[Int(id)] } }

    static func id(_ text: String) -> UInt32 {
      var text = text
      return text.withUTF8 { id(bytes: $0) }
    }

    /// The number of the text with UTF-8 `bytes` (valid UTF-8), given it the first time.
    static func id(bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
      let hash = FNV1a.hash64(bytes: bytes)
      return table.withLock { t in
        var k = t.byHash[hash] ?? .max
        while k != .max {
          if FNV1a.sameBytes(t.texts[Int(k)], bytes) { return k }
          k = t.sameHash[Int(k)]
        }
        precondition(t.texts.count < Int(UInt32.max), "ActorMention: too many surfaces")
        let new = UInt32(t.texts.count)
        t.texts.append(String(validUTF8: bytes))
        t.sameHash.append(t.byHash[hash] ?? .max)
        t.byHash[hash] = new
        return new
      }
    }
  }
}
