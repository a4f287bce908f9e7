import Foundation
import GeomapCore

/// One report's line in the summary.
struct ReportSummary: Encodable {
  var source: String
  var files: [String]
  var places: Int
  var corridors: Int
  var zones: Int
  var warnings: Int
}

/// Everything `geomap export --summary json` reports; errors are printed as they are recorded.
struct BatchResult {
  struct Failure: Encodable {
    var source: String
    var error: String
  }

  struct OverrideNote: Encodable {
    var rule: String
    var at: String
    var what: String
    var applied: Int
  }

  var reports: [ReportSummary] = []
  var written: [String] = []
  var unchanged: [String] = []
  var changes = ChangeSet()
  var failures: [Failure] = []
  var totals = (places: 0, corridors: 0, zones: 0)
  var warnings = 0
  var disagreements = 0
  var leftOut = 0
  var overrides: [OverrideNote] = []
  var overrideUse: [String: Int] = [:]
  /// Mentions by name rule (`pin 0`, `name 2`, `drop 1`: the rule's index among its kind).
  var mentionUse: [String: Int] = [:]
  var fatal = false
  var nothingResolved = false

  var failed: Int { failures.count }

  mutating func fail(_ e: GeomapError) {
    printError(e.description)
    failures.append(Failure(source: e.subject, error: e.reason))
  }

  mutating func fatalError(_ e: GeomapError) {
    fail(e)
    fatal = true
  }

  mutating func record(_ outcome: LayerFiles.Outcome) {
    written += outcome.written.map(\.path)
    unchanged += outcome.unchanged.map(\.path)
    changes.formUnion(outcome.changes)
  }

  /// Counts `situations`' mentions for the overrides' name rules (`mentionUse`); a batch read a
  /// window at a time counts each window.
  mutating func countOverrideMentions(_ o: Overrides, situations: [Situation]) {
    let mentions = situations.flatMap(\.mentions)
    func uses(_ name: String, _ target: Overrides.Target) -> Int {
      let keys = Set(NameKey.indexKeys(name))
      return mentions.filter { m in
        keys.contains(NameKey.loose(m.surface))
          && {
            if case .entry(let id) = target { return m.entry.id == id }
            return m.entry.id.hasPrefix("geomap:override:")
          }()
      }.count
    }
    for (k, p) in o.pins.enumerated() { mentionUse["pin \(k)", default: 0] += uses(p.name, p.target) }
    for (k, n) in o.names.enumerated() { mentionUse["name \(k)", default: 0] += uses(n.name, n.target) }
    for (k, d) in o.drops.enumerated() {
      let keys = Set(NameKey.indexKeys(d.name))
      mentionUse["drop \(k)", default: 0] += mentions.filter { keys.contains(NameKey.loose($0.surface)) }.count
    }
  }

  /// Adds what writing the maps recorded in `writes`: its failures after the reading's, so the
  /// summary lists them as when a batch was read whole before any map was written.
  mutating func join(_ writes: BatchResult) {
    reports += writes.reports
    written += writes.written
    unchanged += writes.unchanged
    changes.formUnion(writes.changes)
    failures += writes.failures
    totals.places += writes.totals.places
    totals.corridors += writes.totals.corridors
    totals.zones += writes.totals.zones
    warnings += writes.warnings
  }

  /// One note per rule: how often it acted in this batch (name rules: mentions resolved through it,
  /// as `countOverrideMentions` counted them).
  mutating func noteOverrides(_ o: Overrides) {
    for (k, p) in o.pins.enumerated() {
      let applied = mentionUse["pin \(k)"] ?? 0
      overrides.append(OverrideNote(rule: "pin", at: "\(o.source):\(p.line)", what: p.name, applied: applied))
    }
    for (k, n) in o.names.enumerated() {
      let applied = mentionUse["name \(k)"] ?? 0
      overrides.append(OverrideNote(rule: "name", at: "\(o.source):\(n.line)", what: n.name, applied: applied))
    }
    for (k, d) in o.drops.enumerated() {
      let left = mentionUse["drop \(k)"] ?? 0
      overrides.append(OverrideNote(rule: "drop", at: "\(o.source):\(d.line)", what: d.name, applied: left == 0 ? 1 : 0))
    }
    for r in o.removals {
      let at = "\(o.source):\(r.line)"
      overrides.append(OverrideNote(rule: "remove", at: at, what: r.uid, applied: overrideUse[at] ?? 0))
    }
    for m in o.movements {
      overrides.append(OverrideNote(rule: "force movement", at: "\(o.source):\(m.line)", what: "\(m.actor.rawValue) \(m.kind.rawValue)", applied: 1))
    }
    for c in o.control {
      overrides.append(OverrideNote(rule: "force control", at: "\(o.source):\(c.line)", what: "\(c.actor.rawValue) \(c.control.rawValue)", applied: 1))
    }
  }

  func summaryJSON() -> String {
    struct Summary: Encodable {
      var files: [String]
      var unchanged: [String]
      var changed: Bool
      var changes: ChangeSet
      var places: Int
      var corridors: Int
      var zones: Int
      var warnings: Int
      var disagreements: Int
      var claimsOutsideDates: Int
      var errors: Int
      var failures: [Failure]
      var overrides: [OverrideNote]
      var reports: [ReportSummary]
    }
    let s = Summary(
      files: written, unchanged: unchanged, changed: !changes.isEmpty, changes: changes, places: totals.places,
      corridors: totals.corridors, zones: totals.zones, warnings: warnings, disagreements: disagreements,
      claimsOutsideDates: leftOut, errors: failed, failures: failures, overrides: overrides, reports: reports)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return (try? encoder.encode(s)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
  }
}
