import Foundation
import GeomapKMZ
import ZIPFoundation

@testable import GeomapCore

/// Every format for one situation, written the way the CLI writes it.
func exportAllFormats(_ situation: Situation, stem: String, to directory: URL) throws -> [URL] {
  let layers = try MapLayers(situation: situation)
  return try LayerExporter(kmzPackager: { try KMZ.package(kml: $0) })
    .export(layers, stem: stem, formats: Set(ExportFormat.allCases), to: directory)
}

/// A stable text listing of a zip: name, sizes, CRC, method, DOS date/time per entry, in order.
func zipListing(_ url: URL) throws -> String {
  let archive = try Archive(url: url, accessMode: .read)
  var lines: [String] = []
  for entry in archive {
    let method = entry.isCompressed ? "deflate" : "store"
    lines.append(
      "\(entry.path)\tsize=\(entry.uncompressedSize)\tcompressed=\(entry.compressedSize)\tcrc32=\(String(entry.checksum, radix: 16))\t\(method)"
    )
  }
  return lines.joined(separator: "\n") + "\n"
}
