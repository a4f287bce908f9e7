#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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
    /// An open-addressing table on the surfaces' FNV-1a hashes (linear probing, at most half
    /// full), each surface's bytes kept end to end in one array and compared with `memcmp`.
    /// Written for speed: every actor mention of every report is numbered here, and a
    /// `Dictionary` of hashes (SipHash over a value that is already a hash) with the bytes
    /// compared through `String` cost some 350 instructions a mention under the lock.
    private struct Table {
      var texts: [String] = []
      /// Per number, its hash and where its bytes end in `bytes` (they start where the previous
      /// number's end).
      var hashes: [UInt64] = []
      var ends: [Int] = []
      var bytes: [UInt8] = []
      /// Per slot, the number of the surface there, `UInt32.max` when empty.
      var slots = [UInt32](repeating: .max, count: 256)

      /// The number of the surface with `bytes` and `hash`, or of a new one.
      mutating func id(_ text: UnsafeBufferPointer<UInt8>, _ hash: UInt64) -> UInt32 {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: hash) & mask
        while slots[i] != .max {
          let k = Int(slots[i])
          if hashes[k] == hash, holds(k, text) { return UInt32(k) }
          i = (i + 1) & mask
        }
        precondition(texts.count < Int(UInt32.max) - 1, "ActorMention: too many surfaces")
        let new = UInt32(texts.count)
        texts.append(String(validUTF8: text))
        hashes.append(hash)
        bytes.append(contentsOf: text)
        ends.append(bytes.count)
        slots[i] = new
        if 2 * texts.count > slots.count { grow() }
        return new
      }

      /// True when surface `k`'s bytes are `text`.
      func holds(_ k: Int, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = k == 0 ? 0 : ends[k - 1]
        guard ends[k] - start == text.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
          guard let a = stored.baseAddress, let b = text.baseAddress, !text.isEmpty else { return true }
          return memcmp(a + start, b, text.count) == 0
        }
      }

      /// Twice the slots, every number placed again by its hash.
      mutating func grow() {
        slots = [UInt32](repeating: .max, count: 2 * slots.count)
        let mask = slots.count - 1
        for k in hashes.indices {
          var i = Int(truncatingIfNeeded: hashes[k]) & mask
          while slots[i] != .max { i = (i + 1) & mask }
          slots[i] = UInt32(k)
        }
      }
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
      return table.withLock { $0.id(bytes, hash) }
    }
  }
}
