/// How a reading of one report (or, summed, of a corpus) compares with its gold annotations.
public struct Scores: Hashable, Sendable, Codable {
  /// Toponym spans, a predicted span matching a gold span it overlaps (one to one).
  public var toponyms: Counts
  /// Toponym spans matching only when start and end are both equal.
  public var toponymsExact: Counts
  /// Geocoding over the overlap-matched toponyms.
  public var geocoding: GeocodingCounts
  /// Movements matched on actor, origin and destination (name or within 25 km).
  public var movements: Counts
  /// Of the matched movements, how many also have the gold kind and the gold status.
  public var movementKindAgreed: Int
  public var movementStatusAgreed: Int
  /// Control claims matched on actor and place (name or within 25 km).
  public var control: Counts
  /// Of the matched control claims, how many also have the gold control status.
  public var controlStatusAgreed: Int
  /// Reports whose gold has a date, and how many of those were read with that date.
  public var datesGold: Int
  public var datesCorrect: Int

  public init(
    toponyms: Counts = Counts(), toponymsExact: Counts = Counts(),
    geocoding: GeocodingCounts = GeocodingCounts(), movements: Counts = Counts(),
    movementKindAgreed: Int = 0, movementStatusAgreed: Int = 0, control: Counts = Counts(),
    controlStatusAgreed: Int = 0, datesGold: Int = 0, datesCorrect: Int = 0
  ) {
    self.toponyms = toponyms
    self.toponymsExact = toponymsExact
    self.geocoding = geocoding
    self.movements = movements
    self.movementKindAgreed = movementKindAgreed
    self.movementStatusAgreed = movementStatusAgreed
    self.control = control
    self.controlStatusAgreed = controlStatusAgreed
    self.datesGold = datesGold
    self.datesCorrect = datesCorrect
  }

  /// Sums every count: micro-averaged totals.
  public static func + (a: Scores, b: Scores) -> Scores {
    Scores(
      toponyms: a.toponyms + b.toponyms, toponymsExact: a.toponymsExact + b.toponymsExact,
      geocoding: a.geocoding + b.geocoding, movements: a.movements + b.movements,
      movementKindAgreed: a.movementKindAgreed + b.movementKindAgreed,
      movementStatusAgreed: a.movementStatusAgreed + b.movementStatusAgreed,
      control: a.control + b.control,
      controlStatusAgreed: a.controlStatusAgreed + b.controlStatusAgreed,
      datesGold: a.datesGold + b.datesGold, datesCorrect: a.datesCorrect + b.datesCorrect)
  }
}

/// The scores of every report in a directory and their micro-averaged total.
public struct CorpusScores: Hashable, Sendable, Codable {
  /// One report's name (file name without `.txt`) and scores.
  public struct Report: Hashable, Sendable, Codable {
    public var name: String
    public var scores: Scores
    /// Missed and extra claims, one line each; only when asked for (`geomap eval --errors`).
    public var errors: [String]?
    /// How near the reading came to each missed gold claim; only when asked for (`--miss-kinds`).
    public var missKinds: [String]?

    public init(name: String, scores: Scores, errors: [String]? = nil, missKinds: [String]? = nil) {
      self.name = name
      self.scores = scores
      self.errors = errors
      self.missKinds = missKinds
    }
  }

  public var reports: [Report]
  public var total: Scores

  public init(reports: [Report]) {
    self.reports = reports
    self.total = reports.reduce(Scores()) { $0 + $1.scores }
  }
}
