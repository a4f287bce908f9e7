import Testing

@testable import GeomapCore

@Suite struct ContextResolverTests {
  @Test func triggerKindChoosesGovernorateOrCity() {
    let s = RelateGazetteer.reader.read(text: "من محافظة الرقة إلى مدينة الرقة", source: "t", date: nil)
    #expect(s.mentions.map(\.entry.id) == ["test:raqqa-gov", "test:raqqa"])
    let bare = RelateGazetteer.reader.read(text: "عاد النازحون إلى الرقة", source: "t", date: nil)
    let m = bare.mentions.first
    #expect(m?.entry.id == "test:raqqa")
    #expect(m?.alternatives.map(\.entry.id) == ["test:raqqa-gov"])
    #expect((m?.score ?? 0) > (m?.alternatives.first?.score ?? 1))
  }

  /// Pass 1 copies an earlier mention's scores and ranking when its candidates, kind hint and
  /// plural trigger agree: each mention's must be what scoring it alone gives, repeats or not.
  @Test func repeatedNamesKeepTheirOwnFirstPass() throws {
    let doc = ReportText(
      "نزح المدنيون نحو بلدات القلمون ثم إلى قرية القلمون، ثم إلى القلمون ومنها إلى بلدات القلمون وإلى القلمون")
    let mentions = PlaceRecognizer(gazetteer: RelateGazetteer.shared).recognize(doc)
    let resolver = ContextResolver()
    let qalamoun = mentions.filter { $0.candidates.count > 1 }
    // The name comes back after a plural trigger, a singular one and none.
    #expect(qalamoun.count >= 4)
    #expect(Set(qalamoun.map { resolver.afterPluralTrigger(doc, $0) }) == [true, false])
    #expect(Set(qalamoun.map(\.kindHint)).count > 1)
    let pass = resolver.firstPass(doc, mentions)
    let votes = ContextResolver.CountryVotes(mentions)
    let total = max(1, votes.largest)
    let provinces = ContextResolver.ProvinceVotes(mentions)
    for (k, m) in mentions.enumerated() where m.candidates.count > 1 {
      let base = resolver.baseScores(
        m, votes: votes, total: total, afterPlural: resolver.afterPluralTrigger(doc, m), provinces: provinces)
      #expect(Array(pass.bases(k)) == base)
      let ranked = resolver.rankOrder(m, base: base, anchors: [])
      #expect(pass.ranking(k).map(\.candidate) == ranked.map(\.candidate))
      #expect(pass.ranking(k).map(\.score) == ranked.map(\.score))
    }
  }

  @Test func theatreAndAnchorPreferSyrianQalamoun() throws {
    let s = RelateGazetteer.reader.read(text: "انسحبت الفصائل من القلمون إلى دمشق", source: "t", date: nil)
    let q = try #require(s.mentions.first)
    #expect(q.entry.id == "test:qalamoun")
    #expect(q.alternatives.map(\.entry.id) == ["test:qalamoun-lb"])
  }

  @Test func triggerDecidesBetweenHomonyms() throws {
    // «قرية» (village) favours the Lebanese village over the Syrian region of the same name.
    let s = RelateGazetteer.reader.read(text: "سطر أول\nقرية القلمون", source: "r.txt", date: nil)
    let m = try #require(s.mentions.first)
    #expect(m.entry.id == "test:qalamoun-lb")
    #expect(m.alternatives.map(\.entry.id) == ["test:qalamoun"])
  }

  @Test func pluralTriggerNamesTheRegionItsSettlementsLieIn() throws {
    // «بلدات القلمون» (the towns of the Qalamoun) is the region, «قرية القلمون» the village.
    let towns = RelateGazetteer.reader.read(text: "نزح المدنيون نحو بلدات القلمون", source: "t", date: nil)
    #expect(towns.mentions.first?.entry.id == "test:qalamoun")
    let villages = RelateGazetteer.reader.read(text: "Families fled to the villages of Qalamoun", source: "t", date: nil)
    #expect(villages.mentions.first?.entry.id == "test:qalamoun")
    let village = RelateGazetteer.reader.read(text: "نزح المدنيون نحو قرية القلمون", source: "t", date: nil)
    #expect(village.mentions.first?.entry.id == "test:qalamoun-lb")
  }

  @Test func aVillageNearAnUnambiguousVillageBeatsItsNamesakeInTheSameGovernorate() throws {
    // Two villages «العلوية» in one governorate, neither with a population: the one 10 km from
    // «الخضرة» (a name with one candidate, a village itself) is meant, not the one 80 km off.
    let g = Gazetteer(entries: [
      RelateGazetteer.entry("alawiya-a", .village, "IQ", "Diyala", 44.40, 33.80, "Alawiya", "العلوية"),
      RelateGazetteer.entry("alawiya-b", .village, "IQ", "Diyala", 45.10, 34.20, "Alawiya", "العلوية"),
      RelateGazetteer.entry("khadra", .village, "IQ", "Diyala", 45.15, 34.28, "Khadra", "الخضرة"),
    ])
    let s = ReportReader(gazetteer: g).read(
      text: "انسحب المسلحون من قرية العلوية إلى قرية الخضرة", source: "t", date: nil)
    #expect(s.mentions.map(\.entry.id) == ["test:alawiya-b", "test:khadra"])
  }

  @Test func closeFarApartCandidatesGetALocatedWarning() throws {
    // A close call between places far apart is a warning at the mention's line:column.
    let text = "سطر أول\nفي القلمون"
    let doc = ReportText(text)
    let syrian = try #require(RelateGazetteer.shared.entry(id: "test:qalamoun"))
    let lebanese = try #require(RelateGazetteer.shared.entry(id: "test:qalamoun-lb"))
    let recognized = PlaceRecognizer(gazetteer: RelateGazetteer.shared).recognize(doc)
    let r = try #require(recognized.first)
    let mention = PlaceMention(
      surface: r.surface, start: r.start, end: r.end, entry: syrian, score: 0.55,
      alternatives: [ScoredEntry(entry: lebanese, score: 0.45)])
    let d = RelateGazetteer.reader.diagnostics(doc, [ResolvedMention(mention: mention, recognized: r)], source: "r.txt")
    #expect(d.map(\.formatted) == [
      "r.txt:2:4: warning: 'القلمون' has 2 candidates; chose Qalamoun (region, Rif Dimashq, SY) over Qalamoun (village, North, LB)"
    ])
  }

  @Test func lineAndColumnCountScalars() {
    let doc = ReportText("أ\nبب\n\nx")
    #expect(doc.lineColumn(of: 0) == (1, 1))
    #expect(doc.lineColumn(of: 3) == (2, 2))
    #expect(doc.lineColumn(of: 6) == (4, 1))
  }

  /// The latitude shortcut answers as the full distance does, on pairs around 30 km in every
  /// direction (the shortcut only skips pairs more than 0.3° of latitude apart).
  @Test func within30KmAgreesWithTheGreatCircleDistance() {
    let centres = [Coordinate(longitude: 39.0, latitude: 35.95), Coordinate(longitude: 43.13, latitude: 36.34)]
    var checked = 0
    var near = 0
    var disagreements: [(Double, Double)] = []
    for c in centres {
      for dLat in stride(from: -0.45, through: 0.45, by: 0.0125) {
        for dLon in stride(from: -0.45, through: 0.45, by: 0.0125) {
          let p = Coordinate(longitude: c.longitude + dLon, latitude: c.latitude + dLat)
          let expected = c.distanceKm(to: p) < 30
          if ContextResolver.isWithin30Km(p, c) != expected { disagreements.append((dLat, dLon)) }
          checked += 1
          if expected { near += 1 }
        }
      }
    }
    #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    #expect(near > 100 && near < checked - 100)
  }
}
