import Foundation
import GeomapCore

/// GeoPackage binary geometry (OGC 12-128r18 §2.1.3): `GP`, version 0, flags, srs_id, an
/// envelope [minx, maxx, miny, maxy] (envelope indicator 1), then little-endian ISO WKB.
enum GeoPackageGeometry {
  /// Flags byte: bit 0 little-endian, bits 1–3 envelope indicator 1; not empty, standard type.
  static let flags: UInt8 = 0b0000_0011

  /// The SQL geometry type name of a feature geometry (`POINT`, `LINESTRING`, `POLYGON`).
  static func typeName(_ geometry: FeatureGeometry) -> String {
    switch geometry {
    case .point: return "POINT"
    case .line: return "LINESTRING"
    case .polygon: return "POLYGON"
    }
  }

  /// Every position of a geometry, rings included.
  static func coordinates(_ geometry: FeatureGeometry) -> [Coordinate] {
    switch geometry {
    case .point(let c): return [c]
    case .line(let l): return l.coordinates
    case .polygon(let p): return p.rings.flatMap { $0 }
    }
  }

  /// The bounding box of positions, or nil for none.
  static func envelope(_ coordinates: [Coordinate]) -> Envelope? {
    guard let first = coordinates.first else { return nil }
    var e = Envelope(minX: first.longitude, maxX: first.longitude, minY: first.latitude, maxY: first.latitude)
    for c in coordinates.dropFirst() { e.include(c) }
    return e
  }

  /// The GeoPackage blob of `geometry` in spatial reference system `srsID`.
  static func blob(_ geometry: FeatureGeometry, srsID: Int32) -> Data {
    var out = ByteWriter()
    out.bytes([0x47, 0x50, 0x00, flags])
    out.int32(srsID)
    // A geometry always has at least one position, so the envelope exists.
    let e = envelope(coordinates(geometry)) ?? Envelope(minX: 0, maxX: 0, minY: 0, maxY: 0)
    for v in [e.minX, e.maxX, e.minY, e.maxY] { out.double(v) }
    wkb(geometry, into: &out)
    return out.data
  }

  /// ISO WKB, little-endian: 1 Point, 2 LineString, 3 Polygon (OGC 06-103r4 §8.2).
  static func wkb(_ geometry: FeatureGeometry, into out: inout ByteWriter) {
    out.bytes([0x01])
    switch geometry {
    case .point(let c):
      out.uint32(1)
      out.double(c.longitude)
      out.double(c.latitude)
    case .line(let l):
      out.uint32(2)
      points(l.coordinates, into: &out)
    case .polygon(let p):
      out.uint32(3)
      out.uint32(UInt32(p.rings.count))
      for ring in p.rings { points(ring, into: &out) }
    }
  }

  private static func points(_ cs: [Coordinate], into out: inout ByteWriter) {
    out.uint32(UInt32(cs.count))
    for c in cs {
      out.double(c.longitude)
      out.double(c.latitude)
    }
  }

  /// Reads the envelope of a GeoPackage blob from its header; nil for an empty geometry, a blob
  /// without envelope that is not a point, or bytes that are not a GeoPackage geometry.
  ///
  /// Enough for the R-tree triggers' `ST_MinX` … `ST_IsEmpty` on the geometries this writer makes
  /// (always with an envelope) and for points written by other tools.
  static func envelope(ofBlob data: Data) -> Envelope? {
    let b = [UInt8](data)
    guard b.count >= 8, b[0] == 0x47, b[1] == 0x50 else { return nil }
    let flags = b[3]
    if flags & 0b0001_0000 != 0 { return nil }
    let little = flags & 1 == 1
    let indicator = Int((flags >> 1) & 0b111)
    let envelopeDoubles: Int
    switch indicator {
    case 0: envelopeDoubles = 0
    case 1: envelopeDoubles = 4
    case 2, 3: envelopeDoubles = 6
    case 4: envelopeDoubles = 8
    default: envelopeDoubles = -1
    }
    guard envelopeDoubles >= 0, b.count >= 8 + envelopeDoubles * 8 else { return nil }
    func double(at offset: Int, little: Bool) -> Double {
      var bits: UInt64 = 0
      for i in 0..<8 { bits |= UInt64(b[offset + i]) << (little ? 8 * i : 8 * (7 - i)) }
      return Double(bitPattern: bits)
    }
    if envelopeDoubles >= 4 {
      return Envelope(
        minX: double(at: 8, little: little), maxX: double(at: 16, little: little),
        minY: double(at: 24, little: little), maxY: double(at: 32, little: little))
    }
    // No envelope: only a WKB point can be read cheaply.
    let wkb = 8
    guard b.count >= wkb + 21 else { return nil }
    let wkbLittle = b[wkb] == 1
    var type: UInt32 = 0
    for i in 0..<4 { type |= UInt32(b[wkb + 1 + i]) << (wkbLittle ? 8 * i : 8 * (3 - i)) }
    guard type == 1 else { return nil }
    let x = double(at: wkb + 5, little: wkbLittle)
    let y = double(at: wkb + 13, little: wkbLittle)
    guard !x.isNaN, !y.isNaN else { return nil }
    return Envelope(minX: x, maxX: x, minY: y, maxY: y)
  }
}
