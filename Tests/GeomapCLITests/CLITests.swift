import Foundation
import Testing

@Suite struct CLIVersionTests {
  @Test func printsVersion() throws {
    let out = try runGeomap(["--version"])
    #expect(out.status == 0)
    #expect(out.stdout.contains("0.1.0"))
  }
}
