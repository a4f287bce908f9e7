import Foundation
import Testing

@testable import GeomapCore

/// `ActorMention` keeps its surface as a number in a table (`ActorMention.Surfaces`); it must read,
/// compare, hash and code exactly as the struct that stored the `String` did (kept here as
/// `StoredSurface`, with the synthesized conformances).
@Suite struct ActorMentionSurfaceTests {
  /// The mention as it was declared before: every field stored, conformances synthesized.
  struct StoredSurface: Hashable, Codable {
    var actor: Actor
    var firstToken: Int
    var endToken: Int
    var start: Int
    var end: Int
    var surface: String
    var coreference: Bool

    init(_ m: ActorMention) {
      (actor, firstToken, endToken, start, end) = (m.actor, m.firstToken, m.endToken, m.start, m.end)
      (surface, coreference) = (m.surface, m.coreference)
    }
  }

  /// Keys sorted: without, the encoder's key order may differ from one encoding to the next.
  static func json<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  /// On every fixture report: each mention's surface is its tokens' original text (as
  /// `doc.slice(tokens:)` made it), and it encodes, decodes and compares as the stored struct.
  @Test func everyFixtureMentionReadsAndCodesAsStored() throws {
    let texts = try RelateFastPathTests.reports()
    #expect(texts.count > 150)
    var seen = 0
    for text in texts {
      let doc = ReportText(text)
      let mentions = ActorLexicon.mentions(in: doc)
      for m in mentions {
        seen += 1
        #expect(FNV1a.sameBytes(m.surface, doc.slice(tokens: m.firstToken..<m.endToken)))
        let stored = StoredSurface(m)
        #expect(try Self.json(m) == Self.json(stored))
        let decoded = try JSONDecoder().decode(ActorMention.self, from: JSONEncoder().encode(stored))
        #expect(decoded == m)
        #expect(decoded.hashValue == m.hashValue)
        #expect(StoredSurface(decoded) == stored)
      }
      // Mentions compare as the stored structs do, pair by pair (nearby pairs: the same surface
      // read at two places, different surfaces, the same place).
      for (a, b) in Array(zip(mentions, mentions.dropFirst())) + Array(zip(mentions, mentions)) {
        #expect((a == b) == (StoredSurface(a) == StoredSurface(b)))
        var (x, y) = (a, b)
        x.firstToken = 0
        y.firstToken = 0
        (x.endToken, x.start, x.end) = (0, 0, 0)
        (y.endToken, y.start, y.end) = (0, 0, 0)
        #expect((x == y) == (StoredSurface(x) == StoredSurface(y)))
        if x == y { #expect(x.hashValue == y.hashValue) }
      }
    }
    #expect(seen > 1000)
  }

  /// Many surfaces (the table grows several times): each reads back its own bytes, and the same
  /// bytes given again get the same number.
  @Test func manySurfacesKeepTheirBytes() {
    let texts = (0..<3000).map { k in k % 2 == 0 ? "قوات \(k) النظام" : "forces \(k)" } + ["", "x", "xx"]
    let ids = texts.map { ActorMention.Surfaces.id($0) }
    for (text, id) in zip(texts, ids) {
      #expect(FNV1a.sameBytes(ActorMention.Surfaces.text(id), text))
      #expect(ActorMention.Surfaces.id(text) == id)
    }
    #expect(Set(ids).count == texts.count)
  }

  /// Canonically equivalent surfaces in different bytes are two numbers, yet equal mentions with
  /// equal hashes, each reading back its own bytes; a surface set anew is read back as set.
  @Test func equivalentSurfacesAreEqualAndKeepTheirBytes() throws {
    let precomposed = "\u{E9}"
    var a = ActorMention(
      actor: .isis, firstToken: 0, endToken: 1, start: 0, end: 2, surface: "e\u{301}", coreference: false)
    var b = a
    b.surface = precomposed
    #expect(FNV1a.sameBytes(a.surface, "e\u{301}"))
    #expect(FNV1a.sameBytes(b.surface, precomposed))
    #expect(a == b)
    #expect(a.hashValue == b.hashValue)
    #expect(StoredSurface(a) == StoredSurface(b))
    #expect(try Self.json(a) == Self.json(StoredSurface(a)))
    #expect(try Self.json(b) == Self.json(StoredSurface(b)))
    a.surface = "قوات النظام"
    b.surface = "داعش"
    #expect(a != b)
    #expect(a.surface == "قوات النظام" && b.surface == "داعش")
    a.coreference = true
    #expect(a.surface == "قوات النظام" && a.coreference)
    let empty = ActorMention(
      actor: .unknown, firstToken: 0, endToken: 0, start: 0, end: 0, surface: "", coreference: false)
    #expect(empty.surface.isEmpty)
    #expect(try Self.json(empty) == Self.json(StoredSurface(empty)))
  }
}
