import Foundation
import GeomapCore

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Loaded once per process: the bundled gazetteer is the expensive part of a reader.
nonisolated(unsafe) let reader: ReportReader? = (try? Gazetteer.bundled()).map { ReportReader(gazetteer: $0) }

/// libFuzzer entry: any bytes must give either a `GeomapError` or well-formed GeoJSON and KML.
/// A crash, a hang (libFuzzer -timeout) or an unparsable output is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  guard let reader else { fatalError("bundled gazetteer did not load") }
  let data = Data(bytes: start, count: count)
  guard let report = try? ReportDecoder.decode(data, source: "fuzz.txt") else { return 0 }
  let situation = reader.read(report, date: nil)
  guard let layers = try? MapLayers(situation: situation) else { return 0 }
  let exportLayers = ExportLayers.build(layers)
  for layer in exportLayers {
    let json = GeoJSONWriter.data(for: layer)
    if (try? JSONSerialization.jsonObject(with: json)) == nil {
      fatalError("GeoJSON does not parse for input of \(count) bytes")
    }
  }
  // Report text also reaches the KML as a title: the worst case for escaping.
  let title = String(report.text.prefix(200))
  guard let kml = try? KMLWriter.data(for: exportLayers, title: title) else {
    fatalError("KML writer threw")
  }
  let parser = XMLParser(data: kml)
  if !parser.parse() {
    fatalError("KML does not parse: \(String(describing: parser.parserError))")
  }
  return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafeRawPointer, Int) -> CInt
) -> CInt

/// SwiftPM links an executable's entry as `<Target>_main` (renamed to `main` at link time), so
/// libFuzzer's own `main` is not used: hand control to its driver from here instead.
@_cdecl("FuzzPipeline_main")
public func fuzzMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
  var count = argc
  var args = argv
  return runDriver(&count, &args) { fuzz($0, $1) }
}
