/// A fatal problem with one input or output; the message names the object and says what is wrong.
public struct GeomapError: Error, Hashable, Sendable, CustomStringConvertible {
  public enum Kind: String, Hashable, Sendable {
    case unreadable, undecodable, tooLarge, invalidArgument, gazetteer, output
  }
  public var kind: Kind
  /// The file (or argument) concerned.
  public var subject: String
  /// Lowercase reason, e.g. "file is not readable or does not exist".
  public var reason: String

  public init(_ kind: Kind, _ subject: String, _ reason: String) {
    self.kind = kind
    self.subject = subject
    self.reason = reason
  }

  /// `subject: reason`, one line.
  public var description: String { "\(subject): \(reason)" }
}
