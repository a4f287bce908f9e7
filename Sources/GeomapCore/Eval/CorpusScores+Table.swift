import Foundation

extension CorpusScores {
  /// A plain-text table: one row per report, then the micro-averaged total and geocoding accuracy.
  public var table: String {
    func pct(_ v: Double) -> String { String(format: "%5.1f", v * 100) }
    func prf(_ c: Counts) -> String { "\(pct(c.precision)) \(pct(c.recall)) \(pct(c.f1))" }
    func pad(_ s: String, _ n: Int) -> String {
      s.count >= n ? s : s + String(repeating: " ", count: n - s.count)
    }
    let width = max(8, (reports.map(\.name.count).max() ?? 0) + 1)
    var lines = [
      pad("report", width) + " toponyms P/R/F1     exact F1  moves P/R/F1       control P/R/F1     date"
    ]
    func row(_ name: String, _ s: Scores) -> String {
      let date = s.datesGold == 0 ? "  -" : "\(s.datesCorrect)/\(s.datesGold)"
      return pad(name, width) + " \(prf(s.toponyms))  \(pct(s.toponymsExact.f1))     "
        + "\(prf(s.movements))  \(prf(s.control))  \(date)"
    }
    for report in reports { lines.append(row(report.name, report.scores)) }
    let t = total
    lines.append(row("TOTAL", t))
    lines.append(
      "toponyms: \(t.toponyms.truePositives) matched of \(t.toponyms.gold) gold, "
        + "\(t.toponyms.predicted) predicted; "
        + "Acc@25km \(pct(t.geocoding.accuracy25).trimmingCharacters(in: .whitespaces))%, "
        + "Acc@161km \(pct(t.geocoding.accuracy161).trimmingCharacters(in: .whitespaces))% "
        + "over \(t.geocoding.matched) matched")
    lines.append(
      "movements: \(t.movements.truePositives) matched of \(t.movements.gold) gold "
        + "(kind agreed \(t.movementKindAgreed), status agreed \(t.movementStatusAgreed)); "
        + "control: \(t.control.truePositives) matched of \(t.control.gold) gold "
        + "(status agreed \(t.controlStatusAgreed)); dates: \(t.datesCorrect)/\(t.datesGold)")
    return lines.joined(separator: "\n")
  }

  /// Each report with errors, then its missed and extra claims indented below it.
  public var errorList: String {
    reports.compactMap { report in
      guard let errors = report.errors, !errors.isEmpty else { return nil }
      return ([report.name] + errors.map { "  " + $0 }).joined(separator: "\n")
    }.joined(separator: "\n")
  }

  /// The missed gold claims of all reports counted by kind, one "count  kind" line each.
  public var missKindTable: String {
    var counts: [String: Int] = [:]
    for kind in reports.flatMap({ $0.missKinds ?? [] }) { counts[kind, default: 0] += 1 }
    return counts.sorted { $0.key < $1.key }.map { "\($0.value)\t\($0.key)" }.joined(separator: "\n")
  }
}
