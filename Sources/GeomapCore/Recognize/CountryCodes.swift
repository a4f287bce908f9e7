/// A few two-letter country codes, asked about for every candidate of every mention.
///
/// Codes are packed into integers and compared as such: a `Set<String>` ran SipHash over each
/// code it was asked about.
struct CountryCodes: Sendable, ExpressibleByArrayLiteral {
  private let codes: [UInt16]

  init(arrayLiteral codes: String...) { self.codes = codes.compactMap(Self.packed) }

  /// The code's two bytes as one integer, nil for a code of another length.
  @inline(__always)
  static func packed(_ code: String) -> UInt16? {
    var bytes = code.utf8.makeIterator()
    guard let a = bytes.next(), let b = bytes.next(), bytes.next() == nil else { return nil }
    return UInt16(a) << 8 | UInt16(b)
  }

  func contains(_ code: String) -> Bool {
    guard let p = Self.packed(code) else { return false }
    return codes.contains(p)
  }

  /// `contains` for a code already packed (`GazetteerEntry.countryCode`).
  func contains(packed code: UInt16) -> Bool { codes.contains(code) }
}
