import Foundation

/// What changed in a layer since the previous files in the output folder, by feature uid.
public struct ChangeSet: Hashable, Sendable, Codable {
  public var added: [String] = []
  public var removed: [String] = []
  public var changed: [String] = []

  public init(added: [String] = [], removed: [String] = [], changed: [String] = []) {
    self.added = added
    self.removed = removed
    self.changed = changed
  }

  public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }

  /// Adds `other`'s uids (sorted, without duplicates).
  public mutating func formUnion(_ other: ChangeSet) {
    added = Array(Set(added + other.added)).sorted()
    removed = Array(Set(removed + other.removed)).sorted()
    changed = Array(Set(changed + other.changed)).sorted()
  }

  /// Compares two GeoJSON files as `GeoJSONWriter` writes them (one feature per line, `uid` as the
  /// first property); a missing old file means every feature is new.
  public static func between(old: Data?, new: Data) -> ChangeSet {
    let before = features(old ?? Data())
    let after = features(new)
    var set = ChangeSet()
    for (uid, line) in after {
      if let was = before[uid] {
        if was != line { set.changed.append(uid) }
      } else {
        set.added.append(uid)
      }
    }
    set.removed = before.keys.filter { after[$0] == nil }
    set.added.sort()
    set.changed.sort()
    set.removed.sort()
    return set
  }

  /// Feature lines by uid.
  static func features(_ data: Data) -> [String: Substring] {
    var out: [String: Substring] = [:]
    let text = String(decoding: data, as: UTF8.self)
    for var line in text.split(separator: "\n") where line.hasPrefix("{\"type\":\"Feature\"") {
      if line.hasSuffix(",") { line = line.dropLast() }
      guard let r = line.range(of: "\"properties\":{\"uid\":\"") else { continue }
      let rest = line[r.upperBound...]
      guard let end = rest.firstIndex(of: "\"") else { continue }
      out[String(rest[..<end])] = line
    }
    return out
  }
}
