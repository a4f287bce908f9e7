/// The report's own date, where it was found, and why it was chosen.
public struct ReportDate: Hashable, Sendable {
  /// Why this date was taken as the report's.
  public enum Basis: String, Hashable, Sendable {
    /// Labelled as the date: «التاريخ :», "Date:", "As of", "Published".
    case labelled
    /// A wire dateline: "DAMASCUS, July 4 (Reuters) -", year from elsewhere when missing.
    case dateline
    /// Nothing better: the first full date in the text.
    case firstDate
  }

  public var date: CalendarDate
  /// Unicode scalar offsets of the date expression, end exclusive.
  public var start: Int
  public var end: Int
  public var basis: Basis
  /// The year is not written with the date ("DAMASCUS, Sept 5 (Reuters) -"): it was taken from
  /// another date or the latest year the report names, a guess the user should be told about.
  public var yearInferred = false
}

/// Finds full dates in Arabic and English text and picks the report's own date.
///
/// Formats: «4 يوليو 2017» (Egyptian, Levantine and Maghrebi month names, «20 أيار/مايو 2018»,
/// «14 نيسان (أبريل) 2017»), Arabic-Indic and Persian digits, "4 July 2017", "July 4, 2017",
/// "Jul. 4, 2017", "2017-07-04", "2017/07/04", and "04/07/2017" read day first unless the second
/// number exceeds 12 (then it can only be month/day).
public enum ReportDateReader {
  /// The report date: a labelled date, else a dateline, else the first full date; nil when none.
  /// `fallbackYear` completes a dateline without a year when the text has no year at all.
  public static func read(_ text: String, fallbackYear: Int? = nil) -> ReportDate? {
    // A report states its own date in its header or dateline; scanning megabytes of body text with
    // these patterns would cost more than reading the report, so only the opening is searched.
    let folded = DateVocabulary.foldDigits(head(of: text))
    let dates = fullDates(inFolded: folded)
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

  /// How many Unicode scalars from the start of a report are searched for its date.
  public static let headLength = 20_000

  /// The first `headLength` scalars of `text`, as a new string.
  static func head(of text: String) -> String {
    // Copied as one slice of the scalar view: appending the scalars one at a time to a new view
    // encoded each again (a visible share of the work `ReportReader.read` does around the stages).
    let scalars = text.unicodeScalars
    let end = scalars.index(scalars.startIndex, offsetBy: headLength, limitedBy: scalars.endIndex) ?? scalars.endIndex
    return String(scalars[..<end])
  }

  /// Every full (day, month, year) date in the text, in text order, with scalar spans.
  public static func fullDates(in text: String) -> [(date: CalendarDate, start: Int, end: Int)] {
    fullDates(inFolded: DateVocabulary.foldDigits(text))
  }

  // MARK: - Patterns

  static let arabicMonthPattern = DateVocabulary.alternation(DateVocabulary.arabicMonths)
  static let englishMonthPattern = DateVocabulary.alternation(DateVocabulary.englishMonths)
  /// Any month name, not followed by a letter (so "May" is not read in "Mayadin", «ماي» in «مايو»).
  static var anyMonth: String { "(?:\(arabicMonthPattern)|\(englishMonthPattern))(?!\\p{L})\\.?" }

  /// Full-date patterns (regex text) and how a match's captures become a date.
  static let fullDateRules: [(pattern: String, make: @Sendable (DateCaptures) -> CalendarDate?)] = {
    let month = anyMonth
    let english = "(?:\(englishMonthPattern))(?!\\p{L})\\.?"
    return [
      // 4 July 2017, ٤ يوليو ٢٠١٧, 20 أيار/مايو 2018, 14 نيسان (أبريل) 2017, 4th of July, 2017
      (
        "(?i)\\b(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s*(?:of\\s+|من\\s+)?(?:شهر\\s+)?(?<m>\(month))"
          + "(?:\\s*[/(]\\s*\(month)\\s*\\)?)?\\s*,?\\s*(?:عام\\s+|سنة\\s+)?(?<y>\\d{4})(?!\\d)",
        { date($0, "y", "m", "d") }
      ),
      // November 2 - 10, 2017 (a situation report's period: it is dated by its last day)
      (
        "(?i)\\b(?<m>\(english))\\s+\\d{1,2}\\s*[-–—]\\s*(?<d>\\d{1,2}),?\\s+(?<y>\\d{4})(?!\\d)",
        { date($0, "y", "m", "d") }
      ),
      // July 4, 2017; Jul. 4 2017
      (
        "(?i)\\b(?<m>\(english))\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>\\d{4})(?!\\d)",
        { date($0, "y", "m", "d") }
      ),
      // 2017-07-04, 2017/07/04
      ("\\b(?<y>\\d{4})[-/.](?<m>\\d{1,2})[-/.](?<d>\\d{1,2})(?!\\d)", { date($0, "y", "m", "d") }),
      // 04/07/2017: day first; month first only when the second number cannot be a month.
      (
        "\\b(?<a>\\d{1,2})[/.-](?<b>\\d{1,2})[/.-](?<y>\\d{4})(?!\\d)",
        { out in
          guard let a = int(out, "a"), let b = int(out, "b"), let y = int(out, "y") else { return nil }
          return b > 12 ? CalendarDate(year: y, month: a, day: b) : CalendarDate(year: y, month: b, day: a)
        }
      ),
    ]
  }()

  /// Each full-date rule compiled for `Regex` and for `PlainMatcher`. `Regex` is not `Sendable`,
  /// but these are never mutated after this initialiser runs.
  nonisolated(unsafe) static let fullDateCompiled:
    [(lazyRegex: LazyRegex, plain: CompiledDatePattern?, make: (DateCaptures) -> CalendarDate?)] =
      fullDateRules.compactMap { rule in
        let plain = CompiledDatePattern(rule.pattern)
        return LazyRegex(rule.pattern, plain: plain).map { ($0, plain, rule.make) }
      }

  /// Full-date patterns and how each match becomes a date, compiled once.
  nonisolated(unsafe) static let fullDatePatterns: [(Regex<AnyRegexOutput>, (AnyRegexOutput) -> CalendarDate?)] =
    fullDateCompiled.map { rule in (rule.lazyRegex.regex, { output in rule.make { output[$0]?.substring } }) }

  static func fullDates(inFolded text: String) -> [(date: CalendarDate, start: Int, end: Int)] {
    fullDates(in: DateWindows(scalars: Array(text.unicodeScalars), table: yearTable))
  }

  /// The year trigger alone, for searching full dates only.
  static let yearTable = TriggerTable([DateWindows.yearDigits])

  /// Full dates in a digit-folded text, searched only near four-digit runs (every pattern has a year).
  static func fullDates(in windows: DateWindows) -> [(date: CalendarDate, start: Int, end: Int)] {
    // Every full-date pattern needs a year: without a year (or a word that could become one) no
    // pattern has a window. Most regions `RelativeDateResolver.find` searches have none («اليوم»,
    // «قبل»), and walking the five patterns to find that out was most of this function's cost.
    guard !windows.unsafeWords.isEmpty || windows.yearTrigger.map(windows.holds) == true else { return [] }
    var found: [(date: CalendarDate, start: Int, end: Int)] = []
    // One buffer of windows and one of plain matches for all the patterns (lists made per pattern
    // and per window were blocks for every region with a year).
    var spans: [Range<Int>] = []
    var plainMatches: [PlainMatcher.Match] = []
    let year = windows.yearTrigger
    for (rule, before) in zip(fullDateCompiled, fullDateWordsBeforeYear) {
      spans.removeAll(keepingCapacity: true)
      windows.appendWindows(before: before, after: 0, to: &spans) { $0 == year }
      if spans.isEmpty { continue }
      let plain = rule.plain.map { PlainMatcher(windows.scalars, $0) }
      for window in spans {
        let matches: [(date: CalendarDate?, range: Range<Int>)]
        if let plain, windows.isPlain(window) {
          plainMatches.removeAll(keepingCapacity: true)
          plain.appendMatches(in: window, to: &plainMatches)
          matches = plainMatches.map { m in (rule.make { plain.capture(m, $0) }, m.range) }
        } else {
          let text = windows.string(window)
          matches = text.matches(of: rule.lazyRegex.regex).map { match in
            let start = window.lowerBound + text.scalarOffset(of: match.range.lowerBound)
            let end = window.lowerBound + text.scalarOffset(of: match.range.upperBound)
            return (rule.make { match.output[$0]?.substring }, start..<end)
          }
        }
        for (date, range) in matches {
          guard let date, (1900...2100).contains(date.year) else { continue }
          if found.contains(where: { $0.start < range.upperBound && range.lowerBound < $0.end }) { continue }
          found.append((date, range.lowerBound, range.upperBound))
        }
      }
    }
    found.sort { $0.start < $1.start }
    return found
  }

  /// Words each full-date pattern can have before its year, which ends it: «4 من شهر كانون الثاني /
  /// كانون الثاني ) عام 2017» has 11 (at most 11 blank runs), "November 2 - 10, 2017" 4,
  /// "July 4, 2017" 2, numeric dates none.
  static let fullDateWordsBeforeYear = [11, 4, 2, 0, 0]

  static func int(_ output: AnyRegexOutput, _ name: String) -> Int? {
    output[name]?.substring.flatMap { Int($0) }
  }

  static func int(_ captures: DateCaptures, _ name: String) -> Int? {
    captures(name).flatMap { Int($0) }
  }

  static func date(_ captures: DateCaptures, _ y: String, _ m: String, _ d: String) -> CalendarDate? {
    guard let year = int(captures, y), let day = int(captures, d), let raw = captures(m)
    else { return nil }
    guard let month = Int(raw) ?? DateVocabulary.month(named: String(raw)) else { return nil }
    return CalendarDate(year: year, month: month, day: day)
  }

  // MARK: - Choosing

  /// The text on the same line before `offset`, at most 40 scalars.
  static func linePrefix(_ text: String, before offset: Int) -> String {
    // The scalars are walked up to `offset` only (`scalarSlice` counts all of the report's head
    // first, three times a report).
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

  /// The dateline prefix pattern, compiled once (it was compiled for every report). `Regex` is not
  /// `Sendable`, but this one is never mutated after this initialiser runs.
  nonisolated(unsafe) static let datelinePrefixRegex: Regex<AnyRegexOutput>? = try? Regex(
    "^\\s*[A-Z][A-Z .'-]{2,30},\\s*$|^\\s*\\p{Arabic}[\\p{Arabic} ]{1,30}\\s*[-–—،]\\s*$")

  /// "BEIRUT, " or «دمشق – » at the start of a line, right before the date.
  static func isDateline(_ text: String, before offset: Int) -> Bool {
    let prefix = linePrefix(text, before: offset)
    // Both alternatives end in one of these before trailing spaces: without one the pattern is
    // not compiled (2.5M instructions) for a date that starts its line.
    guard prefix.unicodeScalars.contains(where: { ",-–—،".unicodeScalars.contains($0) }),
      let regex = datelinePrefixRegex
    else { return false }
    return prefix.wholeMatch(of: regex) != nil
  }

  /// The latest plausible four-digit year mentioned (a report seldom names a later year than its own).
  /// A year after "since" / «منذ» ("besieged since 2012", «منذ عام 2013») is when something began,
  /// earlier than the report: "BEIRUT, Aug 27 (Reuters)" with only "since 2012" has no year to give.
  static func latestYear(in text: String) -> Int? {
    guard let regex = yearRegex else { return nil }
    return text.matches(of: regex).compactMap { match -> Int? in
      let before = text[..<match.range.lowerBound].suffix(32).lowercased()
      let words = before.split(whereSeparator: { $0.isWhitespace || $0.isPunctuation }).suffix(3)
      if words.contains(where: { sinceWords.contains(String($0)) }) { return nil }
      return Int(text[match.range])
    }.filter { $0 >= 1990 }.max()
  }

  /// A four-digit year, compiled once (see `datelinePrefixRegex`).
  nonisolated(unsafe) static let yearRegex: Regex<AnyRegexOutput>? = try? Regex("\\b(?:19|20)\\d{2}(?!\\d)")

  /// Words that make the year after them a starting point, not the report's year.
  static let sinceWords: Set<String> = ["since", "منذ"]

  /// Where a dateline without a year starts, when the text gives no year to complete it (so `read`
  /// found no date); nil otherwise.
  public static func yearlessDatelineStart(in text: String) -> Int? {
    // 2000 is a leap year, so "Feb 29" is still recognised as a dateline.
    return yearlessDateline(in: DateVocabulary.foldDigits(head(of: text)), year: 2000)?.start
  }

  /// The yearless dateline patterns, each compiled on its first use (a report compiled both on
  /// every read). `Regex` is not `Sendable`, but these are never mutated after their initialisers run.
  nonisolated(unsafe) static let englishYearlessDatelineRegex: Regex<AnyRegexOutput>? = try? Regex(
    // DAMASCUS, Sept 5 (Reuters) -
    "(?im)^\\s*[A-Z][A-Za-z .'-]{2,30},\\s+(?<date>(?<m>(?:\(englishMonthPattern))(?!\\p{L})\\.?)\\s+(?<d>\\d{1,2}))(?!\\d)"
      + "\\s*(?:\\([A-Za-z ]{2,20}\\)\\s*)?[-–—]")
  nonisolated(unsafe) static let arabicYearlessDatelineRegex: Regex<AnyRegexOutput>? = try? Regex(
    // دمشق، 4 تموز (رويترز) -
    "(?m)^\\s*\\p{Arabic}[\\p{Arabic} ]{1,30}\\s*[،,]\\s*(?<date>(?<d>\\d{1,2})\\s+(?<m>\(arabicMonthPattern)))"
      + "(?!\\p{L})\\s*(?:\\([\\p{Arabic} ]{2,20}\\)\\s*)?[-–—]")

  /// "DAMASCUS, Sept 5 (Reuters) -" at a line start, completed with `year`.
  static func yearlessDateline(in text: String, year: Int) -> ReportDate? {
    // A pattern is compiled and run only when the text has the shape of its match after the comma
    // (`DatelineShape`): compiling the two cost 16M instructions and running them 5M, more than
    // reading a short report, and most reports hold neither.
    var regexes: [Regex<AnyRegexOutput>] = []
    if DatelineShape.mayHoldEnglish(text), let regex = englishYearlessDatelineRegex { regexes.append(regex) }
    if DatelineShape.mayHoldArabic(text), let regex = arabicYearlessDatelineRegex { regexes.append(regex) }
    let found = regexes.compactMap { regex -> ReportDate? in
      guard let match = text.firstMatch(of: regex),
        let day = int(match.output, "d"), let raw = match.output["m"]?.substring,
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
