import Foundation

/// Hand-made annotations of one report: `NAME.gold.json` next to `NAME.txt`.
///
/// Offsets are Unicode scalar offsets into the decoded, newline-normalised text, end exclusive.
public struct GoldReport: Hashable, Sendable, Codable {
  /// A place name as written, where it is, what it refers to and where that is.
  public struct Toponym: Hashable, Sendable, Codable {
    public var start: Int
    public var end: Int
    public var surface: String
    /// English name of the place referred to; movements and control name places by it.
    public var name: String
    public var lat: Double
    public var lon: Double

    public init(start: Int, end: Int, surface: String, name: String, lat: Double, lon: Double) {
      self.start = start
      self.end = end
      self.surface = surface
      self.name = name
      self.lat = lat
      self.lon = lon
    }

    public var coordinate: Coordinate { Coordinate(longitude: lon, latitude: lat) }
  }

  /// A movement, its places named as in `toponyms`.
  public struct Movement: Hashable, Sendable, Codable {
    public var actor: Actor
    public var from: String
    public var to: String
    public var kind: MovementKind
    public var status: ClaimStatus

    public init(actor: Actor, from: String, to: String, kind: MovementKind, status: ClaimStatus) {
      self.actor = actor
      self.from = from
      self.to = to
      self.kind = kind
      self.status = status
    }
  }

  /// A control claim, its place named as in `toponyms`.
  public struct Control: Hashable, Sendable, Codable {
    public var actor: Actor
    public var place: String
    public var control: ControlStatus
    /// True when only part of the place is held («أحياء من مخيم اليرموك»).
    public var partial: Bool?

    public init(actor: Actor, place: String, control: ControlStatus, partial: Bool? = nil) {
      self.actor = actor
      self.place = place
      self.control = control
      self.partial = partial
    }
  }

  /// The report's own date, `YYYY-MM-DD` in JSON.
  public var date: CalendarDate?
  public var toponyms: [Toponym]
  public var movements: [Movement]
  public var control: [Control]

  public init(
    date: CalendarDate?, toponyms: [Toponym] = [], movements: [Movement] = [],
    control: [Control] = []
  ) {
    self.date = date
    self.toponyms = toponyms
    self.movements = movements
    self.control = control
  }

  enum CodingKeys: String, CodingKey { case date, toponyms, movements, control }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    if let iso = try c.decodeIfPresent(String.self, forKey: .date) {
      guard let date = CalendarDate(iso: iso) else {
        throw DecodingError.dataCorruptedError(
          forKey: .date, in: c, debugDescription: "date '\(iso)' is not YYYY-MM-DD")
      }
      self.date = date
    } else {
      self.date = nil
    }
    toponyms = try c.decodeIfPresent([Toponym].self, forKey: .toponyms) ?? []
    movements = try c.decodeIfPresent([Movement].self, forKey: .movements) ?? []
    control = try c.decodeIfPresent([Control].self, forKey: .control) ?? []
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encodeIfPresent(date?.description, forKey: .date)
    try c.encode(toponyms, forKey: .toponyms)
    try c.encode(movements, forKey: .movements)
    try c.encode(control, forKey: .control)
  }

  /// Where the place named `name` is, from the first toponym that names it.
  public func coordinate(ofPlaceNamed name: String) -> Coordinate? {
    toponyms.first { $0.name == name }?.coordinate
  }

  /// Reads a gold file; a malformed one is a one-line `GeomapError` naming the file.
  public static func load(contentsOf url: URL) throws -> GoldReport {
    guard let data = try? Data(contentsOf: url) else {
      throw GeomapError(.unreadable, url.path, "gold file is not readable or does not exist")
    }
    do {
      return try JSONDecoder().decode(GoldReport.self, from: data)
    } catch let error as DecodingError {
      throw GeomapError(.undecodable, url.path, "gold file is not valid: \(describe(error))")
    } catch {
      throw GeomapError(.undecodable, url.path, "gold file is not valid json")
    }
  }

  static func describe(_ error: DecodingError) -> String {
    func path(_ keys: [any CodingKey]) -> String {
      keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
    switch error {
    case .dataCorrupted(let ctx):
      return ctx.codingPath.isEmpty
        ? "not json" : "\(path(ctx.codingPath)): \(ctx.debugDescription.lowercased())"
    case .keyNotFound(let key, let ctx): return "\(path(ctx.codingPath)).\(key.stringValue) is missing"
    case .typeMismatch(_, let ctx), .valueNotFound(_, let ctx):
      return "\(path(ctx.codingPath)) has the wrong type"
    @unknown default: return "unexpected content"
    }
  }
}
