/// A non-fatal finding, printed by the CLI as `file:line:col: warning: message`.
public struct Diagnostic: Hashable, Sendable, Codable {
  public enum Severity: String, Hashable, Sendable, Codable { case warning, note }
  public var severity: Severity
  public var message: String
  public var source: String
  /// 1-based line and column (in Unicode scalars) of the spot the finding is about, if any.
  public var line: Int?
  public var column: Int?

  public init(
    severity: Severity = .warning, message: String, source: String, line: Int? = nil,
    column: Int? = nil
  ) {
    self.severity = severity
    self.message = message
    self.source = source
    self.line = line
    self.column = column
  }

  /// `report.txt:3:14: warning: message`.
  public var formatted: String {
    // Appended into one string with room for all of it: a long report prints hundreds of these,
    // and each interpolation and `+=` of the location grew a string of its own.
    var out = source
    out.reserveCapacity(source.utf8.count + message.utf8.count + 32)
    if let line {
      out += ":"
      out += String(line)
    }
    if let column {
      out += ":"
      out += String(column)
    }
    out += ": "
    out += severity.rawValue
    out += ": "
    out += message
    return out
  }
}
