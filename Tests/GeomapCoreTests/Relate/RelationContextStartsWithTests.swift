import Testing

@testable import GeomapCore

@Suite struct RelationContextStartsWithTests {
  /// `startsWith` answers as `hasPrefix` on the token's text: a haraka after «و» makes the first
  /// character «وَ», which does not start with «و».
  @Test func answersAsHasPrefix() {
    let text = "و وصلت وَصلت وّ ودخلت «وهنا» قوات والرقة"
    let doc = ReportText(text)
    let ctx = RelationContext(doc: doc, places: [], actors: [], source: "test", date: nil)
    var seen = 0
    for t in doc.tokens.indices {
      let expected = doc.original(t).hasPrefix("و")
      #expect(ctx.startsWith(t, "و") == expected, "token \(t): «\(doc.original(t))»")
      if expected { seen += 1 }
    }
    #expect(seen >= 4)
    #expect(doc.tokens.indices.contains { doc.original($0).unicodeScalars.first == "و" && !doc.original($0).hasPrefix("و") })
  }
}
