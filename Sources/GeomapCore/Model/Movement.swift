/// What kind of movement a report describes.
public enum MovementKind: String, Hashable, Sendable, Codable, CaseIterable {
  case evacuation
  case withdrawal
  case redeployment
  case advance
  case safePassage = "safe_passage"
  case transferOfWounded = "transfer_of_wounded"
  case displacement
  case convoy
}

/// One origin → destination movement of an actor.
public struct Movement: Hashable, Sendable, Codable {
  public var actor: Actor
  public var kind: MovementKind
  public var status: ClaimStatus
  public var origin: GazetteerEntry
  public var destination: GazetteerEntry
  public var evidence: Evidence
  /// Free notes, e.g. "destination 'areas under its control' resolved to Raqqa", "Russian strikes on convoys".
  public var notes: [String]

  public init(
    actor: Actor, kind: MovementKind, status: ClaimStatus, origin: GazetteerEntry,
    destination: GazetteerEntry, evidence: Evidence, notes: [String] = []
  ) {
    self.actor = actor
    self.kind = kind
    self.status = status
    self.origin = origin
    self.destination = destination
    self.evidence = evidence
    self.notes = notes
  }
}
