/// Which gaps between a report's tokens hold a quote mark, as running counts: whether any gap in a
/// run of tokens holds one is a subtraction.
///
/// Why: `PlaceRecognizer.quotedName` asks this of the seven gaps around every candidate span, and
/// scanning those scalars (the tokens' own included) per span cost more than reading every gap of
/// the report once, as here.
struct QuoteGaps {
  /// At `i`: how many of the gaps before tokens `0..<i` hold a quote mark; the gap before token
  /// `tokens.count` is the text after the last token.
  private let counts: [Int32]

  init(_ doc: ReportText) {
    let tokens = doc.tokens
    let scalars = doc.scalars
    var counts = [Int32](filling: 0, count: tokens.count + 2)
    var running: Int32 = 0
    // Read and written through buffers, each gap's scalars by index: a slice and a `contains`
    // closure per gap cost more than the gap's few scalars, and each count written into the array
    // checked its uniqueness (this runs for every token of a report).
    counts.withUnsafeMutableBufferPointer { counts in
      tokens.withUnsafeBufferPointer { tokens in
        scalars.withUnsafeBufferPointer { scalars in
          precondition(counts.count == tokens.count + 2, "QuoteGaps: a count per gap")
          for i in 0...tokens.count {
            var p = i == 0 ? 0 : tokens[i - 1].end
            let hi = min(i < tokens.count ? tokens[i].start : scalars.count, scalars.count)
            while p < hi {
              if PlaceRecognizer.isQuoteMark(scalars[p]) {
                running += 1
                break
              }
              p += 1
            }
            counts[i + 1] = running
          }
        }
      }
    }
    self.counts = counts
  }

  /// True when a gap before one of the tokens `range` (clamped to `0...tokens.count`) holds a mark.
  func anyMark(before range: ClosedRange<Int>) -> Bool {
    let lo = max(0, range.lowerBound)
    let hi = min(counts.count - 2, range.upperBound)
    guard lo <= hi else { return false }
    return counts[hi + 1] > counts[lo]
  }
}
