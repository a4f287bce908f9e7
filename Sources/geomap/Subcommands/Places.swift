import ArgumentParser
import Foundation
import GeomapCore

/// `geomap places REPORT...`: the places each report names, resolved against the gazetteer.
struct Places: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "places",
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
    var anyToMap = false
    if !texts.isEmpty {
      let reader = ReportReader(gazetteer: try loadGazetteer())
      for situation in reader.read(texts, date: reportDate) {
        printDiagnostics(situation.diagnostics)
        if situation.hasNothingToMap {
          printError("\(situation.source): warning: no place could be resolved")
        } else {
          anyToMap = true
        }
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
      Self.textRows(documents, write: { writeStandardOutput($0) })
    }
    exitKeepingMemory(failed ? 2 : anyToMap ? 0 : 1)
  }

  /// One tab-separated row per place, built as bytes and handed to `write` 64 KiB at a time: a long
  /// report has tens of thousands of rows; growing a `String` row by row through interpolation was a
  /// visible share of the run, and one buffer reused stays in cache instead of faulting in megabytes.
  static func textRows(_ documents: [PlacesDocument], write: ([UInt8]) -> Void) {
    let tab = UInt8(ascii: "\t")
    // A fixed buffer, `used` bytes of it filled: each row is measured first and written into it in
    // one access, where appending its six pieces one by one checked the array's capacity and
    // uniqueness for each.
    var out = [UInt8](repeating: 0, count: 1 << 16)
    var used = 0
    // A long report names the same few places again and again, mostly with the same scores: the
    // end of a row (an entry's columns, name to country, two of them formatted numbers, then the
    // score) is written as bytes once per entry and score, into `written`, and copied from there
    // after, found by one lookup. An entry is keyed by its storage (`storageIdentity`, equal
    // storage is an equal entry), which hashes one word where its id string cost hundreds of
    // instructions a row; `entries` keeps every keyed entry alive, so no key's storage is freed and
    // reused by another entry meanwhile. The dictionaries map to positions, not to arrays or
    // entries: a looked-up value is copied out of its dictionary.
    var written: [UInt8] = []
    // Sized for one tail and one entry per row, up to 4,096: grown from empty, the two
    // dictionaries rehashed all they held again and again (half the cost of a new tail, ~1,700
    // instructions each, on the Arabic reports read as separate files). Past that, growth is
    // amortized over a long report's many repeated rows. (Made with their capacity, not reserved
    // after: `reserveCapacity` is not specialized, and looking up its generic types by their
    // mangled names cost ~440,000 instructions a dictionary once per process.)
    let capacity = min(documents.reduce(0) { $0 + $1.mentions.count }, 1 << 12)
    var tails = [RowTail: Range<Int>](minimumCapacity: capacity)
    var entryColumns = [ObjectIdentifier: Range<Int>](minimumCapacity: capacity)
    // A new tail's bytes gathered here (reused) before they go to the end of `written`: appending
    // a slice of `written` to itself would copy all of it.
    var tailBytes: [UInt8] = []
    var entries: [GazetteerEntry] = []
    var scoreBytes: [UInt64: Range<Int>] = [:]
    // The last tail found in each of 1,024 slots (by the key's bits), looked at before `tails`:
    // hashing the key for the dictionary was most of the cost of a row whose tail is known.
    var recent = [(key: RowTail, tail: Range<Int>)?](repeating: nil, count: RowTail.slots)
    for doc in documents {
      var file = Array(doc.file.utf8)
      file.append(tab)
      for m in doc.mentions {
        let key = RowTail(entry: m.entry.storageIdentity, score: m.score.bitPattern)
        let slot = key.slot
        let tail: Range<Int>
        if let last = recent[slot], last.key == key {
          tail = last.tail
        } else if let known = tails[key] {
          tail = known
          recent[slot] = (key, known)
        } else {
          let e = m.entry
          let columns: Range<Int>
          if let known = entryColumns[key.entry] {
            columns = known
          } else {
            let from = written.count
            append(e.name, tab, to: &written)
            append(e.nameAr.isEmpty ? "-" : e.nameAr, tab, to: &written)
            append(formatDegrees(e.coordinate.latitude), tab, to: &written)
            append(formatDegrees(e.coordinate.longitude), tab, to: &written)
            append(e.id, tab, to: &written)
            append(e.country, tab, to: &written)
            columns = from..<written.count
            entryColumns[key.entry] = columns
            entries.append(e)
          }
          let score: Range<Int>
          if let known = scoreBytes[key.score] {
            score = known
          } else {
            let from = written.count
            append(formatScore(m.score), UInt8(ascii: "\n"), to: &written)
            score = from..<written.count
            scoreBytes[key.score] = score
          }
          tailBytes.removeAll(keepingCapacity: true)
          tailBytes.append(contentsOf: written[columns])
          tailBytes.append(contentsOf: written[score])
          let from = written.count
          written.append(contentsOf: tailBytes)
          tail = from..<written.count
          tails[key] = tail
          recent[slot] = (key, tail)
        }
        var surface = m.surface
        let (start, end) = (m.start, m.end)
        let (startLength, endLength) = (decimalLength(start), decimalLength(end))
        let length = file.count + startLength + endLength + surface.utf8.count + tail.count + 3
        if used + length > out.count {
          if used > 0 { write(Array(out[..<used])) }
          used = 0
          // A row longer than the buffer (a very long file name) gets a buffer of its own size.
          if length > out.count { out = [UInt8](repeating: 0, count: length) }
        }
        surface.withUTF8 { surface in
          file.withUnsafeBufferPointer { file in
            written.withUnsafeBufferPointer { written in
              out.withUnsafeMutableBufferPointer { out in
                var at = put(file, into: out, at: used)
                at = putDecimal(start, length: startLength, tab, into: out, at: at)
                at = putDecimal(end, length: endLength, tab, into: out, at: at)
                at = put(surface, into: out, at: at)
                out[at] = tab
                used = put(UnsafeBufferPointer(rebasing: written[tail]), into: out, at: at + 1)
              }
            }
          }
        }
      }
    }
    write(Array(out[..<used]))
    withExtendedLifetime(entries) {}
  }

  /// An entry (by its storage) and a score (by its bits): what the end of a row depends on.
  struct RowTail: Hashable {
    let entry: ObjectIdentifier
    let score: UInt64

    static let slots = 1 << 10

    /// A slot in `0..<slots` from the key's bits (a multiplicative hash, top bits kept).
    var slot: Int {
      let bits = UInt64(UInt(bitPattern: entry)) ^ score ^ (score >> 29)
      return Int(truncatingIfNeeded: (bits &* 0x9E37_79B9_7F4A_7C15) >> 54)
    }
  }

  /// Copies `bytes` into `out` at `at` (room checked by the caller); returns where they end.
  @inline(__always)
  static func put(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>, at: Int) -> Int {
    guard let from = bytes.baseAddress, let to = out.baseAddress, !bytes.isEmpty else { return at }
    precondition(at >= 0 && at + bytes.count <= out.count)
    (to + at).update(from: from, count: bytes.count)
    return at + bytes.count
  }

  /// How many bytes `n` takes in decimal, its sign included.
  static func decimalLength(_ n: Int) -> Int {
    var magnitude = n.magnitude
    var length = n < 0 ? 2 : 1
    while magnitude >= 10 {
      magnitude /= 10
      length += 1
    }
    return length
  }

  /// Writes `n` in decimal (as `String(n)` spells it, `length` its `decimalLength`) and `end` into
  /// `out` at `at` (room checked by the caller), from the last digit back; returns where they end.
  static func putDecimal(
    _ n: Int, length: Int, _ end: UInt8, into out: UnsafeMutableBufferPointer<UInt8>, at: Int
  ) -> Int {
    let stop = at + length
    out[stop] = end
    var i = stop
    var magnitude = n.magnitude
    repeat {
      i -= 1
      out[i] = UInt8(ascii: "0") + UInt8(magnitude % 10)
      magnitude /= 10
    } while magnitude > 0
    if n < 0 { out[at] = UInt8(ascii: "-") }
    return stop + 1
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

  /// Appends `n` in decimal (as `String(n)` spells it) and `end`, without making a string per number.
  static func appendDecimal(_ n: Int, _ end: UInt8, to out: inout [UInt8]) {
    let at = out.count
    let length = decimalLength(n)
    out.append(contentsOf: repeatElement(0, count: length + 1))
    out.withUnsafeMutableBufferPointer { _ = putDecimal(n, length: length, end, into: $0, at: at) }
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
