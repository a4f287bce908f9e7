/// Matching keys for place names, shared by the gazetteer index and the text scanner.
///
/// A loose key is deliberately forgiving (it finds candidates); ranking then prefers exact spellings.
public enum NameKey {
  /// Loose matching key of a name: folded, article removed from each word, spaces and punctuation
  /// removed, transliteration variants collapsed.
  public static func loose(_ name: String) -> String {
    // A name that is one folded word already (a report's token: nearly every name keyed) is its own
    // only token, found by one pass over its scalars: tokenizing it again (the `Builder` path) cost
    // ~2.3k instructions and three heap blocks a call.
    if Tokenizer.isOneFoldedWord(name) { return looseWord(name, isFirst: true, isOnly: true) }
    // Not one folded word: `tokens(in:)` would only ask that again.
    return loose(tokens: Tokenizer.referenceTokens(in: name).map(\.text))
  }

  /// `loose(name)`, remembered per spelling: for names keyed again and again (a gazetteer entry's
  /// name in every same-place test while movements and claims merge, a report's word in every span
  /// it ends). Bounded, so a long batch cannot grow it without limit.
  static func looseCached(_ name: String) -> String {
    let key = ByteKey(name)
    if let known = looseCache.withLock({ $0[key] }) { return known }
    let made = loose(name)
    looseCache.withLock { cache in
      if cache.count >= 100_000 { cache.removeAll(keepingCapacity: true) }
      cache[key] = made
    }
    return made
  }

  private static let looseCache = Locked<[ByteKey: String]>([:])

  /// Loose key of tokens already folded by the `Tokenizer`, in order.
  public static func loose(tokens: [String]) -> String {
    var out = ""
    for (i, token) in tokens.enumerated() {
      out += looseWord(token, isFirst: i == 0, isOnly: tokens.count == 1)
    }
    return out
  }

  /// The keys a gazetteer name is indexed under: the loose key, plus the key of the name written as
  /// one word («ديرالزور» for «دير الزور»), where inner articles stay glued.
  public static func indexKeys(_ name: String) -> [String] {
    let tokens = Tokenizer.tokens(in: name).map(\.text)
    guard !tokens.isEmpty else { return [] }
    var keys = [loose(tokens: tokens)]
    if tokens.count > 1 {
      let fused = looseWord(tokens.joined(), isFirst: true, isOnly: true)
      if !keys.contains(fused) { keys.append(fused) }
    }
    return keys.filter { !$0.isEmpty }
  }

  /// A looser key than `loose`, for a second look-up when a name after a trigger noun matches no
  /// name (`PlaceRecognizer.spelledAlike`): spellings of one village differ most in their vowels
  /// ("Trumba" / Turumbah, "Kinsabba" / Kinnsibba) and, in Arabic, in the emphatic letters
  /// («كنصفرة» / «كنسفرة», «ترمبة» / «طرمبة»). A Latin key keeps its first letter and its consonants;
  /// an Arabic key folds ط ص ض ظ ذ ث into ت س د ز ز س and drops alef after the first letter. Doubled
  /// letters collapse. "~" opens it, which no loose key holds. Nil for a key of mixed scripts, or
  /// with fewer than four letters left (three consonants say too little).
  public static func alike(looseKey key: String) -> String? {
    var out: [Unicode.Scalar] = []
    var latin = false
    var arabic = false
    for (i, s) in key.unicodeScalars.enumerated() {
      var c = s
      if s.isASCII {
        guard s.properties.isAlphabetic || ("0"..."9").contains(s) else { return nil }
        latin = true
        if i > 0, "aeiou".unicodeScalars.contains(s) { continue }
      } else {
        arabic = true
        switch s {
        case "ط": c = "ت"
        case "ص", "ث": c = "س"
        case "ض": c = "د"
        case "ظ", "ذ": c = "ز"
        case "ا" where i > 0: continue
        default: break
        }
      }
      if out.last != c { out.append(c) }
    }
    guard !(latin && arabic), out.count >= 4 else { return nil }
    var made = "~"
    made.unicodeScalars.append(contentsOf: out)
    return made
  }

  /// Exact key: folded, spaces, hyphens and punctuation removed, articles kept.
  public static func exact(_ name: String) -> String {
    Tokenizer.joinedTokens(in: name)
  }

  /// Readings of a folded Arabic token with glued clitics removed, the plain token first:
  /// «والرقه» → والرقه, الرقه; «للحجر» → للحجر, الحجر; «وبالميادين» → …, الميادين.
  public static func cliticReadings(_ token: String) -> [CliticReading] {
    let prefixes = cliticPrefixes(of: token)
    guard prefixes.conjunction > 0 || prefixes.preposition > 0 else {
      return [CliticReading(stem: token, prefixLength: 0)]
    }
    var readings: [CliticReading] = []
    readings.reserveCapacity(3)
    readings.append(CliticReading(stem: token, prefixLength: 0))
    if prefixes.conjunction > 0 {
      readings.append(
        CliticReading(
          stem: cliticStem(of: token, after: prefixes.conjunction, articleBack: false),
          prefixLength: prefixes.conjunction))
    }
    if prefixes.preposition > 0 {
      readings.append(
        CliticReading(
          stem: cliticStem(of: token, after: prefixes.preposition, articleBack: prefixes.articleBack),
          prefixLength: prefixes.preposition))
    }
    return readings
  }

  /// The stem of `token` after a clitic prefix of `prefix` scalars found by `cliticPrefixes`, with
  /// the article's alef given back when `articleBack`.
  ///
  /// Made from the token's bytes in one step: the clitics (و ف ب ل ك) are two UTF-8 bytes each, so
  /// the stem is the bytes after the first `2 × prefix` (slicing the scalars by index and building
  /// a `String` from them cost ~450 instructions a stem).
  static func cliticStem(of token: String, after prefix: Int, articleBack: Bool) -> String {
    var token = token
    return token.withUTF8 { bytes in
      let cut = 2 * prefix
      // The cut falls on a scalar's first byte, after `prefix` two-byte letters.
      precondition(
        cut < bytes.count && bytes[cut] & 0xC0 != 0x80 && (0..<prefix).allSatisfy { bytes[2 * $0] & 0xE0 == 0xC0 },
        "clitics are two-byte letters")
      let rest = UnsafeBufferPointer(rebasing: bytes[cut...])
      guard articleBack else { return String(decoding: rest, as: UTF8.self) }
      let alef = ArabicWord.alefBytes
      return String(unsafeUninitializedCapacity: alef.count + rest.count) { out in
        _ = UnsafeMutableBufferPointer(rebasing: out[..<alef.count]).initialize(fromContentsOf: alef)
        _ = UnsafeMutableBufferPointer(rebasing: out[alef.count...]).initialize(fromContentsOf: rest)
        return out.count
      }
    }
  }

  /// The clitic prefixes `cliticReadings` takes off `token`, each at most once: the length in
  /// scalars of the conjunction و / ف (1, or 0 for none) and of the conjunction and the preposition
  /// ب / ل / ك after it (0 for none, and 0 when it would take no more than the conjunction), each
  /// leaving at least two scalars; `articleBack` when the preposition is ل written before the
  /// article's ل («للرقه» = ل + الرقه: its stem gets the article's alef back). `WordForms` reads the
  /// stems off a token's bytes from these.
  static func cliticPrefixes(of token: String) -> (conjunction: Int, preposition: Int, articleBack: Bool) {
    // Any token not opening with a clitic letter (most) is answered by its first two bytes; reading
    // its first scalars through the view cost ~200 instructions a new spelling.
    guard token.utf8.withContiguousStorageIfAvailable(opensWithClitic) ?? true else { return (0, 0, false) }
    // The clitics are among the first three scalars, read in place; whether there is a fourth is
    // all the length that matters (a prefix of one or two leaves two scalars).
    var scalars = token.unicodeScalars.makeIterator()
    guard let first = scalars.next(), let second = scalars.next(), let third = scalars.next() else {
      return (0, 0, false)
    }
    return cliticPrefixes(first, second, third, hasFourth: scalars.next() != nil)
  }

  /// Whether the UTF-8 bytes `b` open with a clitic letter, the only way a token takes a clitic
  /// off: و ف ب ل ك, two bytes each (D9 88, D9 81, D8 A8, D9 84, D9 83).
  @inline(__always)
  static func opensWithClitic(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard b.count >= 2 else { return false }
    if b[0] == 0xD8 { return b[1] == 0xA8 }
    return b[0] == 0xD9 && (b[1] == 0x88 || b[1] == 0x81 || b[1] == 0x84 || b[1] == 0x83)
  }

  /// `cliticPrefixes(of:)` of a token of three scalars or more, given its first three and whether
  /// it has a fourth (`ArabicWord` reads them off the token's bytes).
  static func cliticPrefixes(
    _ first: Unicode.Scalar, _ second: Unicode.Scalar, _ third: Unicode.Scalar, hasFourth: Bool
  ) -> (conjunction: Int, preposition: Int, articleBack: Bool) {
    guard Folding.script(of: first) == .arabic else { return (0, 0, false) }
    let count = hasFourth ? 4 : 3
    // Conjunction و / ف, then a preposition ب / ل / ك, in that order, at most one of each.
    let i = first == "\u{0648}" || first == "\u{0641}" ? 1 : 0
    let candidate = i == 0 ? first : second
    let j = candidate == "\u{0628}" || candidate == "\u{0644}" || candidate == "\u{0643}" ? i + 1 : i
    let conjunction = i > 0 && count - i >= 2 ? i : 0
    let preposition = j > i && count - j >= 2 ? j : 0
    // ل + ال is written لل: the scalar after the preposition is the article's ل.
    let afterPreposition = j == 1 ? second : third
    return (conjunction, preposition, preposition > 0 && candidate == "\u{0644}" && afterPreposition == "\u{0644}")
  }

  static let latinArticles: Set<String> = [
    "al", "el", "ad", "ar", "as", "ash", "az", "an", "at", "ed", "er", "es", "ez", "ul", "ud", "ur",
    "us", "ush", "uz", "ath", "adh", "dh",
  ]
  /// Articles also common English words: dropped only inside a name, never as its first word.
  static let englishWords: Set<String> = ["as", "an", "at"]

  /// `looseWord(token, isFirst:isOnly:)` in the three places a word takes in a name: alone, first
  /// of several, later. Only a Latin article's keys differ (see `dropsArticle`), so the word is keyed
  /// once instead of three times.
  static func looseWordKeys(_ token: String) -> (only: String, first: String, later: String) {
    let key = looseWord(token, isFirst: true, isOnly: true)
    // Every Latin article is a Latin word: no need to read the token's first scalar's script.
    guard isLatinArticle(token) else { return (key, key, key) }
    return (
      key, dropsArticle(token, isFirst: true, isOnly: false) ? "" : key,
      dropsArticle(token, isFirst: false, isOnly: false) ? "" : key
    )
  }

  /// Whether the Latin word `token` is an article left out of a name's key in that place.
  private static func dropsArticle(_ token: String, isFirst: Bool, isOnly: Bool) -> Bool {
    !isOnly && isLatinArticle(token) && !(isFirst && englishWords.contains(token))
  }

  /// `latinArticles.contains(token)`, asked of a word's byte count first: hashing every Latin word
  /// a name scan keys for the set cost more than keying most of them.
  private static func isLatinArticle(_ token: String) -> Bool {
    token.utf8.count <= longestLatinArticle && latinArticles.contains(token)
  }
  private static let longestLatinArticle = latinArticles.map(\.utf8.count).max() ?? 0

  static func looseWord(_ token: String, isFirst: Bool, isOnly: Bool) -> String {
    // The first scalar by the view's iterator: `first` (index, validation, subscript) cost several
    // times as much, once for every word keyed.
    var scalars = token.unicodeScalars.makeIterator()
    guard let first = scalars.next() else { return "" }
    switch Folding.script(of: first) {
    case .arabic:
      // The article «ال» comes off a word of four scalars or more; a word without one is returned
      // as it is. By bytes: the article is four (ا D8 A7, ل D9 84), the key the bytes after them
      // when they hold two scalars or more (two first bytes). Slicing the scalars by index and
      // making a `String` of them cost ~400 instructions for every word keyed.
      var word = token
      let stripped = word.withUTF8 { bytes -> String? in
        guard bytes.count >= 6, bytes[0] == 0xD8, bytes[1] == 0xA7, bytes[2] == 0xD9, bytes[3] == 0x84,
          bytes[5...].contains(where: { $0 & 0xC0 != 0x80 })
        else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[4...]), as: UTF8.self)
      }
      return stripped ?? token
    case .latin:
      if dropsArticle(token, isFirst: isFirst, isOnly: isOnly) { return "" }
      return latinKey(token)
    default:
      return token
    }
  }

  /// The key of a Latin word: its skeleton (`skeleton`) after any article glued to it
  /// (`assimilatesArticle`).
  ///
  /// An ASCII word (nearly every one) is read as scalars, which compare as its Characters do (no
  /// ASCII scalar but CR is the start of a longer Character): comparing Characters, in arrays of
  /// them, cost ~15k instructions and a dozen heap blocks a word. Any other word as Characters.
  static func latinKey(_ token: String) -> String {
    // The ASCII word's own bytes read as letters, in place: mapping the view itself cost ~700
    // instructions a word, and an array of the letters (with the article taken off it) a heap
    // block more.
    var token = token
    let ascii = token.withUTF8 { bytes -> String? in
      guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
      return bytes.withMemoryRebound(to: ASCIILetter.self) { letters in
        let word = assimilatesArticle(letters) ? UnsafeBufferPointer(rebasing: letters[2...]) : letters
        // The key's letters written into a buffer on the stack (the array `skeleton(_:)` returns
        // was a heap block a new Latin spelling, a third of keying it). An `ASCIILetter` is its byte
        // (stride 1): the key's UTF-8 is read straight off the buffer.
        return withUnsafeTemporaryAllocation(of: ASCIILetter.self, capacity: word.count) { buffer in
          let key = UnsafeMutableBufferPointer(rebasing: buffer[..<skeleton(word, into: buffer)])
          defer { key.deinitialize() }
          return String(decoding: UnsafeRawBufferPointer(key), as: UTF8.self)
        }
      }
    }
    if let ascii { return ascii }
    var c = Array(token)
    if assimilatesArticle(c) { c.removeFirst(2) }
    return String(skeleton(Array(String(c).unicodeScalars).map { Character($0) }))
  }

  /// An ASCII scalar of a Latin word as `latinKey` compares it: by its byte (its only stored
  /// property, so a word's bytes can be read as its letters).
  struct ASCIILetter: Equatable, ExpressibleByUnicodeScalarLiteral {
    let byte: UInt8
    init(byte: UInt8) { self.byte = byte }
    init(unicodeScalarLiteral scalar: Unicode.Scalar) { byte = UInt8(ascii: scalar) }
  }

  /// "ezzor" → "zor", "arraqqa" → "raqqa": an article glued to its word, doubling the sun letter
  /// (t d r z s n: "ar-Raqqa" is written "Arraqqa", "Deir Ezzor").
  static func assimilatesArticle<Letters: RandomAccessCollection<Letter>, Letter: Equatable & ExpressibleByUnicodeScalarLiteral>(
    _ c: Letters
  ) -> Bool where Letters.Index == Int {
    guard c.count >= 5, c[0] == "a" || c[0] == "e" || c[0] == "u", c[2] == c[1] else { return false }
    let l = c[1]
    return l == "t" || l == "d" || l == "r" || l == "z" || l == "s" || l == "n"
  }

  /// Collapses transliteration variants: q/k, ou/oo/o/u, ay/ai/ei/ey/e, ee/ie/y/i, dh/d, th/t,
  /// doubled letters, a final h after a vowel (Raqqah → raka, Dayr → der, Mayadeen → medin).
  static func skeleton<Letters: RandomAccessCollection<Letter>, Letter: Equatable & ExpressibleByUnicodeScalarLiteral>(
    _ s: Letters
  ) -> [Letter] where Letters.Index == Int {
    [Letter](unsafeUninitializedCapacity: s.count) { out, count in count = skeleton(s, into: out) }
  }

  /// `skeleton(s)` written into `out`, uninitialized memory with room for every letter of `s` (each
  /// step reads one letter or two and writes one): how many letters it wrote, initialized from
  /// the start of `out` (the rest is left uninitialized).
  static func skeleton<Letters: RandomAccessCollection<Letter>, Letter: Equatable & ExpressibleByUnicodeScalarLiteral>(
    _ s: Letters, into out: UnsafeMutableBufferPointer<Letter>
  ) -> Int where Letters.Index == Int {
    precondition(s.startIndex == 0, "letters indexed from 0")
    precondition(out.count >= s.count, "room for every letter")
    var n = 0
    func append(_ c: Letter) {
      (out.baseAddress! + n).initialize(to: c)
      n += 1
    }
    var i = 0
    func at(_ k: Int) -> Letter? { k < s.count ? s[k] : nil }
    func isVowel(_ c: Letter) -> Bool { c == "a" || c == "e" || c == "i" || c == "o" || c == "u" }
    while i < s.count {
      let c = s[i]
      let next = at(i + 1)
      switch (c, next) {
      // (Each `where` below guards only the pattern on its own line, as Swift reads it.)
      case ("o", "u"), ("o", "o"),
        ("a", "w") where at(i + 2).map({ !isVowel($0) }) ?? true:
        append("u"); i += 2; continue
      case ("a", "y"), ("a", "i"), ("e", "i"), ("e", "y"):
        append("e"); i += 2; continue
      case ("e", "e"),
        ("i", "e") where next == "e" || at(i + 2).map({ !isVowel($0) }) ?? true:
        append("i"); i += 2; continue
      case ("d", "h"), ("t", "h"):
        append(c); i += 2; continue
      case ("c", "k"):
        append("k"); i += 2; continue
      default: break
      }
      switch c {
      case "q", "c": append("k")
      case "o": append("u")
      case "y": append("i")
      default: append(c)
      }
      i += 1
    }
    // A final h after a vowel is silent (Raqqah, Hamah); doubled letters collapse.
    if n > 2, out[n - 1] == "h", out[n - 2] != "o", isVowel(out[n - 2]) {
      (out.baseAddress! + n - 1).deinitialize(count: 1)
      n -= 1
    }
    // Collapsed in place; the letters left past the kept ones are deinitialized.
    var kept = 0
    for k in 0..<n where kept == 0 || out[kept - 1] != out[k] {
      out[kept] = out[k]
      kept += 1
    }
    UnsafeMutableBufferPointer(rebasing: out[kept..<n]).deinitialize()
    return kept
  }
}

/// A reading of a token with its glued clitics (و ف ب ل ك) taken off.
public struct CliticReading: Hashable, Sendable {
  /// The token without the clitics (with the article given back after ل).
  public var stem: String
  /// How many scalars of the folded token the clitics took.
  public var prefixLength: Int

  public init(stem: String, prefixLength: Int) {
    self.stem = stem
    self.prefixLength = prefixLength
  }
}
