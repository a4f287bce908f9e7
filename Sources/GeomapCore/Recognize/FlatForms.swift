/// Every token's forms (`ReportText.forms` or `plainForms`) laid end to end in one array of words.
///
/// One array per report instead of one per token: building and freeing a report's forms was a
/// tenth of its set-up, and the phrase matcher reads the words as plain integers without any
/// reference counting. `forms[i]` is token `i`'s forms as a slice.
struct FlatForms: Sendable {
  /// The forms of token `i` are `words[starts[i]..<starts[i + 1]]`.
  let words: [Word]
  let starts: [Int32]

  init(words: [Word], starts: [Int32]) {
    self.words = words
    self.starts = starts
  }

  /// Lists of words laid end to end (also the phrase table of `PhraseMatcher`: list `i` is phrase `i`).
  init(lists: [[Word]]) {
    var words: [Word] = []
    var starts: [Int32] = []
    words.reserveCapacity(lists.count * 2)
    starts.reserveCapacity(lists.count + 1)
    for l in lists {
      starts.append(Int32(words.count))
      words.append(contentsOf: l)
    }
    starts.append(Int32(words.count))
    self.words = words
    self.starts = starts
  }

  /// Token `i`'s forms.
  subscript(i: Int) -> WordForms { WordForms(slice: words[range(of: i)]) }

  /// Indices into `words` of token `i`'s forms.
  @inline(__always)
  func range(of i: Int) -> Range<Int> { Int(starts[i])..<Int(starts[i + 1]) }

  /// True when `w` is one of token `i`'s forms.
  @inline(__always)
  func contains(_ w: Word, at i: Int) -> Bool {
    for k in range(of: i) where words[k] == w { return true }
    return false
  }
}
