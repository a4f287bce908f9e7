import CGEOS

/// A point in a local planar frame, in kilometres (x east, y north).
struct PlanarPoint: Hashable, Sendable {
  var x: Double
  var y: Double
}

/// One GEOS context handle; every geometry made through it is freed before it is.
///
/// GEOS handles are not thread-safe, so each zone build owns its own context (reentrant `_r` API).
final class GEOSContext {
  let handle: GEOSContextHandle_t

  init() throws {
    guard let handle = GEOS_init_r() else {
      throw GeomapError(.invalidArgument, "GEOS", "could not create a GEOS context")
    }
    self.handle = handle
  }

  deinit { GEOS_finish_r(handle) }

  /// Wraps a freshly created GEOS pointer, or throws when GEOS returned NULL.
  func own(_ pointer: OpaquePointer?, _ operation: String) throws -> GEOSGeom {
    guard let pointer else {
      throw GeomapError(.invalidArgument, "GEOS", "\(operation) failed")
    }
    return GEOSGeom(context: self, pointer: pointer)
  }

  /// A polygon from one closed ring of planar points (closed here if open).
  func polygon(ring points: [PlanarPoint]) throws -> GEOSGeom {
    var ring = points
    if let first = ring.first, ring.last != first { ring.append(first) }
    guard ring.count >= 4, let seq = GEOSCoordSeq_create_r(handle, UInt32(ring.count), 2) else {
      throw GeomapError(.invalidArgument, "GEOS", "a polygon ring needs at least 3 distinct points")
    }
    for (i, p) in ring.enumerated() {
      GEOSCoordSeq_setXY_r(handle, seq, UInt32(i), p.x, p.y)
    }
    // The ring and the polygon take ownership of the sequence and the ring.
    guard let shell = GEOSGeom_createLinearRing_r(handle, seq) else {
      GEOSCoordSeq_destroy_r(handle, seq)
      throw GeomapError(.invalidArgument, "GEOS", "could not build a linear ring")
    }
    return try own(GEOSGeom_createPolygon_r(handle, shell, nil, 0), "polygon")
  }

  /// A disc of `radius` km around `center`, approximated with `quadrantSegments` segments per quarter.
  func disc(center: PlanarPoint, radius: Double, quadrantSegments: Int32) throws -> GEOSGeom {
    let point = try own(GEOSGeom_createPointFromXY_r(handle, center.x, center.y), "point")
    return try point.buffer(radius, quadrantSegments: quadrantSegments)
  }

  /// The union of several geometries (GEOS unary union over a collection of clones).
  func union(_ geometries: [GEOSGeom]) throws -> GEOSGeom {
    var clones: [OpaquePointer?] = []
    for g in geometries {
      guard let clone = GEOSGeom_clone_r(handle, g.pointer) else {
        for c in clones { GEOSGeom_destroy_r(handle, c) }
        throw GeomapError(.invalidArgument, "GEOS", "clone failed")
      }
      clones.append(clone)
    }
    let collectionType = Int32(GEOS_GEOMETRYCOLLECTION.rawValue)
    let collection = try clones.withUnsafeMutableBufferPointer { buffer in
      try own(
        GEOSGeom_createCollection_r(handle, collectionType, buffer.baseAddress, UInt32(buffer.count)),
        "collection")
    }
    return try own(GEOSUnaryUnion_r(handle, collection.pointer), "union")
  }
}

/// An owned GEOS geometry; destroyed with the Swift object.
final class GEOSGeom {
  let context: GEOSContext
  let pointer: OpaquePointer

  init(context: GEOSContext, pointer: OpaquePointer) {
    self.context = context
    self.pointer = pointer
  }

  deinit { GEOSGeom_destroy_r(context.handle, pointer) }

  private var h: GEOSContextHandle_t { context.handle }

  func buffer(_ distance: Double, quadrantSegments: Int32) throws -> GEOSGeom {
    try context.own(GEOSBuffer_r(h, pointer, distance, quadrantSegments), "buffer")
  }

  func intersection(_ other: GEOSGeom) throws -> GEOSGeom {
    try context.own(GEOSIntersection_r(h, pointer, other.pointer), "intersection")
  }

  func difference(_ other: GEOSGeom) throws -> GEOSGeom {
    try context.own(GEOSDifference_r(h, pointer, other.pointer), "difference")
  }

  func intersects(_ other: GEOSGeom) -> Bool { GEOSIntersects_r(h, pointer, other.pointer) == 1 }

  var isEmpty: Bool { GEOSisEmpty_r(h, pointer) != 0 }
  var isValid: Bool { GEOSisValid_r(h, pointer) == 1 }

  var area: Double {
    var a = 0.0
    return GEOSArea_r(h, pointer, &a) == 1 ? a : 0
  }

  func makeValid() throws -> GEOSGeom {
    try context.own(GEOSMakeValid_r(h, pointer), "make valid")
  }

  /// Puts the geometry in GEOS normal form (fixed ring start and component order): deterministic output.
  func normalize() throws {
    guard GEOSNormalize_r(h, pointer) == 0 else {
      throw GeomapError(.invalidArgument, "GEOS", "normalize failed")
    }
  }

  /// The polygons in this geometry (Polygon, MultiPolygon or a collection), each as rings of points:
  /// exterior first, then holes. Lines and points are dropped (they carry no area).
  func polygonRings() -> [[[PlanarPoint]]] {
    let type = GEOSGeomTypeId_r(h, pointer)
    if type == Int32(GEOS_POLYGON.rawValue) {
      return isEmpty ? [] : [rings(of: pointer)]
    }
    if type == Int32(GEOS_MULTIPOLYGON.rawValue) || type == Int32(GEOS_GEOMETRYCOLLECTION.rawValue) {
      var out: [[[PlanarPoint]]] = []
      for i in 0..<max(0, GEOSGetNumGeometries_r(h, pointer)) {
        guard let part = GEOSGetGeometryN_r(h, pointer, i),
          GEOSGeomTypeId_r(h, part) == Int32(GEOS_POLYGON.rawValue), GEOSisEmpty_r(h, part) == 0
        else { continue }
        out.append(rings(of: part))
      }
      return out
    }
    return []
  }

  private func rings(of polygon: OpaquePointer) -> [[PlanarPoint]] {
    var out: [[PlanarPoint]] = []
    if let shell = GEOSGetExteriorRing_r(h, polygon) { out.append(points(of: shell)) }
    for i in 0..<max(0, GEOSGetNumInteriorRings_r(h, polygon)) {
      if let hole = GEOSGetInteriorRingN_r(h, polygon, i) { out.append(points(of: hole)) }
    }
    return out
  }

  private func points(of ring: OpaquePointer) -> [PlanarPoint] {
    guard let seq = GEOSGeom_getCoordSeq_r(h, ring) else { return [] }
    var size: UInt32 = 0
    GEOSCoordSeq_getSize_r(h, seq, &size)
    var out: [PlanarPoint] = []
    out.reserveCapacity(Int(size))
    for i in 0..<size {
      var x = 0.0
      var y = 0.0
      GEOSCoordSeq_getXY_r(h, seq, i, &x, &y)
      out.append(PlanarPoint(x: x, y: y))
    }
    return out
  }
}

extension GEOSGeom {
  /// GEOS's reason text for an invalid geometry ("Valid Geometry" when valid).
  var validityReason: String {
    guard let reason = GEOSisValidReason_r(context.handle, pointer) else { return "unknown" }
    defer { GEOSFree_r(context.handle, reason) }
    return String(cString: reason)
  }
}
