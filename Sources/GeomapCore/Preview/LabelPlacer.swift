/// An axis-aligned box on the drawing.
struct ScreenBox: Hashable, Sendable {
  var minX: Double
  var minY: Double
  var maxX: Double
  var maxY: Double

  func intersects(_ o: ScreenBox) -> Bool {
    minX < o.maxX && o.minX < maxX && minY < o.maxY && o.minY < maxY
  }

  func inside(_ o: ScreenBox) -> Bool {
    minX >= o.minX && maxX <= o.maxX && minY >= o.minY && maxY <= o.maxY
  }

  func contains(_ p: ScreenPoint) -> Bool {
    p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY
  }

  var center: ScreenPoint { ScreenPoint(x: (minX + maxX) / 2, y: (minY + maxY) / 2) }

  /// The point of the box nearest to `p`, where a leader line meets it.
  func nearest(to p: ScreenPoint) -> ScreenPoint {
    ScreenPoint(x: min(max(p.x, minX), maxX), y: min(max(p.y, minY), maxY))
  }
}

/// Greedy label placement: each label in priority order takes the first candidate position
/// around its point that overlaps no earlier label, dot or reserved area; labels pushed further
/// out get a leader line. Deterministic for a given input order.
struct LabelPlacer {
  struct Placed: Hashable {
    let box: ScreenBox
    /// True when the label sits away from its point and needs a leader line.
    let leader: Bool
  }

  private(set) var taken: [ScreenBox]
  let bounds: ScreenBox

  init(bounds: ScreenBox, reserved: [ScreenBox]) {
    self.bounds = bounds
    taken = reserved
  }

  /// Estimated text width: DejaVu Sans runs about 0.6 em per Latin letter, Arabic is narrower.
  static func textWidth(_ text: String, fontSize: Double) -> Double {
    let perChar = PreviewText.isArabic(text) ? 0.5 : 0.6
    return Double(text.count) * fontSize * perChar
  }

  mutating func reserve(_ box: ScreenBox) { taken.append(box) }

  /// Places a `width` × `height` label near `p`.
  mutating func place(at p: ScreenPoint, width w: Double, height h: Double) -> Placed {
    let radii: [Double] = [9, 18, 32, 50, 72, 96, 125]
    // Right, left, above, below, then the diagonals.
    let directions: [(Double, Double)] = [
      (1, 0), (-1, 0), (0, -1), (0, 1), (1, -1), (-1, -1), (1, 1), (-1, 1),
    ]
    var fallback: ScreenBox?
    for r in radii {
      for (dx, dy) in directions {
        let ax = p.x + dx * r * (dx != 0 && dy != 0 ? 0.75 : 1)
        let ay = p.y + dy * r * (dx != 0 && dy != 0 ? 0.75 : 1)
        let minX = dx > 0 ? ax : dx < 0 ? ax - w : ax - w / 2
        let minY = dy > 0 ? ay : dy < 0 ? ay - h : ay - h / 2
        let box = ScreenBox(minX: minX, minY: minY, maxX: minX + w, maxY: minY + h)
        guard box.inside(bounds) else { continue }
        if fallback == nil { fallback = box }
        if !taken.contains(where: { $0.intersects(box) }) {
          taken.append(box)
          return Placed(box: box, leader: r > 9)
        }
      }
    }
    // Nowhere free: keep the nearest position inside the map, overlapping.
    let box = fallback ?? ScreenBox(minX: p.x + 9, minY: p.y - h / 2, maxX: p.x + 9 + w, maxY: p.y + h / 2)
    taken.append(box)
    return Placed(box: box, leader: false)
  }
}
