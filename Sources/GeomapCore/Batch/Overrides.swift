import Foundation

/// Analyst corrections for a batch, read from an overrides file (`--overrides`).
///
/// Name rules (pin, add a name, drop) act at recognition and resolution: they shape the gazetteer
/// the reader uses (`gazetteer(over:)`). Claim rules act on what was read, before merging and
/// geometry (`apply(to:)`, `forcedSituation`). Each rule keeps its line for messages.
public struct Overrides: Sendable {
  /// Where a pinned or added name points: a gazetteer entry or a new point.
  public enum Target: Hashable, Sendable {
    case entry(String)
    case point(Coordinate, kind: PlaceKind, label: String, country: String)
  }

  /// Resolve `name` to `target` only.
  public struct Pin: Hashable, Sendable {
    public var name: String
    public var target: Target
    public var line: Int
    public init(name: String, target: Target, line: Int) {
      self.name = name
      self.target = target
      self.line = line
    }
  }

  /// Teach the gazetteer another name for an entry (still ranked against other candidates).
  public struct LocalName: Hashable, Sendable {
    public var name: String
    public var target: Target
    public var line: Int
    public init(name: String, target: Target, line: Int) {
      self.name = name
      self.target = target
      self.line = line
    }
  }

  /// A name that is never a place in these reports (a false positive).
  public struct Drop: Hashable, Sendable {
    public var name: String
    public var line: Int
    public init(name: String, line: Int) {
      self.name = name
      self.line = line
    }
  }

  /// A claim uid (`corridor:…`, `control:…`) to take out of every report.
  public struct Removal: Hashable, Sendable {
    public var uid: String
    public var line: Int
    public init(uid: String, line: Int) {
      self.uid = uid
      self.line = line
    }
  }

  /// A movement the analyst asserts.
  public struct ForcedMovement: Hashable, Sendable {
    public var actor: Actor
    public var kind: MovementKind
    public var status: ClaimStatus
    public var from: Target
    public var to: Target
    public var date: CalendarDate?
    public var note: String
    public var line: Int
    public init(
      actor: Actor, kind: MovementKind, status: ClaimStatus, from: Target, to: Target, date: CalendarDate?,
      note: String, line: Int
    ) {
      self.actor = actor
      self.kind = kind
      self.status = status
      self.from = from
      self.to = to
      self.date = date
      self.note = note
      self.line = line
    }
  }

  /// A control claim the analyst asserts.
  public struct ForcedControl: Hashable, Sendable {
    public var actor: Actor
    public var place: Target
    public var control: ControlStatus
    public var partial: Bool
    public var date: CalendarDate?
    public var note: String
    public var line: Int
    public init(
      actor: Actor, place: Target, control: ControlStatus, partial: Bool, date: CalendarDate?, note: String,
      line: Int
    ) {
      self.actor = actor
      self.place = place
      self.control = control
      self.partial = partial
      self.date = date
      self.note = note
      self.line = line
    }
  }

  /// The overrides file, as named in messages and as the source of forced claims.
  public var source: String
  public var pins: [Pin] = []
  public var names: [LocalName] = []
  public var drops: [Drop] = []
  public var removals: [Removal] = []
  public var movements: [ForcedMovement] = []
  public var control: [ForcedControl] = []

  public init(source: String) { self.source = source }

  public var isEmpty: Bool {
    pins.isEmpty && names.isEmpty && drops.isEmpty && removals.isEmpty && movements.isEmpty && control.isEmpty
  }

  /// `base` with the name rules applied; an unknown entry id is an error naming the line.
  public func gazetteer(over base: Gazetteer) throws -> Gazetteer {
    var extra: [String: GazetteerEntry] = [:]
    var pinned = Set<String>()
    var dropped = Set<String>()
    func add(_ name: String, _ target: Target, line: Int) throws -> [String] {
      var entry = try self.entry(target, line: line, base: base)
      if let already = extra[entry.id] { entry = already }
      if !entry.allNames.contains(name) { entry.variants.append(name) }
      extra[entry.id] = entry
      return NameKey.indexKeys(name)
    }
    for pin in pins { pinned.formUnion(try add(pin.name, pin.target, line: pin.line)) }
    for n in names { _ = try add(n.name, n.target, line: n.line) }
    for d in drops { dropped.formUnion(NameKey.indexKeys(d.name)) }
    return Gazetteer(
      base: base, extra: extra.keys.sorted().compactMap { extra[$0] }, pinned: pinned, dropped: dropped)
  }

  /// The entry a target stands for; new points get a stable `geomap:override:` id from their label.
  public func entry(_ target: Target, line: Int, base: Gazetteer) throws -> GazetteerEntry {
    switch target {
    case .entry(let id):
      guard let e = base.entry(id: id) else {
        throw GeomapError(.invalidArgument, "\(source):\(line)", "no gazetteer entry has the id '\(id)'")
      }
      return e
    case .point(let c, let kind, let label, let country):
      return GazetteerEntry(
        id: "geomap:override:\(Self.slug(label))", kind: kind, country: country, coordinate: c, name: label)
    }
  }

  /// `Albukamal crossing` → `albukamal-crossing`; a name with no Latin letters → 8 hex digits.
  static func slug(_ label: String) -> String {
    var out = ""
    for scalar in label.lowercased().unicodeScalars {
      if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
        out.unicodeScalars.append(scalar)
      } else if !out.isEmpty && !out.hasSuffix("-") {
        out += "-"
      }
    }
    while out.hasSuffix("-") { out.removeLast() }
    if !out.isEmpty { return out }
    let hex = String(FNV1a.hash64(label) & 0xffff_ffff, radix: 16)
    return String(repeating: "0", count: 8 - hex.count) + hex
  }

  /// `situation` without the claims whose uids are removed; returns how many went per rule line.
  public func apply(to situation: Situation) -> (situation: Situation, removed: [Int: Int]) {
    guard !removals.isEmpty else { return (situation, [:]) }
    var counts: [Int: Int] = [:]
    let lineByUID = Dictionary(removals.map { ($0.uid, $0.line) }, uniquingKeysWith: { a, _ in a })
    var s = situation
    s.movements = situation.movements.filter { m in
      guard let line = lineByUID[ClaimIdentity.uid(m)] else { return true }
      counts[line, default: 0] += 1
      return false
    }
    s.control = situation.control.filter { c in
      guard let line = lineByUID[ClaimIdentity.uid(c)] else { return true }
      counts[line, default: 0] += 1
      return false
    }
    return (s, counts)
  }

  /// The forced claims as one situation sourced `FILE:LINE` per claim, to merge with the reports.
  public func forcedSituation(base: Gazetteer) throws -> Situation {
    var s = Situation(source: source, date: nil)
    for m in movements {
      let ev = Evidence(
        quote: m.note.isEmpty ? "analyst override" : m.note, start: 0, end: 0, source: "\(source):\(m.line)",
        date: m.date, confidence: 1)
      s.movements.append(
        Movement(
          actor: m.actor, kind: m.kind, status: m.status, origin: try entry(m.from, line: m.line, base: base),
          destination: try entry(m.to, line: m.line, base: base), evidence: ev, notes: ["analyst override"]))
    }
    for c in control {
      let ev = Evidence(
        quote: c.note.isEmpty ? "analyst override" : c.note, start: 0, end: 0, source: "\(source):\(c.line)",
        date: c.date, confidence: 1)
      s.control.append(
        ControlClaim(
          actor: c.actor, place: try entry(c.place, line: c.line, base: base), control: c.control,
          partial: c.partial, status: .reported, evidence: ev))
    }
    return s
  }
}
