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
    var head = Head(text)
    return head.reportDate(fallbackYear: fallbackYear)
  }

  /// A report's searched opening, cut and digit-folded once for both questions a report is asked
  /// (its date, and where a dateline without a year starts), and the yearless datelines found
  /// answering either: asked separately, each cut, folded and searched the head again.
  struct Head {
    /// The opening's scalars, digits folded.
    let scalars: [Unicode.Scalar]
    /// Each yearless dateline pattern's first match, searched on first use.
    private var datelines: [YearlessDateline]?
    /// What the scan of `Head(decoded:)` found for `plainHeadDates`.
    private let scan: PlainScan

    /// Whether the head was scanned for `plainHeadDates` when it was cut, and what was found.
    enum PlainScan {
      /// Not scanned (`reportDate` scans the head if it is short enough).
      case notMade
      /// Some scalar is not plain: `plainHeadDates` has no answer.
      case notPlain
      /// All plain, with the year words' ends (`plainYearEnds` of the folded head).
      case yearEnds([Int])
    }

    init(_ text: String) {
      scalars = ReportDateReader.foldedHead(of: text)
      scan = .notMade
    }

    /// The head of a report already tokenized (`ReportText`): a report read whole is tokenized
    /// first, and its head is cut from its scalars instead of decoding its UTF-8 again.
    ///
    /// What `plainHeadDates` needs of a head it may answer, the digits to fold and the year words,
    /// is learnt from the tokenizer's pass (`plainScan(of:)`): a pass for the digits to fold, then
    /// one over the folded head for its years, were two walks over every report (the first some
    /// 3k instructions a report, 1.7M instructions per MB of the Arabic fixture reports), and one
    /// walk doing both (`plainScan`) was still some 9k.
    init(document: ReportText) {
      let decoded = document.scalars
      let n = min(decoded.count, headLength)
      let found = n <= quickHeadLength ? ReportDateReader.plainScan(of: document) : nil
      guard let found else {
        scalars = DateVocabulary.foldedScalars(of: decoded, prefix: headLength)
        scan = n <= quickHeadLength ? .notPlain : .notMade
        return
      }
      scalars = DateVocabulary.folded(decoded, prefix: n, from: found.firstFolded)
      scan = .yearEnds(found.yearEnds)
    }

    /// The report date (see `ReportDateReader.read`).
    mutating func reportDate(fallbackYear: Int? = nil) -> ReportDate? {
      // A plain head's dates found around its year words, only the first when no date can be
      // labelled (most heads): searching the whole head for every date cost more than reading a
      // short report's places.
      let leading: PlainHeadDates?
      switch scan {
      case .notMade:
        leading =
          scalars.count <= quickHeadLength
          ? plainYearEnds(scalars).map { ReportDateReader.plainHeadDates(scalars, yearEnds: $0) } : nil
      case .notPlain: leading = nil
      case .yearEnds(let yearEnds): leading = ReportDateReader.plainHeadDates(scalars, yearEnds: yearEnds)
      }
      let windows = leading == nil ? DateWindows(scalars: scalars, table: yearTable) : nil
      let dates = leading?.dates ?? windows.map(fullDates(in:)) ?? []
      // A plain head whose scan saw no label near its dates has none labelled: its first date's
      // line prefix is not searched for the eleven labels (some 3k instructions a report).
      if leading?.mayBeLabelled != false, let labelled = dates.first(where: { isLabelled(scalars, before: $0.start) }) {
        return ReportDate(date: labelled.date, start: labelled.start, end: labelled.end, basis: .labelled)
      }
      if let first = dates.first, isDateline(scalars, before: first.start) {
        return ReportDate(date: first.date, start: first.start, end: first.end, basis: .dateline)
      }
      // The year only completes a yearless dateline: without one it is not looked for (the latest
      // year named is a search of the whole head).
      if !yearlessDatelines.isEmpty,
        let year = dates.first?.date.year
          ?? latestYear(in: windows ?? DateWindows(scalars: scalars, table: yearTable)) ?? fallbackYear,
        var dateline = yearlessDateline(yearlessDatelines, year: year)
      {
        dateline.yearInferred = true
        return dateline
      }
      return dates.first.map { ReportDate(date: $0.date, start: $0.start, end: $0.end, basis: .firstDate) }
    }

    /// Where a dateline without a year starts (see `ReportDateReader.yearlessDatelineStart`).
    mutating func yearlessDatelineStart() -> Int? {
      // 2000 is a leap year, so "Feb 29" is still recognised as a dateline.
      yearlessDateline(yearlessDatelines, year: 2000)?.start
    }

    private var yearlessDatelines: [YearlessDateline] {
      mutating get {
        if let datelines { return datelines }
        let found = ReportDateReader.yearlessDatelines(in: scalars)
        datelines = found
        return found
      }
    }
  }

  /// How many Unicode scalars from the start of a report are searched for its date.
  public static let headLength = 20_000

  /// The first `headLength` scalars of `text`, digits folded (`DateVocabulary.fold`): the text a
  /// report's date is searched in, decoded once (a report asked for its date and for a yearless
  /// dateline cut, copied and folded its head for each, and decoded it again to scalars).
  static func foldedHead(of text: String) -> [Unicode.Scalar] {
    // A report states its own date in its header or dateline; scanning megabytes of body text with
    // these patterns would cost more than reading the report, so only the opening is searched.
    DateVocabulary.foldedScalars(of: text, prefix: headLength)
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

  /// Full-date patterns (regex text), how a match's captures become a date, and what a plain
  /// window must hold for the pattern to match in it.
  static let fullDateRules: [(pattern: String, fields: FullDateFields, needs: FullDateNeeds)] = {
    let month = anyMonth
    let english = "(?:\(englishMonthPattern))(?!\\p{L})\\.?"
    return [
      // 4 July 2017, ٤ يوليو ٢٠١٧, 20 أيار/مايو 2018, 14 نيسان (أبريل) 2017, 4th of July, 2017
      (
        "(?i)\\b(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s*(?:of\\s+|من\\s+)?(?:شهر\\s+)?(?<m>\(month))"
          + "(?:\\s*[/(]\\s*\(month)\\s*\\)?)?\\s*,?\\s*(?:عام\\s+|سنة\\s+)?(?<y>\\d{4})(?!\\d)",
        .yearMonthDay, .shortNumber
      ),
      // November 2 - 10, 2017 (a situation report's period: it is dated by its last day)
      (
        "(?i)\\b(?<m>\(english))\\s+\\d{1,2}\\s*[-–—]\\s*(?<d>\\d{1,2}),?\\s+(?<y>\\d{4})(?!\\d)",
        .yearMonthDay, [.shortNumber, .latinLetter, .dash]
      ),
      // July 4, 2017; Jul. 4 2017
      (
        "(?i)\\b(?<m>\(english))\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>\\d{4})(?!\\d)",
        .yearMonthDay, [.shortNumber, .latinLetter]
      ),
      // 2017-07-04, 2017/07/04
      ("\\b(?<y>\\d{4})[-/.](?<m>\\d{1,2})[-/.](?<d>\\d{1,2})(?!\\d)", .yearMonthDay, [.shortNumber, .separator]),
      // 04/07/2017: day first; month first only when the second number cannot be a month.
      ("\\b(?<a>\\d{1,2})[/.-](?<b>\\d{1,2})[/.-](?<y>\\d{4})(?!\\d)", .dayFirst, [.shortNumber, .separator]),
    ]
  }()

  /// Each full-date rule compiled for `Regex` and for `PlainMatcher`. `Regex` is not `Sendable`,
  /// but these are never mutated after this initialiser runs.
  nonisolated(unsafe) static let fullDateCompiled:
    [(lazyRegex: LazyRegex, plain: CompiledDatePattern?, fields: FullDateFields, needs: FullDateNeeds)] =
      fullDateRules.compactMap { rule in
        let plain = CompiledDatePattern(rule.pattern)
        return LazyRegex(rule.pattern, plain: plain).map { ($0, plain, rule.fields, rule.needs) }
      }

  /// Full-date patterns and how each match becomes a date, compiled once.
  nonisolated(unsafe) static let fullDatePatterns: [(Regex<AnyRegexOutput>, (AnyRegexOutput) -> CalendarDate?)] =
    fullDateCompiled.map { rule in (rule.lazyRegex.regex, { rule.fields.date(RegexDateFields(output: $0)) }) }

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
    // A match's date, kept unless it is out of range or overlaps a date found before. Each match is
    // read as it comes (a list of the window's dates, made first, was a block per window searched).
    func add(_ date: CalendarDate?, _ range: Range<Int>) {
      guard let date, (1900...2100).contains(date.year) else { return }
      if found.contains(where: { $0.start < range.upperBound && range.lowerBound < $0.end }) { return }
      found.append((date, range.lowerBound, range.upperBound))
    }
    // By index: a `zip` of the rules and their word counts cost an iterator step (and a copy of
    // the rule) for each pattern of every region with a year.
    let rules = fullDateCompiled
    let wordsBefore = fullDateWordsBeforeYear
    precondition(rules.count <= wordsBefore.count, "ReportDateReader: a full-date rule without its word count")
    for k in rules.indices {
      let rule = rules[k]
      spans.removeAll(keepingCapacity: true)
      windows.appendWindows(before: wordsBefore[k], after: 0, to: &spans) { $0 == year }
      if spans.isEmpty { continue }
      for window in spans {
        if let pattern = rule.plain, windows.isPlain(window) {
          if !rule.needs.areMet(in: windows.scalars, window) { continue }
          // Made per window that meets the needs: most windows do not, and a matcher made per rule
          // was copied into each window (the text and the pattern retained and released).
          let plain = PlainMatcher(windows.scalars, pattern)
          // Most windows match nothing, and emptying an empty list still went through `replaceSubrange`.
          if !plainMatches.isEmpty { plainMatches.removeAll(keepingCapacity: true) }
          plain.appendMatches(in: window, to: &plainMatches)
          for m in plainMatches { add(rule.fields.date(PlainDateFields(matcher: plain, match: m)), m.range) }
        } else {
          let text = windows.string(window)
          for match in text.matches(of: rule.lazyRegex.regex) {
            let start = window.lowerBound + text.scalarOffset(of: match.range.lowerBound)
            let end = window.lowerBound + text.scalarOffset(of: match.range.upperBound)
            add(rule.fields.date(RegexDateFields(output: match.output)), start..<end)
          }
        }
      }
    }
    found.sort { $0.start < $1.start }
    return found
  }

  /// The full dates of a digit-folded head whose scalars are all plain (or tatweels), found around
  /// its year words: only the first (a list of it alone, empty when the head has no full date) when
  /// no date of the head can be labelled, else all of them; nil when another scalar is not plain.
  ///
  /// Every full date ends in a year word (four digits in a row) and starts at most
  /// `fullDateWordsBeforeYear.max()` words before it. When every scalar of the head is plain (as
  /// `DateWindows` reads it: harakat after an Arabic letter too) or a tatweel (`HeadFlag.plain`),
  /// the dates are those found in the parts of the head around the year words (each year word and
  /// the words before it, parts touching or with only blanks between joined, as `DateTokenFilter`
  /// cuts a claim's span): each part, cut at blanks, has the same words, windows and matches as the
  /// whole head there, and no date crosses from one part to another. No date is labelled when the 40 scalars before each part and the part
  /// are `isSimple` or line feeds (so `isLabelled` reads a date's line prefix scalar by scalar, never
  /// through Foundation) and no label (`labels`) starts there. Then `reportDate` asks only
  /// for the first date: the first found part by part.
  ///
  /// Written for speed: a short report's head is all of it, and finding every date (`DateWindows`
  /// over every scalar, the date patterns at every year) was some 60k instructions a report; this
  /// is a pass over the scalars (four at a time where none is a digit, a haraka or a rarer mark),
  /// and the patterns around the first year words (around all of them when a label is near one: a
  /// search of the whole head cost some 65k instructions for each such report).
  static func plainHeadDates(_ scalars: [Unicode.Scalar]) -> [(date: CalendarDate, start: Int, end: Int)]? {
    // A long head nearly always has a label, a haraka or another scalar not plain near some year, and
    // the pass then cost more than it saved (the fixture reports as one file: its 20k-scalar head
    // +2.1M instructions per MB); reports are mostly much shorter (the fixtures 1-2k scalars).
    guard scalars.count <= quickHeadLength, let yearEnds = plainYearEnds(scalars) else { return nil }
    return plainHeadDates(scalars, yearEnds: yearEnds).dates
  }

  /// What `plainHeadDates(_:yearEnds:)` found: the dates, and whether one of them may be labelled.
  /// When not, no date of the head is labelled (`isLabelled` is false before each: its line prefix
  /// lies in the scalars the scan read, where no label starts), and `dates` holds only the first.
  struct PlainHeadDates {
    var dates: [(date: CalendarDate, start: Int, end: Int)]
    var mayBeLabelled: Bool
  }

  /// `plainHeadDates` of a plain head whose year words' ends are known (`plainYearEnds`), with
  /// whether a date may be labelled.
  static func plainHeadDates(_ scalars: [Unicode.Scalar], yearEnds: [Int]) -> PlainHeadDates {
    let parts = yearParts(scalars, yearEnds: yearEnds)
    // The labels themselves, not a shorter list of what they contain: a label added to `labels` is
    // then looked for here too (`labelsStarting` says which labels start with each scalar).
    let labels = labelScalars
    let table = headFlags
    let starting = labelsStarting
    var mayBeLabelled = false
    search: for part in parts {
      for i in max(0, part.lowerBound - 40)..<part.upperBound {
        let v = scalars[i].value
        guard v < TriggerTable.size else {
          // No label starts up here (see `labelsStarting`).
          guard isSimple(v) else {
            mayBeLabelled = true
            break search
          }
          continue
        }
        guard table[Int(v)] & HeadFlag.simpleOrLineFeed != 0 else {
          mayBeLabelled = true
          break search
        }
        // Only the labels starting with this scalar («ا» begins every «ال», and trying all eleven
        // labels there was a third of this function's own instructions).
        var candidates = starting[Int(v)]
        while candidates != 0 {
          let label = labels[candidates.trailingZeroBitCount]
          candidates &= candidates &- 1
          if i + label.count <= scalars.count
            && label.indices.allSatisfy({ PlainText.lowerASCII(scalars[i + $0].value) == label[$0] })
          {
            mayBeLabelled = true
            break search
          }
        }
      }
    }
    var dates: [(date: CalendarDate, start: Int, end: Int)] = []
    // The year ends in the parts before this one.
    var passed = 0
    for part in parts {
      let first = passed
      while passed < yearEnds.count && yearEnds[passed] < part.upperBound { passed += 1 }
      // The part's windows from the words and years the scan found (`DateWindows(plainPart:…)`):
      // a copy of the part scanned again through the trigger table cost some 3k instructions a
      // report. The first list found is kept as the answer (copied into a new list, then cut to
      // its first date into another, it was two blocks a report).
      var found = fullDates(in: DateWindows(plainPart: part, of: scalars, yearEnds: yearEnds[first..<passed]))
      if dates.isEmpty { swap(&dates, &found) } else { dates += found }
      if !mayBeLabelled && !dates.isEmpty {
        if dates.count > 1 { dates.removeSubrange(1...) }
        return PlainHeadDates(dates: dates, mayBeLabelled: false)
      }
    }
    return PlainHeadDates(dates: dates, mayBeLabelled: mayBeLabelled)
  }

  /// Where each run of four digits of `scalars` ends (the year words' fourth digits), in text
  /// order, when every scalar is plain or a tatweel (`HeadFlag.plain`; a haraka after an Arabic
  /// letter or after such a haraka); nil otherwise. `plainHeadDates`' one pass over the head.
  static func plainYearEnds(_ scalars: [Unicode.Scalar]) -> [Int]? {
    scalars.withUnsafeBufferPointer { plainScan($0)?.yearEnds }
  }

  /// `plainYearEnds` of `s` with its digits folded (`DateVocabulary.fold`), read from `s` as it is,
  /// and the offset of its first digit that folds (`s.count` when none): a digit that folds has its
  /// folded digit's flags in `headFlags` and is not `isQuiet`, as that digit, so the scan walks
  /// the same steps. One pass for `Head(decoded:)` to learn both.
  static func plainScan(_ s: UnsafeBufferPointer<Unicode.Scalar>) -> (yearEnds: [Int], firstFolded: Int)? {
    var yearEnds: [Int] = []
    var firstFolded = s.count
    let plain = headFlags.withUnsafeBufferPointer { table in
      var digitRun = 0
      var attachable = false  // whether a haraka here follows an Arabic letter
      var next = 0
      while next < s.count {
        if isQuiet(s, at: next) {
          // A run of quiet blocks: only its last scalar matters to what follows, so the state is
          // set once per run (set at every block, it was a sixth of the loop's instructions).
          repeat { next &+= 4 } while isQuiet(s, at: next)
          attachable = PlainText.isArabicLetter(s[next &- 1].value)
          digitRun = 0
          guard next < s.count else { break }
        }
        // The four scalars (or the last few) one at a time, through the table.
        for i in next..<min(next &+ 4, s.count) {
          let v = s[i].value
          let flags = v < TriggerTable.size ? table[Int(v)] : (PlainText.isPlain(v) ? HeadFlag.plain : 0)
          if flags & HeadFlag.haraka != 0 {
            guard attachable else { return false }
            digitRun = 0
            continue
          }
          guard flags & HeadFlag.plain != 0 else { return false }
          attachable = flags & HeadFlag.arabicLetter != 0
          if flags & HeadFlag.digit != 0 {
            if v >= 0x80 && firstFolded == s.count { firstFolded = i }
            digitRun += 1
            if digitRun == 4 { yearEnds.append(i) }
          } else {
            digitRun = 0
          }
        }
        next = min(next &+ 4, s.count)
      }
      return true
    }
    return plain ? (yearEnds, firstFolded) : nil
  }

  /// `plainScan` of a report's head when the head is the whole report (`quickHeadLength` scalars or
  /// fewer), answered from its tokenizer pass: whether every scalar is plain (`ReportText.plainForDates`),
  /// and the year words and the digits that fold from its tokens of digits, the only tokens holding
  /// a digit (a digit that folds is folded to a digit, `.digits`, as an ASCII digit). Digits in a
  /// row are one token (marks and invisibles may lie inside one), so each token's scalars are
  /// read as `plainScan` reads them: a few scalars, where the scan read every one of the report.
  static func plainScan(of document: ReportText) -> (yearEnds: [Int], firstFolded: Int)? {
    let scalars = document.scalars
    precondition(scalars.count <= quickHeadLength, "ReportDateReader: a head cut shorter than its report")
    guard document.plainForDates else { return nil }
    var yearEnds: [Int] = []
    var firstFolded = scalars.count
    let table = headFlags
    // Through a buffer, each token's script read alone: a loop over the tokens themselves copied
    // each one (its text retained and released), some 1.8k instructions a report.
    document.tokens.withUnsafeBufferPointer { tokens in
      for k in tokens.indices where tokens[k].script == .digits {
        var digitRun = 0
        for i in tokens[k].start..<tokens[k].end {
          let v = scalars[i].value
          // A plain report's scalars in a token of digits all lie below the table's size.
          guard v < TriggerTable.size, table[Int(v)] & HeadFlag.digit != 0 else {
            digitRun = 0
            continue
          }
          if v >= 0x80 && firstFolded == scalars.count { firstFolded = i }
          digitRun += 1
          if digitRun == 4 { yearEnds.append(i) }
        }
      }
    }
    return (yearEnds, firstFolded)
  }

  /// Whether `plainScan` reads scalar `v` as plain (`HeadFlag.plain`) or as a haraka (plain after
  /// an Arabic letter): what the tokenizer's pass notes for `plainScan(of:)` (see `ByteScan`).
  static func mayBePlain(_ v: UInt32) -> Bool {
    let flags = v < TriggerTable.size ? headFlags[Int(v)] : (PlainText.isPlain(v) ? HeadFlag.plain : 0)
    return flags & (HeadFlag.plain | HeadFlag.haraka) != 0
  }

  /// The parts of a plain head around its year words (`yearEnds`, from `plainYearEnds`): each
  /// year word and the `fullDateWordsBeforeYear.max()` words before it, parts touching or with
  /// only blanks between them joined; each starts and ends next to a blank or the head's ends.
  static func yearParts(_ scalars: [Unicode.Scalar], yearEnds: [Int]) -> [Range<Int>] {
    func isBlank(_ k: Int) -> Bool { PlainText.isSpace(scalars[k].value) }
    // The part of the year word holding scalar `end`: from `wordsBefore` words before it to its end.
    let wordsBefore = fullDateWordsBeforeYear.max() ?? 0
    func part(_ end: Int) -> Range<Int> {
      var lo = end
      while lo > 0 && !isBlank(lo - 1) { lo -= 1 }
      for _ in 0..<wordsBefore {
        while lo > 0 && isBlank(lo - 1) { lo -= 1 }
        while lo > 0 && !isBlank(lo - 1) { lo -= 1 }
      }
      var hi = end + 1
      while hi < scalars.count && !isBlank(hi) { hi += 1 }
      return lo..<hi
    }
    var parts: [Range<Int>] = []
    for end in yearEnds {
      let next = part(end)
      if let last = parts.last,
        next.lowerBound <= last.upperBound || (last.upperBound..<next.lowerBound).allSatisfy(isBlank)
      {
        parts[parts.count - 1] = last.lowerBound..<max(last.upperBound, next.upperBound)
      } else {
        parts.append(next)
      }
    }
    return parts
  }

  /// Whether the four scalars from `i` are all ASCII but digits and control characters (line feeds
  /// excepted), or Arabic letters: plain scalars that end a run of digits and leave `attachable`
  /// as the last one sets it. (Tested four at a time: a table lookup a scalar cost some 15
  /// instructions a scalar of every report.)
  @inline(__always)
  private static func isQuiet(_ s: UnsafeBufferPointer<Unicode.Scalar>, at i: Int) -> Bool {
    guard i &+ 4 <= s.count, let base = s.baseAddress else { return false }
    let v = UnsafeRawPointer(base).loadUnaligned(fromByteOffset: i &* 4, as: SIMD4<UInt32>.self)
    let quiet =
      ((v &- 0x20) .< 0x10) .| ((v &- 0x3A) .< 0x45) .| ((v &- 0x0621) .< 0x1A) .| ((v &- 0x0641) .< 0x0A)
      .| (v .== 0x0A)
    return quiet == SIMDMask(repeating: true)
  }

  /// The longest head `plainHeadDates` tries to answer.
  static let quickHeadLength = 8_000

  /// `plainHeadDates`' classes of the scalars below `TriggerTable.size`.
  enum HeadFlag {
    /// A `PlainText` scalar, or the tatweel (U+0640): `DateWindows` reads a tatweel as it reads a
    /// letter (no blank, digit, mark or unsafe scalar), so the parts cut around the year words hold
    /// the words of the whole head there; a window holding one is searched by `Regex` in both. (A
    /// haraka after it is not plain. Some Arabic reports stretch words with tatweels, and their heads
    /// were all searched.)
    static let plain: UInt8 = 1
    static let digit: UInt8 = 2
    static let arabicLetter: UInt8 = 4
    static let haraka: UInt8 = 8
    /// `isSimple`, or a line feed: a scalar `isLabelled` can read a line prefix through.
    static let simpleOrLineFeed: UInt8 = 16
  }
  /// A digit that folds (`DateVocabulary.fold`) has its folded digit's flags (see `plainScan`).
  static let headFlags: [UInt8] = (0..<TriggerTable.size).map { scalar in
    let v = DateVocabulary.fold(Unicode.Scalar(scalar) ?? "\u{FFFD}").value
    return (PlainText.isPlain(v) || v == 0x0640 ? HeadFlag.plain : 0) | (PlainText.isDigit(v) ? HeadFlag.digit : 0)
      | (PlainText.isArabicLetter(v) ? HeadFlag.arabicLetter : 0) | (PlainText.isHaraka(v) ? HeadFlag.haraka : 0)
      | (v == 0x0A || isSimple(v) ? HeadFlag.simpleOrLineFeed : 0)
  }

  /// For each scalar below `TriggerTable.size`, bit k set when label k (`labelScalars`) starts
  /// with it, ASCII capitals as their lowercase. Every label starts below the size.
  static let labelsStarting: [UInt16] = {
    precondition(labelScalars.count <= 16, "ReportDateReader: more labels than bits in `labelsStarting`")
    var masks = [UInt16](repeating: 0, count: Int(TriggerTable.size))
    for (k, label) in labelScalars.enumerated() {
      let first = label[0]
      precondition(first < TriggerTable.size, "ReportDateReader: a label starting past `labelsStarting`")
      masks[Int(first)] |= 1 << k
      if (0x61...0x7A).contains(first) { masks[Int(first) - 0x20] |= 1 << k }
    }
    return masks
  }()

  /// Words each full-date pattern can have before its year, which ends it: «4 من شهر كانون الثاني /
  /// كانون الثاني ) عام 2017» has 11 (at most 11 blank runs), "November 2 - 10, 2017" 4,
  /// "July 4, 2017" 2, numeric dates none.
  static let fullDateWordsBeforeYear = [11, 4, 2, 0, 0]

  static func int(_ output: AnyRegexOutput, _ name: String) -> Int? {
    output[name]?.substring.flatMap { Int($0) }
  }

  // MARK: - Choosing

  /// The text on the same line before scalar `offset` of `scalars`, at most 40 scalars.
  static func linePrefix(_ scalars: [Unicode.Scalar], before offset: Int) -> String {
    guard offset > 0 else { return "" }
    let prefix = String(utf8Of: scalars[max(0, offset - 40)..<offset])
    return prefix.split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init) ?? ""
  }

  /// The scalars of `linePrefix(scalars, before: offset)` when each is `isSimple`, else nil.
  ///
  /// Such a prefix's Characters are its scalars, none canonically equivalent to another, `\s` is a
  /// space or a tab and only ASCII letters have case: so `isLabelled` and `isDateline` can read it
  /// scalar by scalar with the answers of Foundation's search and the `Regex` (which cost some 200k
  /// instructions a report); `ReportDateReaderFastPathTests` checks both against them.
  ///
  /// With `harakat`, a haraka after an Arabic letter (or after such a haraka), or at the prefix's
  /// start, is taken too: it is one Character with that letter, and `isLabelled` matches no label
  /// that ends before it.
  static func simpleLinePrefix(
    _ scalars: [Unicode.Scalar], before offset: Int, harakat: Bool = false
  ) -> ArraySlice<Unicode.Scalar>? {
    let lower = max(0, offset - 40)
    var k = offset
    while k > lower {
      let v = scalars[k - 1].value
      if v == 0x0A {
        // A line feed after a carriage return is one Character with it, which `split` does not cut.
        if k - 1 > lower && scalars[k - 2] == "\r" { return nil }
        break
      }
      if harakat && PlainText.isHaraka(v) {
        // At the prefix's start (its letter cut off) harakat are a Character of their own.
        if k - 1 > lower {
          let attachedTo = scalars[k - 2].value
          guard PlainText.isArabicLetter(attachedTo) || PlainText.isHaraka(attachedTo) else { return nil }
        }
        k -= 1
        continue
      }
      guard isSimple(v) else { return nil }
      k -= 1
    }
    return scalars[k..<offset]
  }

  /// A `PlainText` scalar other than a line break (harakat, which join the letter before them into
  /// one Character, are not plain scalars on their own).
  static func isSimple(_ v: UInt32) -> Bool { PlainText.isPlain(v) && !(0x0A...0x0D).contains(v) }

  /// What a report's date follows when it is labelled as its date (lowercase).
  static let labels = [
    "التاريخ", "تاريخ", "بتاريخ", "نشر في", "date:", "dated", "date :", "as of", "published", "updated",
    "issued",
  ]
  static let labelScalars: [[UInt32]] = labels.map { $0.unicodeScalars.map(\.value) }

  static func isLabelled(_ scalars: [Unicode.Scalar], before offset: Int) -> Bool {
    // Harakat are taken too: a prefix with one went through Foundation's search (308k instructions
    // for one fixture report, some 3.6k a report).
    guard let prefix = simpleLinePrefix(scalars, before: offset, harakat: true) else {
      let prefix = linePrefix(scalars, before: offset).lowercased()
      return labels.contains { prefix.contains($0) }
    }
    // Lowercasing is ASCII's, and the search compares scalars (see `simpleLinePrefix`); a label
    // followed by a haraka ends inside a Character, where the String search finds no match.
    return labelScalars.contains { label in
      prefix.count >= label.count
        && (prefix.startIndex...(prefix.endIndex - label.count)).contains { i in
          label.indices.allSatisfy { PlainText.lowerASCII(prefix[i + $0].value) == label[$0] }
            && (i + label.count == prefix.endIndex || !PlainText.isHaraka(prefix[i + label.count].value))
        }
    }
  }

  /// The dateline prefix pattern, compiled once (it was compiled for every report). `Regex` is not
  /// `Sendable`, but this one is never mutated after this initialiser runs.
  nonisolated(unsafe) static let datelinePrefixRegex: Regex<AnyRegexOutput>? = try? Regex(
    "^\\s*[A-Z][A-Z .'-]{2,30},\\s*$|^\\s*\\p{Arabic}[\\p{Arabic} ]{1,30}\\s*[-–—،]\\s*$")

  /// "BEIRUT, " or «دمشق – » at the start of a line, right before the date.
  static func isDateline(_ scalars: [Unicode.Scalar], before offset: Int) -> Bool {
    if !mayEndDatelinePrefix(scalars, before: offset) { return false }
    if let prefix = simpleLinePrefix(scalars, before: offset) { return isDatelinePrefix(prefix) }
    let prefix = linePrefix(scalars, before: offset)
    // Both alternatives end in one of these before trailing spaces: without one the pattern is
    // not compiled (2.5M instructions) for a date that starts its line.
    guard prefix.unicodeScalars.contains(where: { ",-–—،".unicodeScalars.contains($0) }),
      let regex = datelinePrefixRegex
    else { return false }
    return prefix.wholeMatch(of: regex) != nil
  }

  /// False when the line prefix before `offset` cannot be a dateline's: both alternatives of
  /// `datelinePrefixRegex` end in a comma or a dash (`,` `-` `–` `—` `،`) and `\s*`, so the last
  /// scalar that is not a space or a tab must be one of them. Answered only where that scalar
  /// proves it (true otherwise): none within the 40 scalars, a line feed not after a carriage
  /// return (the line prefix then holds blanks only), or an `isSimple` scalar, a Character of its
  /// own that is no white space. Most report dates follow a word («في 4 تموز 2017»), and walking back over their line
  /// prefix (`simpleLinePrefix`, `isDatelinePrefix`) cost some 2k instructions a report.
  static func mayEndDatelinePrefix(_ scalars: [Unicode.Scalar], before offset: Int) -> Bool {
    let lower = max(0, offset - 40)
    var k = offset
    while k > lower && (scalars[k - 1] == " " || scalars[k - 1] == "\t") { k -= 1 }
    guard k > lower else { return false }
    let v = scalars[k - 1].value
    // After CR LF (one Character, which `linePrefix` does not cut) the line before is read too.
    if v == 0x0A { return k - 2 >= lower && scalars[k - 2] == "\r" }
    return !isSimple(v) || v == 0x2C || v == 0x2D || v == 0x2013 || v == 0x2014 || v == 0x060C
  }

  /// Whether `datelinePrefixRegex` matches all of a simple line prefix (`simpleLinePrefix`), where
  /// `\s` is a space or a tab and `\p{Arabic}` (by script extensions) an Arabic letter, comma,
  /// semicolon or question mark.
  static func isDatelinePrefix(_ prefix: ArraySlice<Unicode.Scalar>) -> Bool {
    let end = prefix.endIndex
    func isSpace(_ j: Int) -> Bool { prefix[j] == " " || prefix[j] == "\t" }
    func isArabic(_ j: Int) -> Bool {
      let v = prefix[j].value
      return PlainText.isArabicLetter(v) || v == 0x060C || v == 0x061B || v == 0x061F
    }
    func spacesToEnd(_ j: Int) -> Bool { (j..<end).allSatisfy(isSpace) }
    func run(from j: Int, _ kind: (Int) -> Bool) -> Int { (j..<end).firstIndex { !kind($0) }.map { $0 - j } ?? end - j }
    var i = prefix.startIndex
    while i < end && isSpace(i) { i += 1 }
    guard i < end else { return false }
    // `[A-Z][A-Z .'-]{2,30},\s*`: the run cannot hold the comma, so it ends right before it.
    // The marks are compared one by one: `" .'-".unicodeScalars.contains` decoded the literal at
    // every scalar tested (some 3k instructions a dateline).
    func isDash(_ j: Int) -> Bool { prefix[j] == "-" || prefix[j] == "–" || prefix[j] == "—" }
    if ("A"..."Z").contains(prefix[i]) {
      let n = run(from: i + 1) { j in
        ("A"..."Z").contains(prefix[j]) || prefix[j] == " " || prefix[j] == "." || prefix[j] == "'" || prefix[j] == "-"
      }
      return (2...30).contains(n) && i + 1 + n < end && prefix[i + 1 + n] == "," && spacesToEnd(i + 2 + n)
    }
    // `\p{Arabic}[\p{Arabic} ]{1,30}\s*[-–—،]\s*`: the run gives back one scalar at a time, as the
    // greedy repetition does (its comma can end the run or be the pattern's last mark).
    guard isArabic(i) else { return false }
    let longest = run(from: i + 1) { j in isArabic(j) || prefix[j] == " " }
    for n in stride(from: min(30, longest), through: 1, by: -1) {
      var j = i + 1 + n
      while j < end && isSpace(j) { j += 1 }
      if j < end && (isDash(j) || prefix[j] == "،") && spacesToEnd(j + 1) { return true }
    }
    return false
  }

  /// The latest plausible four-digit year mentioned (a report seldom names a later year than its own).
  /// A year after "since" / «منذ» ("besieged since 2012", «منذ عام 2013») is when something began,
  /// earlier than the report: "BEIRUT, Aug 27 (Reuters)" with only "since 2012" has no year to give.
  ///
  /// `windows` is the folded head's `DateWindows` (with the year trigger): the year pattern runs
  /// only on words holding four digits, by `PlainMatcher` where they are plain, the
  /// way `fullDates` runs its patterns (`Regex` over the whole head cost 1.8M instructions).
  static func latestYear(in windows: DateWindows) -> Int? {
    var spans: [Range<Int>] = []
    windows.appendWindows(before: 0, after: 0, to: &spans) { $0 == windows.yearTrigger }
    var years: [(year: Int, start: Int)] = []
    let plain = yearPlain.map { PlainMatcher(windows.scalars, $0) }
    var plainMatches: [PlainMatcher.Match] = []
    for window in spans {
      if let plain, windows.isPlain(window) {
        plainMatches.removeAll(keepingCapacity: true)
        plain.appendMatches(in: window, to: &plainMatches)
        for m in plainMatches {
          if let year = Int(String(utf8Of: windows.scalars[m.range])) { years.append((year, m.range.lowerBound)) }
        }
      } else {
        let part = windows.string(window)
        for match in yearRegex.map({ part.matches(of: $0.regex) }) ?? [] {
          if let year = Int(part[match.range]) {
            years.append((year, window.lowerBound + part.scalarOffset(of: match.range.lowerBound)))
          }
        }
      }
    }
    // The latest first: the "since" test reads the words before a year, and the first year it
    // keeps is the answer.
    years.sort { $0.year > $1.year }
    guard years.contains(where: { $0.year >= 1990 }) else { return nil }
    let text = String(utf8Of: windows.scalars[...])
    return years.first { $0.year >= 1990 && !followsSince(text, at: $0.start) }?.year
  }

  /// Whether one of the three words before scalar `offset` (a year's start) is in `sinceWords`.
  static func followsSince(_ text: String, at offset: Int) -> Bool {
    let at = text.unicodeScalars.index(text.startIndex, offsetBy: offset)
    let before = text[..<at].suffix(32).lowercased()
    let words = before.split(whereSeparator: { $0.isWhitespace || $0.isPunctuation }).suffix(3)
    return words.contains(where: { sinceWords.contains(String($0)) })
  }

  /// A four-digit year.
  static let yearPattern = "\\b(?:19|20)\\d{2}(?!\\d)"
  /// `yearPattern` for `PlainMatcher`, and as a `Regex` for the words that are not plain.
  /// `CompiledDatePattern` is not `Sendable`, but this one is never mutated after it is parsed.
  nonisolated(unsafe) static let yearPlain = CompiledDatePattern(yearPattern)
  static let yearRegex = LazyRegex(yearPattern, plain: yearPlain)

  /// Words that make the year after them a starting point, not the report's year.
  static let sinceWords: Set<String> = ["since", "منذ"]

  /// Where a dateline without a year starts, when the text gives no year to complete it (so `read`
  /// found no date); nil otherwise.
  public static func yearlessDatelineStart(in text: String) -> Int? {
    var head = Head(text)
    return head.yearlessDatelineStart()
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

  /// A dateline without a year: where its date is, and its month and day.
  struct YearlessDateline {
    let start: Int
    let end: Int
    let month: Int
    let day: Int
  }

  /// "DAMASCUS, Sept 5 (Reuters) -" at a line start: each yearless dateline pattern's first match
  /// that names a month and a day (English first).
  static func yearlessDatelines(in scalars: [Unicode.Scalar]) -> [YearlessDateline] {
    // A pattern is compiled and run only when the text has the shape of its match after the comma
    // (`DatelineShape`): compiling the two cost 16M instructions and running them 5M, more than
    // reading a short report, and most reports hold neither.
    var regexes: [Regex<AnyRegexOutput>] = []
    let shape = DatelineShape.mayHold(scalars)
    if shape.english, let regex = englishYearlessDatelineRegex { regexes.append(regex) }
    if shape.arabic, let regex = arabicYearlessDatelineRegex { regexes.append(regex) }
    guard !regexes.isEmpty else { return [] }
    let text = String(utf8Of: scalars[...])
    return regexes.compactMap { regex -> YearlessDateline? in
      guard let match = text.firstMatch(of: regex),
        let day = int(match.output, "d"), let raw = match.output["m"]?.substring,
        let month = DateVocabulary.month(named: String(raw)),
        let range = match.output["date"]?.range
      else { return nil }
      return YearlessDateline(
        start: text.scalarOffset(of: range.lowerBound), end: text.scalarOffset(of: range.upperBound),
        month: month, day: day)
    }
  }

  /// The first of `datelines` that is a day of `year`, completed with it.
  static func yearlessDateline(_ datelines: [YearlessDateline], year: Int) -> ReportDate? {
    let found = datelines.compactMap { dateline in
      CalendarDate(year: year, month: dateline.month, day: dateline.day).map {
        ReportDate(date: $0, start: dateline.start, end: dateline.end, basis: .dateline)
      }
    }
    return found.min { $0.start < $1.start }
  }
}
