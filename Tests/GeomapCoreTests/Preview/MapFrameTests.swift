import Foundation
import Testing

@testable import GeomapCore

@Suite struct MapFrameTests {
  static let raqqa = Coordinate(longitude: 39.0079, latitude: 35.9528)
  static let damascus = Coordinate(longitude: 36.2913, latitude: 33.5102)
  static let mosul = Coordinate(longitude: 43.11889, latitude: 36.335)

  @Test func fitsEveryPointInsideWithAMargin() {
    let frame = MapFrame(
      fitting: [Self.raqqa, Self.damascus, Self.mosul], left: 0, top: 50, width: 1200, height: 700)
    for c in [Self.raqqa, Self.damascus, Self.mosul] {
      let p = frame.project(c)
      #expect(p.x > 60 && p.x < 1140, "x \(p.x) of \(c)")
      #expect(p.y > 50 + 30 && p.y < 750 - 30, "y \(p.y) of \(c)")
    }
    // The widest span (Damascus–Mosul in longitude) sets the scale, so it nearly fills the width.
    let span = frame.project(Self.mosul).x - frame.project(Self.damascus).x
    #expect(span > 1200 * 0.7 && span < 1200 * 0.85)
  }

  @Test func longitudeIsShrunkByCosineOfLatitude() {
    let frame = MapFrame(fitting: [Self.raqqa, Self.mosul], left: 0, top: 0, width: 1000, height: 1000)
    let a = frame.project(Coordinate(longitude: 39, latitude: 36))
    let east = frame.project(Coordinate(longitude: 40, latitude: 36))
    let north = frame.project(Coordinate(longitude: 39, latitude: 37))
    let ratio = (east.x - a.x) / (a.y - north.y)
    #expect(abs(ratio - cos(frame.south / 2 * .pi / 180 + frame.north / 2 * .pi / 180)) < 0.01)
    // One kilometre east at the centre latitude takes as many units as one kilometre north.
    let kmEast = Coordinate(longitude: 40, latitude: 36).distanceKm(
      to: Coordinate(longitude: 39, latitude: 36))
    #expect(abs((east.x - a.x) / kmEast - frame.unitsPerKm) / frame.unitsPerKm < 0.02)
  }

  @Test func onePlaceStillShowsItsSurroundings() {
    let frame = MapFrame(fitting: [Self.raqqa], left: 0, top: 0, width: 800, height: 600, minSpanKm: 150)
    let p = frame.project(Self.raqqa)
    #expect(abs(p.x - 400) < 0.001 && abs(p.y - 300) < 0.001)
    #expect((frame.north - frame.south) * 111.32 >= 150)
    #expect(frame.unitsPerKm.isFinite && frame.unitsPerKm > 0)
  }

  @Test func scaleBarIsARoundNumberOfAFifthOfTheWidth() {
    let frame = MapFrame(
      fitting: [Self.raqqa, Self.damascus, Self.mosul], left: 0, top: 0, width: 1200, height: 700)
    let km = frame.scaleBarKm()
    #expect([1.0, 2, 2.5, 5].contains { m in [1.0, 10, 100, 1000].contains { km == m * $0 } }, "\(km)")
    let units = km * frame.unitsPerKm
    #expect(units > 1200 * 0.08 && units <= 1200 * 0.2)
  }
}
