/// How an actor stands in a place.
public enum ControlStatus: String, Hashable, Sendable, Codable, CaseIterable {
  case holds
  case besieged
  case captured
  case contested
  case lost
}

/// A claim that an actor holds, besieges, took or lost a place.
public struct ControlClaim: Hashable, Sendable, Codable {
  public var actor: Actor
  public var place: GazetteerEntry
  public var control: ControlStatus
  /// True when the report says only part of the place («أحياء من مخيم اليرموك»).
  public var partial: Bool
  public var status: ClaimStatus
  public var evidence: Evidence

  public init(
    actor: Actor, place: GazetteerEntry, control: ControlStatus, partial: Bool = false,
    status: ClaimStatus = .reported, evidence: Evidence
  ) {
    self.actor = actor
    self.place = place
    self.control = control
    self.partial = partial
    self.status = status
    self.evidence = evidence
  }
}
