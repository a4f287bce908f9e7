extension Array {
  /// `append(contentsOf: repeatElement(value, count: more))`, for the tables indexed by word id
  /// (`ScanWord`'s cache, `WordForms`' entries, the key-facts and report-key memos, name starts),
  /// which grow with the word table: forms interned for each new spelling make ~4 ids, and these
  /// tables are grown by doubling each time one passes the last id.
  ///
  /// Written for speed: `append(contentsOf:)` filled the new places one element at a time through
  /// the sequence's iterator (with `ScanWord`'s alone ~310 instructions a new Arabic spelling,
  /// callgrind); here the old elements are copied and the new ones written in two plain loops into
  /// storage of the final size.
  mutating func appendRepeating(_ value: Element, count more: Int) {
    precondition(more >= 0, "appendRepeating: a negative count")
    let old = count
    self = Array(unsafeUninitializedCapacity: old + more) { buffer, initialized in
      let copied = withUnsafeBufferPointer { buffer.initialize(fromContentsOf: $0) }
      UnsafeMutableBufferPointer(rebasing: buffer[copied...]).initialize(repeating: value)
      initialized = old + more
    }
  }
}
