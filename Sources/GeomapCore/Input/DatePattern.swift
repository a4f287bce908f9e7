/// A date regex compiled for `PlainMatcher`: the small regex subset the date rules are written in.
///
/// Why not just Swift `Regex`: on these patterns it is about 100× slower than matching scalars,
/// because it compares Characters under canonical equivalence and case folding at every step, and
/// no listed package matches date phrases. The rules stay written once, as regex text; this parses
/// that text into nodes which `PlainMatcher` runs over "plain" text (ASCII and bare Arabic letters,
/// where a scalar is a Character and case is ASCII case), with the same backtracking order as
/// `Regex`, so both find the same matches. A pattern outside the subset parses to nil and keeps
/// using `Regex`.
///
/// Subset: `(?i)` at the start, literals, `\b \s \d \p{L}` and escaped punctuation, `[...]` of
/// literals and `\p{L}`, `(?:…)`, `(?<name>…)`, `(?!…)`, `|`, and greedy `? * + {n} {m,n}`.
indirect enum DatePattern {
  /// Scalars in a row (lowercased when the pattern is case-insensitive).
  case literal([UInt32])
  /// One scalar of a class.
  case oneOf(ScalarClass)
  /// `\b`: a Unicode (UAX #29) word boundary, as `Regex` uses by default.
  case boundary
  /// An ordered alternation of sequences, captured under an index when `capture` is set.
  case group([[DatePattern]], capture: Int?)
  /// `(?!…)`.
  case notAhead([[DatePattern]])
  /// A greedy repetition.
  case repeated(DatePattern, min: Int, max: Int)

  /// A set of single scalars: `\s`, `\d`, `\p{L}` or listed scalars.
  struct ScalarClass {
    var spaces = false
    var digits = false
    var letters = false
    var members: [UInt32] = []
  }
}

/// A parsed pattern: its alternatives, capture names by index, and case-insensitivity. A class, so
/// handing it to a `PlainMatcher` per claim span is one retain, not one per array it holds.
final class CompiledDatePattern {
  let alternatives: [[DatePattern]]
  let captureNames: [String]
  let caseInsensitive: Bool
  /// Which scalars below `startTableSize` can begin a match; nil when any scalar can.
  let starts: [Bool]?
  /// The alternatives flattened for `PlainMatcher`.
  let program: DateProgram

  static let startTableSize = 0x700

  /// Parses `regex`; nil when it uses syntax outside the subset.
  init?(_ regex: String) {
    var parser = DatePatternParser(Array(regex.unicodeScalars))
    guard let (alternatives, names, insensitive) = parser.parse() else { return nil }
    self.alternatives = alternatives
    captureNames = names
    caseInsensitive = insensitive
    starts = Self.startTable(alternatives)
    program = DateProgram(alternatives)
  }

  /// The scalars a match can begin with, from each alternative's first consuming node.
  static func startTable(_ alternatives: [[DatePattern]]) -> [Bool]? {
    var table = [Bool](repeating: false, count: startTableSize)
    func mark(_ v: UInt32) -> Bool {
      guard v < startTableSize else { return false }
      table[Int(v)] = true
      if (0x61...0x7A).contains(v) { table[Int(v) - 0x20] = true }
      return true
    }
    /// Marks what `nodes[from...]` can start with; false when that is not a small known set.
    func first(_ nodes: [DatePattern], _ from: Int) -> Bool {
      guard from < nodes.count else { return false }  // can match empty: any start
      switch nodes[from] {
      case .literal(let scalars): return mark(scalars[0])
      case .oneOf(let c):
        if c.letters { return false }
        if c.digits { for v in UInt32(0x30)...0x39 { _ = mark(v) } }
        if c.spaces { for v in [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20] as [UInt32] { _ = mark(v) } }
        return c.members.allSatisfy(mark)
      case .boundary, .notAhead: return first(nodes, from + 1)
      case .group(let alts, _):
        return alts.allSatisfy { first($0 + nodes[(from + 1)...], 0) }
      case .repeated(let inner, let min, _):
        guard first([inner], 0) else { return false }
        return min > 0 || first(nodes, from + 1)
      }
    }
    return alternatives.allSatisfy { first($0, 0) } ? table : nil
  }
}

/// Recursive descent over the regex text; every unsupported construct fails the whole parse.
struct DatePatternParser {
  let s: [Unicode.Scalar]
  var i = 0
  var names: [String] = []
  var insensitive = false

  init(_ scalars: [Unicode.Scalar]) { s = scalars }

  mutating func parse() -> ([[DatePattern]], [String], Bool)? {
    if eat("(?i)") { insensitive = true }
    guard let alts = alternation(), i == s.count else { return nil }
    return (alts, names, insensitive)
  }

  /// Consumes `text` (ASCII syntax such as "(?:") when it comes next; compared byte by scalar
  /// without building arrays, as this is called several times per pattern character.
  mutating func eat(_ text: StaticString) -> Bool {
    let matched = text.withUTF8Buffer { t -> Bool in
      guard i + t.count <= s.count else { return false }
      for (k, b) in t.enumerated() where s[i + k].value != UInt32(b) { return false }
      return true
    }
    if matched { i += text.utf8CodeUnitCount }
    return matched
  }

  mutating func alternation() -> [[DatePattern]]? {
    var alts: [[DatePattern]] = []
    while true {
      guard let seq = sequence() else { return nil }
      alts.append(seq)
      if !eat("|") { return alts }
    }
  }

  mutating func sequence() -> [DatePattern]? {
    var nodes: [DatePattern] = []
    // The literal scalars in a row so far, the sequence's last node once it ends: one `.literal`
    // for the run. (Joining each scalar to the last node's array made and freed an array per
    // scalar, most of parsing the date rules at start.)
    var run: [UInt32] = []
    func endRun() {
      if !run.isEmpty { nodes.append(.literal(run)) }
      run.removeAll()
    }
    while i < s.count && s[i] != "|" && s[i] != ")" {
      if let v = plainLiteral(at: i) {
        run.append(v)
        i += 1
        continue
      }
      guard let a = atom() else { return nil }
      guard let q = quantifier() else { return nil }
      if case .literal(let scalars) = a, let v = scalars.first, PlainText.isHaraka(v) {
        // A haraka is part of the letter before it (one Character): only «اً»-like literals.
        guard q == nil, let last = run.last, PlainText.isArabicLetter(last) || PlainText.isHaraka(last)
        else { return nil }
      }
      if let (min, max) = q {
        endRun()
        nodes.append(.repeated(a, min: min, max: max))
      } else if case .literal(let next) = a {
        run += next
      } else {
        endRun()
        nodes.append(a)
      }
    }
    endRun()
    return nodes
  }

  /// The scalar at `k`, folded, when it is a literal standing alone: no syntax, not a haraka, and
  /// no quantifier after it. What `atom` and `quantifier` make of it, read without the boxed node
  /// and the array `atom` builds and `sequence` frees for each scalar of the rules' word lists.
  func plainLiteral(at k: Int) -> UInt32? {
    switch s[k] {
    case "(", ")", "[", "]", "\\", ".", "^", "$", "{", "}", "*", "+", "?", "|": return nil
    default: break
    }
    if k + 1 < s.count {
      switch s[k + 1] {
      case "?", "*", "+", "{": return nil
      default: break
      }
    }
    let v = fold(s[k].value)
    return PlainText.isHaraka(v) ? nil : v
  }

  /// nil on a syntax error, `.some(nil)` when there is no quantifier.
  mutating func quantifier() -> (Int, Int)?? {
    let q: (Int, Int)?
    if eat("?") {
      q = (0, 1)
    } else if eat("*") {
      q = (0, Int.max)
    } else if eat("+") {
      q = (1, Int.max)
    } else if eat("{") {
      guard let m = number() else { return nil }
      var n = m
      if eat(",") { guard let upper = number() else { return nil }; n = upper }
      guard eat("}"), m <= n else { return nil }
      q = (m, n)
    } else {
      return .some(nil)
    }
    // Lazy and possessive quantifiers are outside the subset.
    if i < s.count && (s[i] == "?" || s[i] == "+") { return nil }
    return .some(q)
  }

  mutating func number() -> Int? {
    var n: Int?
    while i < s.count, let d = s[i].properties.numericType == .decimal ? Int(String(s[i])) : nil {
      n = (n ?? 0) * 10 + d
      i += 1
    }
    return n
  }

  mutating func atom() -> DatePattern? {
    guard i < s.count else { return nil }
    let c = s[i]
    i += 1
    switch c {
    case "(":
      let capture: Int?
      var negative = false
      if eat("?:") {
        capture = nil
      } else if eat("?!") {
        (capture, negative) = (nil, true)
      } else if eat("?<") {
        var name = ""
        while i < s.count && s[i] != ">" { name.unicodeScalars.append(s[i]); i += 1 }
        guard eat(">"), !name.isEmpty else { return nil }
        capture = names.count
        names.append(name)
      } else {
        return nil  // plain groups capture by number: not used by the date rules
      }
      guard let alts = alternation(), eat(")") else { return nil }
      return negative ? .notAhead(alts) : .group(alts, capture: capture)
    case "[": return characterClass()
    case "\\": return escape(inClass: false)
    case ".", "^", "$", "{", "}", "*", "+", "?", "]": return nil
    default: return .literal([fold(c.value)])
    }
  }

  mutating func characterClass() -> DatePattern? {
    var c = DatePattern.ScalarClass()
    guard i < s.count, s[i] != "^" else { return nil }
    while i < s.count && s[i] != "]" {
      let x = s[i]
      i += 1
      if x == "\\" {
        guard case .oneOf(let e)? = escape(inClass: true) else { return nil }
        c.spaces = c.spaces || e.spaces
        c.digits = c.digits || e.digits
        c.letters = c.letters || e.letters
        c.members += e.members
      } else if x == "-" && !c.members.isEmpty && i < s.count && s[i] != "]" {
        return nil  // ranges are outside the subset
      } else {
        guard !PlainText.isHaraka(x.value) else { return nil }
        c.members.append(fold(x.value))
      }
    }
    guard eat("]") else { return nil }
    return .oneOf(c)
  }

  mutating func escape(inClass: Bool) -> DatePattern? {
    guard i < s.count else { return nil }
    let c = s[i]
    i += 1
    switch c {
    case "b": return inClass ? nil : .boundary
    case "s": return .oneOf(DatePattern.ScalarClass(spaces: true))
    case "d": return .oneOf(DatePattern.ScalarClass(digits: true))
    case "p": return eat("{L}") ? .oneOf(DatePattern.ScalarClass(letters: true)) : nil
    default:
      // Escaped punctuation stands for itself; escaped letters and digits mean something else.
      guard c.isASCII, !c.properties.isAlphabetic, c.properties.numericType == nil else { return nil }
      return inClass ? .oneOf(DatePattern.ScalarClass(members: [c.value])) : .literal([c.value])
    }
  }

  func fold(_ v: UInt32) -> UInt32 { insensitive ? PlainText.lowerASCII(v) : v }
}
