/// Text folded for matching (see `Folding`), with a map back to the original Unicode scalar offsets.
public struct FoldedText: Sendable {
  /// The folded scalars.
  public let scalars: [Unicode.Scalar]
  /// `originalOffsets[i]` is the original scalar offset of folded scalar `i`; one extra element holds
  /// the original length, so any folded range maps back with end exclusive.
  public let originalOffsets: [Int]

  public init(_ text: String) {
    var scalars: [Unicode.Scalar] = []
    var offsets: [Int] = []
    scalars.reserveCapacity(text.unicodeScalars.underestimatedCount)
    var offset = 0
    for s in text.unicodeScalars {
      if case .keep(let folded) = Folding.fold(s) {
        scalars.append(folded)
        offsets.append(offset)
      }
      offset += 1
    }
    offsets.append(offset)
    self.scalars = scalars
    self.originalOffsets = offsets
  }

  /// The folded text as a String.
  public var string: String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }

  /// Original scalar range (end exclusive) of the folded range.
  public func originalRange(_ folded: Range<Int>) -> Range<Int> {
    let start = originalOffsets[folded.lowerBound]
    let end = folded.isEmpty ? start : originalOffsets[folded.upperBound - 1] + 1
    return start..<end
  }
}
