/// Decides, across many reports, which control claims still stand: for each actor and place the
/// latest report wins, and a later capture by another actor supersedes an earlier hold.
///
/// A report that an actor left a place (a completed withdrawal or evacuation) counts as a claim
/// that it no longer holds it. When reports disagree, the later one is drawn and the disagreement
/// becomes a warning and a note on the place, so the map never hides that it was resolved.
public struct ControlTimeline: Sendable {
  /// One dated statement about an actor in a place.
  struct Event {
    var claim: ControlClaim
    var day: CalendarDate?
    /// True for holds/captured/contested; false for lost, besieged (from outside) or a departure.
    var inside: Bool
    var what: String
    var order: Int

    var sortKey: (Int, String, Int) {
      (day?.dayNumber ?? Int.min, claim.evidence.source, order)
    }
  }

  /// Claims to draw, at most one per actor and place: the latest one.
  public private(set) var standing: [ControlClaim] = []
  /// Every claim about each place, newest first (by place id).
  public private(set) var history: [String: [ControlClaim]] = [:]
  /// Human-readable disagreements by place id, in date order.
  public private(set) var disagreements: [String: [String]] = [:]
  public private(set) var diagnostics: [Diagnostic] = []

  public init(_ situations: [Situation]) {
    var events: [String: [Event]] = [:]
    for s in situations {
      for var c in s.control {
        // The day travels with the claim so the history can be sorted without its report.
        c.evidence.date = ClaimIdentity.day(c.evidence, report: s.date)
        let inside = [.holds, .captured, .contested].contains(c.control)
        events[ClaimIdentity.uid(c), default: []].append(
          Event(
            claim: c, day: ClaimIdentity.day(c.evidence, report: s.date), inside: inside,
            what: c.control.rawValue + (c.partial ? " part of" : ""), order: c.evidence.start))
      }
      for m in s.movements where Self.isDeparture(m) {
        // Sorted after the report's own claims: «إخلاء مقاتليه من الرقة» implies it held Raqqa
        // until then, and the departure is the newer fact.
        var evidence = m.evidence
        evidence.date = ClaimIdentity.day(m.evidence, report: s.date)
        let claim = ControlClaim(
          actor: m.actor, place: m.origin, control: .lost, status: m.status, evidence: evidence)
        events[ClaimIdentity.uid(claim), default: []].append(
          Event(
            claim: claim, day: ClaimIdentity.day(m.evidence, report: s.date), inside: false,
            what: "left (\(m.kind.rawValue), \(m.status.rawValue))", order: Int.max))
      }
    }
    var latest: [(uid: String, event: Event)] = []
    for uid in events.keys.sorted() {
      guard var list = events[uid] else { continue }
      list.sort { $0.sortKey < $1.sortKey }
      guard let last = list.last else { continue }
      latest.append((uid, last))
      let place = last.claim.place
      history[place.id, default: []] += list.reversed().map(\.claim)
      // A flip between reports: the later report is drawn, the earlier one noted.
      for (earlier, later) in zip(list, list.dropFirst())
      where earlier.inside != later.inside && earlier.claim.evidence.source != later.claim.evidence.source {
        note(place, later.claim.evidence.source,
          "\(last.claim.actor.rawValue) \(earlier.what) '\(place.name)' per \(Self.cite(earlier)), but \(later.what) per \(Self.cite(later)); the later report wins")
      }
    }
    for (_, event) in latest where event.inside {
      let c = event.claim
      // Another actor's later, whole-place hold or capture supersedes this one.
      let newer = latest.first {
        $0.event.inside && $0.event.claim.actor != c.actor && $0.event.claim.place.id == c.place.id
          && !$0.event.claim.partial && !c.partial && $0.event.claim.control != .contested
          && $0.event.sortKey > event.sortKey && ($0.event.day != event.day || event.day == nil)
      }
      if let newer {
        note(c.place, newer.event.claim.evidence.source,
          "\(c.actor.rawValue) \(event.what) '\(c.place.name)' per \(Self.cite(event)), but \(newer.event.claim.actor.rawValue) \(newer.event.what) it per \(Self.cite(newer.event)); the later report wins")
        continue
      }
      standing.append(c)
    }
    for key in history.keys {
      history[key]?.sort {
        ($0.evidence.date?.dayNumber ?? Int.min, $0.evidence.source, $0.evidence.start)
          > ($1.evidence.date?.dayNumber ?? Int.min, $1.evidence.source, $1.evidence.start)
      }
    }
  }

  /// A completed withdrawal or evacuation, or a reported withdrawal: the actor is gone.
  static func isDeparture(_ m: Movement) -> Bool {
    switch (m.kind, m.status) {
    case (.withdrawal, .completed), (.withdrawal, .reported), (.evacuation, .completed): return true
    default: return false
    }
  }

  private static func cite(_ e: Event) -> String {
    "\(e.claim.evidence.source) (\(e.day?.description ?? "undated"))"
  }

  private mutating func note(_ place: GazetteerEntry, _ source: String, _ message: String) {
    disagreements[place.id, default: []].append(message)
    diagnostics.append(Diagnostic(message: "reports disagree: " + message, source: source))
  }
}
