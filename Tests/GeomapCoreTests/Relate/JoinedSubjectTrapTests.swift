import Testing

@testable import GeomapCore

/// «سيطرت قوات النظام، وحزب الله على تدمر»: a second side joined to an Arabic subject after the comma
/// that ends the verb's clause. The object search then began past the clause's end (an inverted
/// range) and trapped the reader, losing the whole run. Found by inserting «، وحزب الله» after every
/// Arabic actor of the labelled reports (208 texts; 40 trapped s23merge 5a0ac43, none after 223bb3d).
/// Sentences written for this test; each trapped that binary (`geomap inspect`, signal 4).
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct JoinedSubjectTrapTests {
  typealias Case = ControlTests6.Case

  static let cases: [Case] = [
    // Both sides of the comma-joined subject take the place.
    Case(
      text: "سيطرت قوات النظام، وحزب الله على تدمر.",
      claims: ["REGIME Palmyra captured", "HEZBOLLAH Palmyra captured"]),
    Case(
      text: "خسر تنظيم الدولة، وجبهة النصرة مدينة تدمر لصالح قوات النظام.",
      claims: ["ISIS Palmyra lost", "HTS Palmyra lost", "REGIME Palmyra captured"]),
    // A side after the full stop is no subject of the verb before it.
    Case(
      text: "سيطرت قوات النظام. وحزب الله على تدمر.",
      claims: [], absent: ["HEZBOLLAH Palmyra captured"]),
  ]

  @Test(arguments: cases)
  func joinedAfterTheClauseEnds(_ c: Case) throws {
    let situation = try #require(ControlTests7.reader).read(text: c.text, source: "t", date: nil)
    #expect(situation.mentions.map(\.entry.name).contains("Palmyra"), "read \(situation.mentions.map(\.entry.name))")
    let read = ControlTests7.control(c.text)
    for claim in c.claims { #expect(read.contains(claim), "read \(read.sorted())") }
    for claim in c.absent { #expect(!read.contains(claim), "read \(read.sorted())") }
  }
  /// Every labelled report read again with a second side joined past the clause's comma after every
  /// actor mention the lexicon finds (Arabic «، وحزب الله», English ", and Hezbollah"; a second
  /// variant joins «، والجيش الحر» / ", and rebels"): each subject rule meets a partner beyond the
  /// clause it searched. The round-23 generator (a fixed list of Arabic names) trapped 40 of 208
  /// texts on 5a0ac43; this one trapped the reader on 223bb3d^ too (a trap ends the test run).
  @Test func everyReportReadsWithASideJoinedAfterEachActor() throws {
    let reader = try #require(ControlTests7.reader)
    var read = 0
    for report in try PerturbedText.developmentReports() {
      let text = report.report.text
      let ends = ActorLexicon.mentions(in: ReportText(text)).map(\.end)
      guard !ends.isEmpty else { continue }
      for partner in PerturbedText.isArabic(text) ? ["، وحزب الله", "، والجيش الحر"] : [", and Hezbollah", ", and rebels"] {
        let joined = PerturbedText.inserting(at: ends, in: text) { _ in partner }
        let situation = reader.read(text: joined, source: report.name, date: nil)
        #expect(!situation.mentions.isEmpty, "\(report.name) with «\(partner)»: no place read")
        read += 1
      }
    }
    #expect(read >= 350, "only \(read) texts read")
  }
}
