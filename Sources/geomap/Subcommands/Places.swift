import ArgumentParser
import Foundation
import GeomapCore

/// `geomap places REPORT...`: the places each report names, resolved against the gazetteer.
struct Places: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List the places each report mentions, with coordinates and gazetteer ids.")

  @Argument(help: "Report files (UTF-8 text); '-' reads standard input.")
  var reports: [String]

  @Option(help: "Output format: text or json.")
  var format: OutputFormat = .text

  @Option(help: "The report date, YYYY-MM-DD; overrides the date read from the report.")
  var date: String?

  @Option(help: "Text encoding (utf-8, utf-16le, utf-16be, windows-1256, latin1); detected by default.")
  var encoding: String?

  func validate() throws {
    if reports.isEmpty { throw ValidationError("give at least one report file") }
    _ = try ReportInput.date(date)
    _ = try ReportInput.encoding(encoding)
  }

  func run() throws {
    let reportDate = try ReportInput.date(date)
    // Unreadable files are reported first and the others still read (exit 2 at the end).
    let encoding = try ReportInput.encoding(encoding)
    var texts: [DecodedReport] = []
    var failed = false
    for path in reports {
      do {
        texts.append(try ReportInput.read(path, encoding: encoding))
      } catch let error as GeomapError {
        printError(error.description)
        failed = true
      }
    }
    var documents: [PlacesDocument] = []
    if !texts.isEmpty {
      let reader = ReportReader(gazetteer: try loadGazetteer())
      for report in texts {
        let situation = reader.read(report, date: reportDate)
        printErrors(situation.diagnostics.map(\.formatted))
        documents.append(PlacesDocument(situation))
      }
    }
    switch format {
    case .json:
      // A non-finite number goes through JSONEncoder, for its error.
      if let bytes = PlacesJSON.bytes(documents) {
        writeStandardOutput(bytes)
        writeStandardOutput([UInt8(ascii: "\n")])
      } else {
        print(try encodeJSON(documents))
      }
    case .text:
      Self.textRows(documents, write: writeStandardOutput)
    }
    if failed { throw ExitCode(2) }
    if documents.allSatisfy({ $0.mentions.isEmpty }) { throw ExitCode(1) }
  }

  /// One tab-separated row per place, built as bytes and handed to `write` 64 KiB at a time: a long
  /// report has tens of thousands of rows; growing a `String` row by row through interpolation was a
  /// visible share of the run, and one buffer reused stays in cache instead of faulting in megabytes.
  static func textRows(_ documents: [PlacesDocument], write: ([UInt8]) -> Void) {
    let chunk = 1 << 16
    let tab = UInt8(ascii: "\t")
    var out: [UInt8] = []
    out.reserveCapacity(chunk + 4096)
    // A long report names the same few places again and again: each entry's columns (name to
    // country, two of them formatted numbers) and each score are written as bytes once, into
    // `written`, and copied from there after. An entry is keyed by its id and used only while its
    // printed fields are unchanged. The dictionaries map to positions, not to arrays or entries:
    // a looked-up value is copied out of its dictionary, and copying an array and an entry
    // retained and released both for every row.
    var written: [UInt8] = []
    var entrySlots: [String: Int] = [:]
    var entries: [(entry: GazetteerEntry, bytes: Range<Int>)] = []
    var scoreBytes: [UInt64: Range<Int>] = [:]
    for doc in documents {
      var file = Array(doc.file.utf8)
      file.append(tab)
      for m in doc.mentions {
        let e = m.entry
        out.append(contentsOf: file)
        appendDecimal(m.start, tab, to: &out)
        appendDecimal(m.end, tab, to: &out)
        append(m.surface, tab, to: &out)
        // (`==` answers at once for the same stored entry, the common case, without reading fields.)
        if let slot = entrySlots[e.id], entries[slot].entry == e || samePrintedColumns(entries[slot].entry, e) {
          copy(written, entries[slot].bytes, to: &out)
        } else {
          let from = written.count
          append(e.name, tab, to: &written)
          append(e.nameAr.isEmpty ? "-" : e.nameAr, tab, to: &written)
          append(formatDegrees(e.coordinate.latitude), tab, to: &written)
          append(formatDegrees(e.coordinate.longitude), tab, to: &written)
          append(e.id, tab, to: &written)
          append(e.country, tab, to: &written)
          entrySlots[e.id] = entries.count
          entries.append((e, from..<written.count))
          copy(written, from..<written.count, to: &out)
        }
        if let score = scoreBytes[m.score.bitPattern] {
          copy(written, score, to: &out)
        } else {
          let from = written.count
          append(formatScore(m.score), UInt8(ascii: "\n"), to: &written)
          scoreBytes[m.score.bitPattern] = from..<written.count
          copy(written, from..<written.count, to: &out)
        }
        if out.count >= chunk {
          write(out)
          out.removeAll(keepingCapacity: true)
        }
      }
    }
    write(out)
  }

  /// Appends `s` and `end` to `out`, through `withUTF8`, which hands over a small (inline) string's
  /// bytes in one piece too (appending a `UTF8View` went byte by byte for those). A function with
  /// `out` passed `inout`, not a closure capturing it: the closure's every call checked exclusive
  /// access to `out` at run time.
  static func append(_ s: String, _ end: UInt8, to out: inout [UInt8]) {
    var s = s
    s.withUTF8 { out.append(contentsOf: $0) }
    out.append(end)
  }

  /// Appends `bytes[range]` to `out` through a buffer pointer (a slice of the array would retain it).
  static func copy(_ bytes: [UInt8], _ range: Range<Int>, to out: inout [UInt8]) {
    bytes.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[range])) }
  }

  /// Appends `n` in decimal (as `String(n)` spells it) and `end`, without making a string per number.
  static func appendDecimal(_ n: Int, _ end: UInt8, to out: inout [UInt8]) {
    // The digits are written from the last one back into a small buffer on the stack and appended
    // with `end` in one piece: appending digit by digit checked the array's capacity and
    // uniqueness for every byte (two numbers a row). 22 bytes hold `Int.min`, its sign and `end`.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 22) { buffer in
      var i = buffer.count - 1
      buffer.initializeElement(at: i, to: end)
      var magnitude = n.magnitude
      repeat {
        i -= 1
        buffer.initializeElement(at: i, to: UInt8(ascii: "0") + UInt8(magnitude % 10))
        magnitude /= 10
      } while magnitude > 0
      if n < 0 {
        i -= 1
        buffer.initializeElement(at: i, to: UInt8(ascii: "-"))
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[i...]))
    }
  }

  /// Whether two entries print the same columns in `textRows` (the strings of one gazetteer entry
  /// are nearly always the same storage, which `==` sees without comparing characters).
  static func samePrintedColumns(_ a: GazetteerEntry, _ b: GazetteerEntry) -> Bool {
    a.coordinate.latitude.bitPattern == b.coordinate.latitude.bitPattern
      && a.coordinate.longitude.bitPattern == b.coordinate.longitude.bitPattern
      && a.id == b.id && a.name == b.name && a.nameAr == b.nameAr && a.country == b.country
  }
}

/// One report as `geomap places --format json` prints it.
///
/// It keeps the situation's mentions and makes a `PlaceRow` of one only when it is written: a copy
/// of every row's seven strings was a visible share of printing a long report.
struct PlacesDocument: Encodable {
  var file: String
  var date: String?
  var mentions: [PlaceMention]

  init(_ s: Situation) {
    file = s.source
    date = s.date?.description
    mentions = s.mentions
  }

  /// The rows, built on demand (and written back to the mentions when set).
  var places: [PlaceRow] {
    get { mentions.map(PlaceRow.init) }
    set { mentions = newValue.map(\.mention) }
  }

  enum CodingKeys: String, CodingKey { case file, date, places }

  /// As the synthesized one would encode `file`, `date` (left out when nil) and `places`.
  func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(file, forKey: .file)
    try c.encodeIfPresent(date, forKey: .date)
    try c.encode(places, forKey: .places)
  }
}

/// One place mention, as the JSON output names its fields (a view of the mention, not a copy).
struct PlaceRow: Encodable {
  var mention: PlaceMention

  init(_ m: PlaceMention) { mention = m }

  var surface: String {
    get { mention.surface }
    set { mention.surface = newValue }
  }
  var start: Int {
    get { mention.start }
    set { mention.start = newValue }
  }
  var end: Int {
    get { mention.end }
    set { mention.end = newValue }
  }
  var name: String {
    get { mention.entry.name }
    set { mention.entry.name = newValue }
  }
  var name_ar: String {
    get { mention.entry.nameAr }
    set { mention.entry.nameAr = newValue }
  }
  var lat: Double {
    get { mention.entry.coordinate.latitude }
    set { mention.entry.coordinate.latitude = newValue }
  }
  var lon: Double {
    get { mention.entry.coordinate.longitude }
    set { mention.entry.coordinate.longitude = newValue }
  }
  var id: String {
    get { mention.entry.id }
    set { mention.entry.id = newValue }
  }
  var geonameid: Int? {
    get { mention.entry.geonameID }
    set { mention.entry.geonameID = newValue }
  }
  var country: String {
    get { mention.entry.country }
    set { mention.entry.country = newValue }
  }
  var kind: String { mention.entry.kind.rawValue }
  var confidence: Double {
    get { mention.score }
    set { mention.score = newValue }
  }

  enum CodingKeys: String, CodingKey {
    case surface, start, end, name, name_ar, lat, lon, id, geonameid, country, kind, confidence
  }

  /// As the synthesized one would for these stored fields (a nil `geonameid` left out).
  func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(surface, forKey: .surface)
    try c.encode(start, forKey: .start)
    try c.encode(end, forKey: .end)
    try c.encode(name, forKey: .name)
    try c.encode(name_ar, forKey: .name_ar)
    try c.encode(lat, forKey: .lat)
    try c.encode(lon, forKey: .lon)
    try c.encode(id, forKey: .id)
    try c.encodeIfPresent(geonameid, forKey: .geonameid)
    try c.encode(country, forKey: .country)
    try c.encode(kind, forKey: .kind)
    try c.encode(confidence, forKey: .confidence)
  }
}
