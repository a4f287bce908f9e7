/// The whole reading pipeline for a decoded report: the report date, then every stage.
extension ReportReader: SituationReading {
  /// Reads `report`; `date` (from `--date`) overrides the date the report states about itself.
  /// Long reports are read segment by segment (see `ReportSegments`).
  public func read(_ report: DecodedReport, date: CalendarDate?) -> Situation {
    let segments = ReportSegments.parts(of: report.text)
    // A report read whole is tokenized before its date is read, and the date's head is cut from
    // the tokenizer's scalars (decoding the text again for it cost some 20k instructions a report).
    let whole = segments.count > 1 ? nil : Self.document(report.text)
    // One cut and folded head for both questions (each cut and folded it again).
    var head = whole.map { ReportDateReader.Head(document: $0) } ?? ReportDateReader.Head(report.text)
    let stated = date == nil ? head.reportDate() : nil
    let reportDate = date ?? stated?.date
    let guessed = stated.map { Self.guessedYearNote($0, report) } ?? Self.missingYearNote(&head, report)
    if let whole {
      var situation = inspect(whole, source: report.source, date: reportDate).situation
      if let guessed { situation.diagnostics.insert(guessed, at: 0) }
      return situation
    }
    var situation = Situation(source: report.source, date: reportDate)
    if let guessed { situation.diagnostics.append(guessed) }
    for segment in segments {
      var part = read(text: String(segment.text), source: report.source, date: reportDate)
      // The lines before the segment were counted with its cut (`ReportSegments.parts`).
      part.shift(byScalars: segment.offsets.lowerBound, lines: segment.lines)
      situation.mentions += part.mentions
      situation.movements += part.movements
      situation.control += part.control
      situation.diagnostics += part.diagnostics
    }
    return situation
  }

  /// Every stage's output for `report` (the debugging view; reads the report whole).
  public func inspect(_ report: DecodedReport, date: CalendarDate?) -> ReportInspection {
    let doc = Self.document(report.text)
    var head = ReportDateReader.Head(document: doc)
    return inspect(doc, source: report.source, date: date ?? head.reportDate()?.date)
  }

  /// A note when the report's date has no year of its own ("BEIRUT, Aug 27 (Reuters) -"): the year
  /// is a guess, and `--date` sets the right one.
  static func guessedYearNote(_ stated: ReportDate, _ report: DecodedReport) -> Diagnostic? {
    guard stated.yearInferred else { return nil }
    return note(
      "the report's date has no year; read as \(stated.date) from the other years it names — pass --date to set it",
      at: stated.start, report)
  }

  /// A note when the dateline has no year and the text names none to complete it: the report and
  /// its claims stay undated rather than get a year that may be wrong.
  static func missingYearNote(_ head: inout ReportDateReader.Head, _ report: DecodedReport) -> Diagnostic? {
    guard let start = head.yearlessDatelineStart() else { return nil }
    return note(
      "the report's date has no year and the text names none to complete it; claims are undated — pass --date to set it",
      at: start, report)
  }

  static func note(_ message: String, at offset: Int, _ report: DecodedReport) -> Diagnostic {
    var line = 1
    var column = 1
    for s in report.text.unicodeScalars.prefix(offset) {
      if s == "\n" { line += 1; column = 1 } else { column += 1 }
    }
    return Diagnostic(severity: .warning, message: message, source: report.source, line: line, column: column)
  }

  /// The date the report states about itself, if any.
  public static func reportDate(of report: DecodedReport) -> CalendarDate? {
    ReportDateReader.read(report.text)?.date
  }
}
