import Foundation
import Testing

@testable import GeomapCore

/// A side of a country qualifies other places and is not listed, also when the reader answers it
/// from what it remembered of an earlier sentence or report.
@Suite struct ContextOnlyTests {
  @Test func aCountrySideStaysContextWhenRemembered() {
    let reader = ReportReader(gazetteer: RelateGazetteer.reader.gazetteer)
    let sentence = "Fighters were bused to eastern Syria from south of Damascus. "
    for _ in 0..<2 {
      let i = reader.inspect(text: sentence + sentence, source: "t", date: nil)
      #expect(i.resolved.map(\.mention.surface) == ["eastern Syria", "south of Damascus", "eastern Syria", "south of Damascus"])
      #expect(i.situation.mentions.map(\.surface) == ["south of Damascus", "south of Damascus"])
    }
    let arabic = reader.inspect(text: "نقل الجرحى إلى شرق سوريا من جنوب العاصمة", source: "t", date: nil)
    #expect(arabic.situation.mentions.isEmpty)
  }
}
