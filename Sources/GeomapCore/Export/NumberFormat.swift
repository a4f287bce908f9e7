import Foundation

/// Locale-independent decimal formatting over integers: `String(format:)` and `description`
/// follow LC_NUMERIC in some setups and print binary noise (0.80000000000000004) in others.
public enum NumberFormat {
  private static let powers: [Int64] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000]

  /// `value` rounded half away from zero to at most `decimals` (0…7) places, trailing zeros dropped,
  /// "." as separator, no exponent; non-finite values print as 0.
  public static func decimal(_ value: Double, decimals: Int = 6) -> String {
    format(value, decimals: decimals, trimZeros: true)
  }

  /// `value` with exactly `decimals` (0…7) places ("36.40270"), same rounding as `decimal`.
  public static func fixed(_ value: Double, decimals: Int) -> String {
    format(value, decimals: decimals, trimZeros: false)
  }

  private static func format(_ value: Double, decimals: Int, trimZeros: Bool) -> String {
    let places = min(max(decimals, 0), powers.count - 1)
    let scale = powers[places]
    let scaled = (value * Double(scale)).rounded(.toNearestOrAwayFromZero)
    guard value.isFinite, abs(scaled) < 9e18 else { return "0" }
    let n = Int64(scaled)
    let magnitude = n.magnitude
    let whole = magnitude / UInt64(scale)
    var fraction = ""
    if places > 0 {
      let digits = String(magnitude % UInt64(scale))
      fraction = String(repeating: "0", count: places - digits.count) + digits
      if trimZeros { while fraction.hasSuffix("0") { fraction.removeLast() } }
    }
    let sign = n < 0 ? "-" : ""
    return fraction.isEmpty ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
  }
}
