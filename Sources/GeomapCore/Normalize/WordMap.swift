/// A lexicon table from words to values, as an array indexed by word id.
///
/// Trigger nouns and direction words are looked up for token after token by the recognizer and the
/// relation rules; a `[Word: Value]` ran SipHash on the id for every lookup. Lexicon words are
/// interned before any report (`Lexicons.loaded`), so their ids are small and the array short.
struct WordMap<Value: Sendable>: Sendable {
  private let slots: [Value?]

  /// From a dictionary, or any collection of (word, value) pairs with distinct words.
  init<Pairs: Collection>(_ pairs: Pairs) where Pairs.Element == (key: Word, value: Value) {
    var slots = [Value?](repeating: nil, count: (pairs.map { Int($0.key.id) }.max() ?? -1) + 1)
    for (w, v) in pairs { slots[Int(w.id)] = v }
    self.slots = slots
  }

  /// The value of `w`, nil when it has none (as `Dictionary`'s subscript).
  @inline(__always)
  subscript(_ w: Word) -> Value? {
    let i = Int(w.id)
    return i < slots.count ? slots[i] : nil
  }
}
