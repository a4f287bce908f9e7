import Testing

@testable import GeomapCore

/// Movements, session 34: "had fallen back from X to Y" — the participle of "fall back", as "withdrawn"
/// is of "withdraw". Baseline 4dc9f51 read no movement; heldout15 en-n01 showed it. Sentences written
/// for the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct FallenBackTests34 {
  @Test(arguments: [
    (
      "Iraqi troops entered Baiji on Wednesday. Police said army units had fallen back from Baiji to Tikrit overnight.",
      ["IRAQ Baiji→Tikrit"]
    ),
    (
      "Rebels seized Morek on Sunday. Pro-government forces have fallen back from Morek towards Hama, a monitor said.",
      ["REGIME Morek→Hama"]
    ),
  ])
  func fallenBackIsAWithdrawal(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
    let read = try MoverTests8.read(c.0).filter { $0.actor != .unknown }
    #expect(read.allSatisfy { $0.kind == .withdrawal }, "\(MoverTests8.describe(read))")
  }

  /// A denied report of it is denied.
  @Test func aDeniedFallingBackIsDenied() throws {
    let read = try MoverTests8.read(
      "Iraqi troops entered Baiji on Wednesday. A spokesman denied that army units had fallen back from Baiji to Tikrit.")
    #expect(read.contains { $0.actor == .iraq && $0.status == .denied }, "\(MoverTests8.describe(read))")
  }
}
