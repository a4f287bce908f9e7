import Testing

@testable import GeomapCore

@Suite struct LabelPlacerTests {
  @Test func labelsOfOnePointDoNotOverlap() {
    let bounds = ScreenBox(minX: 0, minY: 0, maxX: 600, maxY: 400)
    var placer = LabelPlacer(bounds: bounds, reserved: [])
    let p = ScreenPoint(x: 300, y: 200)
    let boxes = (0..<6).map { _ in placer.place(at: p, width: 90, height: 16).box }
    for i in boxes.indices {
      #expect(boxes[i].inside(bounds))
      for j in boxes.indices where j > i {
        #expect(!boxes[i].intersects(boxes[j]), "labels \(i) and \(j) overlap")
      }
    }
  }

  @Test func avoidsReservedAreasAndUsesALeaderWhenPushedOut() {
    let bounds = ScreenBox(minX: 0, minY: 0, maxX: 600, maxY: 400)
    let p = ScreenPoint(x: 300, y: 200)
    // Everything within 20 units of the point is taken: the label must move out and say so.
    let blocked = ScreenBox(minX: 280, minY: 180, maxX: 320, maxY: 220)
    var placer = LabelPlacer(bounds: bounds, reserved: [blocked])
    let placed = placer.place(at: p, width: 60, height: 14)
    #expect(!placed.box.intersects(blocked))
    #expect(placed.leader)
  }

  @Test func staysInsideTheMapNearItsEdge() {
    let bounds = ScreenBox(minX: 0, minY: 0, maxX: 600, maxY: 400)
    var placer = LabelPlacer(bounds: bounds, reserved: [])
    let placed = placer.place(at: ScreenPoint(x: 595, y: 5), width: 80, height: 14)
    #expect(placed.box.inside(bounds))
  }
}
