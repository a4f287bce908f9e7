import Foundation
import Testing

@testable import GeomapCore

@Suite struct LookupTests {
  static let queries: [(String, String)] = [
    ("Raqqa", "gn:172955"), ("الرقة", "gn:172955"), ("والرقة", "gn:172955"), ("للرقة", "gn:172955"),
    ("Ar-Raqqah", "gn:172955"), ("الميادين", "gn:170794"), ("بالميادين", "gn:170794"),
    ("Al-Mayadeen", "gn:170794"), ("البوكمال", "gn:174448"), ("البو كمال", "gn:174448"),
    ("Abu Kamal", "gn:174448"), ("Boukamal", "gn:174448"), ("Tadmur", "gn:170063"),
    ("تدمر", "gn:170063"), ("Hamah", "gn:169577"), ("حماه", "gn:169577"),
    ("ريف حمص الجنوبي", "geomap:sy-homs-countryside-south"),
    ("southern countryside of Homs", "geomap:sy-homs-countryside-south"),
  ]

  @Test(arguments: queries)
  func findsTheRightPlaceFirst(query: String, id: String) throws {
    for gazetteer in [try makeTestGazetteer(), try makeInMemoryTestGazetteer()] {
      let top = gazetteer.lookup(query).first
      #expect(top?.entry.id == id, "\(query) → \(top?.entry.id ?? "nothing")")
    }
  }

  @Test func theatreCityOutranksForeignHomonymAndCountryFilters() throws {
    let g = try makeTestGazetteer()
    let all = g.lookup("Raqqa")
    #expect(all.map(\.entry.id) == ["gn:172955", "gn:99999"])
    #expect(all[0].score > all[1].score)
    #expect(g.lookup("Raqqa", country: "TR").map(\.entry.id) == ["gn:99999"])
  }

  @Test func ambiguousNameReturnsEveryCandidateWithScores() throws {
    let g = try makeTestGazetteer()
    let tadamon = g.lookup("التضامن")
    #expect(Set(tadamon.map(\.entry.id)) == ["geomap:sy-damascus-tadamon", "geomap:sy-aleppo-tadamon"])
    #expect(tadamon.allSatisfy { $0.exact && $0.score > 0 })
  }

  @Test func exactSpellingBeatsLooseMatch() throws {
    let g = try makeTestGazetteer()
    #expect(g.lookup("Raqqah").first?.exact == true)
    #expect(g.lookup("Raqqaa").first?.exact == false)
  }

  @Test func unknownNameGetsSuggestions() throws {
    let g = try makeTestGazetteer()
    #expect(g.lookup("Damaskos").first?.entry.name == "Damascus")  // a loose transliteration
    #expect(g.lookup("Damscus").isEmpty)
    #expect(g.suggestions(for: "Damscus").first == "Damascus")
    #expect(g.suggestions(for: "حمس").contains("Homs"))
    #expect(g.lookup("").isEmpty)
  }

  @Test func entriesByIDAndChildren() throws {
    for g in [try makeTestGazetteer(), try makeInMemoryTestGazetteer()] {
      #expect(g.entry(id: "gn:170654")?.name == "Damascus")
      #expect(g.entry(id: "gn:nope") == nil)
      #expect(g.children(of: "gn:170654").map(\.id) == ["geomap:sy-damascus-tadamon"])
      #expect(g.entry(id: "geomap:sy-damascus-tadamon")?.parentID == "gn:170654")
    }
  }

  @Test func nameIndexKnowsKeysAndPrefixes() throws {
    let index = NameIndex(try makeTestGazetteer())
    #expect(index.isKey(NameKey.loose("الرقة")))
    #expect(index.isPrefix(NameKey.loose(tokens: ["ريف"])))
    #expect(index.isPrefix(NameKey.loose(tokens: ["ريف", "حمص"])))
    #expect(index.isKey(NameKey.loose("ريف حمص الجنوبي")))
    #expect(!index.isKey(NameKey.loose("ريف حمص")))
    #expect(index.maxTokens >= 4)
  }

  /// The table shipped as `names.slots` (mapped) answers every key as the table built from the keys
  /// does, and a slots file written for other index files is not used.
  @Test func mappedNameSlotsAnswerAsBuiltOnes() throws {
    let g = try makeTestGazetteer()
    let mapped = try #require(g.nameSlots)
    let built = HashSlots(g.forEachKeyHash)
    var keys: [(String, Bool)] = []
    g.forEachKey { keys.append(($0, $1)) }
    #expect(keys.count > 20)
    for (key, isName) in keys {
      let hash = FNV1a.hash64(key)
      #expect(mapped.marks(of: hash) == built.marks(of: hash))
      #expect((mapped.marks(of: hash) & HashSlots.name != 0) == isName)
    }
    for other in ["nowhere at all", "لا مكان", "ريف حمص الغربي الاقصى"].map({ NameKey.loose($0) }) {
      #expect(mapped.marks(of: FNV1a.hash64(other)) == 0)
    }
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "geomap-slots-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let file = dir.appendingPathComponent(GazetteerIndex.slotsFileName)
    let slots = GazetteerIndex.slots(
      names: Data("#geomap-names v1 places-bytes=1 max-tokens=1\nx\t0\n".utf8), placesBytes: 1)
    try slots.write(to: file)
    #expect(HashSlots.mapped(path: file.path, placesBytes: 1, namesBytes: 49) != nil)
    #expect(HashSlots.mapped(path: file.path, placesBytes: 2, namesBytes: 49) == nil)
    try Data(slots.prefix(200)).write(to: file)
    #expect(HashSlots.mapped(path: file.path, placesBytes: 1, namesBytes: 49) == nil)
  }
}
