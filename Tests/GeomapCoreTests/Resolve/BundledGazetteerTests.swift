import Foundation
import Testing

@testable import GeomapCore

/// The bundled gazetteer finds the names reports use, in either script and common spellings.
@Suite struct BundledGazetteerTests {
  static let gazetteer: Gazetteer? = try? Gazetteer.bundled()

  /// (query, latitude, longitude, tolerance km) — the real location of the place meant.
  static let names: [(String, Double, Double, Double)] = [
    ("Raqqa", 35.95, 39.01, 10), ("الرقة", 35.95, 39.01, 10), ("والرقة", 35.95, 39.01, 10),
    ("للرقة", 35.95, 39.01, 10), ("Ar-Raqqah", 35.95, 39.01, 10), ("Al Raqqah", 35.95, 39.01, 10),
    ("الميادين", 35.02, 40.45, 10), ("بالميادين", 35.02, 40.45, 10), ("Mayadin", 35.02, 40.45, 10),
    ("Al-Mayadeen", 35.02, 40.45, 10), ("Albukamal", 34.45, 40.92, 10), ("البوكمال", 34.45, 40.92, 10),
    ("البو كمال", 34.45, 40.92, 10), ("Abu Kamal", 34.45, 40.92, 10), ("Al-Bukamal", 34.45, 40.92, 10),
    ("Boukamal", 34.45, 40.92, 10), ("الحجر الأسود", 33.47, 36.30, 3), ("للحجر الأسود", 33.47, 36.30, 3),
    ("Hajar al-Aswad", 33.47, 36.30, 3), ("مخيم اليرموك", 33.47, 36.30, 3),
    ("Yarmouk camp", 33.47, 36.30, 3), ("العسالي", 33.47, 36.28, 4), ("Tadamon", 33.48, 36.31, 4),
    ("ريف حمص الجنوبي", 34.55, 36.75, 60), ("southern Homs countryside", 34.55, 36.75, 60),
    ("Deir ez-Zor", 35.33, 40.14, 10), ("Deir Ezzor", 35.33, 40.14, 10), ("Dayr az Zawr", 35.33, 40.14, 10),
    ("Deir al-Zour", 35.33, 40.14, 10), ("دير الزور", 35.33, 40.14, 10), ("ديرالزور", 35.33, 40.14, 10),
    ("Palmyra", 34.56, 38.28, 10), ("Tadmur", 34.56, 38.28, 10), ("تدمر", 34.56, 38.28, 10),
    ("تلعفر", 36.37, 42.45, 10), ("تل عفر", 36.37, 42.45, 10), ("Hama", 35.13, 36.75, 10),
    ("Hamah", 35.13, 36.75, 10), ("دمشق", 33.51, 36.29, 10), ("Damascus", 33.51, 36.29, 10),
    ("الموصل", 36.34, 43.13, 10), ("Mosul", 36.34, 43.13, 10),
  ]

  @Test(arguments: names)
  func topCandidateIsThePlaceMeant(query: String, lat: Double, lon: Double, km: Double) throws {
    let g = try #require(Self.gazetteer, "the bundled gazetteer did not load")
    let top = try #require(g.lookup(query).first, "nothing found for \(query)")
    let distance = top.entry.coordinate.distanceKm(to: Coordinate(longitude: lon, latitude: lat))
    #expect(distance <= km, "\(query) → \(top.entry.name) (\(top.entry.id)) is \(Int(distance)) km off")
  }

  @Test func tadamonIsAmbiguousAndDamascusIsAmongTheCandidates() throws {
    let g = try #require(Self.gazetteer)
    let candidates = g.lookup("التضامن")
    let damascus = Coordinate(longitude: 36.29, latitude: 33.51)
    #expect(candidates.contains { $0.entry.coordinate.distanceKm(to: damascus) < 8 })
  }

  @Test func theatreIsCoveredByThousandsOfEntries() throws {
    let g = try #require(Self.gazetteer)
    #expect(g.count > 200_000)
  }

  /// The committed index must be what the current `NameKey` builds from the committed places.tsv.
  @Test func committedIndexIsUpToDate() throws {
    let dir = try #require(GeodataFilesDirectory())
    let places = try Data(contentsOf: dir.appendingPathComponent("places.tsv"))
    let (names, parents) = try GazetteerIndex.build(places: places)
    #expect(names == (try Data(contentsOf: dir.appendingPathComponent("names.idx"))),
      "names.idx is stale: run `swift run geomap gazetteer-index`")
    #expect(parents == (try Data(contentsOf: dir.appendingPathComponent("parents.idx"))))
    let slots = GazetteerIndex.slots(names: names, placesBytes: places.count)
    #expect(slots == (try Data(contentsOf: dir.appendingPathComponent(GazetteerIndex.slotsFileName))),
      "names.slots is stale: run `swift run geomap gazetteer-index`")
    #expect(try #require(Self.gazetteer).nameSlots != nil, "the bundled gazetteer builds its name table at every start")
  }
}

import Geodata

func GeodataFilesDirectory() -> URL? { GeodataFiles.directory }
