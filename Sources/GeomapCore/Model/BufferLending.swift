extension Array {
  /// This array's storage, emptied, leaving an empty array in its place.
  ///
  /// For working buffers a caller keeps across many calls (`MovementExtractor.Scratch`,
  /// `RelativeDateResolver.Scratch`, `DateWindows.Buffers`): the callee takes the buffer, fills it
  /// and gives it back (by assignment or `swap`), so its storage is reused and never shared — a
  /// buffer still referenced by the caller would be copied on its first write. (Emptied only when it
  /// holds something: most buffers come back empty, and emptying one is a call of its own.)
  @inline(__always)
  mutating func takeEmptied() -> [Element] {
    var taken: [Element] = []
    swap(&taken, &self)
    if !taken.isEmpty { taken.removeAll(keepingCapacity: true) }
    return taken
  }
}
