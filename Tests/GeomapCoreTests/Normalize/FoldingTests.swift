import Foundation
import Testing

@testable import GeomapCore

@Suite struct FoldingTests {
  /// `Folding.latinBase` is written out; it must be what Foundation's compatibility decomposition
  /// gives for every scalar of its two blocks: the first scalar of the lowercased decomposition
  /// when that is an ASCII letter, and the letters that do not decompose (ı, ø, ł, đ) by hand.
  @Test func latinBaseIsTheDecompositionsBaseLetter() {
    var derived: [UInt32: Unicode.Scalar] = [:]
    for v in Array(0x00C0...0x024F) + Array(0x1E00...0x1EFF) {
      guard let scalar = Unicode.Scalar(UInt32(v)) else { continue }
      let decomposed = String(scalar).decomposedStringWithCompatibilityMapping.lowercased()
      if let first = decomposed.unicodeScalars.first, first.value < 0x80, first.properties.isAlphabetic {
        derived[UInt32(v)] = first
      }
    }
    let undecomposed: [(UInt32, Unicode.Scalar)] = [
      (0x0131, "i"), (0x00D8, "o"), (0x00F8, "o"), (0x0141, "l"), (0x0142, "l"), (0x0110, "d"), (0x0111, "d"),
    ]
    for (v, base) in undecomposed { derived[v] = base }
    #expect(derived.count > 450)
    #expect(Folding.latinBase == derived)
  }
}
