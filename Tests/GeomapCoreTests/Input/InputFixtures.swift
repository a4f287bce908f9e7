import Foundation

/// Locates files under the test bundle's `Fixtures/` folder.
enum InputFixtures {
  static var root: URL {
    // `.copy("Fixtures")` keeps the folder name inside the bundle.
    Bundle.module.url(forResource: "Fixtures", withExtension: nil)
      ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures")
  }

  static func url(_ relativePath: String) -> URL {
    root.appendingPathComponent(relativePath)
  }

  static func data(_ relativePath: String) throws -> Data {
    try Data(contentsOf: url(relativePath))
  }

  /// The Arabic seed report as UTF-8 text.
  static func seedText() throws -> String {
    String(decoding: try data("reports/seed-000.ar.txt"), as: UTF8.self)
  }
}
