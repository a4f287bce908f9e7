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
    // ", then « » (C2 AB, C2 BB), then “ ” (E2 80 9C, E2 80 9D): in valid UTF-8 these first bytes
    // start a scalar wherever they stand.
    var marks: [Int] = []
    doc.utf8.withUnsafeBufferPointer { bytes in
      Self.append(0x22, in: bytes, to: &marks)
      for at in Self.offsets(of: 0xC2, in: bytes) where at + 1 < bytes.count {
        if bytes[at + 1] == 0xAB || bytes[at + 1] == 0xBB { marks.append(at) }
      }
      for at in Self.offsets(of: 0xE2, in: bytes) where at + 2 < bytes.count {
        if bytes[at + 1] == 0x80, bytes[at + 2] == 0x9C || bytes[at + 2] == 0x9D { marks.append(at) }
      }
    }
    doc.tokens.withUnsafeBufferPointer { tokens in
      doc.utf8Offsets.withUnsafeBufferPointer { offsets in
        precondition(offsets.count > doc.scalars.count, "a UTF-8 offset per scalar and one past them")
        for at in marks {
          // The first token starting past the mark; the mark is in the gap before it unless it is
          // inside the token before.
          var lo = 0
          var hi = tokens.count
          while lo < hi {
            let mid = (lo &+ hi) >> 1
            if Int(offsets[tokens[mid].start]) <= at { lo = mid &+ 1 } else { hi = mid }
          }
          if lo == 0 || Int(offsets[tokens[lo - 1].end]) <= at { bits[lo >> 6] |= 1 << UInt64(lo & 63) }
        }
      }
    }
    self.bits = bits
    tokenCount = doc.tokens.count
  }

  /// Appends the offset of each `byte` in `bytes` to `out`, in order.
  private static func append(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, to out: inout [Int]) {
    guard let base = bytes.baseAddress else { return }
    var from = 0
    while from < bytes.count, let hit = memchr(base + from, Int32(byte), bytes.count - from) {
      let at = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
      out.append(at)
      from = at + 1
    }
  }

  private static func offsets(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
    var out: [Int] = []
    append(byte, in: bytes, to: &out)
    return out
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
