/// A match's captured text by group name, from a `Regex` match or a `PlainMatcher` one.
typealias DateCaptures = (String) -> Substring?

extension RelativeDateResolver {
  /// One pattern and how a match of it resolves against the reference date.
  ///
  /// A class: `find` walks every rule for each claim's span, and copying a struct of a regex, a
  /// compiled pattern, arrays and a closure retained and released each of them every time.
  final class Rule {
    let lazyRegex: LazyRegex
    var regex: Regex<AnyRegexOutput> { lazyRegex.regex }
    /// The same pattern for `PlainMatcher`; nil if it used syntax outside `DatePattern`'s subset.
    let plain: CompiledDatePattern?
    /// Lowercase words one of which every match contains, so the regex only runs near them.
    let triggers: [String]
    /// How many words a match can have before and after the word holding its trigger.
    let words: (before: Int, after: Int)
    /// How a match resolves, given its captures by group name.
    let resolveCaptures: (DateCaptures, CalendarDate) -> ResolvedDate?

    init(
      lazyRegex: LazyRegex, plain: CompiledDatePattern?, triggers: [String], words: (before: Int, after: Int),
      resolveCaptures: @escaping (DateCaptures, CalendarDate) -> ResolvedDate?
    ) {
      self.lazyRegex = lazyRegex
      self.plain = plain
      self.triggers = triggers
      self.words = words
      self.resolveCaptures = resolveCaptures
    }

    /// How a `Regex` match resolves.
    func resolve(_ output: AnyRegexOutput, _ reference: CalendarDate) -> ResolvedDate? {
      resolveCaptures({ output[$0]?.substring }, reference)
    }
  }

  /// The compiled rules, built once and never mutated.
  enum Rules {
    nonisolated(unsafe) static let all: [Rule] = build()

    /// Every rule's triggers (and the year trigger of the full dates), for one `DateWindows` scan.
    static let vocabulary: [String] = {
      var words = [DateWindows.yearDigits]
      // A set for the words seen: comparing each Arabic trigger with every earlier one (normalizing
      // both) was a visible share of reading a short report.
      var seen: Set<String> = [DateWindows.yearDigits]
      for word in all.flatMap(\.triggers) where seen.insert(word).inserted { words.append(word) }
      return words
    }()

    /// `vocabulary` laid out for the scan, built once.
    static let triggerTable = TriggerTable(vocabulary)

    /// Each rule's triggers as a `DateWindows` mask.
    static let triggerMasks: [[UInt64]] = triggerIndices.map { DateWindows.mask($0, count: vocabulary.count) }

    /// For each trigger (an index into `vocabulary`), bit k set when rule k names it (rules past
    /// the 64th are not in it: `find` then tries every rule).
    static let rulesOfTrigger: [UInt64] = {
      var bits = [UInt64](repeating: 0, count: vocabulary.count)
      for (k, triggers) in triggerIndices.enumerated() where k < 64 {
        for t in triggers { bits[t] |= 1 << UInt64(k) }
      }
      return bits
    }()

    /// Each rule's triggers as indices into `vocabulary`.
    static let triggerIndices: [[Int]] = {
      let index = Dictionary(vocabulary.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
      return all.map { rule in rule.triggers.compactMap { index[$0] } }
    }()

    static func rule(
      _ pattern: String, triggers: [String], words: (Int, Int),
      _ resolve: @escaping (DateCaptures, CalendarDate) -> ResolvedDate?
    ) -> Rule? {
      let plain = CompiledDatePattern(pattern)
      return LazyRegex(pattern, plain: plain).map {
        Rule(lazyRegex: $0, plain: plain, triggers: triggers, words: words, resolveCaptures: resolve)
      }
    }

    static func build() -> [Rule] {
      let R = RelativeDateResolver.self
      let arWeekday = DateVocabulary.alternation(DateVocabulary.arabicWeekdays)
      let enWeekday = DateVocabulary.alternation(DateVocabulary.englishWeekdays)
      let arPast = "الماضي|الماضية|الفائت|الفائتة|المنصرم|المنصرمة|السابق"
      let arPrefix = "يوم|صباح|مساء|فجر|ليلة|ليل|ظهر|عصر"
      let arMonths = DateVocabulary.alternation(DateVocabulary.arabicMonths)
      let enMonths = DateVocabulary.alternation(DateVocabulary.englishMonths)
      let arWeekdays = DateVocabulary.arabicWeekdays.map(\.0)
      let enWeekdays = DateVocabulary.englishWeekdays.map(\.0)
      // «كانون الثاني» is found by «كانون»: triggers are single words.
      let arMonthWords = DateVocabulary.arabicMonths.map { String($0.0.split(separator: " ")[0]) }
      let enMonthWords = DateVocabulary.englishMonths.map(\.0)
      let rules: [Rule?] = [
        // English weekdays: "on Saturday", "last Saturday", "Saturday night"
        rule(
          "(?i)\\b(?:(?<last>last|this past)\\s+|on\\s+)?(?<w>\(enWeekday))(?:\\s+(?:morning|afternoon|evening|night))?\\b", triggers: enWeekdays, words: (2, 1)
        ) { o, ref in
          guard let w = o("w").flatMap({ DateVocabulary.weekday(named: String($0)) }) else {
            return nil
          }
          return ResolvedDate(day: R.previous(weekday: w, from: ref, strictly: o("last") != nil))
        },
        // Arabic weekdays: «يوم السبت», «مساء الأحد الماضي», «السبت الماضي»
        rule("(?:(?:\(arPrefix))\\s+)(?<w>\(arWeekday))(?:\\s+(?<last>\(arPast)))?(?!\\p{L})", triggers: arWeekdays, words: (1, 1)) { o, ref in
          guard let w = o("w").flatMap({ DateVocabulary.weekday(named: String($0)) }) else {
            return nil
          }
          return ResolvedDate(day: R.previous(weekday: w, from: ref, strictly: o("last") != nil))
        },
        rule("(?<w>\(arWeekday))\\s+(?:\(arPast))(?!\\p{L})", triggers: arWeekdays, words: (0, 1)) { o, ref in
          guard let w = o("w").flatMap({ DateVocabulary.weekday(named: String($0)) }) else {
            return nil
          }
          return ResolvedDate(day: R.previous(weekday: w, from: ref, strictly: true))
        },
        // Yesterday, the day before, today, last night
        rule("(?i)\\bthe day before yesterday\\b|(?:أول|اول)\\s+(?:أمس|امس)|(?:أمس|امس)\\s+الأول", triggers: ["yesterday", "أمس", "امس"], words: (3, 1)) { _, ref in
          ResolvedDate(day: ref.adding(days: -2))
        },
        rule(
          "(?i)\\b(?:yesterday|last night)\\b|(?:(?:يوم|صباح|مساء|ليلة|ليل)\\s+)?(?:أمس|امس|الأمس|البارحة)(?!\\p{L})|الليلة الماضية", triggers: ["yesterday", "night", "أمس", "امس", "البارحة", "الليلة"], words: (1, 1)
        ) { _, ref in
          ResolvedDate(day: ref.adding(days: -1))
        },
        rule("(?i)\\b(?:today|this morning|tonight)\\b|(?:(?:صباح|مساء|ظهر|فجر)\\s+)?اليوم(?!\\p{L})", triggers: ["today", "morning", "night", "اليوم"], words: (1, 0)) {
          _, ref in
          ResolvedDate(day: ref)
        },
        // N days / weeks ago
        rule("(?i)\\b(?<n>\\d{1,2}|a|one|two|three|four|five|six|seven|ten)\\s+(?<u>days?|weeks?)\\s+ago\\b", triggers: ["ago"], words: (2, 0))
        { o, ref in
          guard let n = R.count(o("n")) else { return nil }
          let week = o("u")?.lowercased().hasPrefix("week") == true
          return ResolvedDate(
            range: ref.adding(days: -(week ? 7 : 1) * n)...ref.adding(days: -(week ? 7 : 1) * n),
            precision: week ? .week : .day)
        },
        rule(
          "قبل\\s+(?:(?<n>\\d{1,2}|ثلاثة|أربعة|اربعة|خمسة|ستة|سبعة|عشرة)\\s+(?:أيام|ايام|يوما|يوماً)|(?<two>يومين)|(?<week>أسبوع|اسبوع)|(?<weeks>أسبوعين|اسبوعين))(?!\\p{L})", triggers: ["قبل"], words: (0, 2)
        ) { o, ref in
          if o("two") != nil { return ResolvedDate(day: ref.adding(days: -2)) }
          if o("week") != nil {
            return ResolvedDate(range: ref.adding(days: -7)...ref.adding(days: -7), precision: .week)
          }
          if o("weeks") != nil {
            return ResolvedDate(range: ref.adding(days: -14)...ref.adding(days: -14), precision: .week)
          }
          guard let n = R.count(o("n")) else { return nil }
          return ResolvedDate(day: ref.adding(days: -n))
        },
        // Last week / this week
        rule("(?i)\\blast week\\b|(?:الأسبوع|الاسبوع)\\s+(?:الماضي|الفائت|المنصرم)", triggers: ["week", "الأسبوع", "الاسبوع"], words: (1, 1)) { _, ref in
          let monday = R.previous(weekday: 1, from: ref, strictly: false).adding(days: -7)
          return ResolvedDate(range: monday...monday.adding(days: 6), precision: .week)
        },
        rule(
          "(?i)\\b(?:earlier )?this week\\b|(?:هذا\\s+(?:الأسبوع|الاسبوع)|(?:الأسبوع|الاسبوع)\\s+(?:الجاري|الحالي))", triggers: ["week", "الأسبوع", "الاسبوع"], words: (2, 1)
        ) { _, ref in
          ResolvedDate(range: R.previous(weekday: 1, from: ref, strictly: false)...ref, precision: .week)
        },
        // Last month, with or without early/mid/late
        rule(
          "(?i)\\b(?:(?:in |at )?(?:the )?(?<p>early|mid|late|end of|beginning of|start of)[ -])?last month\\b", triggers: ["month"], words: (5, 0)
        ) { o, ref in
          let p = o("p").map { w -> Substring in
            let s = w.lowercased()
            return s.hasPrefix("end")
              ? "late" : (s.hasPrefix("beginning") || s.hasPrefix("start") ? "early" : w)
          }
          return R.month(-1, from: ref).flatMap { R.part(R.partKey(p), of: $0) }
        },
        rule(
          "(?:(?<p>مطلع|أوائل|اوائل|بداية|منتصف|أواسط|اواسط|أواخر|اواخر|نهاية|آخر)\\s+)?الشهر\\s+(?:الماضي|الفائت|المنصرم|السابق)", triggers: ["الشهر"], words: (1, 1)
        ) { o, ref in
          R.month(-1, from: ref).flatMap { R.part(R.partKey(o("p")), of: $0) }
        },
        // This month
        rule("(?i)\\bearlier this month\\b", triggers: ["month"], words: (2, 0)) { _, ref in
          ResolvedDate(
            range: CalendarDate(year: ref.year, month: ref.month, day: 1).map {
              $0...max($0, ref.adding(days: -1))
            } ?? ref...ref, precision: .month)
        },
        rule(
          "(?i)\\b(?:(?<p>early|beginning of|start of)\\s+)?this month\\b|(?:(?<ap>مطلع|أوائل|اوائل|بداية)\\s+)?(?:الشهر\\s+(?:الجاري|الحالي)|هذا\\s+الشهر)", triggers: ["month", "الشهر"], words: (3, 1)
        ) { o, ref in
          guard let first = CalendarDate(year: ref.year, month: ref.month, day: 1) else { return nil }
          if o("p") != nil || o("ap") != nil {
            return ResolvedDate(range: first...min(ref, ref.adding(days: 10 - ref.day)), precision: .week)
          }
          return ResolvedDate(range: first...ref, precision: .month)
        },
        // Day and month without a year: "on July 6", "6 July", «20 أوت الماضي»
        rule(
          "(?i)\\b(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<m>\(arMonths)|\(enMonths))(?!\\p{L})(?:\\s+(?:\(arPast)))?", triggers: arMonthWords + enMonthWords, words: (2, 2)
        ) { o, ref in
          R.dayMonth(o, ref)
        },
        rule("(?i)\\b(?<m>\(enMonths))(?![\\p{L}])\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?!\\d)", triggers: enMonthWords, words: (0, 1)) { o, ref in
          R.dayMonth(o, ref)
        },
        // A month with "last"/«الماضي»: «آذار الماضي», "last March"
        rule(
          "(?i)(?:\\blast\\s+(?<em>\(enMonths))(?!\\p{L}))|(?:(?<am>\(arMonths))\\s+(?:\(arPast))(?!\\p{L}))", triggers: arMonthWords + enMonthWords, words: (1, 2)
        ) { o, ref in
          guard let raw = o("em") ?? o("am"),
            let m = DateVocabulary.month(named: String(raw))
          else { return nil }
          let back = (ref.month - m + 12) % 12
          return R.month(-(back == 0 ? 12 : back), from: ref).map {
            ResolvedDate(range: $0.0...$0.1, precision: .month)
          }
        },
      ]
      return rules.compactMap { $0 }
    }
  }

  static func dayMonth(_ o: DateCaptures, _ ref: CalendarDate) -> ResolvedDate? {
    guard let d = o("d").flatMap({ Int($0) }),
      let m = o("m").flatMap({ DateVocabulary.month(named: String($0)) }),
      let date = latest(month: m, day: d, onOrBefore: ref)
    else { return nil }
    return ResolvedDate(day: date)
  }
}
