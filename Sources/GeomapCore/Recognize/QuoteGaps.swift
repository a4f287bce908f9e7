import Foundation

/// Which gaps between a report's tokens hold a quote mark, a bit per gap: the gap before token `i`
/// is gap `i`, and gap `tokens.count` is the text after the last token.
///
/// Why: `PlaceRecognizer.quotedName` asks this of the seven gaps around every candidate span, and
/// scanning those scalars (the tokens' own included) per span cost more than reading every gap of
/// the report once; reading every gap cost ~30 instructions per token, while a report holds a few
/// dozen quote marks. They are found in the report's UTF-8 by `memchr` (their first bytes) and
/// placed in their gaps by binary search.
struct QuoteGaps {
  private let bits: [UInt64]
  private let tokenCount: Int

  init(_ doc: ReportText) {
    var bits = [UInt64](filling: 0, count: doc.tokens.count / 64 + 1)
    // Each mark placed in its gap as it is found: gathered into a list first (and the 0xC2 and
    // 0xE2 offsets into lists of their own), three arrays were made and freed per report.
    bits.withUnsafeMutableBufferPointer { bits in
      doc.utf8.withUnsafeBufferPointer { bytes in
        doc.tokens.withUnsafeBufferPointer { tokens in
          doc.utf8Offsets.withUnsafeBufferPointer { offsets in
            precondition(offsets.count > doc.scalars.count, "a UTF-8 offset per scalar and one past them")
            // Marks the gap holding the mark whose first byte is at `at`.
            func place(_ at: Int) {
              // The first token starting past the mark; the mark is in the gap before it unless it
              // is inside the token before.
              var lo = 0
              var hi = tokens.count
              while lo < hi {
                let mid = (lo &+ hi) >> 1
                if Int(offsets[tokens[mid].start]) <= at { lo = mid &+ 1 } else { hi = mid }
              }
              if lo == 0 || Int(offsets[tokens[lo - 1].end]) <= at { bits[lo >> 6] |= 1 << UInt64(lo & 63) }
            }
            // ", then « » (C2 AB, C2 BB), then “ ” (E2 80 9C, E2 80 9D): in valid UTF-8 these first
            // bytes start a scalar wherever they stand.
            Self.forEach(0x22, in: bytes, place)
            Self.forEach(0xC2, in: bytes) { at in
              if at + 1 < bytes.count, bytes[at + 1] == 0xAB || bytes[at + 1] == 0xBB { place(at) }
            }
            Self.forEach(0xE2, in: bytes) { at in
              if at + 2 < bytes.count, bytes[at + 1] == 0x80, bytes[at + 2] == 0x9C || bytes[at + 2] == 0x9D {
                place(at)
              }
            }
          }
        }
      }
    }
    self.bits = bits
    tokenCount = doc.tokens.count
  }

  /// Calls `body` with the offset of each `byte` in `bytes`, in order.
  private static func forEach(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Void) {
    guard let base = bytes.baseAddress else { return }
    var from = 0
    while from < bytes.count, let hit = memchr(base + from, Int32(byte), bytes.count - from) {
      let at = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
      body(at)
      from = at + 1
    }
  }

  /// True when a gap before one of the tokens `range` (clamped to `0...tokens.count`) holds a mark.
  func anyMark(before range: ClosedRange<Int>) -> Bool {
    let lo = max(0, range.lowerBound)
    let hi = min(tokenCount, range.upperBound)
    guard lo <= hi else { return false }
    var w = lo >> 6
    while w <= hi >> 6 {
      var m = bits[w]
      if w == lo >> 6 { m &= ~0 << UInt64(lo & 63) }
      if w == hi >> 6 { m &= ~0 >> UInt64(63 - (hi & 63)) }
      if m != 0 { return true }
      w += 1
    }
    return false
  }
}
