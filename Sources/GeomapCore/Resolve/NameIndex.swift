/// Every name key of a gazetteer in memory, for scanning text: is this a name, or the start of one?
///
/// Keys are kept as 64-bit FNV-1a hashes of their UTF-8 bytes, read straight from the mapped index:
/// loading 700k keys takes tens of milliseconds instead of half a second of String building. A hash
/// collision (odds ~1e-8 per lookup) only makes the scanner ask the gazetteer for a key it lacks,
/// which answers with no entries.
public struct NameIndex: Sendable {
  private let keys: Set<UInt64>
  private let prefixes: Set<UInt64>
  /// Most tokens in any name.
  public let maxTokens: Int

  /// Loads every key once.
  public init(_ gazetteer: Gazetteer) {
    var keys = Set<UInt64>()
    var prefixes = Set<UInt64>()
    gazetteer.forEachKeyHash { hash, isName in
      if isName { keys.insert(hash) } else { prefixes.insert(hash) }
    }
    self.keys = keys
    self.prefixes = prefixes
    self.maxTokens = gazetteer.maxTokens
  }

  /// Some entry has a name with this loose key.
  public func isKey(_ looseKey: String) -> Bool { keys.contains(FNV1a.hash64(looseKey)) }

  /// `isKey` for a key already hashed with `FNV1a`.
  func isKey(hash: UInt64) -> Bool { keys.contains(hash) }

  /// `isPrefix` for a key already hashed with `FNV1a`.
  func isPrefix(hash: UInt64) -> Bool { keys.contains(hash) || prefixes.contains(hash) }

  /// The loose key of the first k ≥ 1 tokens of some name (a whole name counts too).
  public func isPrefix(_ looseKey: String) -> Bool {
    let hash = FNV1a.hash64(looseKey)
    return keys.contains(hash) || prefixes.contains(hash)
  }
}
