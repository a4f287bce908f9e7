import Foundation
import Testing

@testable import GeomapCore

/// `ReportDateReader` as it read a report before its fast paths (Foundation's search for the
/// labels, `Regex` for the dateline prefix and over the whole head for the latest year, the head
/// cut and folded for each question): the reference the fast paths must agree with.
enum ReportDateReference {
  static func read(_ text: String, fallbackYear: Int? = nil) -> ReportDate? {
    let folded = DateVocabulary.foldDigits(head(of: text))
    let dates = ReportDateReader.fullDates(inFolded: folded)
    if let labelled = dates.first(where: { isLabelled(folded, before: $0.start) }) {
      return ReportDate(date: labelled.date, start: labelled.start, end: labelled.end, basis: .labelled)
    }
    if let first = dates.first, isDateline(folded, before: first.start) {
      return ReportDate(date: first.date, start: first.start, end: first.end, basis: .dateline)
    }
    let year = dates.first?.date.year ?? latestYear(in: folded) ?? fallbackYear
    if let year, var dateline = yearlessDateline(in: folded, year: year) {
      dateline.yearInferred = true
      return dateline
    }
    return dates.first.map { ReportDate(date: $0.date, start: $0.start, end: $0.end, basis: .firstDate) }
  }

  static func yearlessDatelineStart(in text: String) -> Int? {
    yearlessDateline(in: DateVocabulary.foldDigits(head(of: text)), year: 2000)?.start
  }

  static func head(of text: String) -> String {
    let scalars = text.unicodeScalars
    let end =
      scalars.index(scalars.startIndex, offsetBy: ReportDateReader.headLength, limitedBy: scalars.endIndex)
      ?? scalars.endIndex
    return String(scalars[..<end])
  }

  static func linePrefix(_ text: String, before offset: Int) -> String {
    let scalars = text.unicodeScalars
    let lower = max(0, offset - 40)
    guard offset > 0,
      let from = scalars.index(scalars.startIndex, offsetBy: lower, limitedBy: scalars.endIndex)
    else { return "" }
    let to = scalars.index(from, offsetBy: offset - lower, limitedBy: scalars.endIndex) ?? scalars.endIndex
    let prefix = String(scalars[from..<to])
    return prefix.split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init) ?? ""
  }

  static func isLabelled(_ text: String, before offset: Int) -> Bool {
    let prefix = linePrefix(text, before: offset).lowercased()
    let labels = [
      "التاريخ", "تاريخ", "بتاريخ", "نشر في", "date:", "dated", "date :", "as of", "published",
      "updated", "issued",
    ]
    return labels.contains { prefix.contains($0) }
  }

  nonisolated(unsafe) static let datelinePrefixRegex = try! Regex(
    "^\\s*[A-Z][A-Z .'-]{2,30},\\s*$|^\\s*\\p{Arabic}[\\p{Arabic} ]{1,30}\\s*[-–—،]\\s*$")

  static func isDateline(_ text: String, before offset: Int) -> Bool {
    linePrefix(text, before: offset).wholeMatch(of: datelinePrefixRegex) != nil
  }

  nonisolated(unsafe) static let yearRegex = try! Regex("\\b(?:19|20)\\d{2}(?!\\d)")

  static func latestYear(in text: String) -> Int? {
    text.matches(of: yearRegex).compactMap { match -> Int? in
      let before = text[..<match.range.lowerBound].suffix(32).lowercased()
      let words = before.split(whereSeparator: { $0.isWhitespace || $0.isPunctuation }).suffix(3)
      if words.contains(where: { ["since", "منذ"].contains(String($0)) }) { return nil }
      return Int(text[match.range])
    }.filter { $0 >= 1990 }.max()
  }

  /// Both patterns run on every text (no `DatelineShape` gate).
  static func yearlessDateline(in text: String, year: Int) -> ReportDate? {
    let regexes = [ReportDateReader.englishYearlessDatelineRegex, ReportDateReader.arabicYearlessDatelineRegex]
    let found = regexes.compactMap { regex -> ReportDate? in
      guard let regex, let match = text.firstMatch(of: regex),
        let day = ReportDateReader.int(match.output, "d"), let raw = match.output["m"]?.substring,
        let month = DateVocabulary.month(named: String(raw)),
        let date = CalendarDate(year: year, month: month, day: day),
        let range = match.output["date"]?.range
      else { return nil }
      return ReportDate(
        date: date, start: text.scalarOffset(of: range.lowerBound),
        end: text.scalarOffset(of: range.upperBound), basis: .dateline)
    }
    return found.min { $0.start < $1.start }
  }
}

/// The report date's fast paths against `ReportDateReference`, on every fixture report and on
/// crafted edge cases: Unicode word boundaries, case, canonical equivalence, CR LF, harakat.
@Suite struct ReportDateReaderFastPathTests {
  /// Every fixture report's searched head, digits folded.
  static var heads: [String] { DatelineShapeTests.reports }

  /// Each fixture line, and lines made dateline-like: a line's opening before ", ", " - ", "، ".
  static let lines: [String] = {
    let lines = heads.flatMap { $0.split(separator: "\n").map(String.init) }
    return lines + lines.flatMap { line in
      [", ", " - ", "، ", " —"].map {
        String(String.UnicodeScalarView(line.unicodeScalars.prefix(line.count % 37))) + $0
      }
    }
  }()

  static let crafted = [
    "", "Date: ", "DATE:", "Dated", "date :", "As Of ", "AS  OF", "Published on ", "PUBLİSHED ", "ıssued",
    "İssued ", "Upd\u{61}ted", "Dat\u{E9}d", "Date\u{301}: ", "التاريخ: ", "تاريخ النشر ", "بتاريخ ",
    "نشر في ", "نشر  في", "التَّاريخ ", "ا\u{654}لتاريخ ", "Date:\r\n", "x\r\nDate: ", "Date:\n", "\u{A0}Date: ",
    "BEIRUT, ", "  BEIRUT,", "AB,", "ABC,", "A" + String(repeating: "B", count: 30) + ",",
    "A" + String(repeating: "B", count: 29) + ",", "Beirut,", "BEIRUT ,", "BEI-RUT'S .X,\t", "BEIRUT,\u{A0}",
    "x\nBEIRUT, ", "x\r\nBEIRUT, ", "BEIRUT,\r\n", "É BEIRUT, ", "BEIRUT\u{301}, ", "دمشق - ", "دمشق – ",
    "دمشق —", "دمشق،", "دمشق ،", "دمشق، حلب -", "دمشق«ب -", "«دمشق» -", "دمشق؟ب -", "دمشق؛ب -", "د -",
    "دم -", " \tد ب -  \t", "دمشق\tب -", "دمشق\t -", "دَمشق -", "ـدمشق -", "دمشق\u{640} -",
    String(repeating: "د", count: 31) + " -", String(repeating: "د", count: 32) + " -",
    "د" + String(repeating: " ", count: 35) + "-", "دمشق" + String(repeating: " ", count: 33) + "،",
    "\u{200F}دمشق - ", "دمشق\u{200D} - ", "x - ", "- ", "،", ", ",
    // What follows the comma or dash: white space that is not a space or a tab, a word, a mark.
    "دمشق،\u{A0}", "BEIRUT,\u{2009}", "BEIRUT,\u{3000} ", "دمشق - ب", "دمشق -\u{301}", "BEIRUT,\u{301} ",
    "دمشق\u{A0}ب ", "دمشق -\r", "BEIRUT,\u{2028}", "BEIRUT,\u{85}", "  \t ", "\n  ", "BEIRUT,\r\n  ", "دمشق -\r\n", "BEIRUT\r\n ",
    // Harakat: after a letter, after another haraka, alone, and inside or right after a label.
    "دمّر تاريخ ", "تاريخً ", "تاريخًّ", "تاريخْ", "بتاريخٍ ", "التَّاريخ: ", "نشرَ في ", "نشر فيِ ", "ًتاريخ ",
    " ًتاريخ ", "\nًتاريخ ", "Date ً", "Dateً: ", "حصاراً منذ أواخر ", "قالَ في تاريخ ", "تاريخ\u{653} ",
    "ت\u{651}\u{64E}اريخ ", String(repeating: "ب", count: 36) + "ًتاريخ",
    String(repeating: "ب", count: 37) + "ًً ", "بّ" + String(repeating: "ت", count: 33) + " تاريخ",
    "بًّ" + String(repeating: "ت", count: 32) + " تاريخ", "بًّ" + String(repeating: "ت", count: 33) + " تاريخ",
    "\nّ" + String(repeating: "ت", count: 33) + " تاريخ", "بّ\n" + String(repeating: "ت", count: 32) + " تاريخ",
  ]

  @Test func labelAndDatelinePrefixesAgreeWithTheStringPath() {
    var simple = 0
    let texts = Self.lines + Self.crafted + Self.crafted.map { "x" + $0 } + Self.crafted.map { "نص\n" + $0 }
    for prefix in texts {
      let text = prefix + "4 July 2017"
      let scalars = Array(text.unicodeScalars)
      let offset = prefix.unicodeScalars.count
      if ReportDateReader.simpleLinePrefix(scalars, before: offset) != nil { simple += 1 }
      #expect(
        ReportDateReader.isLabelled(scalars, before: offset) == ReportDateReference.isLabelled(text, before: offset),
        "\(prefix.debugDescription) labelled")
      #expect(
        ReportDateReader.isDateline(scalars, before: offset) == ReportDateReference.isDateline(text, before: offset),
        "\(prefix.debugDescription) dateline")
    }
    // The fast path is the common one, and both answers occur.
    #expect(simple * 2 > texts.count, "\(simple) of \(texts.count) prefixes simple")
    #expect(texts.filter { ReportDateReference.isDateline($0 + "4", before: $0.unicodeScalars.count) }.count > 100)
    #expect(texts.filter { ReportDateReference.isLabelled($0 + "4", before: $0.unicodeScalars.count) }.count > 20)
  }

  static let years = [
    "2017", "ش2017", "a2017", "_2017", "1,2017", "a,2017", "،2017", "1،2017", ".2017", "1.2017", "(2017)",
    "ـ2017", "ش\u{651}2017", "x\u{200D}2017", "ش\u{200F}2017", "2017\u{651}", "2017م", "\u{600}2017",
    "12017", "20171", "2017²", "²2017", "'2017", "1'2017", "\u{A0}2017", "e\u{301}2017", "2017-2018",
    "1989 1990", "2099", "2100", "1899", "منذ 2013", "منذ عام 2013 و2012", "منذ عام 2013 و2019",
    "since 2012", "Since 2015, 2016", "SINCE 2019", "since, in 2019", "besieged since the end of 2019",
    "ſince 2019", "منذ\u{651} 2019", "in 2019\r\n2018", "٢٠١٧", "20١٧", "2017 since",
  ]

  @Test func latestYearAgreesWithTheRegex() {
    let contexts = ["", "في ", "x ", "قال في ", "\n"]
    let texts =
      Self.heads + Self.years.flatMap { year in contexts.map { $0 + year + " قال" } + [year, year + year] }
    var found = 0
    for text in texts {
      let folded = DateVocabulary.foldDigits(text)
      let windows = DateWindows(scalars: Array(folded.unicodeScalars), table: ReportDateReader.yearTable)
      let latest = ReportDateReader.latestYear(in: windows)
      if latest != nil { found += 1 }
      #expect(latest == ReportDateReference.latestYear(in: folded), "\(text.prefix(80).debugDescription)")
    }
    #expect(found > texts.count / 2)
  }

  /// Yearless datelines after blank lines, after lines with a comma of their shape, with their
  /// name and comma on different lines, after other line breaks.
  static let yearlessDatelines = [
    "\n\n  BEIRUT, Sept 5 (Reuters) - x", "x: Intro, May 5 - x\nBEIRUT, Sept 5 (Reuters) - y",
    "x: Intro, May 5 - x\n\n \nBEIRUT, Sept 5 (Reuters) - y", "x\rBEIRUT, Sept 5 - y", "x\r\n\r\nBEIRUT, Sept 5 - y",
    "x\u{2028}BEIRUT, Sept 5 - y", "AMMAN,\n Sept 5 - y", "دمشق\n، 4 تموز - قال", "دمشق \n \n، 4 تموز - قال",
    "قال: حلب، 4 تموز -\nدمشق، 5 تموز (رويترز) -", "دمشق، حلب، 4 تموز - قال", "  \n\t\nدمشق ، 4 تموز -",
    "دمشق\u{651}\n، 4 تموز -", "x\nدمشق\u{651} \u{301}\n، 4 تموز -", "قال، 4 تموز - \nدمشق، 5 تموز -",
    "\u{301}\n, 4 تموز -", ", Sept 5 -", "،4 تموز -",
  ]

  @Test func reportDatesAgreeWithTheReference() {
    let datelines = DatelineShapeTests.datelines + Self.yearlessDatelines
    let texts =
      Self.heads + Self.heads.prefix(40).flatMap { head in datelines.map { $0 + " " + head } }
      + datelines + datelines.map { "2017\n" + $0 } + Self.years.map { "BEIRUT, Feb 29 (Reuters) - " + $0 }
      + Self.years.map { "دمشق، 4 تموز (رويترز) - " + $0 }
    var yearless = 0
    for text in texts {
      if ReportDateReader.yearlessDatelineStart(in: text) != nil { yearless += 1 }
      #expect(ReportDateReader.read(text) == ReportDateReference.read(text), "\(text.prefix(80).debugDescription)")
      #expect(
        ReportDateReader.read(text, fallbackYear: 2015) == ReportDateReference.read(text, fallbackYear: 2015),
        "\(text.prefix(80).debugDescription)")
      #expect(
        ReportDateReader.yearlessDatelineStart(in: text) == ReportDateReference.yearlessDatelineStart(in: text),
        "\(text.prefix(80).debugDescription)")
    }
    #expect(yearless > 100, "\(yearless) texts with a yearless dateline")
  }

  /// Every fixture report as it is read (digits not folded, not cut).
  static let reports: [String] = {
    let files =
      FileManager.default.enumerator(at: Fixtures.sourceDirectory, includingPropertiesForKeys: nil)?
      .compactMap { $0 as? URL }.filter { $0.pathExtension == "txt" } ?? []
    return files.compactMap { try? String(contentsOf: $0, encoding: .utf8) }
  }()

  /// A report read whole cuts its head from the tokenizer's scalars (`Head(decoded:)`): the same
  /// scalars as the head decoded from its UTF-8, so the same date, yearless dateline and note.
  @Test func tokenizerHeadEqualsDecodedHead() {
    #expect(Self.reports.count > 150)
    // Longer than the head, with Arabic-Indic and Persian digits on both sides of its end.
    let long = String(repeating: "دمشق، ٤ تموز ۱۳۹۶ - 2017 ", count: ReportDateReader.headLength / 20)
    let texts =
      Self.reports + Self.crafted + Self.years
      + [long, "٢٠١٧ ۱۳۹۶ ٩", "😀e\u{301}\r\nا٣", "\u{10FFFF}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{669}\u{6F9}"]
    for text in texts {
      var decoded = ReportDateReader.Head(document: ReportReader.document(text))
      var head = ReportDateReader.Head(text)
      #expect(decoded.scalars == head.scalars, "\(text.prefix(80).debugDescription)")
      #expect(decoded.reportDate() == head.reportDate(), "\(text.prefix(80).debugDescription)")
      #expect(decoded.yearlessDatelineStart() == head.yearlessDatelineStart(), "\(text.prefix(80).debugDescription)")
    }
    // Cut and folded from scalars as from text, at every length around the folding digits.
    let scalars = Array("a٢٠١٧ ۱۳۹۶ b".unicodeScalars)
    for n in 0...scalars.count + 1 {
      #expect(
        DateVocabulary.foldedScalars(of: scalars, prefix: n)
          == DateVocabulary.foldedScalars(of: String(String.UnicodeScalarView(scalars)), prefix: n))
    }
  }

  /// `plainScan` of a head as the tokenizer decoded it (digits not folded) finds the year words
  /// `plainYearEnds` finds in the folded head, and the first digit that folds, so `Head(decoded:)`
  /// folds and answers as before: on every fixture report (Arabic and English), and on the
  /// crafted dates with their digits written Arabic-Indic and Persian; a head it finds not plain
  /// is not plain folded either.
  @Test func plainScanOfTheDecodedHeadIsTheFoldedHeadsScan() {
    func digits(_ text: String, from zero: UInt32) -> String {
      String(
        String.UnicodeScalarView(
          text.unicodeScalars.map { s in PlainText.isDigit(s.value) ? Unicode.Scalar(s.value - 0x30 + zero) ?? s : s }))
    }
    let dated = Self.spacedDates.prefix(300) + Self.stretchedDates.prefix(100)
    let texts =
      Self.reports + Self.crafted + Self.years + dated + dated.map { digits($0, from: 0x0660) }
      + dated.map { digits($0, from: 0x06F0) }
      + ["٢٠١٧ ۱۳۹۶ ٩", "ش٢٠١٧", "٢٠1٧", "بَ٢٠١٧", "\u{669}\u{64E}2017", "٢٠١٧\u{651}", "ـ٢٠١٧ـ", "\u{660}"]
    var (plain, folding, years) = (0, 0, 0)
    for text in texts {
      let decoded = ReportReader.document(text).scalars
      let n = min(decoded.count, ReportDateReader.headLength)
      let folded = DateVocabulary.foldedScalars(of: decoded, prefix: n)
      let scan = decoded.withUnsafeBufferPointer { ReportDateReader.plainScan(UnsafeBufferPointer(rebasing: $0[..<n])) }
      let label = "\(text.prefix(80).debugDescription)"
      #expect(scan?.yearEnds == ReportDateReader.plainYearEnds(folded), "\(label)")
      guard let scan else { continue }
      plain += 1
      if !scan.yearEnds.isEmpty { years += 1 }
      let firstFolded = decoded.prefix(n).firstIndex { DateVocabulary.fold($0) != $0 } ?? n
      #expect(scan.firstFolded == firstFolded, "\(label)")
      #expect(DateVocabulary.folded(decoded, prefix: n, from: scan.firstFolded) == folded, "\(label)")
      if firstFolded < n { folding += 1 }
    }
    #expect(plain > 800, "\(plain) plain heads")
    #expect(years > 700, "\(years) plain heads with a year")
    #expect(folding > 500, "\(folding) plain heads with a digit to fold")
  }

  /// `plainScan(of:)`, answered from the tokenizer's pass (`ReportText.plainForDates`) and the
  /// report's tokens of digits, is `plainScan` of the whole report: on every fixture report
  /// (Arabic and English), the crafted dates with their digits written three ways, and scalars
  /// that are plain only in some places (harakat after a letter, a digit, a tatweel or at the
  /// start; the letters U+063B–U+063F the Arabic fast path leaves; Latin-1 letters and signs;
  /// marks and invisibles inside a run of digits; control characters).
  @Test func plainScanOfTheTokenizerPassIsTheScan() {
    func digits(_ text: String, from zero: UInt32) -> String {
      String(
        String.UnicodeScalarView(
          text.unicodeScalars.map { s in PlainText.isDigit(s.value) ? Unicode.Scalar(s.value - 0x30 + zero) ?? s : s }))
    }
    let dated = Self.spacedDates.prefix(300) + Self.stretchedDates.prefix(100)
    let words = [
      "بَلَدٌ", "\u{64E}بلد", "2017\u{64E}", "ـَ", "بـــلد 2017", "كتب \u{63B}\u{63C}\u{63D}\u{63E}\u{63F}ة 2017",
      "حلب\u{63D}", "Ré\u{301}sumé", "café 2017", "a\u{A0}b", "× ÷", "«قال» – “said” — ،؛؟", "20'16", "1'2016",
      "٢٠'١٧ ۲۰۱۷", "2\u{640}017", "20\u{AD}17", "\u{1}2017", "\r\n2017\t\u{B}\u{C}", "\u{7F}", "إ\u{654}", "😀 2017",
      "ۆ", "پ", "\u{670}", "ٱ 2017", "\u{6F0}\u{6F1}\u{6F2}\u{6F3}", "\u{966}\u{967}\u{968}\u{969}",
    ]
    let mixed = words.map { "في \($0) عام ٢٠١٧ قالت" } + words.map { "\($0)" } + words.map { "The army, on \($0) July 4, 2017" }
    let texts =
      Self.reports + Self.crafted + Self.years + dated + dated.map { digits($0, from: 0x0660) }
      + dated.map { digits($0, from: 0x06F0) } + mixed
    var (plain, notPlain, years) = (0, 0, 0)
    for text in texts {
      let document = ReportReader.document(text)
      guard document.scalars.count <= ReportDateReader.quickHeadLength else { continue }
      let scan = document.scalars.withUnsafeBufferPointer { ReportDateReader.plainScan($0) }
      let fromTokens = ReportDateReader.plainScan(of: document)
      let label = "\(text.prefix(80).debugDescription)"
      #expect((fromTokens == nil) == (scan == nil), "\(label)")
      #expect(fromTokens?.yearEnds == scan?.yearEnds, "\(label)")
      #expect(fromTokens?.firstFolded == scan?.firstFolded, "\(label)")
      if scan == nil { notPlain += 1 } else { plain += 1 }
      if scan?.yearEnds.isEmpty == false { years += 1 }
    }
    #expect(plain > 800, "\(plain) plain reports")
    #expect(notPlain > 60, "\(notPlain) reports not plain")
    #expect(years > 700, "\(years) plain reports with a year")
  }

  /// Texts where dates stand at every distance from one another (in words), before and after
  /// words that are no date, with and without a label, a harakah or a curly apostrophe.
  static let spacedDates: [String] = {
    let dates = [
      "4 تموز 2017", "2017/07/04", "July 4, 2017", "November 2 - 10, 2017", "14 نيسان (أبريل) 2016",
      "4 من شهر كانون الثاني / كانون الثاني ) عام 2018", "04.07.2017", "1999", "123456", "2021-13-45",
      // Dates sharing or crossing the end of a year word.
      "2017-07-04 July 2018", "5 2017 تموز 2018", "2016 2017", "July 2017, 2018", "4 July 20171 2018",
    ]
    let fillers = ["قال", "the army said", "،", "in", "\n"]
    var texts: [String] = []
    for (a, first) in dates.enumerated() {
      for second in dates[(a % 3)...] {
        for gap in [0, 1, 2, 3, 4, 5, 9, 10, 11, 12, 13, 20] {
          let words = (0..<gap).map { fillers[($0 + a) % fillers.count] }.joined(separator: " ")
          texts.append("دمشق \(first) \(words) \(second) انتهى")
          texts.append("\(words) \(first)\n\(second) \(words)")
        }
      }
    }
    let before = ["تاريخ ", "Date: ", "قالَ ", "it’s ", "AS OF ", "نشر في ", "UpDated "]
    return texts + texts.prefix(40).flatMap { text in before.map { $0 + text } }
  }()

  /// `spacedDates` with words stretched by tatweels («دمـشق»), near the dates and inside them.
  static let stretchedDates: [String] =
    Self.spacedDates.prefix(300).map {
      $0.replacingOccurrences(of: "دمشق", with: "دمـشق").replacingOccurrences(of: "قال", with: "قــال")
    } + [
      "4 تمـوز 2017", "4 تموز 2017ـ", "ـ4 تموز 2017", "4 تموز ـ2017", "4ـ تموز 2017", "الرقـة، 4 تموز 2017 -",
      "تاريخ 4 تموز 2017 ـ 5 تموز 2018", "دمـشق\n4 تموز 2017", "4 تموز 2017 «الرقـة» 5 آب 2017",
    ]

  /// A plain head's dates found around its year words are all its dates, or their first when none
  /// of them is labelled; and a head that may hold a labelled date is given all of them.
  @Test func plainHeadDatesMatchAllDates() {
    var (answered, whole, unlabelled, labelled) = (0, 0, 0, 0)
    for text in Self.heads + Self.crafted + Self.years + Self.spacedDates + Self.stretchedDates {
      let scalars = DateVocabulary.foldedScalars(of: text, prefix: ReportDateReader.headLength)
      guard let found = ReportDateReader.plainHeadDates(scalars) else { continue }
      answered += 1
      let all = ReportDateReader.fullDates(in: DateWindows(scalars: scalars, table: ReportDateReader.yearTable))
      let expected = found.count == all.count ? all : Array(all.prefix(1))
      if found.count == all.count && all.count > 1 { whole += 1 }
      #expect(found.map(\.start) == expected.map(\.start), "\(text.prefix(80).debugDescription)")
      #expect(found.map(\.end) == expected.map(\.end), "\(text.prefix(80).debugDescription)")
      #expect(found.map(\.date) == expected.map(\.date), "\(text.prefix(80).debugDescription)")
      if found.count < all.count {
        #expect(!all.contains { ReportDateReader.isLabelled(scalars, before: $0.start) }, "\(text.prefix(80).debugDescription)")
      }
      // A head said to hold no labelled date (`reportDate` then asks none) holds none.
      if let yearEnds = ReportDateReader.plainYearEnds(scalars),
        !ReportDateReader.plainHeadDates(scalars, yearEnds: yearEnds).mayBeLabelled
      {
        unlabelled += 1
        #expect(!all.contains { ReportDateReader.isLabelled(scalars, before: $0.start) }, "\(text.prefix(80).debugDescription)")
      } else if all.contains(where: { ReportDateReader.isLabelled(scalars, before: $0.start) }) {
        labelled += 1
      }
    }
    #expect(unlabelled > 500 && labelled > 20, "\(unlabelled) heads with no label near a date, \(labelled) labelled")
    #expect(answered > 500, "\(answered) plain heads answered around their year words")
    #expect(whole > 50, "\(whole) plain heads given all their dates")
    for text in Self.spacedDates + Self.stretchedDates {
      #expect(ReportDateReader.read(text) == ReportDateReference.read(text), "\(text.prefix(80).debugDescription)")
    }
  }

  /// A plain head's part built from the scan's years (`DateWindows(plainPart:…)`) has the words,
  /// year words and scalars not plain of the part copied out and scanned through the trigger
  /// table, and the same dates, on every fixture report's head (Arabic and English) and on the
  /// crafted dates, tatweels among them.
  @Test func plainPartWindowsEqualTheScannedPart() {
    var (parts, stretched, arabic, english) = (0, 0, 0, 0)
    for text in Self.heads + Self.spacedDates + Self.stretchedDates {
      let scalars = DateVocabulary.foldedScalars(of: text, prefix: ReportDateReader.headLength)
      guard let yearEnds = ReportDateReader.plainYearEnds(scalars) else { continue }
      for part in ReportDateReader.yearParts(scalars, yearEnds: yearEnds) {
        let years = yearEnds.filter { part.contains($0) }
        let fast = DateWindows(plainPart: part, of: scalars, yearEnds: years[...])
        let plain = DateWindows(scalars: Array(scalars[part]), table: ReportDateReader.yearTable)
        let shift = part.lowerBound
        let label = "\(text.prefix(80).debugDescription) at \(part)"
        let shifted = plain.words.map { ($0.lowerBound + shift)..<($0.upperBound + shift) }
        #expect(fast.words == shifted, "\(label)")
        let hits = { (w: DateWindows) in w.hits.map { [$0.word, $0.trigger] } }
        #expect(hits(fast) == hits(plain), "\(label)")
        #expect(fast.unsafeWords == plain.unsafeWords, "\(label)")
        #expect(fast.nonPlainScalars == plain.nonPlainScalars.map { $0 + shift }, "\(label)")
        #expect(fast.foundMask == plain.foundMask && fast.yearTrigger == plain.yearTrigger, "\(label)")
        let found = ReportDateReader.fullDates(in: fast)
        let expected = ReportDateReader.fullDates(in: plain)
        #expect(found.map(\.start) == expected.map { $0.start + shift }, "\(label)")
        #expect(found.map(\.end) == expected.map { $0.end + shift }, "\(label)")
        #expect(found.map(\.date) == expected.map(\.date), "\(label)")
        parts += 1
        if !plain.nonPlainScalars.isEmpty { stretched += 1 }
        if scalars[part].contains(where: { PlainText.isArabicLetter($0.value) }) {
          arabic += 1
        } else {
          english += 1
        }
      }
    }
    #expect(parts > 1000 && stretched > 50, "\(parts) parts, \(stretched) with tatweels")
    #expect(arabic > 200 && english > 200, "\(arabic) parts with Arabic letters, \(english) without")
  }

  /// `plainHeadDates`' scan, four scalars at a time where all are quiet, finds each year word and
  /// each scalar that is not plain wherever it stands (next to the quiet ranges' edges too).
  @Test func plainHeadScanFindsEachPosition() {
    // A haraka after a tatweel is not plain (it follows no Arabic letter).
    #expect(ReportDateReader.plainHeadDates(Array("بـ\u{64E}".unicodeScalars)) == nil)
    let quiet: [Unicode.Scalar] = [" ", "/", ":", "~", "\n", "\u{621}", "\u{63A}", "\u{641}", "\u{64A}"]
    let loud: [Unicode.Scalar] = ["\u{1F}", "\u{7F}", "\u{620}", "\u{63B}", "\u{640}", "\u{64B}", "\u{2019}", "\t"]
    for length in 0...13 {
      for filler in quiet {
        let text = [Unicode.Scalar](repeating: filler, count: length)
        #expect(ReportDateReader.plainHeadDates(text)?.isEmpty == true)
        for at in 0..<length {
          for other in loud {
            var text = text
            text[at] = other
            // A tatweel is read as a letter would be (`HeadFlag.plain`).
            let plain = PlainText.isPlain(text.map { $0 == "\u{640}" ? "ب" : $0 }[...])
            #expect((ReportDateReader.plainHeadDates(text) != nil) == plain, "\(other) at \(at) of \(length)")
          }
          guard at + 4 <= length else { continue }
          // A year (a date with its day and month for the patterns to find) at every offset.
          var dated = text
          dated.replaceSubrange(at..<(at + 4), with: "2017".unicodeScalars)
          let words = Array("4 July ".unicodeScalars)
          let full = words + dated
          let expected = ReportDateReader.fullDates(in: DateWindows(scalars: full, table: ReportDateReader.yearTable))
          #expect(ReportDateReader.plainHeadDates(full)?.map(\.start) == Array(expected.prefix(1)).map(\.start))
        }
      }
    }
  }

  /// `firstFoldedDigit` (four scalars at a time) finds the first digit that folds wherever it
  /// stands, next to the scalars around the digit ranges' edges, in texts of every length to 13.
  @Test func digitScanFindsEachPosition() {
    let others: [Unicode.Scalar] = ["a", "\u{65F}", "\u{66A}", "\u{6EF}", "\u{6FA}", "ب", "0", "\u{10660}"]
    let digits: [Unicode.Scalar] = ["\u{660}", "\u{669}", "\u{6F0}", "\u{6F9}"]
    for length in 0...13 {
      for other in others {
        let plain = [Unicode.Scalar](repeating: other, count: length)
        plain.withUnsafeBufferPointer { #expect(DateVocabulary.firstFoldedDigit(in: $0) == length) }
        for at in 0..<length {
          for digit in digits {
            var text = plain
            text[at] = digit
            if at + 2 < length { text[at + 2] = digits[0] }
            text.withUnsafeBufferPointer { #expect(DateVocabulary.firstFoldedDigit(in: $0) == at) }
          }
        }
      }
    }
  }

  /// The folded head's scalars are those of the head of the folded text (one scalar for one).
  @Test func foldedScalarsAreTheFoldedTextsScalars() {
    let texts =
      Self.heads + Self.crafted + Self.years
      + ["٢٠١٧ ۱۳۹۶ ٩", "😀e\u{301}\r\nا٣", "\u{10FFFF}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{669}\u{6F9}\u{65F}"]
      // Every scalar of one and of two UTF-8 bytes (decoded apart from the longer ones).
      + [String(String.UnicodeScalarView((UInt32(0)...0x7FF).compactMap { Unicode.Scalar($0) }))]
    for text in texts {
      let folded = Array(DateVocabulary.foldDigits(text).unicodeScalars)
      #expect(DateVocabulary.foldedScalars(of: text, prefix: .max) == folded)
      for n in [0, 1, 3, 40] { #expect(DateVocabulary.foldedScalars(of: text, prefix: n) == Array(folded.prefix(n))) }
    }
  }
}
