import Foundation
import GeomapCore
import Yams

/// Reads an overrides file written in YAML into `Overrides`.
///
/// YAML (through Yams) rather than TOML: Yams keeps the line of every node, so a wrong value deep
/// in a list is reported at its own line, not only syntax errors; and analysts already write YAML
/// for QGIS and CI. Every problem is a `GeomapError` whose subject is `FILE:LINE`.
///
/// ```yaml
/// pin:                      # resolve a name to this place only
///   - {name: التضامن, to: gn:170654}
///   - {name: حي الزين, at: [36.30, 33.47], label: Zain, kind: neighbourhood}
/// names:                    # another name for a place, still ranked with the others
///   - {name: الحجيرة, to: gn:170590}
/// drop: [باب التسجيل]       # never a place
/// remove: ["corridor:ISIS:gn:163345>gn:170794"]
/// force:
///   movements: [{actor: ISIS, kind: evacuation, status: completed, from: gn:1, to: gn:2, date: 2017-07-10}]
///   control: [{actor: ISIS, place: gn:170654, control: holds, partial: true, date: 2017-07-01}]
/// ```
public enum OverridesFile {
  /// Reads and parses `path`.
  public static func load(_ path: String) throws -> Overrides {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw GeomapError(.unreadable, path, "file is not readable or does not exist")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw GeomapError(.undecodable, path, "overrides file is not UTF-8 text")
    }
    return try parse(text, source: path)
  }

  /// Parses YAML `text`; `source` names the file in errors and in forced claims.
  public static func parse(_ text: String, source: String) throws -> Overrides {
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      throw syntaxError(error, source: source)
    }
    var out = Overrides(source: source)
    guard let root else { return out }
    let reader = NodeReader(source: source)
    let top = try reader.mapping(root, keys: ["pin", "names", "drop", "remove", "force"])
    for item in try reader.list(top["pin"]) {
      let m = try reader.mapping(item, keys: ["name", "to", "at", "label", "kind", "country"])
      out.pins.append(
        Overrides.Pin(name: try reader.text(m, "name", item), target: try reader.target(m, item), line: line(item)))
    }
    for item in try reader.list(top["names"]) {
      let m = try reader.mapping(item, keys: ["name", "to", "at", "label", "kind", "country"])
      out.names.append(
        Overrides.LocalName(
          name: try reader.text(m, "name", item), target: try reader.target(m, item), line: line(item)))
    }
    for item in try reader.list(top["drop"]) {
      out.drops.append(Overrides.Drop(name: try reader.scalar(item), line: line(item)))
    }
    for item in try reader.list(top["remove"]) {
      let uid = try reader.scalar(item)
      guard uid.hasPrefix("corridor:") || uid.hasPrefix("control:") else {
        throw reader.error(item, "'\(uid)' is not a claim uid (corridor:ACTOR:FROM>TO or control:ACTOR:PLACE)")
      }
      out.removals.append(Overrides.Removal(uid: uid, line: line(item)))
    }
    if let force = top["force"] {
      let f = try reader.mapping(force, keys: ["movements", "control"])
      for item in try reader.list(f["movements"]) {
        let m = try reader.mapping(item, keys: ["actor", "kind", "status", "from", "to", "date", "note"])
        out.movements.append(
          Overrides.ForcedMovement(
            actor: try reader.value(m, "actor", item), kind: try reader.value(m, "kind", item),
            status: try reader.value(m, "status", item, default: .reported),
            from: .entry(try reader.text(m, "from", item)), to: .entry(try reader.text(m, "to", item)),
            date: try reader.date(m, item), note: m["note"]?.string ?? "", line: line(item)))
      }
      for item in try reader.list(f["control"]) {
        let m = try reader.mapping(item, keys: ["actor", "place", "control", "partial", "date", "note"])
        out.control.append(
          Overrides.ForcedControl(
            actor: try reader.value(m, "actor", item), place: .entry(try reader.text(m, "place", item)),
            control: try reader.value(m, "control", item), partial: try reader.bool(m, "partial", item),
            date: try reader.date(m, item), note: m["note"]?.string ?? "", line: line(item)))
      }
    }
    return out
  }

  static func line(_ node: Node) -> Int { node.mark?.line ?? 1 }

  static func syntaxError(_ error: YamlError, source: String) -> GeomapError {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return GeomapError(.invalidArgument, "\(source):\(mark.line):\(mark.column)", "YAML syntax: \(problem)")
    case .reader(let problem, _, _, _):
      return GeomapError(.invalidArgument, source, "YAML: \(problem)")
    default:
      return GeomapError(.invalidArgument, source, "YAML: \(error)")
    }
  }
}

/// Typed access to YAML nodes with `FILE:LINE` errors.
struct NodeReader {
  let source: String

  func error(_ node: Node, _ reason: String) -> GeomapError {
    GeomapError(.invalidArgument, "\(source):\(OverridesFile.line(node))", reason)
  }

  /// A mapping whose keys must all be in `keys`.
  func mapping(_ node: Node, keys: [String]) throws -> [String: Node] {
    guard let mapping = node.mapping else { throw error(node, "expected a mapping of \(keys.joined(separator: ", "))") }
    var out: [String: Node] = [:]
    for (k, v) in mapping {
      guard let key = k.string, keys.contains(key) else {
        throw error(k, "unknown key '\(k.string ?? "?")' (expected one of \(keys.joined(separator: ", ")))")
      }
      out[key] = v
    }
    return out
  }

  func list(_ node: Node?) throws -> [Node] {
    guard let node else { return [] }
    if case .scalar(let s) = node, s.string.isEmpty || s.string == "~" { return [] }
    guard let seq = node.sequence else { throw error(node, "expected a list") }
    return Array(seq)
  }

  func scalar(_ node: Node) throws -> String {
    guard case .scalar(let s) = node, !s.string.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw error(node, "expected a non-empty text value")
    }
    return s.string.trimmingCharacters(in: .whitespaces)
  }

  func text(_ m: [String: Node], _ key: String, _ parent: Node) throws -> String {
    guard let node = m[key] else { throw error(parent, "missing '\(key)'") }
    return try scalar(node)
  }

  func value<T: RawRepresentable>(_ m: [String: Node], _ key: String, _ parent: Node, default d: T? = nil) throws
    -> T where T.RawValue == String
  {
    guard let node = m[key] else {
      if let d { return d }
      throw error(parent, "missing '\(key)'")
    }
    let raw = try scalar(node)
    guard let v = T(rawValue: raw) ?? T(rawValue: raw.uppercased()) ?? T(rawValue: raw.lowercased()) else {
      throw error(node, "'\(raw)' is not a valid \(key)")
    }
    return v
  }

  func bool(_ m: [String: Node], _ key: String, _ parent: Node) throws -> Bool {
    guard let node = m[key] else { return false }
    switch try scalar(node).lowercased() {
    case "true", "yes": return true
    case "false", "no": return false
    default: throw error(node, "'\(key)' must be true or false")
    }
  }

  func date(_ m: [String: Node], _ parent: Node) throws -> CalendarDate? {
    guard let node = m["date"] else { return nil }
    let raw = try scalar(node)
    guard let d = CalendarDate(iso: raw) else { throw error(node, "date must be a real day written YYYY-MM-DD, got '\(raw)'") }
    return d
  }

  /// `to: ID`, or `at: [lon, lat]` with optional `label`, `kind`, `country`.
  func target(_ m: [String: Node], _ parent: Node) throws -> Overrides.Target {
    if let to = m["to"] {
      guard m["at"] == nil else { throw error(parent, "give either 'to' or 'at', not both") }
      return .entry(try scalar(to))
    }
    guard let at = m["at"] else { throw error(parent, "missing 'to' (a gazetteer id) or 'at' ([longitude, latitude])") }
    guard let seq = at.sequence, seq.count == 2, let lon = Double(try scalar(seq[0])),
      let lat = Double(try scalar(seq[1])), (-180...180).contains(lon), (-90...90).contains(lat)
    else { throw error(at, "'at' must be [longitude, latitude] in degrees") }
    let kind: PlaceKind = try m["kind"] == nil ? .town : value(m, "kind", parent)
    let label = try m["label"].map(scalar) ?? (try text(m, "name", parent))
    let country = try m["country"].map(scalar) ?? ""
    return .point(Coordinate(longitude: lon, latitude: lat), kind: kind, label: label, country: country)
  }
}
