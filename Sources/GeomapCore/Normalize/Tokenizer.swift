/// The writing system of a token.
public enum Script: String, Hashable, Sendable, Codable { case arabic, latin, digits, other }

/// A word of a report: its folded text and where it stands in the original text.
public struct Token: Hashable, Sendable {
  /// Folded text (see `Folding`).
  public var text: String
  /// Original Unicode scalar offset of the first scalar, inclusive.
  public var start: Int
  /// Original Unicode scalar offset past the last scalar (and its diacritics), exclusive.
  public var end: Int
  public var script: Script

  public init(text: String, start: Int, end: Int, script: Script) {
    self.text = text
    self.start = start
    self.end = end
    self.script = script
  }
}

/// Splits text into tokens in one pass, folding as it goes and keeping original offsets.
public enum Tokenizer {
  /// Maximal runs of letters or digits of one script. Hyphens and punctuation separate tokens;
  /// apostrophes and invisible characters inside a word are dropped (`Ma'arrat` → `maarrat`);
  /// diacritics and tatweel are dropped but stay inside the token's span.
  public static func tokens(in text: String) -> [Token] {
    var builder = Builder()
    for s in text.unicodeScalars { builder.add(s) }
    builder.flush()
    return builder.tokens
  }

  /// The same over text already decoded (a report's scalars are decoded once, for every stage).
  static func tokens(in scalars: [Unicode.Scalar]) -> [Token] {
    var builder = Builder()
    Folding.lowTable.withUnsafeBufferPointer { table in
      for s in scalars {
        guard s.value < UInt32(Folding.lowLimit) else {
          builder.add(s)
          continue
        }
        let entry = table[Int(s.value)]
        switch entry >> 24 & 3 {
        case 1: builder.addMark()
        case 2: builder.addInvisible(s)
        case 3: builder.add(s)
        default:
          // A valid scalar by construction (the table holds `fold`'s results).
          let folded = Unicode.Scalar(entry & 0x1F_FFFF) ?? s
          builder.addKept(folded, script: Folding.script(code: entry >> 28 & 3))
        }
      }
    }
    builder.flush()
    return builder.tokens
  }

  /// The scan's state as a value with mutating methods: a nested function capturing local
  /// variables made every access go through the runtime's exclusivity checks (a tenth of
  /// tokenizing).
  private struct Builder {
    var tokens: [Token] = []
    // The token's folded text is gathered as UTF-8 bytes (one `String` made per token, not one
    // append per scalar: the tokenizer runs over every scalar of every report).
    var current: [UInt8] = []
    var currentCount = 0
    var lastScalar: Unicode.Scalar?
    var currentScript = Script.other
    var start = 0
    var end = 0
    var offset = 0
    // Where an apostrophe was dropped inside the current token, to cut an English possessive "'s".
    var apostrophe: (count: Int, offset: Int)?

    init() { current.reserveCapacity(64) }

    mutating func flush() {
      if let a = apostrophe, a.count == currentCount - 1, lastScalar == "s" {
        current.removeLast()
        currentCount -= 1
        end = a.offset
      }
      apostrophe = nil
      if currentCount > 0 {
        tokens.append(
          Token(text: String(decoding: current, as: UTF8.self), start: start, end: end, script: currentScript))
        current.removeAll(keepingCapacity: true)
        currentCount = 0
        lastScalar = nil
      }
    }

    mutating func add(_ s: Unicode.Scalar) {
      switch Folding.fold(s) {
      case .mark: addMark()
      case .invisible: addInvisible(s)
      case .keep(let folded): addKept(folded, script: Folding.script(of: folded))
      }
    }

    /// A scalar `fold` drops as a mark (it stays inside the token's span).
    @inline(__always)
    mutating func addMark() {
      if currentCount > 0 { end = offset + 1 }
      offset += 1
    }

    /// A scalar `fold` drops as invisible.
    @inline(__always)
    mutating func addInvisible(_ s: Unicode.Scalar) {
      if currentCount > 0 && (s == "'" || s == "\u{2019}") { apostrophe = (currentCount, offset) }
      offset += 1
    }

    /// A scalar `fold` keeps as `folded`, of writing system `script`.
    @inline(__always)
    mutating func addKept(_ folded: Unicode.Scalar, script: Script) {
      if script == .other {
        flush()
      } else {
        if currentCount > 0 && script != currentScript { flush() }
        if currentCount == 0 {
          start = offset
          currentScript = script
        }
        UTF8.encode(folded) { current.append($0) }
        currentCount += 1
        lastScalar = folded
        end = offset + 1
      }
      offset += 1
    }
  }
}
