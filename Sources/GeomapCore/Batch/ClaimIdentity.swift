/// Stable identities of claims, from what they are rather than where or when they were read, so an
/// analyst can force or remove one across refreshes.
public enum ClaimIdentity {
  /// `corridor:ISIS:gn:172955>gn:170794`, the uid of the corridor the movement is drawn on.
  public static func uid(_ m: Movement) -> String {
    "corridor:\(m.actor.rawValue):\(m.origin.id)>\(m.destination.id)"
  }

  /// `control:ISIS:gn:172955`: one actor's standing in one place.
  public static func uid(_ c: ControlClaim) -> String {
    "control:\(c.actor.rawValue):\(c.place.id)"
  }

  /// The day a claim is about: its own date, else its report's, else none (sorted first).
  static func day(_ evidence: Evidence, report: CalendarDate?) -> CalendarDate? {
    evidence.date ?? report
  }
}

/// Keeps the claims whose date lies within `since`…`until` (both inclusive); a claim without any
/// date cannot be placed in the window and is left out when either bound is given.
public struct DateWindow: Hashable, Sendable {
  public var since: CalendarDate?
  public var until: CalendarDate?

  public init(since: CalendarDate? = nil, until: CalendarDate? = nil) {
    self.since = since
    self.until = until
  }

  public var isOpen: Bool { since == nil && until == nil }

  public func contains(_ date: CalendarDate?) -> Bool {
    if isOpen { return true }
    guard let date else { return false }
    if let since, date < since { return false }
    if let until, date > until { return false }
    return true
  }

  /// `situation` with only the mentions, movements and claims dated inside the window, and how
  /// many were left out.
  public func filter(_ situation: Situation) -> (situation: Situation, leftOut: Int) {
    if isOpen { return (situation, 0) }
    var s = situation
    let reportIn = contains(situation.date)
    s.mentions = reportIn ? situation.mentions : []
    s.movements = situation.movements.filter { contains($0.evidence.date ?? situation.date) }
    s.control = situation.control.filter { contains($0.evidence.date ?? situation.date) }
    let leftOut =
      (situation.movements.count - s.movements.count) + (situation.control.count - s.control.count)
    return (s, leftOut)
  }
}
