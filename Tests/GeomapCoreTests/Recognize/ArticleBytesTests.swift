import Foundation
import Testing

@testable import GeomapCore

/// `takesArticle` reads a name's bytes before tokenizing it and its first token's bytes for the
/// article; the answers must be those of the scalar and Character tests it replaced.
@Suite struct ArticleBytesTests {
  /// The replaced tests: a lam among the name's scalars, the first token Arabic and opening on «ال»
  /// as Characters.
  func characterAnswer(_ name: String) -> Bool {
    guard name.unicodeScalars.contains("\u{0644}"), let t = Tokenizer.tokens(in: name).first else {
      return false
    }
    return t.script == .arabic && t.text.hasPrefix("ال")
  }

  func byteAnswer(_ name: String) -> Bool {
    var copy = name
    guard copy.withUTF8(PlaceRecognizer.mayOpenWithArticle), let t = Tokenizer.tokens(in: name).first
    else { return false }
    return PlaceRecognizer.opensWithArticle(t)
  }

  @Test func answersAsCharactersDo() {
    let names = [
      "الرقة", "أل", "ال", "ل", "تل أبيض", "دير الزور", "ٱلباب", "إلحاق", "آل", "ـالرقة", "الً",
      "\u{200F}الرقة", " الرقة", "-الرقة", "Al-Raqqa", "ال\u{0654}باب", "اﻟباب", "la", "ﻻ", "",
    ]
    for name in names {
      #expect(byteAnswer(name) == characterAnswer(name), "\(name)")
    }
  }

  /// The Arabic names and variants (both scripts) of every twentieth bundled row.
  @Test(.enabled(if: GeodataFilesDirectory() != nil)) func bundledNamesAnswerAsCharactersDo() throws {
    let dir = try #require(GeodataFilesDirectory())
    let text = try String(contentsOf: dir.appendingPathComponent("places.tsv"), encoding: .utf8)
    var names = 0
    var opening = 0
    for (k, line) in text.split(separator: "\n").dropFirst().enumerated() where k % 20 == 0 {
      guard let entry = GazetteerRow.parse(line) else { continue }
      for name in [entry.nameAr] + entry.variants {
        let answer = characterAnswer(name)
        if byteAnswer(name) != answer { Issue.record("differs: \(name)") }
        names += 1
        if answer { opening += 1 }
      }
    }
    #expect(names > 20_000)
    #expect(opening > 200)
  }
}
