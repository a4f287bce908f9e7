/// geomap's library core: reads situation reports and turns them into map layers.
///
/// Stages, one folder each: Input (decode) → Normalize → Recognize → Resolve → Relate → Geometry → Export.
/// Stages are values in, values out; only Export writes, and nothing here prints or exits.
public enum GeomapCore {
  public static let version = "0.1.0"
}
