import Foundation

/// Writes `S.svg` and `S.html` for one report, each atomically.
public struct SituationPreview: Sendable {
  public var map: SVGMapWriter

  /// A preview over the bundled basemap; without one (resources missing) the map has no background.
  public init(basemap: Basemap?) {
    map = SVGMapWriter(basemap: basemap)
  }

  /// Writes the two files into `directory` under `stem`; returns them, SVG first.
  public func write(_ layers: MapLayers, stem: String, to directory: URL) throws -> [URL] {
    let svgURL = directory.appendingPathComponent("\(stem).svg")
    let htmlURL = directory.appendingPathComponent("\(stem).html")
    // One drawing for both files: the page embeds exactly the SVG written next to it.
    let tables = ExportLayers.build(layers)
    let svg = map.svg(tables: tables, source: layers.source, date: layers.date)
    let html = HTMLPreviewWriter(map: map).html(tables: tables, source: layers.source, svg: svg)
    try AtomicFile.write(Data((SVGMapWriter.xmlDeclaration + svg).utf8), to: svgURL)
    try AtomicFile.write(Data(html.utf8), to: htmlURL)
    return [svgURL, htmlURL]
  }
}
