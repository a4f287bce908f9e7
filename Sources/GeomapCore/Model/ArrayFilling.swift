extension Array {
  /// `count` copies of `value`: `Array(repeating:count:)` for the arrays made for every report.
  ///
  /// Written for speed: `Array(repeating:count:)` allocates through a standard library entry point
  /// that is not specialized, which looks the storage's generic type up in the runtime's metadata
  /// cache at every call (some 500 instructions, a few dozen times for every report); copied from
  /// a collection, the array is allocated by code specialized here, its storage type cached after
  /// the first call.
  init(filling value: Element, count: Int) {
    self.init(repeatElement(value, count: count))
  }
}
