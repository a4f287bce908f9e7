import Foundation
import Testing

@testable import GeomapCore

/// A new spelling's `ScanWord` keys its token without tokenizing it again: `NameKey.loose`'s
/// one-folded-word path, `NameKey.looseWordKeys` and the article read off the clitic readings must
/// answer as the reference code they stand for, on every token and name of the fixture reports.
@Suite struct ScanWordFastPathTests {
  /// Every fixture report, Arabic and English, and the fixture gazetteer's names and variants.
  static func texts() throws -> (reports: [String], names: [String]) {
    var reports: [String] = []
    for folder in ["devset", "reports", "heldout"] + (2...9).map({ "heldout\($0)" }) {
      let dir = InputFixtures.url(folder)
      let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
      for file in files.sorted() where file.hasSuffix(".txt") {
        reports.append(try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8))
      }
    }
    let rows = try String(contentsOf: InputFixtures.url("gazetteer/places.tsv"), encoding: .utf8)
      .split(separator: "\n").dropFirst()
    var names: [String] = []
    for row in rows {
      let cols = row.split(separator: "\t", omittingEmptySubsequences: false)
      guard cols.count > 12 else { continue }
      names += [String(cols[10]), String(cols[11])] + cols[12].split(separator: "|").map(String.init)
    }
    return (reports, names)
  }

  /// The key `NameKey.loose` gave before its fast path: the name tokenized, then keyed word by word.
  static func referenceLoose(_ name: String) -> String {
    NameKey.loose(tokens: Tokenizer.referenceTokens(in: name).map(\.text))
  }

  /// The key `NameKey.exact` gave before it read the tokenizer's bytes: the token texts joined.
  static func referenceExact(_ name: String) -> String {
    Tokenizer.referenceTokens(in: name).map(\.text).joined()
  }

  /// `NameKey.exact` on whole reports (every token and possessive), on crafted names, and on every
  /// name of the bundled gazetteer's regions and countrysides with the direction phrases'
  /// adjectives before it (what `PlaceRecognizer.region(direction:of:)` looks up).
  @Test func exactKeysAreTheReferenceKeys() throws {
    let (reports, names) = try Self.texts()
    var checked = reports + names
    checked += [
      "", " ", "-", "'s", "Assad's forces", "Raqqa's countryside", "x's y's", "al-Bab's", "’s",
      "Deir ez-Zor", "eastern Deir ez-Zor", "دير الزور", "ريف حلب الشمالي", "Tal Abyad 2", "الرَّقة",
      "Raqqa, Syria", "ar\u{200D}raqqa", "x😀y", "ﻻ", "الرقه\u{0800}", "Ḥamā", "İdlib",
    ]
    if let dir = GeodataFilesDirectory(),
      let table = try? String(contentsOf: dir.appendingPathComponent("places.tsv"), encoding: .utf8)
    {
      var regionNames = 0
      for row in table.split(separator: "\n").dropFirst() {
        let cols = row.split(separator: "\t", omittingEmptySubsequences: false)
        guard cols.count > 12, cols[2] == "region" || cols[2] == "countryside" else { continue }
        let variants: [String] = cols[12].split(separator: "|").map(String.init)
        for name in [String(cols[10]), String(cols[11])] + variants {
          regionNames += 1
          checked.append(name)
          checked += ["eastern", "western", "northern", "southern"].map { "\($0) \(name)" }
        }
      }
      #expect(regionNames >= 5000, "\(regionNames)")
    }
    for name in checked {
      #expect(NameKey.exact(name) == Self.referenceExact(name), "\(name)")
    }
  }

  @Test func fastKeysAreTheReferenceKeys() throws {
    let (reports, names) = try Self.texts()
    #expect(reports.count >= 40 && names.count >= 50)
    var tokens: [Token] = []
    var seen: Set<String> = []
    // Names as written: the gazetteer's, each report's words split at spaces only (unfolded, with
    // capitals, punctuation, hyphens and diacritics) and their pairs.
    var raw = names
    for text in reports {
      let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
      raw += words
      raw += zip(words, words.dropFirst()).map { $0 + " " + $1 }
      tokens += Tokenizer.tokens(in: text).filter { seen.insert($0.text).inserted }
    }
    let arabic = tokens.filter { $0.script == .arabic }.count
    #expect(
      arabic >= 2000 && tokens.count - arabic >= 1500, "Arabic \(arabic), others \(tokens.count - arabic)")
    var oneWord = 0
    for name in raw + tokens.map(\.text) {
      #expect(NameKey.loose(name) == Self.referenceLoose(name), "\(name)")
      #expect(NameKey.exact(name) == Self.referenceExact(name), "\(name)")
      // `tokens(in:)`'s one-folded-word path gives what the `Builder` gives, spans and script too.
      #expect(Tokenizer.tokens(in: name) == Tokenizer.referenceTokens(in: name), "\(name)")
      if Tokenizer.isOneFoldedWord(name) {
        oneWord += 1
        #expect(Tokenizer.referenceTokens(in: name).map(\.text) == [name], "\(name)")
      }
    }
    #expect(oneWord >= tokens.count, "every token is one folded word")
    for t in tokens { Self.checkScanWord(t, word: Word(token: t.text)) }
    // Crafted Arabic tokens: about the clitics' and the article's lengths, «لل», and letters that
    // folding would change (no report's token has them: they take `ScanWord`'s general path). Not
    // added to the word table: a test that caps the table (`Vocabulary.testTokenLimit`) may be
    // running meanwhile.
    let crafted = [
      "و", "ال", "لل", "لله", "للر", "للرق", "للرقه", "بال", "بالر", "بالرق", "وبالرقه", "فللرقه", "ولل", "والرقه",
      "كالرقه", "الرقة", "ورقة", "أحمد", "لإدلب", "ءء", "الـرقه", "ﻻ", "الرَّقه", "ۿۿ", "ݿݿ",
    ]
    for text in crafted {
      let token = Token(text: text, start: 0, end: text.unicodeScalars.count, script: .arabic)
      Self.checkScanWord(token, word: Word.existing(text) ?? .unseen)
    }
  }

  /// `ScanWord`'s scan data of token `t`, against the reference code it stands for: the readings'
  /// keys, prefix lengths and hashes, the later key, the context, and the head (its hashes,
  /// lengths, emptiness, later bytes and «لل») against the readings. `word`: the token's word.
  static func checkScanWord(_ t: Token, word tokenWord: Word) {
    let stems = t.script == .arabic ? NameKey.cliticReadings(t.text).map(\.stem) : [t.text]
    for stem in stems {
      let keys = NameKey.looseWordKeys(stem)
      #expect(keys.only == NameKey.looseWord(stem, isFirst: true, isOnly: true), "\(stem)")
      #expect(keys.first == NameKey.looseWord(stem, isFirst: true, isOnly: false), "\(stem)")
      #expect(keys.later == NameKey.looseWord(stem, isFirst: false, isOnly: false), "\(stem)")
    }
    let bare = t.script == .arabic ? NameKey.looseWordKeys(t.text).only : t.text
    #expect(bare == ArabicWord.stripArticle(t.text), "\(t.text)")
    // With the token's word from the report, and past the word table's limit (looked up).
    let word = ScanWord(t.text, script: t.script, word: tokenWord)
    let unseen = ScanWord(t.text, script: t.script, word: .unseen)
    #expect(word.context.hasArticle == PlaceRecognizer.articleOn(t.text), "\(t.text)")
    // The readings are the clitic readings' (`NameKey.cliticReadings`) keys, in order.
    let readings = t.script == .arabic ? NameKey.cliticReadings(t.text) : [CliticReading(stem: t.text, prefixLength: 0)]
    let onlyKeys = stems.prefix(ScanHead.width).map { NameKey.looseWord($0, isFirst: true, isOnly: true) }
    let firstKeys = stems.prefix(ScanHead.width).map { NameKey.looseWord($0, isFirst: true, isOnly: false) }
    for scan in [word, unseen] {
      let scanned = (0..<scan.readingCount).map(scan.reading)
      #expect(scanned.map(\.only) == onlyKeys, "\(t.text)")
      #expect(scanned.map(\.first) == firstKeys, "\(t.text)")
      #expect(scanned.map(\.prefixLength) == readings.prefix(ScanHead.width).map(\.prefixLength), "\(t.text)")
      #expect(scanned.map(\.onlyHash) == onlyKeys.map(FNV1a.hash64), "\(t.text)")
      #expect(scanned.map(\.firstHash) == firstKeys.map(FNV1a.hash64), "\(t.text)")
      #expect(scan.later == NameKey.looseWord(t.text, isFirst: false, isOnly: false), "\(t.text)")
      // The trigger noun, looked up by the token without its article.
      let hint = Word.existing(ArabicWord.stripArticle(t.text)).flatMap { PlaceContext.triggers[$0] }
      #expect(scan.context.isTrigger == (hint != nil), "\(t.text)")
      #expect(scan.context.hint == hint ?? nil, "\(t.text)")
      #expect(scan.context.hasArticle == word.context.hasArticle, "\(t.text)")
    }
    // The key sets probed with the hash the readings carry, and the later key's bytes copied
    // into the head, answer as the key itself does.
    let whole = NameKey.loose(t.text)
    let isStop = PlaceContext.arabicStop.contains(whole)
    #expect(word.context.isStop == isStop, "\(t.text)")
    #expect(word.context.isStopOrCommon == (isStop || PlaceContext.common.contains(whole)), "\(t.text)")
    let laterHash = FNV1a.hash64(continuing: 7, word.later)
    #expect(word.head.hash(continuing: 7) == (word.later.utf8.count <= 16 ? laterHash : nil), "\(t.text)")
    // A token of plain letters that folding keeps takes the path over its bytes.
    var text = t.text
    let foldedPlain = text.withUTF8 { ArabicWord.isFoldedPlainArabic(letters: $0) }
    #expect(foldedPlain == (ArabicWord.isPlainArabic(t.text) && !t.text.isEmpty && Tokenizer.isOneFoldedWord(t.text)), "\(t.text)")
    // Such a token's head, read off its bytes without its readings (`ScanWord.of` makes the rest
    // of the scan data only when asked), is the head its readings give.
    let bytesHead = ScanWord.plainArabicHead(t.text)
    #expect((bytesHead != nil) == foldedPlain, "\(t.text)")
    if let bytesHead { #expect(Self.same(bytesHead, word.head), "\(t.text)") }
    // The head answers as the readings do (`ScanHead`); «لل» compared as Characters.
    for scan in [word, unseen] {
      let head = scan.head
      #expect(Int(head.readingCount) == scan.readingCount, "\(t.text)")
      for r in 0..<scan.readingCount {
        let reading = scan.reading(r)
        #expect(head.onlyHash(r) == reading.onlyHash && head.firstHash(r) == reading.firstHash, "\(t.text)")
        #expect(head.prefixLength(r) == reading.prefixLength, "\(t.text)")
        #expect(head.onlyIsEmpty(r) == reading.only.isEmpty && head.firstIsEmpty(r) == reading.first.isEmpty, "\(t.text)")
      }
      #expect(head.laterIsEmpty == scan.later.isEmpty, "\(t.text)")
      #expect(head.startsWithLamLam == t.text.hasPrefix("لل"), "\(t.text)")
    }
  }

  /// Whether two heads hold the same fields.
  static func same(_ a: ScanHead, _ b: ScanHead) -> Bool {
    a.onlyHashes == b.onlyHashes && a.firstHashes == b.firstHashes && a.laterBytes == b.laterBytes
      && a.prefixLengths == b.prefixLengths && a.empties == b.empties && a.laterCount == b.laterCount
      && a.readingCount == b.readingCount && a.startsWithLamLam == b.startsWithLamLam
  }

  /// `NameKey.looseWord` of a word whose first scalar is Arabic as it was written before it read
  /// the article's bytes: over the word's scalars.
  static func referenceArabicLooseWord(_ token: String) -> String {
    let scalars = Array(token.unicodeScalars)
    guard scalars.count >= 4, scalars[0] == "\u{0627}", scalars[1] == "\u{0644}" else { return token }
    var rest = String.UnicodeScalarView()
    rest.append(contentsOf: scalars[2...])
    return String(rest)
  }

  /// Arabic words key as the scalar code keyed them, and `FNV1a.startsWithBytes` answers as
  /// comparing the bytes one by one: on every Arabic token of the fixtures, its clitic stems, and
  /// crafted words about the article's length.
  @Test func arabicKeysAreTheScalarKeys() throws {
    let (reports, names) = try Self.texts()
    var words: Set<String> = [
      "ا", "ال", "الر", "الرق", "الرقه", "ال\u{0301}ر", "الـ", "الر😀", "الx", "الxy", "لال", "الالا", "اال",
      "ال\u{0301}", "ال\u{0301}\u{0301}", "ال" + "\u{0800}", "ال" + "\u{0800}\u{0800}", "ال" + "😀😀",
    ]
    for text in reports + names {
      for t in Tokenizer.tokens(in: text) where t.script == .arabic {
        words.insert(t.text)
        for reading in NameKey.cliticReadings(t.text) { words.insert(reading.stem) }
      }
    }
    #expect(words.count >= 2000)
    for w in words.sorted() {
      for (isFirst, isOnly) in [(true, true), (true, false), (false, false)] {
        #expect(
          Array(NameKey.looseWord(w, isFirst: isFirst, isOnly: isOnly).utf8)
            == Array(Self.referenceArabicLooseWord(w).utf8), "\(w)")
      }
      let prefixes: [StaticString] = ["", "ا\u{0644}", "ال", "لل", "الر", "x"]
      for prefix in prefixes {
        let bytes = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
        #expect(FNV1a.startsWithBytes(w, prefix) == Array(w.utf8).starts(with: bytes), "\(w) \(prefix)")
      }
    }
  }

  /// `NameKey.latinKey` as it was written before its ASCII path: over Characters only. (Letters are
  /// appended as `Character`s: in this target a string literal would pick PropertyBased's
  /// `Sequence.append(_:)`, which appends nothing.)
  static func referenceLatinKey(_ token: String) -> String {
    let sunLetters: Set<Character> = ["t", "d", "r", "z", "s", "n"]
    let c = Array(token)
    let word =
      c.count >= 5 && "aeu".contains(c[0]) && sunLetters.contains(c[1]) && c[2] == c[1]
      ? String(c.dropFirst(2)) : token
    let s = Array(word.unicodeScalars).map { Character($0) }
    var out: [Character] = []
    var i = 0
    func at(_ k: Int) -> Character? { k < s.count ? s[k] : nil }
    while i < s.count {
      let c = s[i]
      let n = at(i + 1)
      switch (c, n) {
      case ("o", "u"), ("o", "o"), ("a", "w") where at(i + 2).map({ !"aeiou".contains($0) }) ?? true:
        out.append(Character("u"))
        i += 2
        continue
      case ("a", "y"), ("a", "i"), ("e", "i"), ("e", "y"):
        out.append(Character("e"))
        i += 2
        continue
      case ("e", "e"), ("i", "e") where n == "e" || at(i + 2).map({ !"aeiou".contains($0) }) ?? true:
        out.append(Character("i"))
        i += 2
        continue
      case ("d", "h"), ("t", "h"):
        out.append(c)
        i += 2
        continue
      case ("c", "k"):
        out.append(Character("k"))
        i += 2
        continue
      default: break
      }
      switch c {
      case "q", "c": out.append(Character("k"))
      case "o": out.append(Character("u"))
      case "y": out.append(Character("i"))
      default: out.append(c)
      }
      i += 1
    }
    if out.count > 2, out.last == "h", let prev = out.dropLast().last, "aeiu".contains(prev) {
      out.removeLast()
    }
    var collapsed: [Character] = []
    for ch in out where collapsed.last != ch { collapsed.append(ch) }
    return String(collapsed)
  }

  /// Every Latin spelling of the fixtures (tokens, and the words of the gazetteer's names) and
  /// words that test each rule, ASCII or not, key as the Character code keyed them.
  @Test func latinKeysAreTheCharacterKeys() throws {
    let (reports, names) = try Self.texts()
    var words: Set<String> = [
      "", "a", "ah", "aha", "arraqqa", "ezzor", "uddin", "attal", "arra", "aww", "awa", "ouee", "iee", "ieb",
      "dhikr", "thawra", "kick", "qasr", "raqqah", "hamah", "hammoh", "ßtraße", "ezzör", "æyy", "ωω", "ΩΩ",
      "\u{212B}\u{212B}h", "ah\u{0301}", "e\u{0301}e", "oo\u{0301}",
      // The final h dropped before doubled letters collapse.
      "aah", "ahh", "aahh", "uhh", "eeh", "eh", "ouh",
    ]
    for text in reports + names {
      for t in Tokenizer.tokens(in: text) where t.script == .latin { words.insert(t.text) }
    }
    #expect(words.count >= 1500)
    for w in words.sorted() {
      #expect(NameKey.latinKey(w) == Self.referenceLatinKey(w), "\(w)")
    }
  }

  @Test func latinArticlesKeepTheirPlaceKeys() {
    for article in NameKey.latinArticles.sorted() + ["raqqa", "deir"] {
      let keys = NameKey.looseWordKeys(article)
      #expect(keys.only == NameKey.looseWord(article, isFirst: true, isOnly: true))
      #expect(keys.first == NameKey.looseWord(article, isFirst: true, isOnly: false))
      #expect(keys.later == NameKey.looseWord(article, isFirst: false, isOnly: false))
    }
  }

  @Test func oneFoldedWordIsWhatTokenizingGivesBack() {
    for text in ["raqqa", "الرقه", "12", "ma", "ديرالزور"] {
      #expect(Tokenizer.isOneFoldedWord(text), "\(text)")
    }
    let notFolded = [
      "", "Raqqa", "al-raqqa", "الرقة", "ar raqqa", "raqqa12", "ما١", "maʾ", "ţal", "x😀", "الرَّقه",
      "raqqa€", "ar\u{200D}raqqa", "الرقه\u{0800}",
    ]
    for text in notFolded {
      #expect(!Tokenizer.isOneFoldedWord(text), "\(text)")
      #expect(NameKey.loose(text) == Self.referenceLoose(text), "\(text)")
    }
  }
}
