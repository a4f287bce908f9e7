extension String {
  /// The string of `bytes`, which are valid UTF-8 (a `String`'s bytes from one scalar's start to
  /// another's, or the UTF-8 encoding of scalars), copied without checking them again
  /// (`UTF8Span(unchecked:)`), with the ASCII flag `String(decoding:)` would give it.
  ///
  /// Written for speed: `String(decoding:)` checks every byte (~545 instructions for a 23-byte
  /// Arabic name, against ~250 here), and report slices and token texts are made by the thousand.
  /// Debug builds check the bytes.
  init(validUTF8 bytes: UnsafeBufferPointer<UInt8>) {
    assert(String(validating: bytes, as: UTF8.self) != nil, "String(validUTF8:): not UTF-8")
    var span = UTF8Span(unchecked: bytes.span)
    _ = span.checkForASCII()
    self.init(copying: span)
  }
}
