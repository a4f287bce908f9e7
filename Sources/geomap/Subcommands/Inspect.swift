import ArgumentParser
import Foundation
import GeomapCore

/// `geomap inspect REPORT`: every stage's output for one report, with evidence.
struct Inspect: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "inspect",
    abstract: "Show what each stage read in one report: mentions, candidates, actors, movements, control.")

  @Argument(help: "A report file (UTF-8 text); '-' reads standard input.")
  var report: String

  @Option(help: "Output format: text or json.")
  var format: OutputFormat = .json

  @Option(help: "The report date, YYYY-MM-DD; overrides the date read from the report.")
  var date: String?

  @Option(help: "Text encoding (utf-8, utf-16le, utf-16be, windows-1256, latin1); detected by default.")
  var encoding: String?

  func validate() throws {
    _ = try ReportInput.date(date)
    _ = try ReportInput.encoding(encoding)
  }

  func run() throws {
    let reportDate = try ReportInput.date(date)
    let decoded: DecodedReport
    do {
      decoded = try ReportInput.read(report, encoding: try ReportInput.encoding(encoding))
    } catch let error as GeomapError {
      printError(error.description)
      throw ExitCode(2)
    }
    let reader = ReportReader(gazetteer: try loadGazetteer())
    let inspection = reader.inspect(decoded, date: reportDate)
    switch format {
    case .json:
      writeStandardOutput(try encodeJSONData(inspection))
      writeStandardOutput([UInt8(ascii: "\n")])
    case .text:
      let s = inspection.situation
      print("\(report): \(inspection.tokenCount) tokens, \(inspection.sentenceCount) sentences, date \(s.date?.description ?? "-")")
      for r in inspection.resolved {
        let m = r.mention
        print("place\t\(m.start)-\(m.end)\t\(m.surface)\t\(m.entry.name)\t\(m.entry.id)\t\(formatScore(m.score))\t\(m.alternatives.count) alternatives")
      }
      for a in inspection.actors { print("actor\t\(a.start)-\(a.end)\t\(a.surface)\t\(a.actor.rawValue)\(a.coreference ? "\t(coreference)" : "")") }
      for m in s.movements {
        print("movement\t\(m.actor.rawValue)\t\(m.origin.name) → \(m.destination.name)\t\(m.kind.rawValue)\t\(m.status.rawValue)\t\(formatScore(m.evidence.confidence))")
        for n in m.notes { print("  note\t\(n)") }
      }
      for c in s.control {
        print("control\t\(c.actor.rawValue)\t\(c.place.name)\t\(c.control.rawValue)\(c.partial ? " (partial)" : "")\t\(c.status.rawValue)")
      }
      for d in s.diagnostics { print(d.formatted) }
    }
    if inspection.situation.hasNothingToMap {
      printError("\(inspection.source): warning: no place could be resolved")
      exitKeepingMemory(1)
    }
    exitKeepingMemory(0)
  }
}
