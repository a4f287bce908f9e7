/// A folded string hashed and compared by its UTF-8 bytes.
///
/// `String`'s own hashing and `==` go through Unicode normalization, slow on Arabic text; folded
/// keys need byte equality only (the name index itself keys by bytes, see `NameIndex`).
struct ByteKey: Hashable, Sendable {
  let text: String
  let hash: UInt64

  init(_ text: String) {
    self.text = text
    hash = FNV1a.hash64(text)
  }

  func hash(into hasher: inout Hasher) { hasher.combine(hash) }
  static func == (a: ByteKey, b: ByteKey) -> Bool {
    a.hash == b.hash && FNV1a.sameBytes(a.text, b.text)
  }
}

/// A set of folded keys (loose name keys of a lexicon) asked with keys read from reports.
struct KeySet: Sendable, ExpressibleByArrayLiteral {
  private let keys: Set<ByteKey>

  init<S: Sequence>(_ keys: S) where S.Element == String { self.keys = Set(keys.map(ByteKey.init)) }
  init(arrayLiteral keys: String...) { self.init(keys) }

  func contains(_ key: String) -> Bool { keys.contains(ByteKey(key)) }
}
