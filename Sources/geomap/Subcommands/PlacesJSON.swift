/// `geomap places --format json` written straight to bytes: the same output as `encodeJSON`
/// (pretty, keys in UTF-8 order, slashes unescaped, whole doubles without ".0"), without
/// `JSONEncoder`'s tree of boxed values and keyed containers, which was a tenth of a 2 MB places run.
///
/// `PlacesJSONTests` checks it byte for byte against `encodeJSON` on real reports and odd strings.
struct PlacesJSON {
  private var out: [UInt8] = []
  private var indent = 0
  /// Set when a number cannot be written as JSON (NaN, infinity): `JSONEncoder` throws then.
  private var invalid = false
  /// True until the current object's first key is written.
  private var atObjectStart = false

  /// The JSON text of `documents`, or nil when a value needs `JSONEncoder`'s error instead.
  static func encode(_ documents: [PlacesDocument]) -> String? {
    bytes(documents).map { String(decoding: $0, as: UTF8.self) }
  }

  /// The same JSON text as UTF-8 bytes, ready to write.
  static func bytes(_ documents: [PlacesDocument]) -> [UInt8]? {
    var w = PlacesJSON()
    w.out.reserveCapacity(documents.reduce(64) { $0 + 400 * $1.mentions.count })
    w.array(documents) { w, doc in w.document(doc) }
    return w.invalid ? nil : w.out
  }

  private mutating func document(_ d: PlacesDocument) {
    object { w in
      if let date = d.date { w.string("date", date) }
      w.string("file", d.file)
      w.key("places")
      w.array(d.mentions) { w, m in w.place(PlaceRow(m)) }
    }
  }

  /// Keys in the order `.sortedKeys` gives (UTF-8 order); a nil `geonameid` is left out, as the
  /// synthesized `encode(to:)` does.
  private mutating func place(_ p: PlaceRow) {
    object { w in
      w.number("confidence", p.confidence)
      w.string("country", p.country)
      w.integer("end", p.end)
      if let g = p.geonameid { w.integer("geonameid", g) }
      w.string("id", p.id)
      w.string("kind", p.kind)
      w.number("lat", p.lat)
      w.number("lon", p.lon)
      w.string("name", p.name)
      w.string("name_ar", p.name_ar)
      w.integer("start", p.start)
      w.string("surface", p.surface)
    }
  }

  // MARK: - Layout, as Foundation's pretty printer lays it out

  private mutating func array<T>(_ items: [T], _ element: (inout PlacesJSON, T) -> Void) {
    out.append(UInt8(ascii: "["))
    out.append(UInt8(ascii: "\n"))
    indent += 1
    for (k, item) in items.enumerated() {
      if k > 0 { ascii(",\n") }
      writeIndent()
      element(&self, item)
    }
    out.append(UInt8(ascii: "\n"))
    indent -= 1
    writeIndent()
    out.append(UInt8(ascii: "]"))
  }

  /// An object whose body writes at least one key (all of ours do).
  private mutating func object(_ body: (inout PlacesJSON) -> Void) {
    out.append(UInt8(ascii: "{"))
    out.append(UInt8(ascii: "\n"))
    indent += 1
    writeIndent()
    atObjectStart = true
    body(&self)
    out.append(UInt8(ascii: "\n"))
    indent -= 1
    writeIndent()
    out.append(UInt8(ascii: "}"))
  }

  /// Writes `"name" : `, after a separator unless it is the object's first key.
  private mutating func key(_ name: StaticString) {
    if !atObjectStart {
      ascii(",\n")
      writeIndent()
    }
    out.append(UInt8(ascii: "\""))
    name.withUTF8Buffer { out.append(contentsOf: $0) }
    ascii("\" : ")
    atObjectStart = false
  }

  private mutating func writeIndent() {
    for _ in 0..<indent { ascii("  ") }
  }

  private mutating func ascii(_ s: StaticString) {
    s.withUTF8Buffer { out.append(contentsOf: $0) }
  }

  // MARK: - Values

  private mutating func string(_ name: StaticString, _ s: String) {
    key(name)
    string(s)
  }

  private mutating func integer(_ name: StaticString, _ n: Int) {
    key(name)
    out.append(contentsOf: String(n).utf8)
  }

  private mutating func number(_ name: StaticString, _ x: Double) {
    key(name)
    number(x)
  }

  private mutating func string(_ s: String) {
    out.append(UInt8(ascii: "\""))
    for b in s.utf8 {
      switch b {
      case UInt8(ascii: "\""): ascii("\\\"")
      case UInt8(ascii: "\\"): ascii("\\\\")
      case 0x08: ascii("\\b")
      case 0x0C: ascii("\\f")
      case 0x0A: ascii("\\n")
      case 0x0D: ascii("\\r")
      case 0x09: ascii("\\t")
      case 0x00..<0x20:
        ascii("\\u00")
        out.append(Self.hex[Int(b >> 4)])
        out.append(Self.hex[Int(b & 0xF)])
      default: out.append(b)
      }
    }
    out.append(UInt8(ascii: "\""))
  }

  private static let hex = Array("0123456789abcdef".utf8)

  /// `Double.description` without a trailing ".0", as `JSONEncoder` writes a float.
  private mutating func number(_ x: Double) {
    guard x.isFinite else {
      invalid = true
      return
    }
    let text = x.description
    let bytes = text.utf8
    if text.hasSuffix(".0") {
      out.append(contentsOf: bytes.dropLast(2))
    } else {
      out.append(contentsOf: bytes)
    }
  }
}
