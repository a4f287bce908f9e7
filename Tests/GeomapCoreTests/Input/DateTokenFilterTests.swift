import Foundation
import Testing

@testable import GeomapCore

/// The token-level test before dating a claim's span: it may let through a span without a date,
/// never drop one with a date.
@Suite struct DateTokenFilterTests {
  let ref = CalendarDate(iso: "2017-07-04")!

  func mayHoldDate(_ text: String) -> Bool {
    let doc = ReportText(text)
    return DateTokenFilter(doc: doc).mayHoldDate(0..<doc.scalars.count)
  }

  @Test func sentencesWithoutDateWordsAreSkipped() {
    #expect(!mayHoldDate("خروج مقاتلي التنظيم من الرقة باتجاه ريف حمص الجنوبي"))
    #expect(!mayHoldDate("The convoy left Raqqa toward Palmyra, officials said."))
  }

  @Test func dateWordsAnywhereInATokenPass() {
    #expect(mayHoldDate("وصلت القافلة إلى البوكمال يوم السبت"))
    #expect(mayHoldDate("انسحب المقاتلون بالأمس من الحي"))  // «الأمس» inside «بالأمس»
    #expect(mayHoldDate("The convoy left Raqqa Yesterday's evening"))
    #expect(mayHoldDate("في ٤ تموز ٢٠١٧"))  // Arabic-Indic year
    #expect(mayHoldDate("strikes in mid-July"))
  }

  /// Scalars that case folding or canonical equivalence could turn into a trigger let the span
  /// through, whether a token takes them or not.
  @Test func scalarsOutsideThePlainLettersPass() {
    #expect(mayHoldDate("ا\u{0654}مس"))  // «أمس» with a combining hamza
    #expect(mayHoldDate("last wee\u{212A}"))  // Kelvin sign for "k"
    #expect(mayHoldDate("convoy \u{0654} left"))
    #expect(mayHoldDate("قافلة\u{200C}"))  // an invisible mark left in a gap or a token
  }

  /// On every sentence of every fixture report, a span the filter skips has no date phrase.
  @Test func skippedSentencesHaveNoDatePhrase() throws {
    var skipped = 0
    var total = 0
    for path in DateWindowsTests.reports {
      let doc = ReportText(try String(contentsOfFile: path, encoding: .utf8))
      let filter = DateTokenFilter(doc: doc)
      for sentence in doc.sentences where !sentence.isEmpty {
        let span = doc.tokens[sentence.lowerBound].start..<doc.tokens[sentence.upperBound - 1].end
        total += 1
        guard !filter.mayHoldDate(span) else { continue }
        skipped += 1
        let found = RelativeDateResolver.find(in: doc.scalars[span], reference: ref)
        #expect(found.isEmpty, "\(path): \(found.map(\.text))")
      }
    }
    // Not a filter that lets everything through: most sentences name no date.
    #expect(skipped * 3 > total, "skipped \(skipped) of \(total)")
  }

  /// Date phrases of `span` found part by part (`regions(in:)`), offsets from the span's start.
  func foundByRegions(_ doc: ReportText, _ span: Range<Int>) -> [DatePhrase] {
    DateTokenFilter(doc: doc).regions(in: span).flatMap { region in
      RelativeDateResolver.find(in: doc.scalars[region], reference: ref).map { p in
        var p = p
        p.start += region.lowerBound - span.lowerBound
        p.end += region.lowerBound - span.lowerBound
        return p
      }
    }
  }

  /// Searching only the words around date words finds what searching the whole span finds: dates
  /// at a span's edges, several in one span, close together and far apart, Arabic and English.
  @Test func regionsFindTheWholeSpansPhrases() {
    let texts = [
      "قالت مصادر إن مقاتلي التنظيم خرجوا من الرقة يوم السبت الماضي باتجاه البوكمال، وفي 4 تموز 2017 "
        + "وصلت القافلة الثانية إلى ريف حمص الجنوبي بعد أن غادرت أمس الأول مدينة الميادين منذ أواخر الشهر الماضي",
      "يوم السبت",
      "2017 في ٤ تموز ٢٠١٧ كان",
      "On Saturday, July 1, 2017, the convoy left Raqqa; late last month and earlier this week it "
        + "reached Palmyra two days ago, officials said on 4 July 2017 and the day before yesterday.",
      "The convoy left Raqqa toward Palmyra, officials said, and nothing else happened on the road "
        + "that week or the week after November 2 - 10, 2017 (a period).",
    ]
    for text in texts {
      let doc = ReportText(text)
      let span = 0..<doc.scalars.count
      let whole = RelativeDateResolver.find(in: doc.scalars[span], reference: ref)
      #expect(!whole.isEmpty, "\(text)")
      #expect(foundByRegions(doc, span) == whole, "\(text)")
    }
    // The parts are smaller than the span when its date words are few and far apart.
    let doc = ReportText(texts[4] + " " + texts[4])
    let regions = DateTokenFilter(doc: doc).regions(in: 0..<doc.scalars.count)
    #expect(regions.reduce(0) { $0 + $1.count } < doc.scalars.count)
  }

  /// On every fixture report, in spans of one to four sentences, the parts find the span's phrases.
  @Test func regionsFindTheSpansPhrasesInEveryReport() throws {
    var searched = 0
    var total = 0
    var phrases = 0
    for path in DateWindowsTests.reports {
      let doc = ReportText(try String(contentsOfFile: path, encoding: .utf8))
      for (k, sentence) in doc.sentences.enumerated() where !sentence.isEmpty {
        let last = doc.sentences[min(doc.sentences.count - 1, k + k % 4)]
        guard !last.isEmpty else { continue }
        let span = doc.tokens[sentence.lowerBound].start..<doc.tokens[last.upperBound - 1].end
        let whole = RelativeDateResolver.find(in: doc.scalars[span], reference: ref)
        #expect(foundByRegions(doc, span) == whole, "\(path): \(whole.map(\.text))")
        phrases += whole.count
        total += span.count
        searched += DateTokenFilter(doc: doc).regions(in: span).reduce(0) { $0 + $1.count }
      }
    }
    #expect(phrases > 50, "the reports name dates: \(phrases)")
    #expect(searched * 2 < total, "searched \(searched) of \(total) scalars")
  }

  /// `DateTokenFilter.textReach` as its rule says, written plainly: a scalar outside lowercase
  /// ASCII letters, digits and Arabic letters may be any trigger; else the year's reach for four
  /// digits in a row, and the reach of every folded trigger the text contains.
  static func plainTextReach(_ text: String) -> DateTokenFilter.Reach? {
    let scalars = text.unicodeScalars.map(\.value)
    let plain: [ClosedRange<UInt32>] = [0x30...0x39, 0x61...0x7A, 0x0621...0x063A, 0x0641...0x064A]
    guard scalars.allSatisfy({ v in plain.contains { $0.contains(v) } }) else { return DateTokenFilter.anyReach }
    var found: DateTokenFilter.Reach?
    var digits = 0
    for v in scalars {
      digits = (0x30...0x39).contains(v) ? digits + 1 : 0
      if digits == 4 { found = DateTokenFilter.yearReach }
    }
    for (k, trigger) in DateTokenFilter.foldedTriggers.triggers.enumerated() {
      let t = trigger.unicodeScalars.map(\.value)
      guard !t.isEmpty, t.count <= scalars.count,
        (0...(scalars.count - t.count)).contains(where: { scalars[$0..<$0 + t.count].elementsEqual(t) })
      else { continue }
      let reach = DateTokenFilter.triggerReach[k]
      found = found.map { $0.union(reach) } ?? reach
    }
    return found
  }

  /// The fast `textReach` (pairs tested while decoding, positions kept as bits of a word) gives the
  /// plain answer on every token of every fixture report, and on each trigger inside long words
  /// (starting before, at and after the 64th scalar), next to digits and capitals.
  @Test func textReachIsThePlainOne() throws {
    var tokens = Set<String>()
    for path in DateWindowsTests.reports {
      let doc = ReportText(try String(contentsOfFile: path, encoding: .utf8))
      for token in doc.tokens { tokens.insert(token.text) }
    }
    var crafted = ["", "1", "2017", "x2017y", "٢٠١٧", "Yesterday", "yesterdayx"]
    for trigger in DateTokenFilter.foldedTriggers.triggers {
      for before in [0, 1, 62, 63, 64, 65, 70] {
        for pad in ["ب", "q", "1"] {
          let head = String(repeating: pad, count: before)
          crafted += [head + trigger, head + trigger + "ك", head + trigger + "Z", head + String(trigger.dropLast())]
        }
      }
    }
    var withTrigger = 0
    for text in tokens.sorted() + crafted {
      let fast = DateTokenFilter.textReach(text)
      #expect(fast == Self.plainTextReach(text), "\(text)")
      if fast != nil && fast != DateTokenFilter.anyReach { withTrigger += 1 }
    }
    #expect(tokens.count > 1000 && withTrigger > 100, "\(tokens.count) tokens, \(withTrigger) with a trigger")
  }

  /// Each trigger's reach, gathered by trigger index, is the widest of the rules naming it as a
  /// string.
  @Test func triggerReachIsTheWidestOfTheRulesNamingIt() {
    #expect(DateTokenFilter.triggerReach.count == DateTokenFilter.wordTriggers.count)
    #expect(DateTokenFilter.triggerReach == DateTokenFilter.wordTriggers.map { DateTokenFilter.reach(of: $0) })
    #expect(DateTokenFilter.triggerReach.contains { $0.before > 0 || $0.after > 0 })
  }

  /// Spans that start and end inside words and inside the gaps between them (the filter reads the
  /// report's tokens once, and a span looks up its first and last tokens and gaps): the parts still
  /// find the span's phrases, and a span the filter skips has none.
  @Test func spansCutAnywhereFindTheirPhrases() throws {
    var phrases = 0
    for path in DateWindowsTests.reports {
      let doc = ReportText(try String(contentsOfFile: path, encoding: .utf8))
      let filter = DateTokenFilter(doc: doc)
      let n = doc.scalars.count
      var k = 0
      var start = 0
      while start < n {
        let span = start..<min(n, start + 40 + (k * 37) % 160)
        let whole = RelativeDateResolver.find(in: doc.scalars[span], reference: ref)
        let parts = filter.regions(in: span).flatMap { region in
          RelativeDateResolver.find(in: doc.scalars[region], reference: ref).map { p in
            var p = p
            p.start += region.lowerBound - span.lowerBound
            p.end += region.lowerBound - span.lowerBound
            return p
          }
        }
        #expect(parts == whole, "\(path) \(span): \(whole.map(\.text))")
        // A filter reading only the span's tokens cuts it the same way.
        let within = DateTokenFilter(doc: doc, within: [0..<min(5, span.lowerBound), span])
        #expect(within.regions(in: span) == filter.regions(in: span), "\(path) \(span)")
        if !filter.mayHoldDate(span) { #expect(whole.isEmpty, "\(path) \(span)") }
        phrases += whole.count
        start = span.upperBound - (k % 3) * 5
        k += 1
      }
    }
    #expect(phrases > 50, "the reports name dates: \(phrases)")
  }
}
