import Testing

@testable import GeomapCore

/// The hand-written fast paths of the front stages give what the plain code they replace gives.
@Suite struct FastPathTests {
  /// The tokenizer reads scalars below U+0800 through `Folding.lowTable`; text tokenized from a
  /// `String` goes through `Folding.fold` scalar by scalar. Every such scalar, between letters of
  /// both scripts, must cut and fold the same.
  @Test func foldTableTokenizesLikeFold() {
    var text = ""
    for v in UInt32(0)..<UInt32(Folding.lowLimit) {
      guard let s = Unicode.Scalar(v) else { continue }
      text.unicodeScalars.append(contentsOf: ["b", s, "ب", s, "7", s, "s"])
    }
    text += " Ma'arrat al-Nu’man «الرَّقَّة» والميادين\u{200F} ١٢ ÉTÉ"
    let viaFold = Tokenizer.tokens(in: text)
    let viaTable = Tokenizer.tokens(in: Array(text.unicodeScalars))
    #expect(viaTable.count == viaFold.count)
    #expect(viaTable == viaFold)
    #expect(viaTable.count > 6000, "the text has tokens on both sides of every scalar")
  }

  /// `layOut` reads scalars below U+0800 through `ByteScan.table` (the folded scalar's UTF-8 stored
  /// beside its `Folding.lowTable` entry): every such scalar, between letters of both scripts, cuts,
  /// folds and interns as `Folding.fold` says.
  @Test func byteScanTableTokenizesLikeFold() {
    var text = ""
    for v in UInt32(0)..<UInt32(Folding.lowLimit) {
      guard let s = Unicode.Scalar(v) else { continue }
      text.unicodeScalars.append(contentsOf: ["b", s, "ب", s, "7", s, "s", " "])
    }
    let layout = Tokenizer.layOut(text)
    let viaFold = Tokenizer.tokens(in: text)
    #expect(layout.tokens.count == viaFold.count)
    #expect(layout.tokens == viaFold)
    #expect(layout.tokens.count > 6000, "the text has tokens on both sides of every scalar")
    for (t, w) in zip(layout.tokens, layout.words) { #expect(w == Word(token: t.text)) }
  }

  /// `KeySet` finds its keys, byte for byte, and nothing else.
  @Test func keySetFindsItsKeysOnly() {
    let keys = (0..<500).map { "كلمة\($0)" } + ["raka", "bab", "الباب"]
    let set = KeySet(keys + ["bab"])
    for k in keys { #expect(set.contains(k), "\(k)") }
    #expect(!set.contains("كلمة500"))
    #expect(!set.contains("ba"))
    #expect(!set.contains(""))
    // The key with a shadda after it is other bytes: not the key.
    #expect(!set.contains("الباب\u{0651}"))
    #expect(KeySet([]).contains("x") == false)
  }

  /// `CountryCodes` answers as a set of two-letter strings would.
  @Test func countryCodesAnswerAsASet() {
    let codes: CountryCodes = ["SY", "IQ"]
    #expect(codes.contains("SY") && codes.contains("IQ"))
    #expect(!codes.contains("LB") && !codes.contains("S") && !codes.contains("SYR") && !codes.contains(""))
    #expect(!codes.contains("sy"))
  }

  /// Interning a report's tokens in chunks gives each spelling the id `Word(token:)` gives it.
  @Test func batchInterningMatchesOneByOne() {
    let tokens = Tokenizer.tokens(in: String(repeating: "خرج مقاتلو التنظيم من الرقة باتجاه ريف حمص. ", count: 700))
    let words = Word.ofTokens(tokens)
    #expect(words.count == tokens.count)
    for (w, t) in zip(words, tokens).prefix(20) { #expect(w == Word(token: t.text)) }
    #expect(words[0] == words[8] && words[0] != words[1])
  }

  /// The word table's byte comparison (eight bytes at a time, the last eight overlapping, four and
  /// four below eight) tells every pair of spellings apart, whatever their length and wherever they
  /// differ.
  @Test func sameBytesComparesEveryByte() {
    for length in 0..<40 {
      let a = (0..<length).map { UInt8(truncatingIfNeeded: 0x41 + $0) }
      #expect(Vocabulary.same(a, a.map { $0 }, length))
      for k in 0..<length {
        var b = a
        b[k] ^= 0x20
        #expect(!Vocabulary.same(a, b, length), "length \(length), byte \(k)")
      }
    }
  }

  /// A report's tokens interned from the scan's bytes are the tokens and words of the string path:
  /// same spans, scripts, spellings (byte for byte) and ids, Arabic and English, known and new words.
  @Test func internedTokensMatchTheStringPath() {
    let text = "قال ناشطون إنّ مقاتلي «داعش» خرجوا من الرقةِ باتجاه البوكمال؛ ISIS's fighters left al-Raqqa's "
      + "outskirts for Ma'arrat al-Nu'man — 12 km. كلمةٌجديدةٌلم‌تُرَ qwzxnewword"
    let scalars = Array(text.unicodeScalars)
    let (tokens, words) = Tokenizer.interned(scalars)
    let plain = Tokenizer.tokens(in: text)
    #expect(tokens.count == plain.count && words.count == plain.count)
    for (k, t) in plain.enumerated() where k < tokens.count {
      #expect(tokens[k].start == t.start && tokens[k].end == t.end && tokens[k].script == t.script)
      #expect(Array(tokens[k].text.utf8) == Array(t.text.utf8))
      #expect(words[k] == Word(token: t.text))
    }
    #expect(plain.contains { $0.text == "isis" } && plain.contains { $0.text == "maarrat" })
  }

  /// The scan hashes each token's bytes as it writes them: a word new to the table, also as a
  /// possessive whose "'s" is cut after it was hashed, gets the id interning its spelling gives.
  @Test func scanHashesFindTheSpellingsWord() {
    let layout = Tokenizer.layOut("Qzvbrook's gate, qzvbrook نزخطيةجديدة's")
    #expect(layout.tokens.map(\.text) == ["qzvbrook", "gate", "qzvbrook", "نزخطيهجديده", "s"])
    #expect(layout.words[0] == layout.words[2])
    for (t, w) in zip(layout.tokens, layout.words) { #expect(w == Word(token: t.text)) }
  }

  /// The one-pass layout of a text's bytes gives the scalars, byte offsets, line starts, tokens and
  /// words that decoding the scalars and tokenizing them give: one- to four-byte scalars, CR LF,
  /// a trailing line break, marks, invisibles and a possessive.
  @Test func byteLayoutMatchesTheScalarPath() {
    let texts = [
      "قال ناشطون إنّ مقاتلي «داعش» خرجوا من الرقةِ\r\nباتجاه البوكمال؛ ISIS's fighters 😀 left "
        + "Ma'arrat — 12 km\u{00A0}east. ٤ تموز ٢٠١٧ Ţal Ḥalab ẞ \u{212A} 𝔸\n",
      "",
      "\n\n",
      "x",
    ]
    for text in texts {
      let layout = Tokenizer.layOut(text)
      let scalars = Array(text.unicodeScalars)
      #expect(layout.scalars == scalars)
      #expect(layout.utf8 == Array(text.utf8))
      var offsets: [Int32] = [0]
      for s in scalars { offsets.append(offsets[offsets.count - 1] + Int32(UTF8.width(s))) }
      #expect(layout.utf8Offsets == offsets)
      #expect(layout.lineStarts == [0] + scalars.indices.filter { scalars[$0] == "\n" }.map { $0 + 1 })
      let (tokens, words) = Tokenizer.interned(scalars)
      #expect(layout.tokens == tokens && layout.words == words)
      #expect(layout.tokens.map { Array($0.text.utf8) } == tokens.map { Array($0.text.utf8) })
    }
  }

  /// `layOut` interns its tokens a chunk at a time while it scans: a text of many chunks, with a
  /// possessive and words new to the table on every side of the chunk edges, gets the tokens and
  /// words interning all of its pieces at once gives.
  @Test func chunkedLayoutMatchesOneBatch() {
    var text = ""
    for k in 0..<(3 * Tokenizer.chunk + 7) {
      text += k % 5 == 0 ? "Qzv\(k)brook's " : k % 3 == 0 ? "كلمة\(k)جديدة، " : "خرجوا من الرقة "
    }
    let layout = Tokenizer.layOut(text)
    let (tokens, words) = Tokenizer.interned(Array(text.unicodeScalars))
    #expect(layout.tokens.count > 3 * Tokenizer.chunk)
    #expect(layout.tokens == tokens && layout.words == words)
    for (t, w) in zip(layout.tokens, layout.words).prefix(600) { #expect(w == Word(token: t.text)) }
  }

  /// The byte scan of `layOut` cuts, folds, hashes and interns as the scalar path does on text drawn
  /// at random from scalars that test every branch: both scripts and digits, marks and tatweel,
  /// apostrophes before and inside "'s", invisibles, line breaks, two- to four-byte scalars and
  /// precomposed Latin letters, over many chunks.
  @Test func byteScanMatchesTheScalarPathOnMixedText() {
    let alphabet: [Unicode.Scalar] = [
      "a", "S", "s", "s", "'", "'", "\u{2019}", " ", " ", "\n", "-", "7", "٣", "ب", "ة", "أ", "\u{064E}", "\u{0640}",
      "\u{200F}", "\u{00AD}", "Ţ", "é", "ß", "\u{0301}", "中", "😀", "\u{FEFF}", "،", ".", "ی", "\u{0654}", "ـ",
    ]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    var text = ""
    for _ in 0..<(6 * Tokenizer.chunk * 4) {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      text.unicodeScalars.append(alphabet[Int(state >> 33) % alphabet.count])
    }
    let layout = Tokenizer.layOut(text)
    let (tokens, words) = Tokenizer.interned(Array(text.unicodeScalars))
    let plain = Tokenizer.tokens(in: text)
    #expect(layout.tokens.count > 2 * Tokenizer.chunk)
    // The first difference, not thousands of tokens, when they differ.
    let firstDifference = zip(layout.tokens, tokens).first { $0.0 != $0.1 }
    #expect(firstDifference == nil, "\(String(describing: firstDifference))")
    #expect(layout.tokens.count == tokens.count)
    #expect(layout.words.elementsEqual(words) && layout.tokens.elementsEqual(plain))
    #expect(layout.tokens.contains { $0.text.hasSuffix("s") } && layout.tokens.contains { $0.script == .digits })
    for (t, w) in zip(layout.tokens, layout.words) { #expect(w == Word(token: t.text)) }
  }

  /// What `layOut` must give for `text`, from its scalars one by one: the scalars, their byte
  /// offsets, the line starts, and the tokens and words `Tokenizer.interned` (the `Builder`)
  /// gives. Records an issue naming `note` and the first difference, if any.
  static func expectLayoutMatchesScalarPath(_ text: String, _ note: @autoclosure () -> String) {
    let layout = Tokenizer.layOut(text)
    let scalars = Array(text.unicodeScalars)
    var offsets: [Int32] = [0]
    for s in scalars { offsets.append(offsets[offsets.count - 1] + Int32(UTF8.width(s))) }
    let lineStarts = [0] + scalars.indices.filter { scalars[$0] == "\n" }.map { $0 + 1 }
    let (tokens, words) = Tokenizer.interned(scalars)
    // Compared as a whole, recorded only when they differ: `#expect` per text made the run long.
    guard layout.scalars != scalars || layout.utf8Offsets != offsets || layout.lineStarts != lineStarts
      || layout.tokens != tokens || layout.words != words
      || !layout.tokens.elementsEqual(tokens, by: { Array($0.text.utf8) == Array($1.text.utf8) })
    else { return }
    let token = zip(layout.tokens, tokens).first { $0.0 != $0.1 }
    let same = (layout.scalars == scalars, layout.utf8Offsets == offsets, layout.lineStarts == lineStarts)
    Issue.record(
      "\(note()): scalars, offsets, lines equal \(same); \(layout.tokens.count) tokens for \(tokens.count), first different \(String(describing: token))"
    )
  }

  /// `layOut` reads Arabic and ASCII words several letters at a time (`ByteScan.arabicWords`,
  /// `latinWords`): every fixture report, whole and cut after each of its first 40 scalars, gives
  /// what the scalar path gives.
  @Test func letterWordsMatchTheScalarPathOnEveryReport() throws {
    let reports = try ScanWordFastPathTests.texts().reports
    #expect(reports.count > 150)
    for (n, report) in reports.enumerated() {
      Self.expectLayoutMatchesScalarPath(report, "report \(n)")
      let scalars = Array(report.unicodeScalars)
      for cut in 0..<min(40, scalars.count) {
        var head = ""
        head.unicodeScalars.append(contentsOf: scalars[..<cut])
        Self.expectLayoutMatchesScalarPath(head, "report \(n) up to \(cut)")
      }
    }
  }

  /// After 0–17 letters of a word, Arabic (`ByteScan.arabicWords`, sixteen bytes at a time) or
  /// ASCII (`latinWords`, eight), one scalar of each kind, so it falls in every lane of the bytes
  /// looked at and past them: every scalar of U+0600–U+06FF and of ASCII, and others (apostrophes,
  /// invisibles, two- to four-byte scalars); then words of 1–24 letters, the other script and
  /// digits right before a word, texts ending inside the bytes looked at. All give what the
  /// scalar path gives.
  @Test func letterWordsMatchTheScalarPathAtEveryLane() {
    let others: [Unicode.Scalar] = ["\u{2019}", "\u{200F}", "\u{00AD}", "é", "ß", "Ţ", "中", "😀", "\u{FEFF}"]
    let arabic = Array("بتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئاةى".unicodeScalars)
    let latin = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".unicodeScalars)
    let specials = (0x0600...0x06FF).compactMap { Unicode.Scalar(UInt32($0)) } + (0x01...0x7F).map { Unicode.Scalar(UInt8($0)) }
    for letters in [arabic, latin] {
      for (k, special) in (specials + others).enumerated() {
        var text = ""
        for count in 0...17 {
          for j in 0..<count { text.unicodeScalars.append(letters[(k + j) % letters.count]) }
          text.unicodeScalars.append(special)
          text.unicodeScalars.append(contentsOf: letters.prefix(2))
          text += " "
        }
        Self.expectLayoutMatchesScalarPath(text, "\(letters[0]): after U+\(String(special.value, radix: 16))")
      }
      for count in [1, 7, 8, 9, 15, 16, 17, 24] {
        let word = String(String.UnicodeScalarView(letters.prefix(count)))
        Self.expectLayoutMatchesScalarPath(String(repeating: word + " ", count: 40), "words of \(count)")
        Self.expectLayoutMatchesScalarPath("abc" + word + " بت" + word + " 12" + word + "'s " + word, "mixed, \(count)")
      }
    }
    let sentences = [
      "قال ناشطون إن مقاتلي التنظيم خرجوا من الرقة باتجاه البوكمال مساء الأحد",
      "Fighters LEFT al-Raqqa's outskirts for Albukamal on Sunday evening, activists said",
    ]
    for sentence in sentences {
      for cut in 0...sentence.unicodeScalars.count {
        Self.expectLayoutMatchesScalarPath(String(sentence.unicodeScalars.prefix(cut)), "\(sentence.prefix(3)) up to \(cut)")
      }
    }
  }

  /// `ByteScan.arabicWords` hashes a letter's `ByteScan.table` entry unmasked: every letter it takes
  /// (U+0621–U+063A, U+0641–U+064A) is kept as an Arabic letter and plain, so the entry's low 32
  /// bits are the folded scalar alone, the scalar `Folding.fold` gives. The letters it leaves
  /// between them (U+063B–U+063F) are not plain to the report date's scan (`ByteScan.notPlain`).
  @Test func arabicLetterEntriesAreTheirFoldedScalars() {
    for v in UInt32(0x063B)...0x063F {
      let entry = UInt32(truncatingIfNeeded: Tokenizer.ByteScan.table[Int(v)])
      #expect(entry & Tokenizer.ByteScan.notPlain != 0, "U+\(String(v, radix: 16))")
    }
    for v in UInt32(0x0621)...0x064A where !(0x063B...0x0640).contains(v) {
      let entry = UInt32(truncatingIfNeeded: Tokenizer.ByteScan.table[Int(v)])
      guard let s = Unicode.Scalar(v), case .keep(let folded) = Folding.fold(s) else {
        Issue.record("U+\(String(v, radix: 16)) is not kept")
        continue
      }
      #expect(entry == folded.value, "U+\(String(v, radix: 16))")
      #expect(Folding.script(of: folded) == .arabic, "U+\(String(v, radix: 16))")
    }
  }

  /// `FoldedText` reads scalars below U+0800 through `Folding.lowTable`: every scalar, and the
  /// precomposed Latin letters outside the table, folds and maps back as `Folding.fold` says.
  @Test func foldedTextFoldsLikeFold() {
    var text = ""
    for v in UInt32(0)..<UInt32(0x2100) {
      guard let s = Unicode.Scalar(v) else { continue }
      text.unicodeScalars.append(s)
    }
    let folded = FoldedText(text)
    var scalars: [Unicode.Scalar] = []
    var offsets: [Int] = []
    for (k, s) in text.unicodeScalars.enumerated() {
      if case .keep(let f) = Folding.fold(s) {
        scalars.append(f)
        offsets.append(k)
      }
    }
    offsets.append(text.unicodeScalars.count)
    #expect(folded.scalars == scalars)
    #expect(folded.originalOffsets == offsets)
    #expect(folded.scalars.count < text.unicodeScalars.count, "marks and invisibles are dropped")
  }

  /// `String(utf8Of:)` is the string of the scalars, one to four UTF-8 bytes each.
  @Test func stringOfScalarsIsTheirText() {
    let text = "يوم السبت 4 July, 2017 — ١٢ Ţal 😀 \r\n e\u{0301}"
    let scalars = Array(text.unicodeScalars)
    #expect(String(utf8Of: scalars[...]) == text)
    #expect(Array(String(utf8Of: scalars[...]).utf8) == Array(text.utf8))
    #expect(String(utf8Of: scalars[4..<9]) == "السبت")
    #expect(String(utf8Of: scalars[0..<0]).isEmpty)
  }
}
