extension String {
  /// The text of `scalars`, its UTF-8 written once into a string of the right size.
  ///
  /// Date phrases and captures are cut out of decoded scalars; appending them to a
  /// `String.UnicodeScalarView` went through its generic, growing path (a visible share of dating).
  init(utf8Of scalars: ArraySlice<Unicode.Scalar>) {
    var length = 0
    for s in scalars { length += UTF8.width(s) }
    self.init(unsafeUninitializedCapacity: length) { out in
      var n = 0
      for s in scalars {
        UTF8.encode(s) { byte in
          out[n] = byte
          n += 1
        }
      }
      return n
    }
  }
}

extension String {
  /// The text's scalars, decoded in one pass into an array of the most they can number (one a
  /// byte): `Array(unicodeScalars)` walked the text twice, to count and to copy, through generic
  /// code (some 50 instructions a scalar, for every report's head).
  var scalarArray: [Unicode.Scalar] {
    [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { out, count in
      var n = 0
      for s in unicodeScalars {
        precondition(n < out.count, "more scalars than UTF-8 bytes")
        out.initializeElement(at: n, to: s)
        n += 1
      }
      count = n
    }
  }
}
