/// The whole reading pipeline for a decoded report: the report date, then every stage.
extension ReportReader: SituationReading {
  /// Reads `report`; `date` (from `--date`) overrides the date the report states about itself.
  /// Long reports are read segment by segment (see `ReportSegments`).
  public func read(_ report: DecodedReport, date: CalendarDate?) -> Situation {
    read([report], date: date)[0]
  }

  /// How many reports `read(_:date:)` takes through the stages together (`batches`), at most: enough
  /// that each stage's code stays warm across them.
  public static let batchSize = 32

  /// How much text (UTF-8 bytes) a batch holds, at most, unless one report alone holds more: the
  /// reports' tables in flight should stay in the processor's caches. Measured (`pipeline.py`): with
  /// batches of 128 and no byte limit the 2 MB text (its 12,000-scalar segments, ~22 KB each, in one
  /// batch) read at 18 MB/s instead of 22; 32 short reports hold some 60 KB.
  public static let batchBytes = 64 << 10

  /// `sizes` (bytes of text, in reading order) cut into consecutive batches of at most `batchSize`
  /// items and `batchBytes` bytes, each of at least one item.
  static func batches(_ sizes: [Int]) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var start = 0
    var bytes = 0
    for (k, size) in sizes.enumerated() {
      if k > start, k - start == batchSize || bytes + size > batchBytes {
        out.append(start..<k)
        start = k
        bytes = 0
      }
      bytes += size
    }
    if start < sizes.count { out.append(start..<sizes.count) }
    return out
  }

  /// Reads `reports`, each as `read(_:date:)` reads it alone, in order. Reports of one segment go
  /// through the stages together, a batch at a time (`batches`, `inspect(_:sources:dates:)`), as do
  /// the segments of a long report.
  public func read(_ reports: [DecodedReport], date: CalendarDate?) -> [Situation] {
    var out: [Situation] = []
    out.reserveCapacity(reports.count)
    for range in Self.batches(reports.map(\.text.utf8.count)) {
      let batch = Array(reports[range])
      let segments = batch.map { ReportSegments.parts(of: $0.text) }
      // A report read whole is tokenized before its date is read, and the date's head is cut from
      // the tokenizer's scalars (decoding the text again for it cost some 20k instructions a report).
      let wholes = batch.indices.map { k in segments[k].count > 1 ? nil : Self.document(batch[k].text) }
      var dates: [CalendarDate?] = []
      var notes: [Diagnostic?] = []
      for k in batch.indices {
        // One cut and folded head for both questions (each cut and folded it again).
        var head = wholes[k].map { ReportDateReader.Head(document: $0) } ?? ReportDateReader.Head(batch[k].text)
        let stated = date == nil ? head.reportDate() : nil
        dates.append(date ?? stated?.date)
        notes.append(stated.map { Self.guessedYearNote($0, batch[k]) } ?? Self.missingYearNote(&head, batch[k]))
      }
      let readWhole = batch.indices.filter { wholes[$0] != nil }
      var inspected = inspect(
        readWhole.map { wholes[$0]! }, sources: readWhole.map { batch[$0].source },
        dates: readWhole.map { dates[$0] }
      ).makeIterator()
      for k in batch.indices {
        var situation =
          wholes[k] == nil
          ? readSegments(segments[k], source: batch[k].source, date: dates[k])
          : inspected.next()!.situation
        if let note = notes[k] { situation.diagnostics.insert(note, at: 0) }
        out.append(situation)
      }
    }
    return out
  }

  /// A long report read from its segments (`ReportSegments.parts`), a batch of them at a time through
  /// the stages (`batches`); each segment's offsets and lines are shifted to the report's.
  func readSegments(
    _ segments: [(offsets: Range<Int>, text: Substring, lines: Int)], source: String, date: CalendarDate?
  ) -> Situation {
    var situation = Situation(source: source, date: date)
    for range in Self.batches(segments.map(\.text.utf8.count)) {
      let batch = segments[range]
      let parts = inspect(
        batch.map { Self.document(String($0.text)) }, sources: Array(repeating: source, count: batch.count),
        dates: Array(repeating: date, count: batch.count))
      for (segment, inspection) in zip(batch, parts) {
        var part = inspection.situation
        // The lines before the segment were counted with its cut (`ReportSegments.parts`).
        part.shift(byScalars: segment.offsets.lowerBound, lines: segment.lines)
        situation.mentions += part.mentions
        situation.movements += part.movements
        situation.control += part.control
        situation.diagnostics += part.diagnostics
      }
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
