/// The whole reading pipeline for a decoded report: the report date, then every stage.
extension ReportReader: SituationReading {
  /// Reads `report`; `date` (from `--date`) overrides the date the report states about itself.
  /// Long reports are read segment by segment (see `ReportSegments`).
  public func read(_ report: DecodedReport, date: CalendarDate?) -> Situation {
    let reportDate = date ?? Self.reportDate(of: report)
    let segments = ReportSegments.segments(of: report.text)
    guard segments.count > 1 else {
      return read(text: report.text, source: report.source, date: reportDate)
    }
    var situation = Situation(source: report.source, date: reportDate)
    var lines = 0
    for segment in segments {
      let part = read(text: String(segment.text), source: report.source, date: reportDate)
        .shifted(byScalars: segment.offsets.lowerBound, lines: lines)
      situation.mentions += part.mentions
      situation.movements += part.movements
      situation.control += part.control
      situation.diagnostics += part.diagnostics
      lines += segment.text.unicodeScalars.reduce(0) { $0 + ($1 == "\n" ? 1 : 0) }
    }
    return situation
  }

  /// Every stage's output for `report` (the debugging view; reads the report whole).
  public func inspect(_ report: DecodedReport, date: CalendarDate?) -> ReportInspection {
    inspect(text: report.text, source: report.source, date: date ?? Self.reportDate(of: report))
  }

  /// The date the report states about itself, if any.
  public static func reportDate(of report: DecodedReport) -> CalendarDate? {
    ReportDateReader.read(report.text)?.date
  }
}
