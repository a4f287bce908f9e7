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
    // Digits written right to left into one small buffer: building the fraction, its zero padding
    // and the result as separate strings was most of printing a long report's places.
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buf in
      var at = buf.count
      var whole = n.magnitude / UInt64(scale)
      var fraction = n.magnitude % UInt64(scale)
      var digits = places
      if trimZeros {
        while digits > 0 && fraction % 10 == 0 {
          fraction /= 10
          digits -= 1
        }
      }
      if digits > 0 {
        for _ in 0..<digits {
          at -= 1
          buf[at] = 0x30 + UInt8(fraction % 10)
          fraction /= 10
        }
        at -= 1
        buf[at] = UInt8(ascii: ".")
      }
      repeat {
        at -= 1
        buf[at] = 0x30 + UInt8(whole % 10)
        whole /= 10
      } while whole > 0
      if n < 0 {
        at -= 1
        buf[at] = UInt8(ascii: "-")
      }
      return String(decoding: UnsafeBufferPointer(rebasing: buf[at...]), as: UTF8.self)
    }
  }
}
