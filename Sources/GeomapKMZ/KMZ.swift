import Foundation
import GeomapCore
import ZIPFoundation

/// Packs a KML document into a KMZ archive.
public enum KMZ {
  /// Fixed entry date (2000-01-01 00:00 UTC) so the same KML always gives the same zip bytes;
  /// ZIPFoundation converts it with gmtime, so the time zone does not matter.
  static let entryDate = Date(timeIntervalSince1970: 946_684_800)

  /// A zip holding only `doc.kml` (first and sole entry, as Google Earth expects), deflated.
  public static func package(kml: Data) throws -> Data {
    do {
      let archive = try Archive(data: Data(), accessMode: .create)
      try archive.addEntry(
        with: "doc.kml", type: .file, uncompressedSize: Int64(kml.count), modificationDate: entryDate,
        permissions: 0o644, compressionMethod: .deflate
      ) { position, size in
        let start = Int(position)
        return kml.subdata(in: start..<min(kml.count, start + size))
      }
      guard let data = archive.data else {
        throw GeomapError(.output, "doc.kml", "zip archive has no data")
      }
      return data
    } catch let error as GeomapError {
      throw error
    } catch {
      throw GeomapError(.output, "KMZ", "cannot build the zip archive: \(error)")
    }
  }
}
