import ArgumentParser
import Foundation
import Testing

@testable import geomap

/// `Geomap.parse(folding:)` hands runs of report files to ArgumentParser folded (`ReportArguments`);
/// every command line must parse to the same command, or fail with the same message and code, as
/// `Geomap.parseAsRoot` parses it unfolded.
@Suite struct ReportArgumentsTests {
  /// The parsed command (every property with its value) or the error's exit code and full message.
  static func outcome(_ parse: () throws -> ParsableCommand) -> String {
    do {
      return String(describing: try parse())
    } catch {
      return "exit \(Geomap.exitCode(for: error).rawValue): \(Geomap.fullMessage(for: error))"
    }
  }

  static func expectSameParse(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    let expected = outcome { try Geomap.parseAsRoot(arguments) }
    let folded = outcome { try Geomap.parse(folding: arguments) }
    #expect(folded == expected, "\(arguments)", sourceLocation: sourceLocation)
  }

  static let files = ["a.txt", "b.txt", "c d.txt", "", "e=f.md", "help", "places", "2017-07-04", "json"]

  /// Options before, between and after the files, attached values, "--" and "-", and errors
  /// (unknown options, bad or missing values, validation, help requests).
  static let commandLines: [[String]] = [
    ["places"] + files,
    ["places", "--format", "json"] + files,
    ["places"] + files + ["--format", "json", "--date", "2017-07-04"],
    ["places", "a", "b", "--format", "json", "c", "d", "--encoding", "utf-8", "e", "f"],
    ["places", "--format=json", "a", "b", "c", "--date=2017-07-04", "d", "e"],
    ["places", "a", "b", "--", "--format", "c", "-", "d"],
    ["places", "a", "b", "--", "c", "d", "--", "e"],
    ["places", "--", "a", "b", "c"],
    ["places", "-", "a", "b", "-", "c", "d"],
    ["places", "a", "b", "--bogus", "c", "d"],
    ["places", "a", "b", "-x", "c", "d"],
    ["places", "a", "b", "---x", "c", "d"],
    ["places", "a", "b", "--format", "xml", "c", "d"],
    ["places", "a", "b", "--date", "2017-13-40", "c", "d"],
    ["places", "a", "b", "--encoding", "ebcdic", "c"],
    ["places", "a", "b", "--format"],
    ["places", "--format", "--date", "2017-07-04", "a", "b"],
    ["places"],
    ["places", "--format", "json"],
    ["places", "a", "b", "--help", "c"],
    ["places", "a", "-h", "b", "c"],
    ["places", "a", "b", "--version"],
    ["places", "a", "b", "--experimental-dump-help"],
    ["help", "places", "a", "b"],
    ["--version", "places", "a", "b"],
    ["inspect", "a", "b", "c"],
    ["lookup", "Raqqa", "b", "c"],
    [
      "export", "a", "b", "-o", "out", "c", "d", "--kml", "e", "f", "--glob", "*.md", "g", "h", "--jobs", "2", "i",
      "--merge", "all", "j", "k", "--since", "2017-01-01", "--until", "2017-12-31", "l", "m",
    ],
    ["export", "--situation-json", "x.json", "a", "b", "--situation-json", "y.json", "c", "d"],
    ["export", "a", "b", "--jobs", "x", "c", "d"],
    ["export", "a", "b", "--jobs", "0", "c", "d"],
    ["export", "a", "b", "--merge", "a/b", "c", "d"],
    ["export", "-o"],
    ["export"],
    ["export", "a", "b", "--summary", "json", "--", "-c", "d"],
    ["places"] + (0..<300).map { "r\($0).txt" } + ["--format", "json"] + (300..<400).map { "r\($0).txt" },
  ]

  @Test func sameParseAsUnfolded() {
    for arguments in Self.commandLines { Self.expectSameParse(arguments) }
    // The compared outcome shows the files.
    #expect(Self.outcome { try Geomap.parse(folding: ["places", "a", "b", "c d.txt"]) }.contains("c d.txt"))
  }

  /// Options after, between and before many files: the same reports, in order, and the same output.
  @Test(.enabled(if: (try? runGeomap(["lookup", "Raqqa"]))?.status == 0))
  func optionsAfterFiles() throws {
    let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("GeomapCoreTests/Fixtures/devset")
    let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }
      .sorted().prefix(6).map { dir.appendingPathComponent($0).path }
    let before = try runGeomap(["places", "--format", "json", "--date", "2017-07-04"] + files)
    let after = try runGeomap(["places"] + files + ["--format", "json", "--date", "2017-07-04"])
    let between = try runGeomap(
      ["places"] + files[..<2] + ["--format", "json"] + files[2...] + ["--date", "2017-07-04"])
    #expect(before.status == 0)
    let docs = try #require(try JSONSerialization.jsonObject(with: Data(before.stdout.utf8)) as? [[String: Any]])
    #expect(docs.compactMap { $0["file"] as? String } == files)
    for out in [after, between] {
      #expect(out.status == before.status)
      #expect(out.stdout == before.stdout)
      #expect(out.stderr == before.stderr)
    }
  }

  @Test func unfoldsRunsInOrder() throws {
    let arguments = ["places", "a", "b", "c", "--format", "json", "d", "e", "-", "f", "--", "g", "-h"]
    let folded = ReportArguments(arguments)
    #expect(folded.arguments.count < arguments.count)
    let command = try #require(try Geomap.parse(folding: arguments) as? Places)
    #expect(command.reports == ["a", "b", "c", "d", "e", "-", "f", "g", "-h"])
    #expect(command.format == .json)
  }

  /// The folding assumes each option of `places` and `export` takes one value: an option taking
  /// several (`.upToNextOption`, `.remaining`) or scanning past options for one would take a run.
  @Test func optionsTakeOneValueEach() throws {
    for command in ReportArguments.commands {
      var message = ""
      #expect(throws: (any Error).self) {
        do {
          _ = try Geomap.parseAsRoot([command, "--experimental-dump-help"])
        } catch {
          message = Geomap.fullMessage(for: error)
          throw error
        }
      }
      let dump = try #require(try JSONSerialization.jsonObject(with: Data(message.utf8)) as? [String: Any])
      let info = try #require(dump["command"] as? [String: Any])
      let arguments = try #require(info["arguments"] as? [[String: Any]])
      #expect(arguments.contains { $0["kind"] as? String == "option" })
      for argument in arguments where argument["kind"] as? String != "flag" {
        #expect(argument["parsingStrategy"] as? String == "default", "\(command): \(argument)")
      }
    }
  }
}
