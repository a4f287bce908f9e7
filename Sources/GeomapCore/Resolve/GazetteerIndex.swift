import Foundation

/// Builds the name and parent indexes of a `places.tsv`: `names.idx` and `parents.idx`.
///
/// The keys come from `NameKey`, so the index must be rebuilt whenever `NameKey` changes;
/// a test compares the committed index with a fresh build.
public enum GazetteerIndex {
  static let namesHeaderPrefix = "#geomap-names v1"
  /// The name index's hash table, ready to map (see `HashSlots`).
  public static let slotsFileName = "names.slots"

  /// Index files for the rows of `places` (the bytes of a places.tsv).
  public static func build(places: Data) throws -> (names: Data, parents: Data) {
    var postings: [String: [Int]] = [:]
    var prefixes = Set<String>()
    var children: [String: [Int]] = [:]
    var maxTokens = 1
    var offset = SortedLines.afterFirstLine(places)
    let headerLine = String(decoding: places.prefix(offset), as: UTF8.self)
      .trimmingCharacters(in: .newlines)
    guard headerLine == GazetteerRow.header else {
      throw GeomapError(.gazetteer, "places.tsv", "unexpected header line")
    }
    let text = places.suffix(from: places.startIndex + offset)
    for lineBytes in text.split(separator: 0x0A, omittingEmptySubsequences: false) {
      defer { offset += lineBytes.count + 1 }
      if lineBytes.isEmpty { continue }
      let line = String(decoding: lineBytes, as: UTF8.self)
      guard let entry = GazetteerRow.parse(line[...]) else {
        throw GeomapError(.gazetteer, "places.tsv", "malformed row at byte \(offset)")
      }
      for name in entry.allNames {
        let tokens = Tokenizer.tokens(in: name).map(\.text)
        guard !tokens.isEmpty else { continue }
        maxTokens = max(maxTokens, tokens.count)
        for key in NameKey.indexKeys(name) where postings[key]?.last != offset {
          postings[key, default: []].append(offset)
        }
        // Places of Syria and Iraq are also found by a looser key (`NameKey.alike`).
        if entry.country == "SY" || entry.country == "IQ",
          let alike = NameKey.alike(looseKey: NameKey.loose(tokens: tokens)), postings[alike]?.last != offset
        {
          postings[alike, default: []].append(offset)
        }
        for k in 1..<max(1, tokens.count) {
          prefixes.insert(NameKey.loose(tokens: Array(tokens[0..<k])))
        }
      }
      if let parent = entry.parentID { children[parent, default: []].append(offset) }
    }
    for key in postings.keys { prefixes.remove(key) }
    var lines: [(key: [UInt8], line: String)] = []
    for (key, offsets) in postings {
      lines.append((Array(key.utf8), key + "\t" + offsets.map(String.init).joined(separator: ",")))
    }
    for key in prefixes where !key.isEmpty { lines.append((Array(key.utf8), key + "\t")) }
    lines.sort { $0.key.lexicographicallyPrecedes($1.key) }
    var names = "\(namesHeaderPrefix) places-bytes=\(places.count) max-tokens=\(maxTokens)\n"
    for l in lines { names += l.line + "\n" }
    var parentLines = children.map { (Array($0.key.utf8), $0.key + "\t" + $0.value.map(String.init).joined(separator: ",")) }
    parentLines.sort { $0.0.lexicographicallyPrecedes($1.0) }
    var parents = "#geomap-parents v1\n"
    for l in parentLines { parents += l.1 + "\n" }
    return (Data(names.utf8), Data(parents.utf8))
  }

  /// The `names.slots` file of a names.idx (`names`) built for a places.tsv of `placesBytes` bytes.
  public static func slots(names: Data, placesBytes: Int) -> Data {
    let lines = SortedLines(data: names, bodyStart: SortedLines.afterFirstLine(names))
    return HashSlots(lines.forEachKeyHash).fileData(placesBytes: placesBytes, namesBytes: names.count)
  }

  /// Rebuilds `names.idx`, `names.slots` and `parents.idx` next to `places.tsv` in `directory`,
  /// atomically, and the keys of its `common-words.tsv` when it has one (`CommonWords`).
  public static func rebuild(directory: URL) throws {
    let placesURL = directory.appendingPathComponent("places.tsv")
    guard let places = try? Data(contentsOf: placesURL) else {
      throw GeomapError(.gazetteer, placesURL.path, "file is not readable or does not exist")
    }
    let (names, parents) = try build(places: places)
    try names.write(to: directory.appendingPathComponent("names.idx"), options: .atomic)
    try slots(names: names, placesBytes: places.count).write(
      to: directory.appendingPathComponent(slotsFileName), options: .atomic)
    try CommonWords.rebuildKeys(directory: directory)
    try parents.write(to: directory.appendingPathComponent("parents.idx"), options: .atomic)
  }
}
