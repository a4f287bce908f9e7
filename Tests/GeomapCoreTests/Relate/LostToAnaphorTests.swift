import Testing

@testable import GeomapCore

/// "X lost the city to Y", «خسر التنظيم المدينة لصالح …»: the place lost is named by an anaphor
/// («المدينة», "the city") standing for a place named before the verb. The reading took the gap
/// between the verb and the antecedent's own words as a range and trapped (the whole report was lost,
/// found on a new held-out report, «خانقين: سلمت مقراتها إلى قائممقام المدينة»). Sentences written for
/// this test; each trapped the reader on main 2f0df34 (`geomap inspect`: signal 4, "Range requires
/// lowerBound <= upperBound").
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct LostToAnaphorTests {
  typealias Case = ControlTests6.Case

  static let cases: [Case] = [
    // The anaphor is the object lost: who it was lost to took the antecedent.
    Case(
      text: "تدمر: خسر التنظيم المدينة لصالح قوات النظام.",
      claims: ["REGIME Palmyra captured"]),
    Case(
      text: "Palmyra was shelled for weeks. ISIS lost the city to government forces on Sunday.",
      claims: ["REGIME Palmyra captured"]),
  ]

  @Test(arguments: cases)
  func anaphorObjectOfLosing(_ c: Case) {
    let read = ControlTests7.control(c.text)
    for claim in c.claims { #expect(read.contains(claim), "read \(read.sorted())") }
  }

  /// The held-out report's sentence: offices handed over to an official of the city. The city is no
  /// object of the handing over (nothing captured), and the report is read, with its place.
  @Test func handingOverToAnOfficialOfTheCity() throws {
    let situation = try #require(ControlTests7.reader).read(
      text: "خانقين: سلمت مقراتها إلى قائممقام المدينة.", source: "t", date: nil)
    #expect(situation.mentions.map(\.entry.name).contains("Khanaqin"), "read \(situation.mentions.map(\.entry.name))")
    #expect(!situation.control.contains { $0.control == .captured }, "read \(situation.control)")
  }

  /// Every labelled report read again with every other place name after its first replaced by an
  /// anaphor noun («المدينة», «البلدة», «المخيم», «الحي», «القرية», «المطار»; "the city", "the town", …):
  /// each rule meets an anaphor where it expected a name. On main 2f0df34 six of these 1,128 texts
  /// trapped (two range bugs in `ControlExtractor.verbClaims`); a trap ends the test run.
  @Test func everyReportReadsWithAnaphorsForItsPlaces() throws {
    let reader = try #require(ControlTests7.reader)
    let arabic = ["المدينة", "البلدة", "المخيم", "الحي", "القرية", "المطار"]
    let english = ["the city", "the town", "the camp", "the neighbourhood", "the base", "the area"]
    var read = 0
    for report in try PerturbedText.developmentReports() {
      let spans = report.gold.toponyms.map { $0.start..<$0.end }.sorted { $0.lowerBound < $1.lowerBound }
      guard spans.count > 1 else { continue }
      for (v, noun) in (PerturbedText.isArabic(report.report.text) ? arabic : english).enumerated() {
        // Every other name after the first (which one alternates with the noun) becomes the anaphor.
        let replaced = spans.dropFirst().reversed().enumerated().filter { (i, _) in (i + v) % 2 == 0 }.map(\.element)
        let text = PerturbedText.replacing(replaced, in: report.report.text) { _ in noun }
        let situation = reader.read(text: text, source: report.name, date: nil)
        #expect(!situation.mentions.isEmpty, "\(report.name) with «\(noun)»: no place read")
        read += 1
      }
    }
    #expect(read >= 1_000, "only \(read) texts read")
  }
}
