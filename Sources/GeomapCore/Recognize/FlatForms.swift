/// Every token's forms (`ReportText.forms` or `plainForms`) laid end to end in one block of words.
///
/// One block per report instead of one array per token: building and freeing a report's forms was a
/// tenth of its set-up. The words sit in memory this value owns (through `Storage`) and are read
/// through plain pointers, so `forms[i]` is a `WordForms` view holding no reference: the relation
/// rules ask `doc.forms[t].isDisjoint(with:)` for token after token, and with an `ArraySlice`
/// every such question retained and released the report's array (a fifth of all samples were
/// reference counting on 2 MB of Arabic).
struct FlatForms: @unchecked Sendable {
  /// Owns the memory `words` and `starts` point into, freed with the last copy of the `FlatForms`.
  /// Written once in `init`, never after (hence `@unchecked Sendable` above).
  private final class Storage {
    let words: UnsafeMutableBufferPointer<Word>
    let starts: UnsafeMutableBufferPointer<Int32>

    init(words: [Word], starts: [Int32]) {
      self.words = .allocate(capacity: words.count)
      _ = self.words.initialize(from: words)
      self.starts = .allocate(capacity: starts.count)
      _ = self.starts.initialize(from: starts)
    }

    /// Room for `wordCount` words and `startCount` starts, to be written once before use (both
    /// are trivial types: assigning into the fresh memory initialises it).
    init(wordCount: Int, startCount: Int) {
      words = .allocate(capacity: wordCount)
      starts = .allocate(capacity: startCount)
    }

    deinit {
      words.deallocate()
      starts.deallocate()
    }
  }

  private let storage: Storage
  /// The forms of token `i` are `words[starts[i]..<starts[i + 1]]`.
  let words: UnsafeBufferPointer<Word>
  let starts: UnsafeBufferPointer<Int32>

  init(words: [Word], starts: [Int32]) {
    self.init(storage: Storage(words: words, starts: starts))
  }

  private init(storage: Storage) {
    self.storage = storage
    words = UnsafeBufferPointer(storage.words)
    starts = UnsafeBufferPointer(storage.starts)
  }

  /// `listCount` lists of `wordCount` words in all, written by `fill` straight into the block:
  /// every word, and the start of each list (the end of the last is set here). `WordForms.layOut`
  /// knows the sizes before it copies the forms out, and building arrays first cost a copy.
  static func filled<R>(
    wordCount: Int, listCount: Int,
    _ fill: (_ words: UnsafeMutableBufferPointer<Word>, _ starts: UnsafeMutableBufferPointer<Int32>) -> R
  ) -> (FlatForms, R) {
    let storage = Storage(wordCount: wordCount, startCount: listCount + 1)
    let r = fill(storage.words, UnsafeMutableBufferPointer(rebasing: storage.starts[..<listCount]))
    storage.starts[listCount] = Int32(wordCount)
    return (FlatForms(storage: storage), r)
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
    self.init(words: words, starts: starts)
  }

  /// Token `i`'s forms: a view valid while this `FlatForms` (its report) lives — read it where it
  /// is asked for, never store it.
  @inline(__always)
  subscript(i: Int) -> WordForms {
    let r = range(of: i)
    return WordForms(UnsafeBufferPointer(rebasing: words[r]))
  }

  /// Indices into `words` of token `i`'s forms.
  @inline(__always)
  func range(of i: Int) -> Range<Int> {
    precondition(i >= 0 && i + 1 < starts.count, "token index out of range")
    return Int(starts[i])..<Int(starts[i + 1])
  }

  /// The token whose forms hold `words[k]`: the last list starting at or before `k` (a list
  /// before it that starts there too is empty).
  func token(ofWordAt k: Int) -> Int {
    precondition(k >= 0 && k < words.count && starts.count >= 2, "word index out of range")
    // The last `i` below `starts.count - 1` with `starts[i] <= k`: `starts[0]` is 0.
    var lo = 0
    var hi = starts.count - 2
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if Int(starts[mid]) <= k { lo = mid } else { hi = mid - 1 }
    }
    return lo
  }

  /// True when `w` is one of token `i`'s forms.
  @inline(__always)
  func contains(_ w: Word, at i: Int) -> Bool {
    for k in range(of: i) where words[k] == w { return true }
    return false
  }
}
