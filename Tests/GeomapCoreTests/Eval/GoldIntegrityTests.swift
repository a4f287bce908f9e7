import Foundation
import Testing

@testable import GeomapCore

/// Every gold file must agree with its text: spans read back as surfaces, places have plausible
/// coordinates, movements and control name annotated places, and traps stay unannotated.
@Suite struct GoldIntegrityTests {
  struct Annotated {
    var name: String
    var report: DecodedReport
    var gold: GoldReport
  }

  static func load(_ folder: String) throws -> [Annotated] {
    let dir = InputFixtures.url(folder)
    return try Evaluation.goldPairs(in: dir).map { name, text, gold in
      Annotated(
        name: name, report: try ReportDecoder.load(contentsOf: text, source: name),
        gold: try GoldReport.load(contentsOf: gold))
    }
  }

  static func all() throws -> [Annotated] {
    try load("devset") + load("reports") + load("heldout") + load("heldout2") + load("heldout3")
      + load("heldout4") + load("heldout5") + load("heldout6") + load("heldout7") + load("heldout8")
      + load("heldout9") + load("heldout10") + load("heldout11") + load("heldout12") + load("heldout13")
      + load("heldout14") + load("heldout15") + load("heldout16") + load("heldout17")
      + load("heldout18")
  }

  @Test func devsetIsLargeEnoughAndBilingual() throws {
    let devset = try Self.load("devset")
    func arabicShare(_ text: String) -> Double {
      let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
      let arabic = letters.filter { (0x0600...0x06FF).contains($0.value) }
      return letters.isEmpty ? 0 : Double(arabic.count) / Double(letters.count)
    }
    let arabic = devset.filter { arabicShare($0.report.text) > 0.9 }
    let english = devset.filter { arabicShare($0.report.text) < 0.1 }
    let mixed = devset.count - arabic.count - english.count
    #expect(devset.count >= 30)
    #expect(arabic.count >= 14, "Arabic: \(arabic.count)")
    #expect(english.count >= 14, "English: \(english.count)")
    #expect(mixed >= 2, "mixed: \(mixed)")
  }

  @Test func everySpanReadsBackAsItsSurface() throws {
    for a in try Self.all() {
      #expect(!a.gold.toponyms.isEmpty, "\(a.name) has no toponyms")
      for t in a.gold.toponyms {
        #expect(t.start < t.end, "\(a.name) \(t.surface)")
        #expect(a.report.slice(t.start, t.end) == t.surface, "\(a.name) \(t.start)..<\(t.end)")
        #expect(t.surface == t.surface.trimmingCharacters(in: .whitespacesAndNewlines))
      }
      let starts = a.gold.toponyms.map(\.start)
      #expect(starts == starts.sorted(), "\(a.name) toponyms out of order")
    }
  }

  @Test func coordinatesLieInTheWiderTheatre() throws {
    // Syria, Iraq and neighbours (Lebanon, Jordan, southern Turkey) plus Cairo for one dateline.
    for a in try Self.all() {
      for t in a.gold.toponyms {
        #expect((29.0...38.5).contains(t.lat) && (29.0...49.0).contains(t.lon), "\(a.name) \(t.name)")
      }
      // One name, one coordinate within a report.
      for (name, group) in Dictionary(grouping: a.gold.toponyms, by: \.name) {
        #expect(Set(group.map { "\($0.lat),\($0.lon)" }).count == 1, "\(a.name) \(name)")
      }
    }
  }

  @Test func relationsNameAnnotatedPlacesAndReportsHaveDates() throws {
    for a in try Self.all() {
      #expect(a.gold.date != nil, "\(a.name) has no date")
      let names = Set(a.gold.toponyms.map(\.name))
      for m in a.gold.movements {
        #expect(names.contains(m.from) && names.contains(m.to), "\(a.name) \(m.from)→\(m.to)")
        #expect(m.from != m.to, "\(a.name)")
      }
      for c in a.gold.control {
        #expect(names.contains(c.place), "\(a.name) \(c.place)")
      }
    }
  }

  @Test func trapsAreNeverInsideAGoldSpan() throws {
    let traps = [
      "باب التسجيل", "الجانبين", "التضامن مع", "الباب أمام", "Assad", "the Bab,", "Raqqa Civil Council",
      "الرقة تذبح",
    ]
    var seen = Set<String>()
    for a in try Self.all() {
      for trap in traps {
        var from = a.report.text.startIndex
        while let r = a.report.text.range(of: trap, range: from..<a.report.text.endIndex) {
          seen.insert(trap)
          let start = a.report.text.scalarOffset(of: r.lowerBound)
          let end = a.report.text.scalarOffset(of: r.upperBound)
          let hit = a.gold.toponyms.first { $0.start < end && start < $0.end }
          #expect(hit == nil, "\(a.name): '\(trap)' overlaps gold '\(hit?.surface ?? "")'")
          from = r.upperBound
        }
      }
    }
    #expect(seen == Set(traps), "traps missing from the corpus: \(Set(traps).subtracting(seen))")
  }

  @Test func seedGoldsMatchTheExpectedReading() throws {
    let expectedPlaces: Set<String> = [
      "Raqqa", "Mayadin", "Albukamal", "Southern Homs countryside", "Palmyra", "Hajar al-Aswad",
      "Yarmouk camp", "Tadamon", "Asali", "Deir ez-Zor", "Damascus", "Mosul", "Syria-Iraq border area",
    ]
    let seeds = try Self.load("reports").filter { $0.name.hasPrefix("seed-000") }
    #expect(seeds.map(\.name) == ["seed-000.ar", "seed-000.en"])
    for seed in seeds {
      #expect(seed.gold.date == CalendarDate(iso: "2017-07-04"))
      #expect(Set(seed.gold.toponyms.map(\.name)).isSuperset(of: expectedPlaces), "\(seed.name)")
      let moves = Set(seed.gold.movements.map { "\($0.actor.rawValue) \($0.from)→\($0.to)" })
      #expect(
        moves == [
          "ISIS Raqqa→Mayadin", "ISIS Raqqa→Albukamal", "ISIS Raqqa→Southern Homs countryside",
          "ISIS Raqqa→Palmyra", "ISIS Hajar al-Aswad→Deir ez-Zor", "ISIS Hajar al-Aswad→Raqqa",
        ])
      let held = Set(seed.gold.control.filter { $0.actor == .isis }.map(\.place))
      #expect(held == ["Hajar al-Aswad", "Yarmouk camp", "Tadamon", "Asali", "Raqqa"])
    }
    // Both renderings carry the same facts.
    #expect(seeds[0].gold.movements == seeds[1].gold.movements)
    #expect(seeds[0].gold.control == seeds[1].gold.control)
    #expect(seeds[0].gold.toponyms.map(\.name) == seeds[1].gold.toponyms.map(\.name))
  }
}

/// Every committed gold file is what its annotated source builds (`build_devset.py --check`): a gold
/// file corrected by hand without its `.src` drifts, and the next rebuild silently undoes the
/// correction (three had, found in round 31).
@Suite struct GoldSourceTests {
  @Test func everyGoldFileIsWhatItsSourceBuilds() throws {
    guard let python = ExternalTools.require("python3") else { return }
    let script = ExternalTools.packageRoot.appendingPathComponent("Tests/devset-src/build_devset.py").path
    let run = try ExternalTools.run(python, [script, "--check"])
    #expect(run.status == 0, "\(run.stderr)")
  }
}
