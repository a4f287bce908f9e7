import Foundation
import Geodata

/// The place names geomap knows: the bundled gazetteer (memory-mapped) or an in-memory list for tests.
public final class Gazetteer: Sendable {
  private enum Storage: Sendable {
    case mapped(places: SortedLines, names: SortedLines, parents: SortedLines)
    case memory(entries: [GazetteerEntry], byKey: [String: [Int]], byID: [String: Int],
      children: [String: [Int]], prefixes: Set<String>)
    /// Analyst overrides on top of another gazetteer: `extra` entries come first, a `pinned` key
    /// answers only from `extra`, a `dropped` key answers nothing.
    case overlay(base: Gazetteer, extra: Gazetteer, pinned: Set<String>, dropped: Set<String>)
  }

  private let storage: Storage
  /// Parsed rows by loose key: a report names the same places again and again, and parsing a row
  /// costs more than finding it.
  private let cache = Locked(RowCache())
  /// Most tokens in any name (bounds the n-grams a scanner tries).
  public let maxTokens: Int
  /// The name index's table as shipped (`names.slots`, mapped), when it matches the index files.
  let nameSlots: HashSlots?

  /// The gazetteer bundled with geomap (`Geodata/data`), or the folder `GEOMAP_GEODATA` names.
  public static func bundled() throws -> Gazetteer {
    guard let dir = GeodataFiles.directory else {
      throw GeomapError(.gazetteer, "Geodata", "the bundled gazetteer is missing from this build")
    }
    return try Gazetteer(directory: dir)
  }

  /// Opens `places.tsv`, `names.idx` and `parents.idx` in `directory`, memory-mapped.
  public init(directory: URL) throws {
    func map(_ name: String, sampleSpacing: Int? = nil) throws -> SortedLines {
      let url = directory.appendingPathComponent(name)
      guard let memory = MappedBytes.map(path: url.path) else {
        throw GeomapError(.gazetteer, url.path, "file is not readable or does not exist")
      }
      return SortedLines(memory: memory, sampleSpacing: sampleSpacing)
    }
    let places = try map("places.tsv")
    // Every new name key is looked up here (the other files are read by id, seldom).
    let names = try map("names.idx", sampleSpacing: 8192)
    let parents = try map("parents.idx")
    let header = String(decoding: UnsafeBufferPointer(rebasing: names.bytes[..<names.bodyStart]), as: UTF8.self)
    guard header.hasPrefix(GazetteerIndex.namesHeaderPrefix),
      header.contains(" places-bytes=\(places.bytes.count) ")
    else {
      throw GeomapError(
        .gazetteer, directory.appendingPathComponent("names.idx").path,
        "index does not match places.tsv; rebuild it with `geomap gazetteer-index`")
    }
    let maxField = header.split(separator: " ").first { $0.hasPrefix("max-tokens=") }
    maxTokens = maxField.flatMap { Int($0.dropFirst("max-tokens=".count).trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 6
    nameSlots = HashSlots.mapped(
      path: directory.appendingPathComponent(GazetteerIndex.slotsFileName).path,
      placesBytes: places.bytes.count, namesBytes: names.bytes.count)
    storage = .mapped(places: places, names: names, parents: parents)
  }

  /// An in-memory gazetteer of `entries` (for tests and small custom lists).
  public init(entries: [GazetteerEntry]) {
    var byKey: [String: [Int]] = [:]
    var byID: [String: Int] = [:]
    var children: [String: [Int]] = [:]
    var prefixes = Set<String>()
    var maxTokens = 1
    for (i, entry) in entries.enumerated() {
      byID[entry.id] = i
      if let parent = entry.parentID { children[parent, default: []].append(i) }
      for name in entry.allNames {
        let tokens = Tokenizer.tokens(in: name).map(\.text)
        maxTokens = max(maxTokens, tokens.count)
        for key in NameKey.indexKeys(name) where byKey[key]?.last != i {
          byKey[key, default: []].append(i)
        }
        if entry.country == "SY" || entry.country == "IQ",
          let alike = NameKey.alike(looseKey: NameKey.loose(tokens: tokens)), byKey[alike]?.last != i
        {
          byKey[alike, default: []].append(i)
        }
        for k in 1..<max(1, tokens.count) {
          prefixes.insert(NameKey.loose(tokens: Array(tokens[0..<k])))
        }
      }
    }
    self.maxTokens = maxTokens
    nameSlots = nil
    storage = .memory(
      entries: entries, byKey: byKey, byID: byID, children: children, prefixes: prefixes)
  }

  /// `base` with analyst corrections: `extra` entries (new places, or base entries with added
  /// names) are found first; names whose keys are `pinned` resolve only to `extra`; `dropped` keys
  /// resolve to nothing.
  public init(base: Gazetteer, extra: [GazetteerEntry], pinned: Set<String>, dropped: Set<String>) {
    let overlay = Gazetteer(entries: extra)
    maxTokens = max(base.maxTokens, overlay.maxTokens)
    nameSlots = nil
    // A name pinned or dropped is so under its looser key too (`NameKey.alike`): a dropped
    // "Tadamon" must not come back as a name spelled like it.
    let alike = { (keys: Set<String>) in keys.union(keys.compactMap { NameKey.alike(looseKey: $0) }) }
    storage = .overlay(base: base, extra: overlay, pinned: alike(pinned), dropped: alike(dropped))
  }

  /// Number of entries (for the mapped gazetteer, counted by scanning rows once).
  public var count: Int {
    switch storage {
    case .memory(let entries, _, _, _, _): return entries.count
    case .mapped(let places, _, _):
      var n = 0
      places.forEach { _, _ in n += 1 }
      return n
    case .overlay(let base, let extra, _, _):
      return base.count + extra.count
    }
  }

  /// Entries having a name whose loose key (`NameKey.loose`) is `key`.
  public func entries(forLooseKey key: String) -> [GazetteerEntry] {
    switch storage {
    case .memory(let entries, let byKey, _, _, _):
      return (byKey[key] ?? []).map { entries[$0] }
    case .mapped:
      return entries(forLooseKey: key, hash: FNV1a.hash64(key))
    case .overlay(let base, let extra, let pinned, let dropped):
      if dropped.contains(key) { return [] }
      let first = extra.entries(forLooseKey: key)
      if pinned.contains(key) { return first }
      let ids = Set(first.map(\.id))
      return first + base.entries(forLooseKey: key).filter { !ids.contains($0.id) }
    }
  }

  /// `entries(forLooseKey: key)`, given the key's FNV-1a hash `hash` (recognition has it at hand).
  func entries(forLooseKey key: String, hash: UInt64) -> [GazetteerEntry] {
    assert(hash == FNV1a.hash64(key), "the key's FNV-1a hash")
    guard case .mapped(let places, let names, _) = storage else { return entries(forLooseKey: key) }
    if let cached = cache.withLock({ $0.entries(key, hash: hash) }) { return cached }
    let found = names.withValue(for: key) { Self.rows(listedIn: $0, of: places) } ?? []
    cache.withLock { $0.add(found, key: key, hash: hash) }
    return found
  }

  /// The rows of keys already read, found by the key's FNV-1a hash (`HashIndex`; hashing an Arabic
  /// `String` normalizes it, and the key is compared byte for byte on a hit). A `Dictionary` keyed
  /// by the hash ran SipHash over it at each look-up and insertion, ~600 instructions a new key.
  private struct RowCache {
    private var keys: [String] = []
    private var hashes: [UInt64] = []
    private var rows: [[GazetteerEntry]] = []
    private var table = HashIndex(slots: 1024)

    /// The rows of `key` (hashed `hash`), nil when they have not been read.
    func entries(_ key: String, hash: UInt64) -> [GazetteerEntry]? {
      table.first(hash: hash, in: hashes) { FNV1a.sameBytes(keys[$0], key) }.map { rows[$0] }
    }

    /// Keeps `entries` as the rows of `key` (hashed `hash`).
    mutating func add(_ entries: [GazetteerEntry], key: String, hash: UInt64) {
      // Bounded so a long batch cannot grow it without limit.
      if keys.count >= 50_000 {
        keys.removeAll(keepingCapacity: true)
        hashes.removeAll(keepingCapacity: true)
        rows.removeAll(keepingCapacity: true)
        table.removeAll()
      }
      // A key two readers read at once is kept twice (the first kept serves).
      keys.append(key)
      hashes.append(hash)
      rows.append(entries)
      table.insert(keys.count - 1, hashes: hashes)
    }
  }

  /// The rows of `places` at the byte offsets an index value lists ("120,4711"), parsed; pieces
  /// that are no number are skipped. Read over the mapped bytes: a String of the value, a Substring
  /// per offset and a String per row cost half as much as parsing the rows.
  private static func rows(
    listedIn value: UnsafeBufferPointer<UInt8>, of places: SortedLines
  ) -> [GazetteerEntry] {
    var found: [GazetteerEntry] = []
    let comma = UInt8(ascii: ",")
    var commas = 0
    for b in value where b == comma { commas += 1 }
    if !value.isEmpty { found.reserveCapacity(commas + 1) }
    var start = 0
    while start < value.count {
      let end = value.index(of: comma, from: start)
      if end > start, let offset = GazetteerRow.int(UnsafeBufferPointer(rebasing: value[start..<end])),
        let row = SortedLines.line(at: offset, in: places.bytes),
        let entry = GazetteerRow.parse(bytes: row, in: places.memory)
      {
        found.append(entry)
      }
      start = end + 1
    }
    return found
  }

  /// The entry with this id (`gn:…`, `wof:…`, `geomap:…`).
  public func entry(id: String) -> GazetteerEntry? {
    switch storage {
    case .memory(let entries, _, let byID, _, _):
      return byID[id].map { entries[$0] }
    case .mapped(let places, _, _):
      return places.value(for: id).flatMap { GazetteerRow.parse(Substring(id + "\t" + $0)) }
    case .overlay(let base, let extra, _, _):
      return extra.entry(id: id) ?? base.entry(id: id)
    }
  }

  /// Entries whose parent is `id` (a city's neighbourhoods and countryside).
  public func children(of id: String) -> [GazetteerEntry] {
    switch storage {
    case .memory(let entries, _, _, let children, _):
      return (children[id] ?? []).map { entries[$0] }
    case .mapped(let places, _, let parents):
      return parents.withValue(for: id) { Self.rows(listedIn: $0, of: places) } ?? []
    case .overlay(let base, let extra, _, _):
      let first = extra.children(of: id)
      let ids = Set(first.map(\.id))
      return first + base.children(of: id).filter { !ids.contains($0.id) }
    }
  }

  /// Calls `body` with the FNV-1a hash of every name key and whether it names an entry.
  func forEachKeyHash(_ body: (UInt64, Bool) -> Void) {
    switch storage {
    case .mapped(_, let names, _):
      names.forEachKeyHash(body)
    case .memory:
      forEachKey { key, isName in body(FNV1a.hash64(key), isName) }
    case .overlay(let base, let extra, _, let dropped):
      let droppedHashes = Set(dropped.map { FNV1a.hash64($0) })
      base.forEachKeyHash { hash, isName in body(hash, isName && !droppedHashes.contains(hash)) }
      extra.forEachKeyHash(body)
    }
  }

  /// Calls `body` with every name key: whether it names an entry (`true`) or only begins a name.
  func forEachKey(_ body: (String, Bool) -> Void) {
    switch storage {
    case .memory(_, let byKey, _, _, let prefixes):
      for key in byKey.keys { body(key, true) }
      for key in prefixes where byKey[key] == nil { body(key, false) }
    case .mapped(_, let names, _):
      names.forEach { key, value in body(String(key), !value.isEmpty) }
    case .overlay(let base, let extra, _, let dropped):
      base.forEachKey { key, isName in body(key, isName && !dropped.contains(key)) }
      extra.forEachKey(body)
    }
  }
}
