/// Every name key of a gazetteer, for scanning text: is this a name, or the start of one?
///
/// Keys are kept as 64-bit FNV-1a hashes of their UTF-8 bytes. A hash collision (odds ~1e-8 per
/// lookup) only makes the scanner ask the gazetteer for a key it lacks, which answers with no
/// entries. The bundled gazetteer ships the table ready-made (`names.slots`, see `HashSlots`) and
/// it is used in place; other gazetteers (in memory, with overrides, or a folder whose
/// `names.slots` is missing or stale) have it built from their keys.
public struct NameIndex: Sendable {
  private let slots: HashSlots
  /// Most tokens in any name.
  public let maxTokens: Int

  /// The gazetteer's ready-made table, else one built from every key.
  public init(_ gazetteer: Gazetteer) {
    slots = gazetteer.nameSlots ?? HashSlots(gazetteer.forEachKeyHash)
    maxTokens = gazetteer.maxTokens
  }

  /// Some entry has a name with this loose key.
  public func isKey(_ looseKey: String) -> Bool { isKey(hash: FNV1a.hash64(looseKey)) }

  /// `isKey` for a key already hashed with `FNV1a`.
  func isKey(hash: UInt64) -> Bool { slots.marks(of: hash) & HashSlots.name != 0 }

  /// `isPrefix` for a key already hashed with `FNV1a`.
  func isPrefix(hash: UInt64) -> Bool { slots.marks(of: hash) != 0 }

  /// What the index knows of a key already hashed with `FNV1a`, in one probe.
  func marks(hash: UInt64) -> (isKey: Bool, isPrefix: Bool) {
    let m = slots.marks(of: hash)
    return (m & HashSlots.name != 0, m != 0)
  }

  /// `marks(hash:)` of many keys at once (see `HashSlots.marks(of:)`), as bits: 1 a name, 2 a
  /// name or the first words of one.
  func marks(hashes: [UInt64]) -> [UInt8] { slots.marks(of: hashes) }

  /// The loose key of the first k ≥ 1 tokens of some name (a whole name counts too).
  public func isPrefix(_ looseKey: String) -> Bool { isPrefix(hash: FNV1a.hash64(looseKey)) }
}
