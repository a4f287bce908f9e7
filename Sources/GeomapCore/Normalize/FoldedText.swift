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
    // Room made once (a string has no more scalars than UTF-8 bytes): the relation rules fold a
    // token's text at a time, and growing both arrays from empty was several blocks per call.
    let bound = text.utf8.count
    scalars.reserveCapacity(bound)
    offsets.reserveCapacity(bound + 1)
    var offset = 0
    Folding.lowTable.withUnsafeBufferPointer { table in
      for s in text.unicodeScalars {
        if let folded = Folding.kept(s, table: table) {
          scalars.append(folded)
          offsets.append(offset)
        }
        offset += 1
      }
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
