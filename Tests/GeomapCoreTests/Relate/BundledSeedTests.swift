import Foundation
import Testing

@testable import GeomapCore

/// The bundled gazetteer, when this build has its index (or GEOMAP_GEODATA names one).
let bundledGazetteer: Gazetteer? = try? Gazetteer.bundled()

/// Some forty suites (and the CLI tests that read reports) run only when the bundled index loads. On
/// a developer's machine without it they skip, saying so; under CI=true that would let them all pass
/// unseen, so a missing index fails the run here.
@Suite struct BundledGazetteerPresenceTests {
  @Test func theBundledIndexLoads() throws {
    do {
      _ = try Gazetteer.bundled()
    } catch {
      ExternalTools.unavailable("the bundled gazetteer index does not load: \(error)", sourceLocation: #_sourceLocation)
    }
  }
}

/// The seed read against the full bundled gazetteer (280k entries): the expected reading must hold
/// with every homonym in the world present.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct BundledSeedTests {
  static let expectedPlaces: Set<String> = [
    "Raqqa", "Mayadin", "Albukamal", "southern Homs countryside", "Palmyra", "Hajar al-Aswad", "Yarmouk camp",
    "Tadamon", "Asali", "Deir ez-Zor", "Damascus", "Mosul", "Syria–Iraq border area",
  ]

  func read(_ name: String) throws -> Situation {
    let g = try #require(bundledGazetteer)
    return ReportReader(gazetteer: g).read(
      text: try fixture(name), source: name, date: CalendarDate(iso: "2017-07-04"))
  }

  @Test(arguments: ["seed-000.ar.txt", "seed-000.en.relate.txt"])
  func placesMovementsControl(_ name: String) throws {
    let s = try read(name)
    let names = Set(s.mentions.map(\.entry.name))
    #expect(
      Self.expectedPlaces.subtracting(names).isEmpty, "missing \(Self.expectedPlaces.subtracting(names))")
    // Anything else must be a region, countryside or governorate a directional phrase maps to.
    let extra = s.mentions.filter { !Self.expectedPlaces.contains($0.entry.name) }
    #expect(
      extra.allSatisfy {
        [.region, .countryside, .governorate].contains($0.entry.kind) && $0.entry.country == "SY"
      },
      "unexpected: \(extra.map { "\($0.surface)→\($0.entry.name)" })")
    let moves = Set(
      s.movements.map {
        "\($0.actor.rawValue) \($0.origin.name)→\($0.destination.name) \($0.status.rawValue)"
      })
    #expect(
      moves == [
        "ISIS Raqqa→Mayadin under_negotiation", "ISIS Raqqa→Albukamal under_negotiation",
        "ISIS Raqqa→southern Homs countryside claimed", "ISIS Raqqa→Palmyra claimed",
        "ISIS Hajar al-Aswad→Deir ez-Zor agreed_in_principle",
        "ISIS Hajar al-Aswad→Raqqa agreed_in_principle",
      ])
    let control = Set(s.control.map { "\($0.actor.rawValue) \($0.place.name)\($0.partial ? " (part)" : "")" })
    #expect(
      control == [
        "ISIS Raqqa", "ISIS Hajar al-Aswad", "ISIS Yarmouk camp (part)", "ISIS Tadamon (part)",
        "ISIS Asali",
      ])
  }
}

/// «كشف ... يوم السبت عندما تحدث عن: "…ممراً آمنا…"»: the day the source spoke dates the claim it
/// quotes, though the phrase stands just before the quote (Saturday = 1 July 2017).
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct BundledSeedDatingTests {
  @Test(arguments: ["seed-000.ar.txt", "seed-000.en.relate.txt"])
  func theSafePassageIsDatedSaturday(_ name: String) throws {
    let g = try #require(bundledGazetteer)
    let s = ReportReader(gazetteer: g).read(
      text: try fixture(name), source: name, date: CalendarDate(iso: "2017-07-04"))
    let passage = try #require(s.movements.first { $0.destination.name == "southern Homs countryside" })
    #expect(passage.evidence.date == CalendarDate(iso: "2017-07-01"))
    // Claims with no date phrase of their own keep the report date.
    let mayadin = try #require(s.movements.first { $0.destination.name == "Mayadin" })
    #expect(mayadin.evidence.date == CalendarDate(iso: "2017-07-04"))
  }

  /// A date phrase in the previous sentence does not date the next sentence's claim.
  @Test func aPhraseInAnotherSentenceDoesNotDate() throws {
    let g = try #require(bundledGazetteer)
    let text = "Talks began on Saturday. ISIS fighters left Raqqa for Mayadin under the deal."
    let s = ReportReader(gazetteer: g).read(text: text, source: "t", date: CalendarDate(iso: "2017-07-04"))
    let move = try #require(s.movements.first)
    #expect(move.evidence.date == CalendarDate(iso: "2017-07-04"))
  }
}
