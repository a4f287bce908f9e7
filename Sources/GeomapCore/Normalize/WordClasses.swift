/// Which of a fixed list of word sets (up to 32) a token's forms meet, as one bit per set.
///
/// Written for speed. A scan that asks each token of a sentence about a dozen word sets made a
/// dozen `WordForms.isDisjoint(with:)` calls per token (each a static access and a walk of the
/// forms); here one walk of the forms gives a mask, and each question is a bit test. The bit of
/// set `k` is set exactly when `!forms.isDisjoint(with: sets[k])`, so a rule reads the same.
struct WordClasses: Sendable {
  /// The class bits of every word of the sets, by word id (0 for other words).
  private let values: [UInt32]
  /// Bit `id` set when word `id` has class bits: a 32nd of `values`, so the test for the many
  /// words of no class stays in cache.
  private let present: [UInt64]

  init(_ sets: [WordSet]) {
    precondition(sets.count <= 32, "WordClasses holds at most 32 sets")
    var values: [UInt32] = []
    for (k, set) in sets.enumerated() {
      for w in set {
        let i = Int(w.id)
        if i >= values.count { values += Array(repeating: 0, count: i + 1 - values.count) }
        values[i] |= 1 << UInt32(k)
      }
    }
    var present = [UInt64](repeating: 0, count: (values.count + 63) / 64)
    for (i, v) in values.enumerated() where v != 0 { present[i >> 6] |= 1 << UInt64(i & 63) }
    self.values = values
    self.present = present
  }

  /// The bits of the sets that one of `forms` belongs to.
  @inline(__always)
  func mask(_ forms: WordForms) -> UInt32 {
    var m: UInt32 = 0
    for w in forms {
      let i = Int(w.id)
      guard i < values.count, present[i >> 6] & (1 << UInt64(i & 63)) != 0 else { continue }
      m |= values[i]
    }
    return m
  }
}
