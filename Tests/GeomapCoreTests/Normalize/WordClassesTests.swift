import Testing

@testable import GeomapCore

/// A `WordClasses` mask must say of each token exactly what asking each word set would, and the
/// per-report scan data must read the same whether its spellings are new or cached.
@Suite struct WordClassesTests {
  static let reports =
    [
      "reports/seed-000.ar.txt", "reports/seed-000.en.txt", "devset/ar-01-ghouta-harasta.txt",
      "devset/ar-02-aleppo-east.txt",
    ]

  @Test(arguments: reports) func maskBitsAreTheSetsTheFormsMeet(_ path: String) throws {
    let doc = ReportText(try Fixtures.text(path))
    let sets = MovementExtractor.ScanClass.allCases.map(\.words)
    let classes = WordClasses(sets)
    var hits = 0
    for t in doc.tokens.indices {
      let mask = classes.mask(doc.forms[t])
      for (k, set) in sets.enumerated() {
        let expected = !doc.forms[t].isDisjoint(with: set)
        if expected { hits += 1 }
        #expect((mask & (1 << UInt32(k)) != 0) == expected, "token \(t) \(doc.original(t)) class \(k)")
      }
    }
    // The reports hold movement words («من», «إلى», "from", "to"): the test compares real hits.
    #expect(hits > 10)
  }

  @Test func emptyAndUnseenFormsHaveNoClass() {
    let classes = WordClasses([["من", "from"], ["إلى"]])
    #expect(classes.mask(.empty) == 0)
    let unseen = [Word.unseen]
    unseen.withUnsafeBufferPointer { #expect(classes.mask(WordForms($0)) == 0) }
  }

  @Test(arguments: reports) func scanDataIsTheSameFreshAndCached(_ path: String) throws {
    let doc = ReportText(try Fixtures.text(path))
    // The second call finds every spelling in the process-wide cache, unretained.
    let first = ScanWord.of(doc)
    let second = ScanWord.of(doc)
    for t in doc.tokens.indices {
      #expect(first[t].later == second[t].later)
      #expect(first[t].readings.map(\.first) == second[t].readings.map(\.first))
      #expect(first[t].context.isStop == second[t].context.isStop)
    }
  }
}
