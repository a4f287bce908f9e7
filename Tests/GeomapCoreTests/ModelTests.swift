import Testing

@testable import GeomapCore

@Suite struct CalendarDateTests {
  @Test func isoRoundTripAndWeekday() throws {
    let d = try #require(CalendarDate(iso: "2017-07-04"))
    #expect(d.description == "2017-07-04")
    #expect(d.weekday == 2)  // a Tuesday
    #expect(d.adding(days: -3).description == "2017-07-01")
    #expect(CalendarDate(iso: "2017-02-29") == nil)
  }

  @Test func distanceRaqqaToPalmyraIsAboutTwoHundredKm() {
    let raqqa = Coordinate(longitude: 39.0079, latitude: 35.9528)
    let palmyra = Coordinate(longitude: 38.2684, latitude: 34.5601)
    #expect((160...175).contains(raqqa.distanceKm(to: palmyra)))
  }
}
