import Foundation
import Testing

@testable import GeomapCore

/// `PlainMatcher` must find, on plain text, exactly the matches and captures `Regex` finds.
@Suite struct PlainMatcherTests {
  let ref = CalendarDate(iso: "2017-07-04")!

  /// Every date pattern, relative and full, with its `Regex` and its plain compilation.
  static var patterns: [(regex: Regex<AnyRegexOutput>, plain: CompiledDatePattern?)] {
    RelativeDateResolver.Rules.all.map { ($0.regex, $0.plain) }
      + ReportDateReader.fullDateCompiled.map { ($0.lazyRegex.regex, $0.plain) }
      + [ReportDateReader.yearRegex].compactMap { $0.map { ($0.regex, ReportDateReader.yearPlain) } }
  }

  /// A match as (scalar span, captured text by name), from either engine.
  struct Found: Equatable, CustomStringConvertible {
    let range: Range<Int>
    let captures: [String: String]
    var description: String { "\(range) \(captures.sorted { $0.key < $1.key })" }
  }

  static func regexMatches(_ text: String, _ regex: Regex<AnyRegexOutput>, names: [String]) -> [Found] {
    text.matches(of: regex).map { match in
      var captures: [String: String] = [:]
      for name in names { if let s = match.output[name]?.substring { captures[name] = String(s) } }
      return Found(
        range: text.scalarOffset(of: match.range.lowerBound)..<text.scalarOffset(of: match.range.upperBound),
        captures: captures)
    }
  }

  static func plainMatches(_ text: String, _ pattern: CompiledDatePattern) -> [Found] {
    let scalars = Array(text.unicodeScalars)
    let matcher = PlainMatcher(scalars, pattern)
    var matches: [PlainMatcher.Match] = []
    matcher.appendMatches(in: 0..<scalars.count, to: &matches)
    return matches.map { match in
      var captures: [String: String] = [:]
      for name in pattern.captureNames {
        if let s = matcher.capture(match, name) { captures[name] = String(s) }
      }
      return Found(range: match.range, captures: captures)
    }
  }

  @Test func everyDatePatternCompilesForThePlainMatcher() {
    #expect(Self.patterns.count == 23)
    for (k, p) in Self.patterns.enumerated() { #expect(p.plain != nil, "pattern \(k)") }
  }

  /// A group tries at a scalar only its bucket's alternatives (`DateProgram.bucketSlots`): they
  /// must be, in order, every alternative whose first scalar is that one, found by testing each
  /// alternative as `PlainMatcher` did, at every scalar of the Arabic and English fixture reports.
  @Test func groupBucketsHoldEveryAlternativeStartingWithTheScalar() throws {
    var scalars = Set<UInt32>()
    for path in DateWindowsTests.reports {
      for s in try String(contentsOfFile: path, encoding: .utf8).unicodeScalars { scalars.insert(s.value) }
    }
    #expect(scalars.contains(0x0627) && scalars.contains(0x6A))
    var bucketed = 0
    for case let plain? in Self.patterns.map(\.plain) {
      let p = plain.program
      for at in p.ops.indices where p.bucketBase[at] >= 0 {
        bucketed += 1
        let op = p.ops[at]
        for v in scalars {
          let key = plain.caseInsensitive ? PlainText.lowerASCII(v) : v
          let expected = (op.a..<(op.a + op.b)).filter { slot in
            let head = p.ops[Int(p.alternatives[Int(slot)])]
            return head.kind == .literal && head.b > 0 && p.pool[Int(head.a)] == key && !PlainText.isHaraka(key)
          }
          let bucket = Int(p.bucketBase[at]) + Int(key & 63)
          let slots = (p.bucketOffsets[bucket]..<p.bucketOffsets[bucket + 1]).map { p.bucketSlots[Int($0)] }
          #expect(slots.filter { p.pool[Int(p.ops[Int(p.alternatives[Int($0)])].a)] == key } == expected)
        }
      }
    }
    #expect(bucketed >= 10)
  }

  @Test func latin1LettersArePlainButSharpSAndTheSigns() {
    #expect(PlainText.isPlain(0xC0) && PlainText.isPlain(0xFC) && PlainText.isPlain(0xFF))
    #expect(PlainText.isLetter(0xE9) && PlainText.wordClass(0xDC) == .letter)
    for v: UInt32 in [0xDF, 0xD7, 0xF7, 0xB5, 0xAA, 0xBF, 0x100] { #expect(!PlainText.isPlain(v), "\(v)") }
  }

  @Test func unsupportedSyntaxIsRefusedNotGuessed() {
    #expect(CompiledDatePattern("a.b") == nil)
    #expect(CompiledDatePattern("[A-Z]+") == nil)
    #expect(CompiledDatePattern("^on") == nil)
    #expect(CompiledDatePattern("(on)") == nil)
    #expect(CompiledDatePattern("on+?") == nil)
    #expect(CompiledDatePattern("\\bon\\s+(?<w>monday|friday)(?!\\p{L})") != nil)
    #expect(CompiledDatePattern("يوماً") != nil)
    #expect(CompiledDatePattern("يوماً?") == nil)  // a quantified haraka
    #expect(CompiledDatePattern("(?:يوم)ً") == nil)  // a haraka after a group
    #expect(CompiledDatePattern("[ًا]") == nil)
  }

  /// Word boundaries, case, glued punctuation and every quantifier's backtracking, per pattern.
  @Test(arguments: [
    "السبتين", "يوم السبتين", "Mayday 5", "6 Mayday", "May 5", "x6 July", "3.6 July", "6th of July",
    "6 of October", "JULY 12th3", "July 123", "12July 2017", "4 July2017", "يوم السبت الماضي",
    "يوم السبت الماضية", "يوم السبت الماضيين", "20 أوت الماضية", "mid-June", "mid-last month",
    "LAST WEEK", "Last Weekend", "on saturdays", "saturday nights", "the day before yesterday's",
    "a day ago", "another day ago", "12 days ago", "123 days ago", "قبل أسبوعين", "قبل أسبوعية",
    "مقبل يومين", "واليوم", "بالأمس", "ليلة أمسية", "ليلة أمس", "earlier this weekend",
    "in the late last month", "end of-last month", "beginning of this month", "1.2017-07-04",
    "2017-07-045", "04/07/2017", "4/7/20171", "Jul. 4, 2017", "November 2 – 10, 2017", "Nov 2-10 2017",
    "Sept 5", "sept. 5", "5 كانون الثاني",
    "5 كانون  الثاني", "مايو الماضي", "ماي الماضي", "a:Monday", "on\r\nMonday\r\nnight", "on_Monday",
    "Monday_night", "14 نيسان (أبريل) 2017", "20 أيار/مايو 2018", "4 من شهر تموز عام 2017",
    // Harakat belong to the letter before them: «يوما» is not «يوماً», «السبتَ» is not «السبت».
    "قبل 3 يوماً", "قبل 3 يوما", "يوم السبتَ الماضي", "يوم السبت الماضيَ", "الشهرَ الماضي",
    "قبلَ يومينِ", "اليومَ", "أمسِ", "يومَ السبتِ", "قبل ثلاثةِ أيامٍ", "مساءَ الأحدِ الماضي",
    "5 تموزَ 2017", "يوم السبتّ", "السبتَّ الماضي",
    // Latin-1 letters are plain: letters for `\p{L}` and word breaks, never one of the ASCII ones.
    "Münbij, July 5, 2017", "5 Jülÿ 2017", "Ü5 July", "July 5ü", "on Mondayé", "éon Monday",
    "ÉSept 5", "Sept 5 à", "JULY 12TH À", "ÀUGUST 4", "Ðay ago", "2 dÄys ago", "يوم السبتü",
    "çlast week", "last weekÖ", "Þursday", "þe day before yesterday",
  ])
  func regexAndPlainAgree(_ text: String) throws {
    for (k, p) in Self.patterns.enumerated() {
      let plain = try #require(p.plain)
      #expect(
        Self.plainMatches(text, plain) == Self.regexMatches(text, p.regex, names: plain.captureNames),
        "pattern \(k) on \(text.debugDescription)")
    }
  }

  /// Random plain text built from the rules' own words, glued and spaced every way, in both cases.
  @Test func regexAndPlainAgreeOnRandomText() throws {
    let words = [
      "on", "On", "last", "LAST", "this", "past", "the", "of", "in", "at", "a", "one", "three", "ten",
      "day", "days", "week", "weeks", "Week", "month", "ago", "early", "mid", "late", "end", "beginning",
      "start", "earlier", "yesterday", "night", "tonight", "today", "morning", "Saturday", "monday",
      "May", "Mayday", "July", "jul", "Sept", "sep", "december", "st", "th", "x", "s", "6", "12", "2017",
      "123", "07", "4", "0", "يوم", "صباح", "مساء", "ليلة", "ليل", "فجر", "السبت", "الأحد", "الاحد",
      "الجمعة", "الماضي", "الماضية", "الفائت", "المنصرم", "السابق", "أمس", "امس", "الأمس", "البارحة",
      "أول", "الأول", "الليلة", "اليوم", "قبل", "ثلاثة", "أيام", "يوما", "يومين", "أسبوع", "أسبوعين",
      "الأسبوع", "الاسبوع", "الشهر", "الجاري", "الحالي", "هذا", "مطلع", "أواخر", "منتصف", "آخر",
      "تموز", "كانون", "الثاني", "أيار", "مايو", "ماي", "أوت", "آذار", "من", "شهر", "عام", "سنة", "و",
      "ب", "ة", "ين", "يوماً", "السبتَ", "الماضيّ", "قبلَ", "أيامٍ", "اليومُ", "أمسِ", "الشهرْ",
      "ü", "Ü", "é", "ÿ", "Àugust", "Julé", "Şept",
    ]
    let glue = [
      " ", " ", " ", "  ", "\n", "\r\n", "\t", "", ".", ",", ":", "'", "_", "-", "/", "(", ")", "،",
      "؛", "«", ". ", ", ", "\u{064E}", "\u{0651}\u{064E}", "\u{064E}\u{0651}", "\u{064B} ",
    ]
    var rng = SplitMix(seed: 20_170_704)
    var plainTexts = 0
    defer { #expect(plainTexts > 400) }
    for _ in 0..<800 {
      var text = ""
      for _ in 0..<(2 + Int(rng.next() % 9)) {
        text += words[Int(rng.next() % UInt64(words.count))] + glue[Int(rng.next() % UInt64(glue.count))]
      }
      // Harakat glued after a digit or a blank are not plain: those windows take `Regex`.
      guard PlainText.isPlain(Array(text.unicodeScalars)[...]) else { continue }
      plainTexts += 1
      for (k, p) in Self.patterns.enumerated() {
        let plain = try #require(p.plain)
        let expected = Self.regexMatches(text, p.regex, names: plain.captureNames)
        let found = Self.plainMatches(text, plain)
        #expect(found == expected, "pattern \(k) on \(text.debugDescription)")
        if found != expected { return }
      }
    }
  }

  /// Text outside the plain set takes `Regex`, and the phrases found do not change.
  @Test(arguments: [
    "قبل ٣ أيام", "قبل 3 يوماً", "في 5ً تموز", "قبل \u{064B}3 أيام", "يوم\u{00A0}السبت", "يوم السبـت",
    "يوم السبتَ الماضي", "on Monday\u{2019}s",
    "يوم ا\u{0654}مس", "ſaturday", "on Mon\u{0301}day", "قبل ۳ أيام", "ßept 5", "on Monday ß",
    "on Mo\u{00B5}nday", "on Mondaÿ\u{0308}",
  ])
  func nonPlainTextFindsWhatTheRegexesFind(_ text: String) {
    #expect(
      RelativeDateResolver.find(in: text, reference: ref)
        == DateWindowsTests.wholeTextFind(in: text, reference: ref))
  }

  @Test func wordBoundariesAndCaseOnRealPhrases() {
    func texts(_ text: String) -> [String] { RelativeDateResolver.find(in: text, reference: ref).map(\.text) }
    #expect(texts("قتل في السبتين الماضيين عشرة") == [])
    #expect(texts("Mayday 5 was a call") == [])
    #expect(texts("on the 6th of July they left") == ["6th of July"])
    #expect(texts("خرجوا يوم السبت الماضي من الرقة") == ["يوم السبت الماضي"])
    #expect(
      RelativeDateResolver.resolve("يوم السبت الماضي", reference: ref)?.date.description == "2017-07-01")
    #expect(
      RelativeDateResolver.resolve("LAST WEEK", reference: ref)?.range.lowerBound.description == "2017-06-26")
    #expect(texts("fighting since mid-June") == [])
    #expect(RelativeDateResolver.resolve("mid-last month", reference: ref)?.date.description == "2017-06-11")
    #expect(texts("قبل ٣ أيام و في ٤ تموز ٢٠١٧") == ["قبل ٣ أيام", "٤ تموز ٢٠١٧"])
    #expect(texts("in 3.6 July") == [])
  }
}

/// The one-pass trigger scan against the plain definition: a word holds a trigger when its
/// ASCII-lowercased scalars contain the trigger's, or four digits in a row for the year trigger.
@Suite struct TriggerScanTests {
  @Test func scanFindsWhatASubstringSearchFinds() {
    let triggers = RelativeDateResolver.Rules.vocabulary
    let pieces = [
      "السبت", "والسبت", "الأسبوع", "الاسبوع", "اليوم", "واليوم", "قبل", "مقبل", "MONTH", "Saturday",
      "mayday", "كانون", "ال", "ا", "2017", "٢٠١٧", "201", "x2017y", "week", "weekend", "أمس", "امس",
      "البارحة", "ago", "الشهر", "Today", "night", "ا\u{0654}مس", "ſaturday", "\u{00A0}", "يوماً",
    ]
    let blanks = [" ", "\n", "\t", "  ", "\u{00A0}", ""]
    var rng = SplitMix(seed: 4_072_017)
    for _ in 0..<300 {
      var text = ""
      for _ in 0..<(1 + Int(rng.next() % 12)) {
        text +=
          pieces[Int(rng.next() % UInt64(pieces.count))] + blanks[Int(rng.next() % UInt64(blanks.count))]
      }
      let folded = DateVocabulary.foldDigits(text)
      let windows = DateWindows(folded, triggers: triggers)
      for (k, trigger) in triggers.enumerated() {
        let expected = windows.words.indices.filter { w in
          let word = windows.scalars[windows.words[w]].map { DateWindows.lowerASCII($0.value) }
          if trigger == DateWindows.yearDigits {
            var run = 0
            for s in windows.scalars[windows.words[w]] {
              run = s.properties.numericType == .decimal ? run + 1 : 0
              if run == 4 { return true }
            }
            return false
          }
          let t = trigger.unicodeScalars.map(\.value)
          return word.count >= t.count
            && (0...(word.count - t.count)).contains { Array(word[$0..<($0 + t.count)]) == t }
        }
        #expect(
          windows.wordsByTrigger[k] == expected, "\(trigger.debugDescription) in \(text.debugDescription)")
      }
    }
  }

  @Test func namesAreFoundByScalarsAndByCanonicalEquivalence() {
    #expect(DateVocabulary.month(named: "JUL.") == 7)
    #expect(DateVocabulary.month(named: "كانون الثاني") == 1)
    #expect(DateVocabulary.month(named: "ا\u{0654}يار") == 5)  // decomposed «أيار»: the String path
    #expect(DateVocabulary.month(named: "Mayday") == nil)
    #expect(DateVocabulary.weekday(named: "SATURDAY") == 6)
    #expect(DateVocabulary.weekday(named: "ا\u{0654}لاحد") == nil)  // «ألاحد» is no weekday
    #expect(DateVocabulary.weekday(named: "الجمعة") == 5)
  }
}

/// A small deterministic generator, so a failing random case reproduces.
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
