import Testing

@testable import GeomapCore

/// «رصد المرصد سيطرة، قوات النظام على تدمر»: a comma right after a control noun and an actor after
/// it. The actor was taken as the noun's owner («سيطرة قوات النظام») though it stands past the clause
/// break, so the object window from the owner's end to the noun's clause end was an inverted range
/// (`announcedClaims`) and trapped the reader, losing the whole run. Sentences written for this test;
/// each Arabic one trapped main 6fa9d04 (`geomap inspect`: signal 4 at ControlExtractor.swift:579,
/// "Range requires lowerBound <= upperBound"). English has no owner after the noun and did not trap.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct ControlNounCommaTrapTests {
  static let texts = [
    "رصد المرصد سيطرة، قوات النظام على تدمر.",
    "أعلن الجيش السوري استعادة، قوات النظام مدينة تدمر.",
    "بعد سيطرة، تنظيم داعش على تدمر انسحب الجيش.",
    "The monitor reported the capture, government forces said, of Palmyra.",
  ]

  @Test(arguments: texts)
  func readsWithACommaAfterTheNoun(_ text: String) throws {
    let situation = try #require(ControlTests7.reader).read(text: text, source: "t", date: nil)
    #expect(situation.mentions.map(\.entry.name).contains("Palmyra"), "read \(situation.mentions.map(\.entry.name))")
  }

  /// Without the comma the actor after the noun still owns it («سيطرة قوات النظام على تدمر»).
  @Test func theOwnerRightAfterTheNounStillOwnsIt() {
    let read = ControlTests7.control("رصد المرصد سيطرة قوات النظام على تدمر.")
    #expect(read.contains("REGIME Palmyra captured"), "read \(read.sorted())")
  }
  /// Every labelled report read again with a comma after every noun of taking («سيطرة», «استعادة»,
  /// "capture", …: `announcedNouns`), Arabic «،» or English ",". Made with a regular expression over
  /// the control nouns and verbs, such texts trapped main 6fa9d04 in 21 of 788 (all at :579).
  @Test func everyReportReadsWithACommaAfterEachNounOfTaking() throws {
    let reader = try #require(ControlTests7.reader)
    var read = 0
    for report in try PerturbedText.developmentReports() {
      let doc = ReportText(report.report.text)
      var ends: [Int] = []
      var t = 0
      while t < doc.tokens.count {
        if let m = ControlExtractor.announcedNouns.match(doc, at: t) {
          ends.append(doc.tokens[t + m.length - 1].end)
          t += m.length
        } else {
          t += 1
        }
      }
      guard !ends.isEmpty else { continue }
      let commaed = PerturbedText.inserting(at: ends, in: report.report.text) { end in
        (0x0600...0x06FF).contains(doc.scalars[end - 1].value) ? "،" : ","
      }
      let situation = reader.read(text: commaed, source: report.name, date: nil)
      #expect(!situation.mentions.isEmpty, "\(report.name): no place read")
      read += 1
    }
    #expect(read >= 90, "only \(read) texts read")
  }
}
