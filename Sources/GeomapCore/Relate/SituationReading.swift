/// Anything that turns a decoded report into a Situation (the pipeline; a fake in tests).
public protocol SituationReading: Sendable {
  func read(_ report: DecodedReport, date: CalendarDate?) -> Situation
}
