/// Everything geomap read from one report: the input of the geometry and export stages.
public struct Situation: Hashable, Sendable, Codable {
  /// The report's path as given (or `-`).
  public var source: String
  /// The report date (from `--date`, else read from the text), if known.
  public var date: CalendarDate?
  /// Every resolved toponym mention, in text order.
  public var mentions: [PlaceMention]
  public var movements: [Movement]
  public var control: [ControlClaim]
  /// Non-fatal findings located in the report.
  public var diagnostics: [Diagnostic]

  public init(
    source: String, date: CalendarDate?, mentions: [PlaceMention] = [], movements: [Movement] = [],
    control: [ControlClaim] = [], diagnostics: [Diagnostic] = []
  ) {
    self.source = source
    self.date = date
    self.mentions = mentions
    self.movements = movements
    self.control = control
    self.diagnostics = diagnostics
  }

  /// True when the report gave nothing to map: no place, movement or control claim. Not an error of
  /// the input: `places`, `inspect` and `export` say so in one warning naming the file and exit 1
  /// (the documented "nothing could be resolved"), so a refresh job can tell it from a map written.
  public var hasNothingToMap: Bool { mentions.isEmpty && movements.isEmpty && control.isEmpty }

  /// The distinct places mentioned, in order of first mention, with their mention counts.
  public var places: [(entry: GazetteerEntry, mentions: [PlaceMention])] {
    var order: [String] = []
    var byID: [String: [PlaceMention]] = [:]
    for m in mentions {
      if byID[m.entry.id] == nil { order.append(m.entry.id) }
      byID[m.entry.id, default: []].append(m)
    }
    return order.compactMap { id in byID[id].map { ($0[0].entry, $0) } }
  }
}
