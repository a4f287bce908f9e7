import Foundation
import Testing

@testable import GeomapCore

@Suite struct ZoneBuilderTests {
  @Test func southDamascusPocketIsOneZoneAndRaqqaAnother() throws {
    let situation = try FixtureSituations.seed()
    let (zones, diagnostics) = try ZoneBuilder().zones(for: situation.control)
    #expect(diagnostics.isEmpty)
    #expect(zones.count == 2)
    let pocket = try #require(zones.first { $0.places.contains { $0.id == Places.yarmouk.id } })
    #expect(
      Set(pocket.places.map(\.id)) == [
        Places.hajarAlAswad.id, Places.yarmouk.id, Places.tadamon.id, Places.asali.id,
      ])
    #expect(pocket.actors == [.isis])
    #expect(pocket.control == .holds)
    #expect(pocket.partial)
    let raqqa = try #require(zones.first { $0.places.map(\.id) == [Places.raqqa.id] })
    #expect(!raqqa.partial)
  }

  @Test func withoutTheMergeGapAsaliStaysApart() throws {
    // Asali is 1.6 km from Yarmouk camp: its 0.8 km disc does not touch the camp's partial 0.6 km
    // one, so only the gap-closing step makes the pocket one zone.
    let situation = try FixtureSituations.seed()
    let zones = try ZoneBuilder(mergeGapKm: 0).zones(for: situation.control).zones
    #expect(zones.count == 3)
  }

  @Test func buffersAreRoundOnTheGroundNotInDegrees() throws {
    let ev = Evidence(quote: "x", start: 0, end: 1, source: "r.txt", date: nil, confidence: 1)
    let claim = ControlClaim(actor: .isis, place: Places.raqqa, control: .holds, evidence: ev)
    let zone = try #require(try ZoneBuilder().zones(for: [claim]).zones.first)
    let ring = zone.polygon.exterior
    let c = Places.raqqa.coordinate
    let radii = ring.map { c.distanceKm(to: $0) }
    // Every vertex sits at the radius (5.82 km) within 1%; a degree buffer would be 18% off east-west.
    for r in radii { #expect(abs(r - 5.82) < 0.06) }
    let expected = Double.pi * 5.82 * 5.82
    #expect(abs(zone.areaKm2 - expected) / expected < 0.01)
  }

  @Test func ringsAreClosedCounterClockwiseAndValid() throws {
    for situation in [try FixtureSituations.seed(), try FixtureSituations.english()] {
      let zones = try ZoneBuilder().zones(for: situation.control).zones
      #expect(!zones.isEmpty)
      let context = try GEOSContext()
      for z in zones {
        let ring = z.polygon.exterior
        #expect(ring.first == ring.last)
        #expect(ring.count >= 4)
        #expect(Polygon.signedArea2(ring) > 0)
        for hole in z.polygon.holes { #expect(Polygon.signedArea2(hole) < 0) }
        let projection = LocalProjection(center: ring[0])
        let g = try context.polygon(ring: ring.map(projection.forward))
        #expect(g.isValid, "\(z.uid): \(g.validityReason)")
      }
    }
  }

  @Test func overlappingActorsGiveAContestedZoneAndNoOverlap() throws {
    let situation = try FixtureSituations.english()
    let (zones, diagnostics) = try ZoneBuilder().zones(for: situation.control)
    let contested = zones.filter { $0.control == .contested }
    #expect(contested.count == 1)
    #expect(contested.first?.actors == [.regime, .sdf])
    #expect(zones.contains { $0.actors == [.regime] })
    #expect(zones.contains { $0.actors == [.sdf] })
    // The besieged airport is a note, not an ISIS zone.
    #expect(diagnostics.contains { $0.severity == .note && $0.message.contains("airport") })
    #expect(!zones.contains { z in z.places.contains { $0.id == Places.airport.id } })
    // Pieces are disjoint: no two zones share area.
    let context = try GEOSContext()
    let projection = LocalProjection(center: Places.deirEzZor.coordinate)
    let shapes = try zones.map { try context.polygon(ring: $0.polygon.exterior.map(projection.forward)) }
    for i in shapes.indices {
      for j in shapes.indices where j > i {
        #expect(try shapes[i].intersection(shapes[j]).area < 0.01)
      }
    }
  }

  @Test func partialControlDrawsASmallerZone() throws {
    let ev = Evidence(quote: "x", start: 0, end: 1, source: "r.txt", date: nil, confidence: 1)
    let whole = ControlClaim(actor: .isis, place: Places.mayadin, control: .holds, evidence: ev)
    var part = whole
    part.partial = true
    let a = try #require(try ZoneBuilder().zones(for: [whole]).zones.first)
    let b = try #require(try ZoneBuilder().zones(for: [part]).zones.first)
    #expect(b.areaKm2 < a.areaKm2 * 0.5)
    #expect(b.partial && !a.partial)
  }

  @Test func governorateUsesTheAdminPolygonWhenOneIsProvided() throws {
    let ev = Evidence(quote: "x", start: 0, end: 1, source: "r.txt", date: nil, confidence: 1)
    let gov = GazetteerEntry(
      id: "gn:172957", kind: .governorate, country: "SY", coordinate: Coordinate(longitude: 39, latitude: 36),
      name: "Raqqa Governorate")
    let square = try #require(
      Polygon(exterior: [
        Coordinate(longitude: 38.5, latitude: 35.5), Coordinate(longitude: 39.5, latitude: 35.5),
        Coordinate(longitude: 39.5, latitude: 36.5), Coordinate(longitude: 38.5, latitude: 36.5),
      ]))
    let claim = ControlClaim(actor: .sdf, place: gov, control: .holds, evidence: ev)
    let withAdmin = try #require(
      try ZoneBuilder(areaProvider: { _ in square }).zones(for: [claim]).zones.first)
    let withRadius = try #require(try ZoneBuilder().zones(for: [claim]).zones.first)
    // 1°×1° at 36°N is about 111 × 90 km; the 60 km default radius disc is about 11 300 km².
    #expect((9_500...10_500).contains(withAdmin.areaKm2))
    #expect((11_000...11_400).contains(withRadius.areaKm2))
  }

  @Test func sameClaimsGiveIdenticalZonesWhateverTheirOrder() throws {
    let claims = try FixtureSituations.english().control
    let a = try ZoneBuilder().zones(for: claims).zones
    let b = try ZoneBuilder().zones(for: claims.reversed()).zones
    #expect(a == b)
  }
}

@Suite struct ZonePartsTests {
  @Test func anAreaCutInTwoGetsNumberedPartsWithUniqueUIDs() throws {
    let ev = Evidence(quote: "x", start: 0, end: 1, source: "r.txt", date: nil, confidence: 1)
    // A 1 km-wide north–south strip of government-held district through the middle of an SDF town.
    let strip = try #require(
      Polygon(exterior: [
        Coordinate(longitude: 40.7427, latitude: 36.0), Coordinate(longitude: 40.7527, latitude: 36.0),
        Coordinate(longitude: 40.7527, latitude: 37.0), Coordinate(longitude: 40.7427, latitude: 37.0),
      ]))
    let district = GazetteerEntry(
      id: "test:strip", kind: .district, country: "SY",
      coordinate: Coordinate(longitude: 40.7477, latitude: 36.5),
      name: "Strip")
    let claims = [
      ControlClaim(actor: .sdf, place: Places.hasakah, control: .holds, evidence: ev),
      ControlClaim(actor: .regime, place: district, control: .holds, evidence: ev),
    ]
    let zones = try ZoneBuilder(areaProvider: { $0.id == "test:strip" ? strip : nil }).zones(for: claims)
      .zones
    let sdf = zones.filter { $0.actors == [.sdf] }
    #expect(sdf.count == 2)
    #expect(sdf.map(\.part) == [1, 2])
    #expect(Set(zones.map(\.uid)).count == zones.count)
    // Part 1 is the western half.
    #expect(sdf[0].polygon.exterior.map(\.longitude).max() ?? 99 < 40.75)
    #expect(zones.contains { $0.control == .contested && $0.actors == [.regime, .sdf] })
  }

  @Test func idCollisionsStillGiveUniqueIDs() {
    let features = ["a", "b", "c"].map { uid in
      ExportFeature(
        id: 0, uid: uid, geometry: .point(Places.raqqa.coordinate), properties: [], name: uid, nameAr: "",
        quote: "", date: nil, dateEnd: nil, styleID: "place")
    }
    var layers = [ExportLayer(name: "Places", suffix: "places", features: features)]
    ExportLayers.assignIDs(&layers, hash: { _ in 7 })
    #expect(layers[0].features.map(\.id) == [7, 8, 9])
  }
}
