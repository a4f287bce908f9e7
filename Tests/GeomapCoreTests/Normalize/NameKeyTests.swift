import Testing

@testable import GeomapCore

/// Spellings a report may use for the same place must share a loose key.
@Suite struct NameKeyTests {
  static let samePlace: [(String, String)] = [
    ("الرقة", "الرقه"), ("الرقة", "رقة"), ("الرقــــة", "الرقة"), ("الرَّقَّة", "الرقة"),
    ("البوكمال", "البو كمال"), ("تلعفر", "تل عفر"), ("حماة", "حماه"), ("إدلب", "ادلب"),
    ("الميادين", "الميادين\u{200F}"), ("Raqqa", "Ar-Raqqah"), ("Raqqa", "Al Raqqah"),
    ("Raqqa", "RAQQA"), ("Deir ez-Zor", "Deir Ezzor"), ("Deir ez-Zor", "Dayr az Zawr"),
    ("Deir ez-Zor", "Deir al-Zour"), ("Al-Bukamal", "Boukamal"), ("Mayadin", "Al-Mayadeen"),
    ("Hama", "Hamah"), ("Ma'arrat al-Nu'man", "Maarrat al Numan"), ("Şanlıurfa", "Sanliurfa"),
    ("Homs", "Ḥimṣ".replacingOccurrences(of: "i", with: "o")), ("Qamishli", "Kamishli"), ("Ar-Raqqa", "Arraqqa"),
  ]

  @Test(arguments: samePlace)
  func variantsShareALooseKey(a: String, b: String) {
    #expect(NameKey.loose(a) == NameKey.loose(b), "\(a) vs \(b)")
  }

  @Test func fusedArabicSpellingIsIndexed() {
    #expect(NameKey.indexKeys("دير الزور").contains(NameKey.loose("ديرالزور")))
  }

  @Test func differentPlacesStayApart() {
    #expect(NameKey.loose("الرقة") != NameKey.loose("الرمادي"))
    #expect(NameKey.loose("Homs") != NameKey.loose("Hama"))
    #expect(NameKey.loose("Damascus") != NameKey.loose("Daraa"))
  }

  @Test func cliticReadingsUncoverTheName() {
    func stems(_ word: String) -> [String] {
      NameKey.cliticReadings(Tokenizer.tokens(in: word)[0].text).map(\.stem)
    }
    #expect(stems("والرقة").contains("الرقه"))
    #expect(stems("بالميادين").contains("الميادين"))
    #expect(stems("وبالميادين").contains("الميادين"))
    #expect(stems("للحجر").contains("الحجر"))
    #expect(stems("كالموصل").contains("الموصل"))
    #expect(NameKey.cliticReadings("الرقه").count == 1)
  }

  /// Every reading, in order, with the scalars its clitics take (read in place since round 9).
  @Test func cliticReadingsListEachPrefixOnceShortestFirst() {
    func readings(_ word: String) -> [String] {
      NameKey.cliticReadings(word).map { "\($0.stem)/\($0.prefixLength)" }
    }
    #expect(readings("وبالميادين") == ["وبالميادين/0", "بالميادين/1", "الميادين/2"])
    #expect(readings("للرقه") == ["للرقه/0", "الرقه/1"])
    #expect(readings("وللرقه") == ["وللرقه/0", "للرقه/1", "الرقه/2"])
    #expect(readings("فكفر") == ["فكفر/0", "كفر/1", "فر/2"])
    // A stem of one scalar is no reading; a word of two scalars has none.
    #expect(readings("وبه") == ["وبه/0", "به/1"])
    #expect(readings("وب") == ["وب/0"])
    #expect(readings("دمشق") == ["دمشق/0"])
    #expect(readings("Raqqa") == ["Raqqa/0"])
  }

  /// The article comes off an Arabic word of four scalars or more, and only then.
  @Test func looseArabicWordLosesOnlyALongWordsArticle() {
    #expect(NameKey.looseWord("الرقه", isFirst: true, isOnly: true) == "رقه")
    #expect(NameKey.looseWord("الري", isFirst: true, isOnly: true) == "ري")
    #expect(NameKey.looseWord("الف", isFirst: true, isOnly: true) == "الف")
    #expect(NameKey.looseWord("دمشق", isFirst: true, isOnly: true) == "دمشق")
    #expect(NameKey.looseWord("الاتارب", isFirst: false, isOnly: false) == "اتارب")
    #expect(NameKey.looseWord("", isFirst: true, isOnly: true) == "")
  }
}

@Suite struct TokenizerTests {
  @Test func offsetsPointIntoTheOriginalText() {
    let text = "خروج مقاتلي التنظيم من الرَّقَّة، باتجاه «ريف حمص الجنوبي» and Deir ez-Zor's"
    let scalars = Array(text.unicodeScalars)
    let tokens = Tokenizer.tokens(in: text)
    func original(_ t: Token) -> String {
      var v = String.UnicodeScalarView()
      v.append(contentsOf: scalars[t.start..<t.end])
      return String(v)
    }
    #expect(tokens.map(\.text).contains("الرقه"))
    let raqqa = tokens.first { $0.text == "الرقه" }
    #expect(raqqa.map(original) == "الرَّقَّة")
    #expect(tokens.suffix(3).map(\.text) == ["deir", "ez", "zor"])
    #expect(tokens.last.map(original) == "Zor")
    for t in tokens { #expect(t.start < t.end && t.end <= scalars.count) }
  }

  @Test func arabicIndicDigitsFoldToASCII() {
    #expect(Tokenizer.tokens(in: "٤ يوليو ٢٠١٧").map(\.text) == ["4", "يوليو", "2017"])
  }

  @Test func foldedTextMapsBack() {
    let folded = FoldedText("الرقــــة")
    #expect(folded.string == "الرقه")
    #expect(folded.originalRange(0..<5) == 0..<9)  // four tatweels inside
  }
}
