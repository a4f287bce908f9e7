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
    var tokens: [Token] = []
    var current = String.UnicodeScalarView()
    var currentScript = Script.other
    var start = 0
    var end = 0
    var offset = 0
    // Where an apostrophe was dropped inside the current token, to cut an English possessive "'s".
    var apostrophe: (count: Int, offset: Int)?

    func flush() {
      if let a = apostrophe, a.count == current.count - 1, current.last == "s" {
        current.removeLast()
        end = a.offset
      }
      apostrophe = nil
      if !current.isEmpty {
        tokens.append(Token(text: String(current), start: start, end: end, script: currentScript))
        current = String.UnicodeScalarView()
      }
    }

    for s in text.unicodeScalars {
      switch Folding.fold(s) {
      case .mark:
        if !current.isEmpty { end = offset + 1 }
      case .invisible:
        if !current.isEmpty && (s == "'" || s == "\u{2019}") { apostrophe = (current.count, offset) }
      case .keep(let folded):
        let script = Folding.script(of: folded)
        if script == .other {
          flush()
        } else {
          if !current.isEmpty && script != currentScript { flush() }
          if current.isEmpty {
            start = offset
            currentScript = script
          }
          current.append(folded)
          end = offset + 1
        }
      }
      offset += 1
    }
    flush()
    return tokens
  }
}
