/// Text with numbered markers (1️⃣ … 9️⃣) at the spots a test expects something; the markers are
/// removed and their Unicode scalar offsets kept.
struct MarkedText {
  var text: String
  var markers: [Int: Int]

  init(_ marked: String) {
    var out = ""
    var markers: [Int: Int] = [:]
    let scalars = Array(marked.unicodeScalars)
    var offset = 0
    var i = 0
    while i < scalars.count {
      let s = scalars[i]
      if ("1"..."9").contains(s), i + 2 < scalars.count, scalars[i + 1] == "\u{FE0F}",
        scalars[i + 2] == "\u{20E3}"
      {
        markers[Int(s.value) - 48] = offset
        i += 3
        continue
      }
      out.unicodeScalars.append(s)
      offset += 1
      i += 1
    }
    text = out
    self.markers = markers
  }

  /// The offset of marker `n`; fails the lookup with -1 when absent.
  subscript(n: Int) -> Int { markers[n] ?? -1 }
}
