import Testing

@testable import GeomapCore

@Suite struct CorridorBuilderTests {
  @Test func seedCorridorsRunFromOriginToDestinationInShortSteps() throws {
    let situation = try FixtureSituations.seed()
    let (corridors, diagnostics) = CorridorBuilder().corridors(for: situation.movements)
    #expect(diagnostics.isEmpty)
    // 8 movements, 6 distinct (actor, origin, destination): Raqqa→Palmyra and Hajar al-Aswad→Raqqa repeat.
    #expect(corridors.count == 6)
    for c in corridors {
      let cs = c.line.coordinates
      #expect(cs.count >= 2)
      #expect(cs.first == c.origin.coordinate)
      #expect(cs.last == c.destination.coordinate)
      for (a, b) in zip(cs, cs.dropFirst()) { #expect(a.distanceKm(to: b) <= 25.0001) }
      // Along the great circle, the densified length equals the direct distance.
      let direct = c.origin.coordinate.distanceKm(to: c.destination.coordinate)
      #expect(abs(c.line.lengthKm - direct) < direct * 1e-6)
    }
  }

  @Test func repeatedMovementsBecomeOneCorridorListingEveryEventInTextOrder() throws {
    let situation = try FixtureSituations.seed()
    let corridors = CorridorBuilder().corridors(for: situation.movements).corridors
    let palmyra = try #require(corridors.first { $0.destination.id == Places.palmyra.id })
    #expect(palmyra.movements.map(\.kind) == [.withdrawal, .convoy])
    #expect(palmyra.movements[0].evidence.start < palmyra.movements[1].evidence.start)
    #expect(palmyra.uid == "corridor:ISIS:gn:172955>gn:163808")
    let wounded = try #require(
      corridors.first { $0.origin.id == Places.hajarAlAswad.id && $0.destination.id == Places.raqqa.id })
    #expect(wounded.movements.map(\.kind) == [.evacuation, .transferOfWounded])
  }

  @Test func sameOriginAndDestinationGivesNoCorridorButADiagnostic() throws {
    let ev = Evidence(quote: "x", start: 0, end: 1, source: "r.txt", date: nil, confidence: 0.5)
    let loop = Movement(
      actor: .regime, kind: .advance, status: .reported, origin: Places.raqqa, destination: Places.raqqa,
      evidence: ev)
    let (corridors, diagnostics) = CorridorBuilder().corridors(for: [loop])
    #expect(corridors.isEmpty)
    #expect(diagnostics.count == 1)
    #expect(diagnostics[0].source == "r.txt")
    #expect(diagnostics[0].formatted.contains("warning: REGIME advance from 'Raqqa' to 'Raqqa'"))
  }

  @Test func differentActorsOnOnePairKeepSeparateCorridors() {
    let ev = Evidence(quote: "x", start: 0, end: 1, source: "r.txt", date: nil, confidence: 0.5)
    let a = Movement(
      actor: .regime, kind: .advance, status: .reported, origin: Places.palmyra,
      destination: Places.deirEzZor, evidence: ev)
    var b = a
    b.actor = .rus
    let corridors = CorridorBuilder().corridors(for: [b, a]).corridors
    #expect(corridors.map(\.actor) == [.regime, .rus])
  }

  @Test func shortHopStillHasTwoPoints() throws {
    let ev = Evidence(quote: "x", start: 0, end: 1, source: "r.txt", date: nil, confidence: 0.5)
    let hop = Movement(
      actor: .isis, kind: .withdrawal, status: .reported, origin: Places.yarmouk,
      destination: Places.hajarAlAswad, evidence: ev)
    let c = try #require(CorridorBuilder().corridors(for: [hop]).corridors.first)
    #expect(c.line.coordinates.count == 2)
  }
}
