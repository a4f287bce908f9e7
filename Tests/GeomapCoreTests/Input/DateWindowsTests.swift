import Foundation
import Testing

@testable import GeomapCore

/// The windowed date search must find exactly what running every pattern over the whole text finds.
@Suite struct DateWindowsTests {
  let ref = CalendarDate(iso: "2017-07-04")!

  /// The whole-text search as it was before windows: every pattern over every scalar.
  static func wholeTextFind(in text: String, reference: CalendarDate) -> [DatePhrase] {
    let folded = DateVocabulary.foldDigits(text)
    var found: [(date: CalendarDate, start: Int, end: Int)] = []
    for (regex, make) in ReportDateReader.fullDatePatterns {
      for match in folded.matches(of: regex) {
        guard let date = make(match.output), (1900...2100).contains(date.year) else { continue }
        let start = folded.scalarOffset(of: match.range.lowerBound)
        let end = folded.scalarOffset(of: match.range.upperBound)
        if found.contains(where: { $0.start < end && start < $0.end }) { continue }
        found.append((date, start, end))
      }
    }
    var phrases = found.sorted { $0.start < $1.start }.map {
      DatePhrase(
        text: text.scalarSlice($0.start, $0.end), start: $0.start, end: $0.end,
        resolved: ResolvedDate(day: $0.date), isRelative: false)
    }
    var candidates: [DatePhrase] = []
    for rule in RelativeDateResolver.Rules.all {
      for match in folded.matches(of: rule.regex) {
        guard let resolved = rule.resolve(match.output, reference) else { continue }
        let start = folded.scalarOffset(of: match.range.lowerBound)
        let end = folded.scalarOffset(of: match.range.upperBound)
        candidates.append(
          DatePhrase(
            text: text.scalarSlice(start, end), start: start, end: end, resolved: resolved, isRelative: true))
      }
    }
    for phrase in candidates.sorted(by: { ($0.end - $0.start, $1.start) > ($1.end - $1.start, $0.start) }) {
      if !phrases.contains(where: { $0.start < phrase.end && phrase.start < $0.end }) { phrases.append(phrase) }
    }
    return phrases.sorted { $0.start < $1.start }
  }

  static let reports: [String] = {
    let folders = ["devset", "reports"].map { Fixtures.sourceDirectory.appendingPathComponent($0) }
    return folders.flatMap { folder in
      ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { $0.hasSuffix(".txt") }.sorted().map { folder.appendingPathComponent($0).path }
    }
  }()

  /// Arabic-Indic and Persian digits become ASCII, one scalar for one; other text is unchanged,
  /// including the letters whose UTF-8 starts with the same lead bytes (D9, DB).
  @Test func foldDigitsFoldsOnlyTheDigits() {
    #expect(DateVocabulary.foldDigits("في ٤ تموز ٢٠١٧ و۱۳۹۶ مِنْ") == "في 4 تموز 2017 و1396 مِنْ")
    let plain = "قال مسؤولون في الرقة يوم السبت ۀ ٪ 2017"
    #expect(DateVocabulary.foldDigits(plain) == plain)
    #expect(DateVocabulary.foldDigits("") == "")
    #expect(DateVocabulary.foldDigits("٩") == "9")
    let mixed = "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"
    #expect(DateVocabulary.foldDigits(mixed) == "01234567890123456789")
    #expect(DateVocabulary.foldDigits(mixed).unicodeScalars.count == mixed.unicodeScalars.count)
  }

  /// The two-scalar test before the trie walk lets through every position where a trigger starts,
  /// in any ASCII case, and not every position of ordinary text.
  @Test func pairTestLetsEveryTriggerThrough() {
    let table = RelativeDateResolver.Rules.triggerTable
    for trigger in table.triggers where trigger != DateWindows.yearDigits {
      for text in [trigger, trigger.uppercased(), "x" + trigger.capitalized + " "] {
        let scalars = Array(text.unicodeScalars)
        scalars.withUnsafeBufferPointer { buffer in
          #expect(table.mayStart(buffer, at: text.hasPrefix("x") ? 1 : 0), "\(text)")
        }
      }
    }
    let text = Array("The convoy left Raqqa toward Palmyra; خرج مقاتلو التنظيم من الرقة".unicodeScalars)
    let passed = text.withUnsafeBufferPointer { buffer in buffer.indices.filter { table.mayStart(buffer, at: $0) }.count }
    #expect(passed * 2 < text.count, "\(passed) of \(text.count)")
  }

  @Test func everyFixtureReportHasTheWholeTextPhrases() throws {
    #expect(Self.reports.count >= 30)
    for path in Self.reports {
      let text = try String(contentsOfFile: path, encoding: .utf8)
      let windowed = RelativeDateResolver.find(in: text, reference: ref)
      #expect(windowed == Self.wholeTextFind(in: text, reference: ref), "\(path)")
      #expect(!windowed.isEmpty || !path.contains("seed"), "\(path)")
    }
  }

  /// Edges and spacing the windows must not change: phrases at the very start and end, long blank
  /// runs inside a phrase, upper case, a decomposed hamza («ا» + U+0654 is «أ»), glued full dates.
  @Test(arguments: [
    "Saturday", "يوم السبت", "أواخر الشهر الفائت", "خرجوا يوم السبت.\nوفي 4 يوليو 2017 قالوا",
    "AT THE END OF LAST MONTH they left", "on   \n  Monday \t night, and LAST   week",
    "يوم ا\u{0654}مس قالوا", "4من شهر كانون الثاني / كانون الثاني ) عام 2017",
    "14 نيسان (أبريل) 2017 ثم 20 أيار/مايو 2018 ثم 2017-07-04 و04/07/2017",
    "قبل ٣ أيام، ثم 20 أوت الماضي؛ ثم آذار الماضي", "the day before yesterday and three days ago",
    "at the beginning of last month, mid-last month, earlier this month, this week",
  ])
  func tricky(_ phrase: String) {
    let filler = String(repeating: "قالت المصادر إن القوات تقدمت في المنطقة ", count: 30)
    for text in [phrase, filler + phrase, phrase + " " + filler, filler + phrase + " " + filler] {
      let windowed = RelativeDateResolver.find(in: text, reference: ref)
      #expect(!windowed.isEmpty || phrase.unicodeScalars.contains("\u{0654}"))
      #expect(windowed == Self.wholeTextFind(in: text, reference: ref))
    }
  }

  /// The scan's skip over quiet scalars (`TriggerTable.quiet`) finds what the scalar-by-scalar
  /// steps find: the same table with no scalar quiet is the reference, on every fixture report
  /// (as read and digit-folded) and on edges (harakat, capitals, digits and marks inside words,
  /// other blanks and scripts), for the year table and the relative-date table.
  @Test func quietRunsChangeNothing() throws {
    let edges = [
      "", "a", "قال", "مِنْ الرَّقَّة", "ا\u{0654}مس", "Saturday SATURDAY sAtUrDaY", "x2017y ٢٠١٧م 20\u{0301}17",
      "word\u{00A0}word\u{2003}word", "الرقة\u{0301} ـــ ﻻ", "one\ntwo\r\nthree\tfour", "ſaturday K 😀 日本語",
      "يومًا 4 تموز 2017 يوم السبت الماضي", "ab" + String(repeating: "ة", count: 50) + "\u{064B}",
    ]
    var texts = edges
    for path in Self.reports {
      let text = try String(contentsOfFile: path, encoding: .utf8)
      texts += [text, DateVocabulary.foldDigits(text)]
    }
    for table in [ReportDateReader.yearTable, RelativeDateResolver.Rules.triggerTable] {
      var reference = table
      reference.flags = table.flags.map { $0 & ~TriggerTable.quiet }
      #expect(table.flags.contains { $0 & TriggerTable.quiet != 0 })
      for text in texts {
        let scalars = Array(text.unicodeScalars)
        let (fast, slow) = (DateWindows(scalars: scalars, table: table), DateWindows(scalars: scalars, table: reference))
        #expect(fast.words == slow.words, "\(text.prefix(60))")
        #expect(fast.hits.map { [$0.word, $0.trigger] } == slow.hits.map { [$0.word, $0.trigger] })
        #expect(fast.unsafeWords == slow.unsafeWords)
        #expect(fast.nonPlainScalars == slow.nonPlainScalars)
        #expect(fast.foundMask == slow.foundMask)
      }
    }
  }

  @Test func windowsCoverOnlyTheTriggerAndItsMargin() {
    let filler = Array(repeating: "the forces advanced in the area", count: 200).joined(separator: " ")
    let text = filler + " on Saturday night " + filler
    let windows = DateWindows(text, triggers: ["saturday"])
    var spans: [Range<Int>] = []
    windows.appendWindows(mask: DateWindows.mask([0], count: 1), before: 3, after: 2, to: &spans)
    #expect(spans.count == 1)
    let covered = spans.first.map { windows.string($0) } ?? ""
    #expect(covered == "the area on Saturday night the")
  }
}
