import Foundation
import Testing

@testable import GeomapCore

@Suite struct ReportDateReaderTests {
  func read(_ text: String) -> String? { ReportDateReader.read(text)?.date.description }

  /// The searched head is the report's first `headLength` scalars exactly: Arabic (two bytes),
  /// emoji (four), combining marks (scalars, not characters), and a text shorter than the head.
  @Test func headIsTheFirstScalars() {
    let long = String(repeating: "قال ناشطون 😀 e\u{301} في 4 يوليو 2017\n", count: 2000)
    let head = ReportDateReader.foldedHead(of: long)
    #expect(head == Array(long.unicodeScalars.prefix(ReportDateReader.headLength)))
    #expect(head.count == ReportDateReader.headLength)
    #expect(ReportDateReader.foldedHead(of: "4 July 2017") == Array("4 July 2017".unicodeScalars))
    #expect(ReportDateReader.foldedHead(of: "4 تموز ٢٠١٧") == Array("4 تموز 2017".unicodeScalars))
    #expect(ReportDateReader.foldedHead(of: "").isEmpty)
  }

  @Test func seedHeaderIsTheLabelledDate() throws {
    let seed = try InputFixtures.seedText()
    let found = try #require(ReportDateReader.read(seed))
    #expect(found.date.description == "2017-07-04")
    #expect(found.basis == .labelled)
    #expect(seed.scalarSlice(found.start, found.end) == "4 يوليو 2017")
  }

  @Test(arguments: [
    // Egyptian series and variants
    ("4 يناير 2017", "2017-01-04"), ("4 فبراير 2017", "2017-02-04"), ("4 مارس 2017", "2017-03-04"),
    ("4 أبريل 2017", "2017-04-04"), ("4 إبريل 2017", "2017-04-04"), ("4 مايو 2017", "2017-05-04"),
    ("4 يونيو 2017", "2017-06-04"), ("4 يونية 2017", "2017-06-04"), ("4 يولية 2017", "2017-07-04"),
    ("4 أغسطس 2017", "2017-08-04"), ("4 سبتمبر 2017", "2017-09-04"), ("4 أكتوبر 2017", "2017-10-04"),
    ("4 نوفمبر 2017", "2017-11-04"), ("4 ديسمبر 2017", "2017-12-04"),
    // Levantine series
    ("4 كانون الثاني 2017", "2017-01-04"), ("4 شباط 2017", "2017-02-04"), ("4 آذار 2017", "2017-03-04"),
    ("4 نيسان 2017", "2017-04-04"), ("4 أيار 2017", "2017-05-04"), ("4 حزيران 2017", "2017-06-04"),
    ("4 تموز 2017", "2017-07-04"), ("4 آب 2017", "2017-08-04"), ("4 أيلول 2017", "2017-09-04"),
    ("4 تشرين الأول 2017", "2017-10-04"), ("4 تشرين الثاني 2017", "2017-11-04"),
    ("4 كانون الأول 2017", "2017-12-04"),
    // Maghrebi series
    ("4 جانفي 2017", "2017-01-04"), ("4 فيفري 2017", "2017-02-04"), ("4 أفريل 2017", "2017-04-04"),
    ("4 ماي 2017", "2017-05-04"), ("4 جوان 2017", "2017-06-04"), ("4 جويلية 2017", "2017-07-04"),
    ("4 أوت 2017", "2017-08-04"),
    // Doubled month names, digits
    ("20 أيار/مايو 2018", "2018-05-20"), ("14 نيسان (أبريل) 2017", "2017-04-14"),
    ("١٠ تموز ٢٠١٧", "2017-07-10"), ("۱۰ تموز ۲۰۱۷", "2017-07-10"),
    ("يوم 4 من شهر تموز عام 2017", "2017-07-04"),
  ])
  func arabicMonthSeries(text: String, iso: String) {
    #expect(read("نص " + text + " نص") == iso, "\(text)")
  }

  @Test(arguments: [
    ("4 July 2017", "2017-07-04"), ("July 4, 2017", "2017-07-04"), ("Jul. 4, 2017", "2017-07-04"),
    ("Sept. 21, 2017", "2017-09-21"), ("2017-07-04", "2017-07-04"), ("2017/7/4", "2017-07-04"),
    ("04/07/2017", "2017-07-04"), ("07/24/2017", "2017-07-24"), ("4th July 2017", "2017-07-04"),
    ("December 15, 2016", "2016-12-15"),
  ])
  func englishFormats(text: String, iso: String) {
    #expect(read("Report of " + text + ".") == iso, "\(text)")
  }

  @Test func notDates() {
    #expect(read("Fighters left Mayadin 4, 2017 convoys") == nil)  // "May" inside Mayadin
    #expect(read("45 of 2017 fighters") == nil)
    #expect(read("31 February 2017") == nil)
    #expect(read("منذ عام 2013") == nil)
  }

  @Test func labelledDateBeatsAnEarlierDate() throws {
    let text = "Events of 1 June 2017 recalled.\nDate: 4 July 2017\nBody."
    let found = try #require(ReportDateReader.read(text))
    #expect(found.date.description == "2017-07-04" && found.basis == .labelled)
    #expect(text.scalarSlice(found.start, found.end) == "4 July 2017")
  }

  @Test func datelineWithoutYearTakesTheYearFromTheText() throws {
    let text = "DAMASCUS, July 4 (Reuters) - Islamic State fighters ... since 2014 and in 2017 alone."
    let found = try #require(ReportDateReader.read(text))
    #expect(found.date.description == "2017-07-04" && found.basis == .dateline)
    #expect(text.scalarSlice(found.start, found.end) == "July 4")
    #expect(ReportDateReader.read("BEIRUT, Sept 5 (Reuters) - no year here") == nil)
    #expect(
      ReportDateReader.read("BEIRUT, Sept 5 (Reuters) - no year", fallbackYear: 2017)?.date.description
        == "2017-09-05")
  }

  @Test func aYearAfterSinceIsNotTheReportYear() {
    // The dateline has no year; "since 2012" says when the siege began, not when this was written.
    #expect(read("BEIRUT, Aug 27 (Reuters) - The town, besieged since 2012, was emptied today.") == nil)
    #expect(read("MOSUL, June 3 (AP) - Militants have held the city since June 2014.") == nil)
    #expect(read("دمشق، ٢٧ آب (رويترز) - البلدة المحاصرة منذ عام 2012 أفرغت اليوم.") == nil)
    // Another year in the text still completes the dateline.
    #expect(
      read("BEIRUT, Aug 27 (Reuters) - Besieged since 2012, the town fell in 2016 after a deal.")
        == "2016-08-27")
  }

  @Test func aReportPeriodIsDatedByItsLastDay() throws {
    let text = "Iraq Situation Report: March 14 – 21, 2017\n\nIraqi forces advanced in west Mosul."
    let found = try #require(ReportDateReader.read(text))
    #expect(found.date.description == "2017-03-21")
    #expect(text.scalarSlice(found.start, found.end) == "March 14 – 21, 2017")
    #expect(read("Weekly update: November 2-10, 2017.") == "2017-11-10")
    #expect(read("تقرير الوضع: 14 - 21 آذار 2017") == "2017-03-21")
  }

  @Test func arabicDatelineWithoutYear() throws {
    let text = "دمشق، ٤ تموز (رويترز) - قال مصدر عسكري إن المعارك التي بدأت عام 2017 مستمرة."
    let found = try #require(ReportDateReader.read(text))
    #expect(found.date.description == "2017-07-04" && found.basis == .dateline)
    #expect(text.scalarSlice(found.start, found.end) == "٤ تموز")
  }

  @Test func hijriDateBesideTheGregorianIsIgnored() {
    #expect(read("الثلاثاء 10 شوال 1438 هـ الموافق 4 يوليو 2017 م") == "2017-07-04")
    #expect(read("التاريخ: 10 شوال 1438 هـ") == nil)
  }

  /// The reader on every annotated report: the report date it picks must be the gold date.
  @Test func readsTheGoldDateOfEveryAnnotatedReport() throws {
    var checked = 0
    for folder in ["devset", "reports"] {
      for (name, textURL, goldURL) in try Evaluation.goldPairs(in: InputFixtures.url(folder)) {
        let report = try ReportDecoder.load(contentsOf: textURL, source: name)
        let gold = try GoldReport.load(contentsOf: goldURL)
        #expect(ReportDateReader.read(report.text)?.date == gold.date, "\(name)")
        checked += 1
      }
    }
    #expect(checked >= 32)
  }
}
