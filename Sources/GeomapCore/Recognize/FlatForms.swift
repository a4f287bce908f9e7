/// Every token's forms (`ReportText.forms` or `plainForms`) laid end to end in one array of words.
///
/// Reading a `WordForms` out of `[WordForms]` copies it (a retain and a release of its array); the
/// phrase matcher asks about every token for every lexicon, and those copies were most of its time.
/// Words of a flat array are plain integers, read without any reference counting.
struct FlatForms: Sendable {
  /// The forms of token `i` are `words[starts[i]..<starts[i + 1]]`.
  let words: [Word]
  let starts: [Int32]

  init(_ forms: [WordForms]) { self.init(lists: forms.map(\.words)) }

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
