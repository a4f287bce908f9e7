/// How firmly the report states a claim. Hedging is kept here, never dropped.
public enum ClaimStatus: String, Hashable, Sendable, Codable, CaseIterable {
  case reported
  case claimed
  case agreed
  case agreedInPrinciple = "agreed_in_principle"
  case proposed
  case underNegotiation = "under_negotiation"
  case denied
  case completed
}
