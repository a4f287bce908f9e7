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
        let a = WordForms.analyse(t.text, taMarbuta: taMarbuta)
        #expect(bare == a.bare, "\(t.text)")
        #expect(plain == a.plain, "\(t.text)")
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
    Vocabulary.$testTokenLimit.withValue(Vocabulary.count) {
      let doc = ReportText("والسيطرة \(marker)هم و\(marker)ة الرقة 7 \(marker)هم")
      #expect(doc.words.filter { $0 == .unseen }.count >= 3)
      expectFormsAreTheAnalyses(doc)
    }
  }

  /// The bare forms and article of plain Arabic letters, read off their bytes, are what `String`'s
  /// character operations give, byte for byte, for every Arabic token of the devset and fixture reports and a few made
  /// to meet each rule (article with one or two letters after it, each suffix, ت before a suffix).
  @Test func letterFormsMatchTheCharacterForms() throws {
    var spellings: Set<String> = [
      "الرقه", "الرق", "الري", "السيطرته", "سيطرتهم", "مقاتليه", "بيوتنا", "قراهما", "اهلهن", "قواتكم", "هم", "ته",
      "سته", "الته", "امه", "بيتها",
    ]
    for folder in ["devset", "reports"] {
      for (name, text, _) in try Evaluation.goldPairs(in: InputFixtures.url(folder)) {
        let doc = ReportText(try ReportDecoder.load(contentsOf: text, source: name).text)
        for t in doc.tokens where t.script == .arabic { spellings.insert(t.text) }
      }
    }
    #expect(spellings.count > 700)
    for word in spellings {
      var stems = NameKey.cliticReadings(word).map(\.stem)
      stems.append(word)
      for stem in stems {
        #expect(ArabicWord.isPlainArabic(stem), "\(stem)")
        #expect(Array(ArabicWord.stripArticle(letters: stem).utf8) == Array(ArabicWord.stripArticle(characters: stem).utf8))
        for taMarbuta in [false, true] {
          var byLetters: [String] = []
          var byCharacters: [String] = []
          ArabicWord.appendForms(ofLetters: Array(stem.utf8), taMarbuta: taMarbuta, to: &byLetters)
          ArabicWord.appendForms(of: stem, taMarbuta: taMarbuta, to: &byCharacters)
          #expect(byLetters.map { Array($0.utf8) } == byCharacters.map { Array($0.utf8) }, "\(stem)")
        }
      }
    }
    #expect(Set(ArabicWord.bareForms("سيطرتهم")) == ["سيطرتهم", "سيطرت", "سيطره"])
    // A mark or a letter outside the plain set goes the character way.
    #expect(!ArabicWord.isPlainArabic("الرَّقة") && !ArabicWord.isPlainArabic("ال\u{0670}رق") && !ArabicWord.isPlainArabic("raqqa"))
  }

  @Test func emptyTextHasNoForms() {
    let doc = ReportText(" ، ")
    #expect(doc.tokens.isEmpty && doc.forms.starts.count == 1 && doc.plainForms.starts.count == 1)
  }
}
