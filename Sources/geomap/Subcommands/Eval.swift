import ArgumentParser
import Foundation
import GeomapCore

/// Scores the reading pipeline against a directory of `NAME.txt` + `NAME.gold.json` pairs.
struct Eval: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Score geomap's reading against gold annotations (precision, recall, F1, Acc@km).")

  @Argument(help: "Directory holding NAME.txt reports with NAME.gold.json annotations.")
  var directory: String

  @Option(help: "Output format: text (a table) or json.")
  var format: OutputFormat = .text

  @Flag(help: "After the table, list each report's missed gold claims and extra claims read.")
  var errors = false

  @Flag(help: "After the table, count the missed gold claims by how near the reading came (no text).")
  var missKinds = false

  func run() throws {
    let reader = ReportReader(gazetteer: try loadGazetteer())
    let corpus: CorpusScores
    do {
      corpus = try Evaluation.run(directory: URL(fileURLWithPath: directory), reader: reader, listErrors: errors, classifyMisses: missKinds)
    } catch let error as GeomapError {
      printError(error.description)
      throw ExitCode(2)
    }
    switch format {
    case .text:
      print(corpus.table)
      if errors { print(corpus.errorList) }
      if missKinds { print(corpus.missKindTable) }
    case .json:
      print(try encodeJSON(corpus))
    }
  }
}
