import Testing

@testable import GeomapCore

/// Status, session 34: "rejected a report that …", "dismissed reports that …" deny the movement
/// reported (main d218087: reported; heldout15 en-n01). "rejected a proposal to …" is no denial of a
/// report: the proposal stays proposed. Sentences written for the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct RejectedReportTests34 {
  @Test(arguments: [
    "A spokesman for the Defence Ministry rejected a report on social media that army units had fallen back from Dour to Samarra under fire.",
    "Officials dismissed reports that the militants had withdrawn from Hit toward Rutba.",
  ])
  func aRejectedReportIsADenial(_ text: String) throws {
    let read = try MoverTests8.read(text)
    #expect(!read.isEmpty && read.allSatisfy { $0.status == .denied }, "\(MoverTests8.describe(read))")
  }

  @Test func aRejectedProposalStaysProposed() throws {
    let read = try MoverTests8.read("The army rejected a proposal to withdraw from Hit toward Ramadi.")
    #expect(read.allSatisfy { $0.status == .proposed }, "\(MoverTests8.describe(read))")
  }
}
