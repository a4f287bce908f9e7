import Testing

@testable import GeomapCore

/// A report's laid-out forms are, token by token, the analysis of its spelling (Arabic) or its own
/// word (any other token): on first reading (spellings analysed then), once warm (copied from the
/// process-wide table), and for spellings past the word table's limit (analysed for the report).
@Suite struct WordFormsTests {
  func expectFormsAreTheAnalyses(_ doc: ReportText) {
    #expect(doc.forms.starts.count == doc.tokens.count + 1 && doc.plainForms.starts.count == doc.tokens.count + 1)
    for (i, t) in doc.tokens.enumerated() {
      let bare = Array(doc.forms[i])
      let plain = Array(doc.plainForms[i])
      if t.script == .arabic {
        let taMarbuta = doc.scalars[t.end - 1] == "\u{0629}"
        var a = WordForms.Analyses()
        a.analyse([(t.text, taMarbuta)])
        #expect(bare == Array(a.bare(0)), "\(t.text)")
        #expect(plain == Array(a.plain(0)), "\(t.text)")
      } else {
        #expect(bare == [doc.words[i]] && plain == [doc.words[i]], "\(t.text)")
      }
    }
  }

  /// Arabic letters no other test reads.
  func arabicMarker() -> String {
    let letters = Array("بتثجحخدذرزسشصضطظعغفقكلمن")
    var v = UInt64.random(in: 0...UInt64.max)
    var s = ""
    for _ in 0..<7 {
      s.append(letters[Int(v % UInt64(letters.count))])
      v /= UInt64(letters.count)
    }
    return s
  }

  @Test func formsAreEachTokensAnalysis() {
    // Spellings no other test reads (analysed here first), ة and ه endings, clitics, suffixes,
    // English and digits between.
    let marker = arabicMarker()
    let text = "وسيطرتهم على المدينة\(marker) ومقاتليه والسيطرة، سيطرته ISIS took 12 villages؛ "
      + "بالمدينه\(marker) للخروج وانسحابه «بإخلاء» الرقة."
    let first = ReportText(text)
    #expect(first.tokens.count >= 15)
    expectFormsAreTheAnalyses(first)
    // Once warm, the same forms come from the table.
    let again = ReportText(text)
    expectFormsAreTheAnalyses(again)
    for i in first.tokens.indices {
      #expect(Array(first.forms[i]) == Array(again.forms[i]) && Array(first.plainForms[i]) == Array(again.plainForms[i]))
    }
  }

  @Test func unseenSpellingsGetTheirOwnAnalyses() {
    let marker = arabicMarker()
    // The text's known words are read once before the cap: the cap holds for this task only, and
    // a known spelling first analysed under it would keep unseen forms for the whole process (other
    // tests read «والسيطرة» and «الرقة», `formsAreEachTokensAnalysis` among them).
    _ = ReportText("والسيطرة الرقة 7")
    Vocabulary.$testTokenLimit.withValue(Vocabulary.count) {
      let doc = ReportText("والسيطرة \(marker)هم و\(marker)ة الرقة 7 \(marker)هم")
      #expect(doc.words.filter { $0 == .unseen }.count >= 3)
      expectFormsAreTheAnalyses(doc)
    }
  }

  /// Every token spelling (Arabic and English) of the devset and fixture reports, and a few made to
  /// meet each rule (article with one or two letters after it, each suffix, ت before a suffix,
  /// clitics before لل, marks and letters outside the plain set).
  func spellings() throws -> Set<String> {
    var spellings: Set<String> = [
      "الرقه", "الرق", "الري", "السيطرته", "سيطرتهم", "مقاتليه", "بيوتنا", "قراهما", "اهلهن", "قواتكم", "هم", "ته",
      "سته", "الته", "امه", "بيتها", "للرقه", "وللرقه", "فللحجر", "لله", "للا", "ولل", "وبه", "فكم", "كلل", "ولله",
      "الرَّقه", "وللرَّقه", "بال\u{0670}رق", "وال\u{0670}رقه",
    ]
    for folder in ["devset", "reports"] {
      for (name, text, _) in try Evaluation.goldPairs(in: InputFixtures.url(folder)) {
        let doc = ReportText(try ReportDecoder.load(contentsOf: text, source: name).text)
        for t in doc.tokens { spellings.insert(t.text) }
      }
    }
    return spellings
  }

  /// `NameKey.cliticReadings` as first written: over an array of the token's scalars.
  func referenceReadings(_ token: String) -> [CliticReading] {
    let s = Array(token.unicodeScalars)
    var readings = [CliticReading(stem: token, prefixLength: 0)]
    guard s.count >= 3, Folding.script(of: s[0]) == .arabic else { return readings }
    let i = s[0] == "\u{0648}" || s[0] == "\u{0641}" ? 1 : 0
    let j = ["\u{0628}", "\u{0644}", "\u{0643}"].contains(s[i]) ? i + 1 : i
    for prefix in [i, j] where prefix > 0 && s.count - prefix >= 2 && !readings.contains(where: { $0.prefixLength == prefix }) {
      var stem = String.UnicodeScalarView()
      if s[prefix - 1] == "\u{0644}" && s[prefix] == "\u{0644}" && prefix == j && j > i { stem.append("\u{0627}") }
      stem.append(contentsOf: s[prefix...])
      readings.append(CliticReading(stem: String(stem), prefixLength: prefix))
    }
    return readings
  }

  /// `WordForms.Analyses.analyse` as first written, through `String`s: the bare forms of each
  /// clitic stem and of the token again, by `String`'s character operations, interned one by one,
  /// repeats removed; the plain forms each stem without its article.
  func referenceAnalysis(_ token: String, taMarbuta: Bool) -> (bare: [Word], plain: [Word]) {
    func unique(_ words: [Word]) -> [Word] {
      var unique: [Word] = []
      for w in words where !unique.contains(w) { unique.append(w) }
      return unique
    }
    var stems = referenceReadings(token).map(\.stem)
    stems.append(token)
    var forms: [String] = []
    for stem in stems { ArabicWord.appendForms(of: stem, taMarbuta: taMarbuta, to: &forms) }
    return (
      unique(forms.map { Word(token: $0) }), unique(stems.map { Word(token: ArabicWord.stripArticle(characters: $0)) })
    )
  }

  /// The clitic readings, and the analyses made from bytes (plain Arabic letters) or characters
  /// (anything else), of every spelling are what the reference readings and `String`'s character
  /// operations give, byte for byte; and so is the article of plain letters read off their bytes.
  @Test func analysesMatchTheCharacterForms() throws {
    let spellings = try spellings()
    #expect(spellings.count > 1400)
    var plainArabic = 0
    for word in spellings {
      let readings = NameKey.cliticReadings(word)
      #expect(readings.map { Array($0.stem.utf8) } == referenceReadings(word).map { Array($0.stem.utf8) }, "\(word)")
      #expect(readings.map(\.prefixLength) == referenceReadings(word).map(\.prefixLength), "\(word)")
      let plain = word.unicodeScalars.allSatisfy { Folding.script(of: $0) == .arabic && $0 != "\u{0670}" }
      #expect(ArabicWord.isPlainArabic(word) == plain, "\(word)")
      #expect(referenceIsPlainArabic(word) == plain, "\(word)")
      if plain {
        plainArabic += 1
        for reading in readings {
          #expect(ArabicWord.isPlainArabic(reading.stem), "\(reading.stem)")
          #expect(
            Array(ArabicWord.stripArticle(letters: reading.stem).utf8)
              == Array(ArabicWord.stripArticle(characters: reading.stem).utf8))
        }
      }
      // All of them in one batch too: each analysis is its token's alone.
      for taMarbuta in [false, true] {
        var a = WordForms.Analyses()
        a.analyse([(word, taMarbuta)])
        let reference = referenceAnalysis(word, taMarbuta: taMarbuta)
        #expect(Array(a.bare(0)) == reference.bare, "\(word)")
        #expect(Array(a.plain(0)) == reference.plain, "\(word)")
      }
    }
    #expect(plainArabic > 700)
    let ordered = spellings.sorted()
    var all = WordForms.Analyses()
    all.analyse(ordered.map { ($0, $0.hasSuffix("\u{0647}")) })
    for (k, word) in ordered.enumerated() {
      let reference = referenceAnalysis(word, taMarbuta: word.hasSuffix("\u{0647}"))
      #expect(Array(all.bare(k)) == reference.bare && Array(all.plain(k)) == reference.plain, "\(word)")
    }
    // Crafted: each clitic letter and its neighbours in the Arabic block opening short and long
    // tokens, with and without a preposition after a conjunction, and tokens of other scripts.
    var crafted = [
      "", "و", "وب", "وبل", "ولل", "للر", "للرق", "ف", "فكر", "كتب", "بيت", "لبنان", "والرقه", "raqqa", "1",
    ]
    for first in (0x0620...0x064A).compactMap({ Unicode.Scalar(UInt32($0)) }) {
      for rest in ["", "ل", "لل", "بال", "الر", "رقه"] { crafted.append(String(Character(first)) + rest) }
    }
    for word in crafted {
      #expect(
        NameKey.cliticReadings(word).map { Array($0.stem.utf8) } == referenceReadings(word).map { Array($0.stem.utf8) },
        "\(word)")
      #expect(NameKey.cliticReadings(word).map(\.prefixLength) == referenceReadings(word).map(\.prefixLength), "\(word)")
    }
    var forms = Spellings()
    var firsts: [Int] = []
    ArabicWord.appendBareForms(of: "سيطرتهم", taMarbuta: false, to: &forms, firsts: &firsts)
    let texts = forms.ends.indices.map { k in
      String(decoding: forms.bytes[(k == 0 ? 0 : forms.ends[k - 1])..<forms.ends[k]], as: UTF8.self)
    }
    #expect(texts == ["سيطرتهم", "سيطرت", "سيطره"] && firsts == [0])
    // A mark or a letter outside the plain set goes the character way.
    #expect(!ArabicWord.isPlainArabic("الرَّقة") && !ArabicWord.isPlainArabic("ال\u{0670}رق") && !ArabicWord.isPlainArabic("raqqa"))
  }

  /// `ArabicWord.isPlainArabic` as it read the scalars before it read bytes in pairs.
  func referenceIsPlainArabic(_ s: String) -> Bool {
    for u in s.unicodeScalars {
      let v = u.value
      guard
        (0x0621...0x064A).contains(v) || ((0x066E...0x06D3).contains(v) && v != 0x0670)
          || (0x06FA...0x06FF).contains(v) || (0x0750...0x077F).contains(v)
      else { return false }
    }
    return true
  }

  /// Reading the bytes in pairs answers what reading the scalars does: at both edges of each range
  /// of letters, and with scalars of one, three and four UTF-8 bytes at every place of a word.
  @Test func plainArabicByBytesMatchesTheScalars() {
    let edges: [UInt32] = [
      0x0620, 0x0621, 0x064A, 0x064B, 0x066D, 0x066E, 0x066F, 0x0670, 0x0671, 0x06D3, 0x06D4, 0x06F9, 0x06FA,
      0x06FF, 0x0700, 0x074F, 0x0750, 0x077F, 0x0780, 0x07FF, 0x05FF, 0x0080, 0x00E9,
    ]
    let others: [UInt32] = [0x61, 0x30, 0x20, 0x200C, 0x0800, 0xFEFB, 0x1F600, 0x10000]
    let letters = edges.compactMap(Unicode.Scalar.init).map { String(Character($0)) }
    var words = [""] + letters
    for a in letters { for b in letters { words.append(a + b) } }
    for other in others.compactMap(Unicode.Scalar.init).map({ String(Character($0)) }) {
      for w in ["رقه", "الرقه", "ب"] {
        for k in 0...w.unicodeScalars.count {
          var scalars = Array(w.unicodeScalars)
          scalars.insert(contentsOf: other.unicodeScalars, at: k)
          var text = String.UnicodeScalarView()
          text.append(contentsOf: scalars)
          words.append(String(text))
        }
      }
    }
    var plain = 0
    for word in words {
      #expect(ArabicWord.isPlainArabic(word) == referenceIsPlainArabic(word), "\(word.unicodeScalars.map(\.value))")
      if referenceIsPlainArabic(word) { plain += 1 }
    }
    #expect(plain > 50 && plain < words.count - 50)
  }

  /// The suffix gate's letters are exactly the last letters of `ArabicWord.suffixes`, over every
  /// plain letter; and the article read off four bytes is «ال» (with more than one letter after it).
  @Test func suffixGateAndArticleBytesMatchTheStrings() {
    let lastLetters = Set(ArabicWord.suffixes.map { $0.unicodeScalars.last! })
    var gated = 0
    for v in UInt32(0x0600)..<0x0780 where ArabicWord.isPlainArabicLetter(v) {
      let letter = Unicode.Scalar(v)!
      let bytes = Array(String(Character(letter)).utf8)
      #expect(bytes.count == 2)
      let gate = ArabicWord.mayEndInSuffix(UInt16(bytes[0]) << 8 | UInt16(bytes[1]))
      #expect(gate == lastLetters.contains(letter), "\(v)")
      if gate { gated += 1 }
      for word in ["ال" + String(Character(letter)), "ال" + String(Character(letter)) + "ه", String(Character(letter)) + "لرقه"] {
        #expect(
          Array(ArabicWord.stripArticle(letters: word).utf8) == Array(ArabicWord.stripArticle(characters: word).utf8),
          "\(word)")
      }
    }
    #expect(gated == lastLetters.count)
  }

  @Test func emptyTextHasNoForms() {
    let doc = ReportText(" ، ")
    #expect(doc.tokens.isEmpty && doc.forms.starts.count == 1 && doc.plainForms.starts.count == 1)
  }
}
