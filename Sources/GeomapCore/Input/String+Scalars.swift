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
