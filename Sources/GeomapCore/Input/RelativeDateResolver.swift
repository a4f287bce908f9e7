/// Finds date phrases in a text and resolves relative ones against a reference date (the report's).
///
/// Rules, all documented here because reports leave them implicit:
/// - Weekday ("on Saturday", «يوم السبت», «مساء الأحد»): the most recent such day on or before the
///   reference, so a wire story dated Saturday that says "on Saturday" means that day. With "last" or
///   «الماضي/الفائت» ("last Saturday", «السبت الماضي») it is strictly before the reference.
/// - "yesterday"/«أمس»/«البارحة», "last night"/«الليلة الماضية»: the day before; "the day before
///   yesterday"/«أول أمس»: two days before; "today"/«اليوم»: the reference; "N days ago"/«قبل N أيام».
/// - "last week"/«الأسبوع الماضي»: the previous Monday-to-Sunday week (precision week); "this week":
///   Monday of this week to the reference.
/// - "last month"/«الشهر الماضي/الفائت/المنصرم»: the whole previous month (precision month); with
///   "early"/«مطلع/أوائل/بداية» days 1–10, "mid"/«منتصف/أواسط» 11–20, "late"/«أواخر/نهاية» 21–end
///   (precision week). "earlier this month": day 1 to the day before the reference; "this month"/
///   «الشهر الجاري/الحالي»: day 1 to the reference.
/// - A day and month without a year ("on July 6", «20 أوت الماضي»): the latest such day on or before
///   the reference; a month with "last"/«الماضي» («آذار الماضي»): that month, on or before.
/// A resolved date's `date` is the first day of its range.
public enum RelativeDateResolver {
  /// Resolves one phrase (e.g. «يوم السبت»); nil when it is not a date phrase geomap knows.
  public static func resolve(_ phrase: String, reference: CalendarDate) -> ResolvedDate? {
    find(in: phrase, reference: reference).max { ($0.end - $0.start) < ($1.end - $1.start) }?.resolved
  }

  /// Every date phrase in `text` (full dates and relative phrases), in text order, without overlaps,
  /// each resolved against `reference`, so a claim can be dated by the nearest phrase in its sentence.
  public static func find(in text: String, reference: CalendarDate) -> [DatePhrase] {
    // One decoding pass (`Array(text.unicodeScalars)` decodes twice, to count).
    var original: [Unicode.Scalar] = []
    original.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars { original.append(scalar) }
    return find(in: original[...], reference: reference)
  }

  /// `find` over text already decoded (a report's scalars: its claims' spans are searched in place,
  /// without being copied out or turned back into strings). Offsets are from the slice's start.
  static func find(in original: ArraySlice<Unicode.Scalar>, reference: CalendarDate) -> [DatePhrase] {
    var scratch = Scratch()
    return find(in: original, reference: reference, scratch: &scratch)
  }

  /// The working arrays of `find`, for a caller searching many regions to keep and pass to each
  /// call: made and freed per region (a report's claims have hundreds), they were most of dating's
  /// heap blocks. Their contents mean nothing between calls.
  struct Scratch {
    var windows = DateWindows.Buffers()
    var spans: [Range<Int>] = []
    var matches: [PlainMatcher.Match] = []
    var candidates: [(start: Int, end: Int, resolved: ResolvedDate)] = []
  }

  /// `find(in:reference:)`, working in `scratch`'s arrays.
  static func find(
    in original: ArraySlice<Unicode.Scalar>, reference: CalendarDate, scratch: inout Scratch
  ) -> [DatePhrase] {
    // Copied whole and folded in place where a digit needs it: appending scalar by scalar through
    // `fold` cost more than the copy, and Arabic-Indic digits are rare.
    scratch.windows.scalars.removeAll(keepingCapacity: true)
    scratch.windows.scalars.append(contentsOf: original)
    scratch.windows.scalars.withUnsafeMutableBufferPointer { buffer in
      for i in buffer.indices {
        let v = buffer[i].value
        if v &- 0x0660 < 10 || v &- 0x06F0 < 10 { buffer[i] = DateVocabulary.fold(buffer[i]) }
      }
    }
    var windows = DateWindows(table: Rules.triggerTable, in: &scratch.windows)
    defer { windows.handBack(to: &scratch.windows) }
    // Many claim spans name no date word at all: then no rule has a window, and walking the rules
    // (and the full-date patterns) only to find that out was a visible share of dating claims.
    guard windows.hasWindows else { return [] }
    let base = original.startIndex
    func phraseText(_ start: Int, _ end: Int) -> String { String(utf8Of: original[(base + start)..<(base + end)]) }
    var phrases: [DatePhrase] = ReportDateReader.fullDates(in: windows).map {
      DatePhrase(
        text: phraseText($0.start, $0.end), start: $0.start, end: $0.end,
        resolved: ResolvedDate(day: $0.date), isRelative: false)
    }
    // A candidate's text is made only once it is kept: most candidates lose to a longer phrase
    // («مساء أمس» over «أمس»), and each text was a new string.
    var candidates = scratch.candidates.takeEmptied()
    defer { swap(&candidates, &scratch.candidates) }
    func add(_ start: Int, _ end: Int, _ resolved: ResolvedDate?) {
      guard let resolved else { return }
      candidates.append((start, end, resolved))
    }
    // Only the rules naming a trigger some word holds can have a window (all of them when a word
    // could become any trigger): one bit per rule, gathered from the few words' triggers, where
    // asking each rule for its windows (a call, retains and a mask test) was most of what `find`
    // spent on a region outside the matching itself.
    let rules = Rules.all
    let masks = Rules.triggerMasks
    var applicable: UInt64 = 0
    if !windows.unsafeWords.isEmpty || rules.count > 64 {
      applicable = ~0
    } else {
      let rulesOfTrigger = Rules.rulesOfTrigger
      for hit in windows.hits { applicable |= rulesOfTrigger[Int(hit.trigger)] }
    }
    var spans = scratch.spans.takeEmptied()
    defer { swap(&spans, &scratch.spans) }
    var matches = scratch.matches.takeEmptied()
    defer { swap(&matches, &scratch.matches) }
    for k in rules.indices where applicable & 1 << UInt64(k & 63) != 0 {
      let rule = rules[k]
      spans.removeAll(keepingCapacity: true)
      windows.appendWindows(mask: masks[k], before: rule.words.before, after: rule.words.after, to: &spans)
      if spans.isEmpty { continue }
      let plain = rule.plain.map { PlainMatcher(windows.scalars, $0) }
      for window in spans {
        // Plain windows (nearly all) take the fast matcher; the rest keep `Regex`'s exact semantics.
        if let plain, windows.isPlain(window) {
          matches.removeAll(keepingCapacity: true)
          plain.appendMatches(in: window, to: &matches)
          for match in matches {
            add(match.range.lowerBound, match.range.upperBound, rule.resolveCaptures({ plain.capture(match, $0) }, reference))
          }
          continue
        }
        let folded = windows.string(window)
        for match in folded.matches(of: rule.regex) {
          let start = window.lowerBound + folded.scalarOffset(of: match.range.lowerBound)
          let end = window.lowerBound + folded.scalarOffset(of: match.range.upperBound)
          add(start, end, rule.resolve(match.output, reference))
        }
      }
    }
    // Longest first, so "late last month" wins over "last month" and full dates over their parts.
    // Taken spans are disjoint, so keeping them sorted lets one binary search tell an overlap.
    // Most searched regions hold one phrase or none: nothing to sort or to check for overlaps.
    if candidates.isEmpty { return phrases }
    // Sorted in place (the same order `sorted` gives): copies of these lists were blocks per region.
    var taken = phrases.map { $0.start..<$0.end }
    taken.sort { $0.lowerBound < $1.lowerBound }
    candidates.sort(by: { ($0.end - $0.start, $1.start) > ($1.end - $1.start, $0.start) })
    for phrase in candidates {
      let at = firstIndex(in: taken) { $0.upperBound > phrase.start }
      if at < taken.count && taken[at].lowerBound < phrase.end { continue }
      taken.insert(phrase.start..<phrase.end, at: at)
      phrases.append(
        DatePhrase(
          text: phraseText(phrase.start, phrase.end), start: phrase.start, end: phrase.end,
          resolved: phrase.resolved, isRelative: true))
    }
    phrases.sort { $0.start < $1.start }
    return phrases
  }

  /// The first index where `isAbove` holds, for an array where it holds on a suffix.
  static func firstIndex<T>(in items: [T], where isAbove: (T) -> Bool) -> Int {
    var (low, high) = (0, items.count)
    while low < high {
      let mid = (low + high) / 2
      if isAbove(items[mid]) { high = mid } else { low = mid + 1 }
    }
    return low
  }

  // MARK: - Calendar arithmetic

  /// The latest day with `weekday` on or before `reference` (strictly before when `strictly`).
  static func previous(weekday: Int, from reference: CalendarDate, strictly: Bool) -> CalendarDate {
    var back = (reference.weekday - weekday + 7) % 7
    if back == 0 && strictly { back = 7 }
    return reference.adding(days: -back)
  }

  /// First and last day of the month `offset` months from the reference's month.
  static func month(_ offset: Int, from reference: CalendarDate) -> (CalendarDate, CalendarDate)? {
    let index = reference.year * 12 + (reference.month - 1) + offset
    let (year, month) = (index / 12, index % 12 + 1)
    guard let first = CalendarDate(year: year, month: month, day: 1),
      let last = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
    else { return nil }
    return (first, last)
  }

  /// Part of a month: early (1–10), mid (11–20), late (21–end), or the whole month.
  static func part(_ part: String?, of month: (CalendarDate, CalendarDate)) -> ResolvedDate? {
    let (first, last) = month
    guard let part else { return ResolvedDate(range: first...last, precision: .month) }
    let days: ClosedRange<Int>
    switch part {
    case "early": days = 1...10
    case "mid": days = 11...20
    default: days = 21...last.day
    }
    guard let a = CalendarDate(year: first.year, month: first.month, day: days.lowerBound),
      let b = CalendarDate(year: first.year, month: first.month, day: days.upperBound)
    else { return nil }
    return ResolvedDate(range: a...b, precision: .week)
  }

  /// The latest (month, day) on or before the reference.
  static func latest(month: Int, day: Int, onOrBefore reference: CalendarDate) -> CalendarDate? {
    guard let thisYear = CalendarDate(year: reference.year, month: month, day: day) else {
      return CalendarDate(year: reference.year - 1, month: month, day: day)
    }
    return thisYear <= reference ? thisYear : CalendarDate(year: reference.year - 1, month: month, day: day)
  }

  static func partKey(_ word: Substring?) -> String? {
    guard let w = word?.lowercased() else { return nil }
    if ["early", "مطلع", "أوائل", "اوائل", "بداية", "بدايه", "أول", "اول"].contains(w) { return "early" }
    if ["mid", "mid-", "منتصف", "أواسط", "اواسط"].contains(w) { return "mid" }
    return "late"
  }

  static func count(_ word: Substring?) -> Int? {
    guard let w = word?.lowercased() else { return nil }
    if let n = Int(w) { return n }
    return countWords[w]
  }

  static let countWords: [String: Int] = [
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10,
    "يومين": 2, "ثلاثة": 3, "أربعة": 4, "اربعة": 4, "خمسة": 5, "ستة": 6, "سبعة": 7, "عشرة": 10,
  ]
}
