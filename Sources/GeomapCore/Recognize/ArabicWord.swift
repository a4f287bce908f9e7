/// Bare readings of one folded token: clitics, the article and pronoun suffixes taken off, so that
/// cue words match «بإخلاء», «وانسحابه», «سيطرتهم» and «للخروج» alike.
enum ArabicWord {
  static let suffixes = ["هما", "هم", "هن", "ها", "ه", "نا", "كم"]

  /// The bare forms of the folded token `token` appended to `out`: the forms of each of its clitic
  /// stems (`NameKey.cliticReadings`, the token itself first), in order, repeats left in. The index
  /// in `out` of each stem's first form (the stem without its article, `stripArticle`) is appended
  /// to `firsts`. `taMarbuta`: the original word ends in ة, so a final folded ه is not the pronoun
  /// suffix («السيطرة» is not «السيطر» + ه).
  static func appendBareForms(of token: String, taMarbuta: Bool, to out: inout Spellings, firsts: inout [Int]) {
    var token = token
    let plain = token.withUTF8 { letters in
      guard isPlainArabic(letters: letters) else { return false }
      appendBareForms(ofLetters: letters, taMarbuta: taMarbuta, to: &out, firsts: &firsts)
      return true
    }
    if plain { return }
    for reading in NameKey.cliticReadings(token) {
      firsts.append(out.count)
      var forms: [String] = []
      appendForms(of: reading.stem, taMarbuta: taMarbuta, to: &forms)
      for form in forms { out.append(form) }
    }
  }

  /// `appendBareForms` of a token of plain letters (nearly every Arabic token; so are its stems:
  /// the clitics are plain letters, the stems the letters after them), given as its UTF-8 bytes,
  /// two a letter: the stems and their forms are read off the bytes with no `String` made (a
  /// `String` per stem and per form was most of analysing a spelling new to the process).
  private static func appendBareForms(
    ofLetters letters: UnsafeBufferPointer<UInt8>, taMarbuta: Bool, to out: inout Spellings, firsts: inout [Int]
  ) {
    forEachStem(ofLetters: letters) { stem, _ in
      firsts.append(out.count)
      appendForms(ofLetters: stem, taMarbuta: taMarbuta, to: &out)
    }
  }

  /// The clitic stems of a token of plain letters (`isPlainArabic`) given as its UTF-8 bytes, two
  /// a letter, as `NameKey.cliticReadings` makes them, in order: the token itself, then its stem
  /// after the conjunction and its stem after the preposition. `body` gets each stem's bytes and
  /// its prefix length in scalars. Read off the bytes (the clitics by `NameKey.cliticPrefixes` of
  /// the first three letters) with no `String` made; a stem with the article's alef given back
  /// («للرقه»: ا + the letters after ل) is written into a buffer on the stack.
  @inline(__always)
  static func forEachStem(
    ofLetters letters: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Int) -> Void
  ) {
    @inline(__always)
    func letter(_ k: Int) -> Unicode.Scalar {
      Unicode.Scalar(UInt32(letters[2 * k] & 0x1F) << 6 | UInt32(letters[2 * k + 1] & 0x3F)) ?? "\u{FFFD}"
    }
    // A token not opening with a clitic letter (most) has no stem but itself: answered by its
    // first two bytes, without decoding three letters and asking `cliticPrefixes`.
    let prefixes =
      letters.count >= 6 && NameKey.opensWithClitic(letters)
      ? NameKey.cliticPrefixes(letter(0), letter(1), letter(2), hasFourth: letters.count > 6)
      : (conjunction: 0, preposition: 0, articleBack: false)
    body(letters, 0)
    if prefixes.conjunction > 0 {
      body(UnsafeBufferPointer(rebasing: letters[(2 * prefixes.conjunction)...]), prefixes.conjunction)
    }
    guard prefixes.preposition > 0 else { return }
    let rest = UnsafeBufferPointer(rebasing: letters[(2 * prefixes.preposition)...])
    guard prefixes.articleBack else { return body(rest, prefixes.preposition) }
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: alefBytes.count + rest.count) { stem in
      _ = UnsafeMutableBufferPointer(rebasing: stem[..<alefBytes.count]).initialize(fromContentsOf: alefBytes)
      _ = UnsafeMutableBufferPointer(rebasing: stem[alefBytes.count...]).initialize(fromContentsOf: rest)
      body(UnsafeBufferPointer(stem), prefixes.preposition)
    }
  }

  /// The UTF-8 bytes of plain letters (`isPlainArabic`) without the article «ال» when more than
  /// one letter follows it (`stripArticle`, and `NameKey.looseWord` of an Arabic word).
  ///
  /// The article is compared as its four bytes (D8 A7 D9 84) rather than through a static array:
  /// reading a static costs a `swift_once` call, and this runs on every stem of every new spelling
  /// and in `ScanWord`.
  @inline(__always)
  static func withoutArticle(_ letters: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    letters.count > 6 && letters[0] == 0xD8 && letters[1] == 0xA7 && letters[2] == 0xD9 && letters[3] == 0x84
      ? UnsafeBufferPointer(rebasing: letters[4...]) : letters
  }

  /// The forms of one stem, by `String`'s character operations.
  static func appendForms(of stem: String, taMarbuta: Bool, to out: inout [String]) {
    let noArticle = stripArticle(characters: stem)
    out.append(noArticle)
    for suf in suffixes where noArticle.hasSuffix(suf) && noArticle.count > suf.count + 2 {
      if taMarbuta && suf.hasSuffix("ه") { continue }
      var base = String(noArticle.dropLast(suf.count))
      out.append(base)
      // «سيطرته» = «سيطرة» + ه: the taa marbuta is written ت before a suffix (folded ة is ه).
      if base.hasSuffix("ت") {
        base.removeLast()
        out.append(base + "ه")
      }
      // «مقاتليه» = «مقاتلي» + ه, «مقاتلين».
    }
  }

  /// `appendForms(of:)` of a stem of plain Arabic letters (`isPlainArabic`) given as its UTF-8
  /// bytes, two a letter: the same operations on bytes. Written for speed: `hasSuffix`, `count`
  /// and `dropLast` on Arabic strings go through Unicode normalization, and analysing a spelling
  /// cost ~33k instructions, most of a report's set-up when its words are new.
  static func appendForms(ofLetters letters: UnsafeBufferPointer<UInt8>, taMarbuta: Bool, to out: inout Spellings) {
    let noArticle = withoutArticle(letters)
    out.append(noArticle)
    // Every suffix ends in one of a few letters: a stem ending in another (most stems) has none,
    // found by one comparison (trying the seven suffixes on each stem was most of this function).
    guard noArticle.count >= 2,
      mayEndInSuffix(UInt16(noArticle[noArticle.count - 2]) << 8 | UInt16(noArticle[noArticle.count - 1]))
    else { return }
    // A suffix with more than two letters before it.
    for suf in suffixBytes where noArticle.count > suf.bytes.count + 4 && ends(noArticle, with: suf.bytes) {
      if taMarbuta && suf.endsInHeh { continue }
      let base = UnsafeBufferPointer(rebasing: noArticle.dropLast(suf.bytes.count))
      out.append(base)
      if ends(base, with: tehBytes) {
        out.append(UnsafeBufferPointer(rebasing: base.dropLast(tehBytes.count)), then: hehBytes)
      }
    }
  }

  private static func ends(_ bytes: UnsafeBufferPointer<UInt8>, with end: [UInt8]) -> Bool {
    holds(bytes, end, at: bytes.count - end.count)
  }

  /// Whether `pattern` stands in `bytes` from `offset` on, compared from its last byte (where two
  /// endings nearly always differ). Written for speed: `suffix(_:).elementsEqual(_:)` and
  /// `starts(with:)` went through generic sequences, seven suffixes tried on every stem of every
  /// spelling new to the process.
  private static func holds(_ bytes: UnsafeBufferPointer<UInt8>, _ pattern: [UInt8], at offset: Int) -> Bool {
    guard offset >= 0 && offset + pattern.count <= bytes.count else { return false }
    var k = pattern.count
    while k > 0 {
      k -= 1
      if bytes[offset + k] != pattern[k] { return false }
    }
    return true
  }

  /// Whether `last`, the last two UTF-8 bytes of a stem (its last letter), is a letter some suffix
  /// ends in: ا, م, ن or ه (`WordFormsTests` checks this against `suffixes`). Written for speed:
  /// a static array of them cost a `swift_once` call and a scan on every stem of every new spelling.
  @inline(__always)
  static func mayEndInSuffix(_ last: UInt16) -> Bool {
    switch last {
    case 0xD8A7, 0xD985, 0xD986, 0xD987: return true
    default: return false
    }
  }

  private static let suffixBytes = suffixes.map { (bytes: Array($0.utf8), endsInHeh: $0.hasSuffix("ه")) }
  static let alefBytes = Array("ا".utf8)
  private static let hehBytes = Array("ه".utf8)
  private static let tehBytes = Array("ت".utf8)

  /// True when every scalar of `s` is one of the Arabic letters folded tokens are made of
  /// (`Folding.script(of:)` is `.arabic`; not the mark U+0670): each is then a character of its
  /// own, of two UTF-8 bytes, equal to another character only when they are the same scalar, so
  /// comparing bytes answers what `hasPrefix`, `hasSuffix` and `count` answer.
  static func isPlainArabic(_ s: String) -> Bool {
    var s = s
    return s.withUTF8 { isPlainArabic(letters: $0) }
  }

  /// `isPlainArabic` of a string's UTF-8 bytes. Every plain letter is two bytes (U+0621–U+077F),
  /// so the bytes are read a pair at a time: a scalar of one, three or four bytes fails the lead
  /// byte's test where the pair would start (or leaves an odd count). Written for speed: this runs
  /// on every Arabic spelling new to the process, and decoding it through `unicodeScalars` cost
  /// ~50 instructions a letter (`WordFormsTests` keeps the scalar reading as the reference).
  static func isPlainArabic(letters: UnsafeBufferPointer<UInt8>) -> Bool {
    guard letters.count % 2 == 0 else { return false }
    var i = 0
    while i < letters.count {
      // A two-byte lead (110xxxxx), so in valid UTF-8 the next byte continues it.
      let lead = UInt32(letters[i])
      guard lead & 0xE0 == 0xC0, isPlainArabicLetter((lead & 0x1F) << 6 | UInt32(letters[i + 1] & 0x3F)) else {
        return false
      }
      i += 2
    }
    return true
  }

  /// Whether the UTF-8 bytes `letters` are one or more plain letters (`isPlainArabic`) that folding
  /// keeps as they are, so that they are one folded word (`Tokenizer.isOneFoldedWord`; plain
  /// letters are all of one script): every Arabic token of a report. One table read a letter
  /// (each letter is two bytes, its lead D8–DD for U+0600–U+077F), where the two questions asked
  /// apart decoded each letter twice, through range tests and the folding table's entry.
  static func isFoldedPlainArabic(letters: UnsafeBufferPointer<UInt8>) -> Bool {
    guard letters.count >= 2 && letters.count % 2 == 0 else { return false }
    return foldedPlainLetters.withUnsafeBufferPointer { folded in
      var i = 0
      while i < letters.count {
        let lead = letters[i]
        // In valid UTF-8 a two-byte lead is followed by a continuation byte.
        guard lead >= 0xD8 && lead <= 0xDD, folded[Int(lead & 0x1F) << 6 | Int(letters[i + 1] & 0x3F) - 0x0600]
        else { return false }
        i += 2
      }
      return true
    }
  }

  /// Per scalar from U+0600 to U+077F (every plain letter is among them), whether it is a plain
  /// letter that is one folded word by itself.
  private static let foldedPlainLetters: [Bool] = (UInt32(0x0600)..<0x0780).map { v in
    isPlainArabicLetter(v) && Tokenizer.isOneFoldedWord(String(Character(Unicode.Scalar(v)!)))
  }

  /// Whether scalar value `v` is one of the letters of `isPlainArabic`.
  @inline(__always)
  static func isPlainArabicLetter(_ v: UInt32) -> Bool {
    (0x0621...0x064A).contains(v) || ((0x066E...0x06D3).contains(v) && v != 0x0670)
      || (0x06FA...0x06FF).contains(v) || (0x0750...0x077F).contains(v)
  }

  /// `s` without the article «ال» when more than one letter follows it.
  static func stripArticle(_ s: String) -> String {
    // Plain Arabic letters (nearly every Arabic token) by their bytes, as `appendForms(ofLetters:)`.
    isPlainArabic(s) ? stripArticle(letters: s) : stripArticle(characters: s)
  }

  static func stripArticle(letters s: String) -> String {
    var s = s
    // The rule is `withoutArticle`'s; a new String only when it dropped the article.
    let stripped = s.withUTF8 { bytes -> String? in
      let rest = withoutArticle(bytes)
      return rest.count == bytes.count ? nil : String(decoding: rest, as: UTF8.self)
    }
    return stripped ?? s
  }

  static func stripArticle(characters s: String) -> String {
    if s.hasPrefix("ال"), s.count > 3 { return String(s.dropFirst(2)) }
    return s
  }

  /// «ريف» (countryside) and «عاصمة» (capital) as lexicon forms, computed once: they are tested
  /// at every candidate place.
  static let countrysideForm = Word(lexiconForm("ريف"))
  static let capitalForm = Word(lexiconForm("عاصمة"))
  /// «بادية» (desert): without its article it is always "the desert of" the name after it.
  static let desertForm = Word(lexiconForm("بادية"))

  /// A token written without the article, even after a clitic: «بادية», «وبادية», not «البادية»,
  /// «والبادية», «للبادية».
  ///
  /// Read as bytes: `hasPrefix` and `dropFirst` compare and step Characters, ~1,250 instructions a
  /// call (most of `PlaceRecognizer.isDirection`). A folded token holds no mark that could join
  /// the alef or the lam into another Character, so the bytes answer alike, the first Character
  /// being the first scalar (`ArabicWordTests` checks this on every fixture token).
  static func lacksArticle(_ folded: String) -> Bool {
    var text = folded
    return text.withUTF8 { b in
      // «ال» is D8 A7 D9 84, «لل» D9 84 D9 84.
      func al(at k: Int) -> Bool {
        k + 3 < b.count && b[k] == 0xD8 && b[k + 1] == 0xA7 && b[k + 2] == 0xD9 && b[k + 3] == 0x84
      }
      guard !b.isEmpty else { return true }
      if al(at: 0) || b.count >= 4 && b[0] == 0xD9 && b[1] == 0x84 && b[2] == 0xD9 && b[3] == 0x84 {
        return false
      }
      // The first scalar's length from its lead byte.
      let first = b[0] < 0x80 ? 1 : b[0] < 0xE0 ? 2 : b[0] < 0xF0 ? 3 : 4
      return !al(at: first)
    }
  }

  /// The bare form of a lexicon word written in ordinary Arabic (folded, article removed).
  static func lexiconForm(_ word: String) -> String {
    let folded = Tokenizer.tokens(in: word).map(\.text).joined(separator: " ")
    return stripArticle(folded)
  }
}

/// Spellings laid end to end as UTF-8 bytes: the forms of a report's new spellings, made and
/// interned as bytes (`Vocabulary.internTokens(_:into:)`), a `String` made only for a form new to
/// the word table.
///
/// Each spelling is valid UTF-8 (a `String`'s bytes, or plain letters cut at letter boundaries,
/// two bytes a letter), so its `String` is made without checking it again (`String(validUTF8:)`).
struct Spellings {
  var bytes: [UInt8] = []
  /// Spelling `k` is `bytes[ends[k - 1]..<ends[k]]` (from 0 for the first).
  var ends: [Int] = []

  var count: Int { ends.count }

  mutating func append(_ letters: UnsafeBufferPointer<UInt8>) {
    bytes.append(contentsOf: letters)
    ends.append(bytes.count)
  }

  /// Appends the spelling `letters` followed by `more`.
  mutating func append(_ letters: UnsafeBufferPointer<UInt8>, then more: [UInt8]) {
    bytes.append(contentsOf: letters)
    bytes.append(contentsOf: more)
    ends.append(bytes.count)
  }

  mutating func append(_ spelling: String) {
    bytes.append(contentsOf: spelling.utf8)
    ends.append(bytes.count)
  }
}
