import Testing

@testable import GeomapCore

/// «سيطرت قوات النظام، وحزب الله على تدمر»: a second side joined to an Arabic subject after the comma
/// that ends the verb's clause. The object search then began past the clause's end (an inverted
/// range) and trapped the reader, losing the whole run. Found by inserting «، وحزب الله» after every
/// Arabic actor of the labelled reports (208 texts; 40 trapped s23merge 5a0ac43, none after 223bb3d).
/// Sentences written for this test; each trapped that binary (`geomap inspect`, signal 4).
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct JoinedSubjectTrapTests {
  static let sentences = [
    "سيطرت قوات النظام، وحزب الله على تدمر.",
    "خسر تنظيم الدولة، وجبهة النصرة مدينة تدمر لصالح قوات النظام.",
    "سيطرت قوات النظام. وحزب الله على تدمر.",
  ]

  @Test(arguments: sentences)
  func joinedAfterTheClauseEnds(_ text: String) throws {
    let situation = try #require(ControlTests7.reader).read(text: text, source: "t", date: nil)
    #expect(situation.mentions.map(\.entry.name).contains("Palmyra"), "read \(situation.mentions.map(\.entry.name))")
  }
}
