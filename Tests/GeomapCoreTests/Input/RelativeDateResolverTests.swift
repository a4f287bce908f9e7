import Foundation
import Testing

@testable import GeomapCore

@Suite struct RelativeDateResolverTests {
  let ref = CalendarDate(iso: "2017-07-04")!  // a Tuesday, the seed's date

  func resolve(_ phrase: String, _ reference: CalendarDate? = nil) -> ResolvedDate? {
    RelativeDateResolver.resolve(phrase, reference: reference ?? ref)
  }

  func range(_ a: String, _ b: String) -> ClosedRange<CalendarDate>? {
    guard let a = CalendarDate(iso: a), let b = CalendarDate(iso: b) else { return nil }
    return a...b
  }

  @Test func seedSaturdayIsTheFirstOfJuly() throws {
    let r = try #require(resolve("يوم السبت"))
    #expect(r.date.description == "2017-07-01" && r.precision == .day)
  }

  @Test func seedLateLastMonthIsLateJune() throws {
    let r = try #require(resolve("أواخر الشهر الفائت"))
    #expect(r.range == range("2017-06-21", "2017-06-30"))
    #expect(r.date.description == "2017-06-21" && r.precision == .week)
    #expect(resolve("late last month")?.range == r.range)
    #expect(resolve("at the end of last month")?.range == r.range)
    #expect(resolve("نهاية الشهر الماضي")?.range == r.range)
  }

  @Test(arguments: [
    ("on Saturday", "2017-07-01"), ("Tuesday", "2017-07-04"), ("last Tuesday", "2017-06-27"),
    ("Monday night", "2017-07-03"), ("مساء الأحد", "2017-07-02"), ("يوم الثلاثاء", "2017-07-04"),
    ("الثلاثاء الماضي", "2017-06-27"), ("الجمعة الماضية", "2017-06-30"), ("yesterday", "2017-07-03"),
    ("أمس", "2017-07-03"), ("يوم أمس", "2017-07-03"), ("البارحة", "2017-07-03"),
    ("الليلة الماضية", "2017-07-03"), ("the day before yesterday", "2017-07-02"),
    ("أول أمس", "2017-07-02"), ("today", "2017-07-04"), ("صباح اليوم", "2017-07-04"),
    ("three days ago", "2017-07-01"), ("قبل ٣ أيام", "2017-07-01"), ("قبل يومين", "2017-07-02"),
    ("on July 6", "2016-07-06"), ("on July 3", "2017-07-03"), ("20 أوت الماضي", "2016-08-20"),
    ("منذ 15 مارس", "2017-03-15"),
  ])
  func dayPhrases(phrase: String, iso: String) throws {
    let r = try #require(resolve(phrase), "\(phrase)")
    #expect(r.date.description == iso, "\(phrase)")
    #expect(r.precision == .day, "\(phrase)")
  }

  @Test func weeksAndMonths() {
    #expect(resolve("last week")?.range == range("2017-06-26", "2017-07-02"))
    #expect(resolve("الأسبوع الماضي")?.precision == .week)
    #expect(resolve("this week")?.range == range("2017-07-03", "2017-07-04"))
    #expect(resolve("last month")?.range == range("2017-06-01", "2017-06-30"))
    #expect(resolve("الشهر المنصرم")?.precision == .month)
    #expect(resolve("early last month")?.range == range("2017-06-01", "2017-06-10"))
    #expect(resolve("منتصف الشهر الماضي")?.range == range("2017-06-11", "2017-06-20"))
    #expect(resolve("earlier this month")?.range == range("2017-07-01", "2017-07-03"))
    #expect(resolve("الشهر الجاري")?.range == range("2017-07-01", "2017-07-04"))
    #expect(resolve("مطلع الشهر الجاري")?.range == range("2017-07-01", "2017-07-04"))
    #expect(resolve("آذار الماضي")?.range == range("2017-03-01", "2017-03-31"))
    #expect(resolve("last July")?.range == range("2016-07-01", "2016-07-31"))
    // Year boundary: late last month from 5 January is late December of the year before.
    #expect(
      resolve("late last month", CalendarDate(iso: "2018-01-05"))?.range == range("2017-12-21", "2017-12-31"))
  }

  @Test func notDatePhrases() {
    #expect(resolve("باب التسجيل") == nil)
    #expect(resolve("the Mayadin front") == nil)
    #expect(resolve("يوم") == nil)
  }

  @Test func findReturnsEveryPhraseOfTheSeedWithSpans() throws {
    let seed = try InputFixtures.seedText()
    let phrases = RelativeDateResolver.find(in: seed, reference: ref)
    let byText = Dictionary(phrases.map { ($0.text, $0) }, uniquingKeysWith: { a, _ in a })
    let saturday = try #require(byText["يوم السبت"])
    #expect(saturday.resolved.date.description == "2017-07-01" && saturday.isRelative)
    #expect(seed.scalarSlice(saturday.start, saturday.end) == "يوم السبت")
    let late = try #require(byText["أواخر الشهر الفائت"])
    #expect(late.resolved.range == range("2017-06-21", "2017-06-30"))
    let header = try #require(byText["4 يوليو 2017"])
    #expect(!header.isRelative)
    #expect(phrases.map(\.start) == phrases.map(\.start).sorted())
    #expect(phrases.count == 3, "\(phrases.map(\.text))")
  }

  @Test func findOnEnglishSeedAgrees() throws {
    let url = InputFixtures.url("reports/seed-000.en.txt")
    let text = try ReportDecoder.load(contentsOf: url).text
    let phrases = RelativeDateResolver.find(in: text, reference: ref)
    #expect(phrases.contains { $0.text == "on Saturday" && $0.resolved.date.description == "2017-07-01" })
    #expect(phrases.contains { $0.text == "Late last month" && $0.resolved.date.description == "2017-06-21" })
  }
}

@Suite struct DatePhraseNearestTests {
  @Test func claimIsDatedByTheNearestPhraseInItsSentence() throws {
    let text = "On Saturday ISIS left Raqqa. Yesterday the SDF entered Tabqa, not on Monday."
    let ref = try #require(CalendarDate(iso: "2017-07-04"))
    let phrases = RelativeDateResolver.find(in: text, reference: ref)
    #expect(phrases.map(\.text) == ["On Saturday", "Yesterday", "on Monday"])
    let second = 29..<text.unicodeScalars.count  // the second sentence
    let tabqa = text.scalarOffset(of: try #require(text.range(of: "Tabqa")).lowerBound)
    #expect(phrases.nearest(to: tabqa, within: second)?.text == "on Monday")
    let sdf = text.scalarOffset(of: try #require(text.range(of: "SDF")).lowerBound)
    #expect(phrases.nearest(to: sdf, within: second)?.text == "Yesterday")
    #expect(phrases.nearest(to: 22, within: 0..<28)?.resolved.date.description == "2017-07-01")
    #expect(phrases.nearest(to: 5, within: 12..<20) == nil)
  }
}
