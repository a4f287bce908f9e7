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

  /// The last error GEOS reported through this context ("TopologyException: …"), for the error a
  /// failed operation throws.
  private var lastError: String?

  init() throws {
    guard let handle = GEOS_init_r() else {
      throw GeomapError(.invalidArgument, "GEOS", "could not create a GEOS context")
    }
    self.handle = handle
    // The context outlives its handle's use: the handler's user data is this object, unretained.
    GEOSContext_setErrorMessageHandler_r(
      handle,
      { message, context in
        guard let message, let context else { return }
        Unmanaged<GEOSContext>.fromOpaque(context).takeUnretainedValue().lastError = String(cString: message)
      }, Unmanaged.passUnretained(self).toOpaque())
  }

  deinit { GEOS_finish_r(handle) }

  /// Wraps a freshly created GEOS pointer, or throws when GEOS returned NULL (with GEOS's own
  /// message when it gave one).
  func own(_ pointer: OpaquePointer?, _ operation: String) throws -> GEOSGeom {
    // (Read and cleared at every result, so a failure never shows an earlier operation's message.)
    let reason = lastError.map { ": \($0)" } ?? ""
    lastError = nil
    guard let pointer else {
      throw GeomapError(.invalidArgument, "GEOS", "\(operation) failed\(reason)")
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

  /// The grid (km: 1 m) an overlay that failed in floating precision is run again on: on a grid GEOS
  /// nodes by snap-rounding, which does not fail on nearly coincident edges.
  static let fallbackGrid = 0.001

  func intersection(_ other: GEOSGeom) throws -> GEOSGeom {
    try context.own(
      GEOSIntersection_r(h, pointer, other.pointer)
        ?? GEOSIntersectionPrec_r(h, pointer, other.pointer, Self.fallbackGrid), "intersection")
  }

  func difference(_ other: GEOSGeom) throws -> GEOSGeom {
    try context.own(
      GEOSDifference_r(h, pointer, other.pointer)
        ?? GEOSDifferencePrec_r(h, pointer, other.pointer, Self.fallbackGrid), "difference")
  }

  func intersects(_ other: GEOSGeom) -> Bool { GEOSIntersects_r(h, pointer, other.pointer) == 1 }

  var isEmpty: Bool { GEOSisEmpty_r(h, pointer) != 0 }
  /// Whether the geometry is a polygon or a multipolygon (an area, as overlays take it).
  var isAreal: Bool {
    let type = GEOSGeomTypeId_r(h, pointer)
    return type == Int32(GEOS_POLYGON.rawValue) || type == Int32(GEOS_MULTIPOLYGON.rawValue)
  }
  var isValid: Bool { GEOSisValid_r(h, pointer) == 1 }

  var area: Double {
    var a = 0.0
    return GEOSArea_r(h, pointer, &a) == 1 ? a : 0
  }

  func makeValid() throws -> GEOSGeom {
    try context.own(GEOSMakeValid_r(h, pointer), "make valid")
  }

  /// The geometry's area: itself when it is a polygon or multipolygon, else a multipolygon of the
  /// polygons in it (at any depth of collections), lines and points dropped. An overlay or a repair
  /// may leave a collapsed sliver as a line beside the polygons («make valid» keeps it, a polygons'
  /// intersection may touch along one), and a collection of mixed dimensions is no input to the next
  /// overlay ("Overlay input is mixed-dimension": a merged map of 1,000 reports failed on one).
  func areal() throws -> GEOSGeom {
    if isAreal { return self }
    var parts: [OpaquePointer?] = []
    func collect(_ g: OpaquePointer) {
      let t = GEOSGeomTypeId_r(h, g)
      if t == Int32(GEOS_POLYGON.rawValue) {
        if GEOSisEmpty_r(h, g) == 0, let clone = GEOSGeom_clone_r(h, g) { parts.append(clone) }
      } else if t == Int32(GEOS_MULTIPOLYGON.rawValue) || t == Int32(GEOS_GEOMETRYCOLLECTION.rawValue) {
        for i in 0..<max(0, GEOSGetNumGeometries_r(h, g)) {
          if let part = GEOSGetGeometryN_r(h, g, i) { collect(part) }
        }
      }
    }
    collect(pointer)
    let multipolygon = Int32(GEOS_MULTIPOLYGON.rawValue)
    // The collection takes ownership of the clones.
    return try parts.withUnsafeMutableBufferPointer { buffer in
      try context.own(
        GEOSGeom_createCollection_r(h, multipolygon, buffer.baseAddress, UInt32(buffer.count)), "polygons")
    }
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
