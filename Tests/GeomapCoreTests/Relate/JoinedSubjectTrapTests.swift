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
}
