import Foundation

/// Turns a report's bytes into text: detects the encoding, strips a BOM and normalises newlines.
///
/// Detection order, when no encoding is given: a BOM (UTF-8, UTF-16 LE/BE); UTF-16 without BOM when
/// the NUL bytes sit on one side of each pair; valid UTF-8; Windows-1256 when the high bytes read as
/// Arabic letters; ISO-8859-1 only when the bytes look like Latin text with a few accented letters.
/// Anything else (binary, NUL-heavy, broken UTF-8) is `GeomapError(.undecodable, …)`.
public enum ReportDecoder {
  /// Reports larger than this are refused before decoding. A situation report is a few kB and a
  /// month of a daily digest about 1 MB, but scraped archives come bigger: long reports are read in
  /// segments, so memory stays within about 8× the file size plus the gazetteer (release build on
  /// two busy cores, measured: 8 MB → 115 MB peak RSS in 51 s; 50 MB → 426 MB in 487 s). 64 MiB
  /// keeps a 50 MB report readable and refuses what is surely not a report.
  public static let maxBytes = 64 * 1024 * 1024

  /// Decodes `data`; `source` names the report in errors and in the result.
  public static func decode(
    _ data: Data, source: String, encoding: ReportEncoding? = nil
  ) throws -> DecodedReport {
    guard data.count <= maxBytes else { throw tooLarge(source) }
    return try decode(bytes: [UInt8](data), source: source, encoding: encoding)
  }

  /// `decode` over bytes already in an array (a file read by `load`, not copied into `Data`).
  static func decode(
    bytes: [UInt8], source: String, encoding: ReportEncoding? = nil
  ) throws -> DecodedReport {
    // Plain UTF-8 without BOM, NUL, CR or another control byte but tab, LF, VT and FF (nearly
    // every report): the text is the bytes as they are, and detection, stripping, newline
    // normalisation and the binary test would change nothing. Found in the one pass that checks
    // the bytes are UTF-8 (`UTF8Words.isPlainUTF8`), where a pass for the facts below preceded it.
    if encoding == nil || encoding == .utf8, let text = plainUTF8Text(bytes) {
      return DecodedReport(source: source, text: text, encoding: .utf8)
    }
    // One pass over the bytes answers what the steps below would each scan the text for (NULs,
    // CRs, control characters); used where the text is these bytes unchanged.
    let facts = ByteFacts(bytes)
    let (raw, detected): (String, ReportEncoding)
    if let encoding {
      raw = try decode(bytes, as: encoding, source: source)
      detected = encoding
    } else {
      (raw, detected) = try detect(bytes, source: source, hasNul: facts.hasNul)
    }
    // UTF-8 without BOM, NUL or CR but with other control characters: the text is the bytes as
    // they are, so stripping and newline normalisation change nothing and need no pass.
    if detected == .utf8, !facts.hasNul, !facts.hasCR, !bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      if let problem = facts.binaryProblem {
        throw GeomapError(.undecodable, source, problem)
      }
      return DecodedReport(source: source, text: raw, encoding: detected)
    }
    let text = normalizeNewlines(stripBOM(raw))
    if let problem = binaryProblem(text) {
      throw GeomapError(.undecodable, source, problem)
    }
    return DecodedReport(source: source, text: text, encoding: detected)
  }

  /// Reads and decodes a file, with one-line errors for missing, unreadable or oversized files.
  ///
  /// Only regular files are read: a FIFO or device would block or never end, so it is refused by
  /// name (standard input, `-` in the CLI, is the way to pipe text in). At most `maxBytes + 1` bytes
  /// are ever read, so a file that grows while it is read is still refused, not loaded whole.
  public static func load(
    contentsOf url: URL, source: String? = nil, encoding: ReportEncoding? = nil
  ) throws -> DecodedReport {
    let path = url.path
    return try load(opening: path, name: source ?? path, encoding: encoding)
  }

  /// `load(contentsOf: URL(fileURLWithPath: path), source: path, encoding:)`. Making the URL and
  /// asking it for its path cost 16k instructions a file (a tenth of what a short report costs
  /// besides its text), so a path the URL would give back as it is (`opensAsGiven`) is opened
  /// directly.
  public static func load(path: String, encoding: ReportEncoding? = nil) throws -> DecodedReport {
    try load(opening: opensAsGiven(path) ? path : URL(fileURLWithPath: path).path, name: path, encoding: encoding)
  }

  /// Whether `URL(fileURLWithPath: path).path` is `path` itself, made absolute against the working
  /// directory when it is relative (so both open the same file): not when it starts with "~"
  /// (expanded), ends with "/" (dropped) or has a "." or ".." component (resolved in the text).
  static func opensAsGiven(_ path: String) -> Bool {
    let (slash, dot) = (UInt8(ascii: "/"), UInt8(ascii: "."))
    guard let first = path.utf8.first, first != UInt8(ascii: "~"), path.utf8.last != slash else { return false }
    // Over the bytes (splitting into components and comparing them cost more than the URL): the
    // dots the current component holds so far, -1 once it holds anything else.
    // Read through a buffer of the bytes: a path from the command line is not a native string, and
    // its UTF-8 view cost some 35 instructions a byte (3k a report file).
    var path = path
    let dots = path.withUTF8 { bytes -> Int? in
      var dots = 0
      for byte in bytes {
        if byte == slash {
          if dots == 1 || dots == 2 { return nil }
          dots = 0
        } else if byte == dot && dots >= 0 {
          dots += 1
        } else {
          dots = -1
        }
      }
      return dots
    }
    guard let dots else { return false }
    return dots != 1 && dots != 2
  }

  /// Reads and decodes the file at `path`; `name` names it in errors and in the result.
  private static func load(opening path: String, name: String, encoding: ReportEncoding?) throws -> DecodedReport {
    // O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever.
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else { throw GeomapError(.unreadable, name, openProblem(errno)) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      throw GeomapError(.unreadable, name, "cannot read: \(String(cString: strerror(errno)).lowercased())")
    }
    switch info.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR: throw GeomapError(.unreadable, name, "is a directory, not a report file")
    case S_IFIFO:
      throw GeomapError(.unreadable, name, "is a named pipe (fifo), not a regular file; pipe text to standard input instead")
    default: throw GeomapError(.unreadable, name, "is a device or socket, not a regular file")
    }
    guard Int(info.st_size) <= maxBytes else { throw tooLarge(name) }
    // The file's size and one byte more (to see it grew) are read straight into the array's
    // uninitialised storage: zero-filling it first, then copying into `Data` and back, was three
    // passes over a long report's fresh pages before decoding started.
    var atEnd = false
    var bytes = try [UInt8](unsafeUninitializedCapacity: Int(info.st_size) + 1) { buffer, count in
      count = 0
      guard let base = buffer.baseAddress else { return }
      while count < buffer.count {
        let n = try readSome(fd, base + count, buffer.count - count, name)
        if n == 0 {
          atEnd = true
          return
        }
        count += n
      }
    }
    // The file grew after `fstat`: read on in chunks, never past `maxBytes + 1` bytes.
    if !atEnd {
      var chunk = [UInt8](repeating: 0, count: 1 << 16)
      while bytes.count <= maxBytes {
        let n = try chunk.withUnsafeMutableBufferPointer { buffer -> Int in
          guard let base = buffer.baseAddress else { return 0 }
          return try readSome(fd, base, min(buffer.count, maxBytes + 1 - bytes.count), name)
        }
        if n == 0 { break }
        bytes.append(contentsOf: chunk[0..<n])
      }
    }
    guard bytes.count <= maxBytes else { throw tooLarge(name) }
    return try decode(bytes: bytes, source: name, encoding: encoding)
  }

  /// One read(2) into `base`, retried on EINTR and EAGAIN; 0 at the end of the file.
  private static func readSome(
    _ fd: Int32, _ base: UnsafeMutablePointer<UInt8>, _ count: Int, _ name: String
  ) throws -> Int {
    while true {
      let n = read(fd, base, count)
      if n >= 0 { return n }
      if errno == EINTR || errno == EAGAIN { continue }
      throw GeomapError(.unreadable, name, "cannot read: \(String(cString: strerror(errno)).lowercased())")
    }
  }

  static func tooLarge(_ name: String) -> GeomapError {
    GeomapError(
      .tooLarge, name, "report is larger than \(maxBytes / 1_048_576) MiB; split it into smaller reports")
  }

  /// Reads standard input (or any stream) up to `maxBytes + 1` bytes: an endless pipe is refused
  /// once past the limit instead of filling memory.
  public static func readBounded(_ handle: FileHandle, source: String) throws -> Data {
    var data = Data()
    while true {
      let chunk = handle.readData(ofLength: 1 << 20)
      if chunk.isEmpty { return data }
      data.append(chunk)
      guard data.count <= maxBytes else { throw tooLarge(source) }
    }
  }

  /// One lowercase reason for a failed open(2).
  static func openProblem(_ code: Int32) -> String {
    switch code {
    case ENOENT, ENOTDIR: return "file is not readable or does not exist"
    case ELOOP: return "symbolic link loop; the link never reaches a file"
    case EACCES, EPERM: return "permission denied"
    case ENAMETOOLONG: return "file name is too long"
    default: return "cannot open: \(String(cString: strerror(code)).lowercased())"
    }
  }

  // MARK: - Detection

  /// `hasNul`: whether `bytes` holds a 0 byte, when the caller knows (else it is looked for).
  static func detect(_ bytes: [UInt8], source: String, hasNul: Bool? = nil) throws -> (String, ReportEncoding) {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      return (try decode(bytes, as: .utf8, source: source), .utf8)
    }
    if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
      throw GeomapError(.undecodable, source, "utf-32 text is not supported; convert it to utf-8")
    }
    if bytes.starts(with: [0xFF, 0xFE]) {
      return (try decode(bytes, as: .utf16LE, source: source), .utf16LE)
    }
    if bytes.starts(with: [0xFE, 0xFF]) {
      return (try decode(bytes, as: .utf16BE, source: source), .utf16BE)
    }
    if hasNul ?? bytes.contains(0) {
      if let encoding = utf16WithoutBOM(bytes),
        let text = try? decode(bytes, as: encoding, source: source)
      {
        return (text, encoding)
      }
      // Some exporters pad a text file with NULs; padding alone does not make it binary.
      let body = Array(bytes.reversed().drop { $0 == 0 }.reversed())
      guard !body.isEmpty, !body.contains(0) else {
        throw GeomapError(.undecodable, source, "contains nul bytes; looks like binary data, not text")
      }
      return try detect(body, source: source)
    }
    if let text = utf8Text(bytes) {
      return (text, .utf8)
    }
    if looksLikeWindows1256Arabic(bytes), let text = try? decode(bytes, as: .windows1256, source: source) {
      return (text, .windows1256)
    }
    if looksLikeLatin1(bytes) {
      return (latin1(bytes), .latin1)
    }
    throw GeomapError(
      .undecodable, source,
      "bytes are not valid utf-8 and do not look like windows-1256 or latin-1 text; try --encoding")
  }

  /// UTF-16 without a BOM: ASCII and Arabic both put a NUL in the high byte of spaces, digits and
  /// Latin letters, so one parity of byte positions carries many NULs and the other almost none.
  static func utf16WithoutBOM(_ bytes: [UInt8]) -> ReportEncoding? {
    guard bytes.count >= 4, bytes.count % 2 == 0 else { return nil }
    let sample = bytes.prefix(8192)
    var evenNul = 0
    var oddNul = 0
    for (i, b) in sample.enumerated() where b == 0 {
      if i % 2 == 0 { evenNul += 1 } else { oddNul += 1 }
    }
    let pairs = sample.count / 2
    if oddNul * 10 >= pairs && evenNul * 100 <= pairs { return .utf16LE }
    if evenNul * 10 >= pairs && oddNul * 100 <= pairs { return .utf16BE }
    return nil
  }

  /// Windows-1256 Arabic: most bytes are high (Arabic letters 0xC1–0xFE) and they decode to Arabic.
  static func looksLikeWindows1256Arabic(_ bytes: [UInt8]) -> Bool {
    var high = 0
    var arabic = 0
    var asciiLetters = 0
    for b in bytes {
      if b >= 0x80 {
        high += 1
        if let scalar = windows1256Scalar(b), (0x0600...0x06FF).contains(scalar.value) { arabic += 1 }
      } else if (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) {
        asciiLetters += 1
      }
    }
    return high >= 3 && arabic * 10 >= high * 8 && high * 2 >= high + asciiLetters
  }

  /// Latin text: mostly ASCII letters, a few accented letters (0xC0–0xFF), no C1 control bytes.
  static func looksLikeLatin1(_ bytes: [UInt8]) -> Bool {
    var high = 0
    var asciiLetters = 0
    for b in bytes {
      if (0x80...0x9F).contains(b) { return false }
      if b >= 0xA0 { high += 1 }
      if (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) { asciiLetters += 1 }
    }
    return asciiLetters > 0 && high * 10 <= asciiLetters * 3
  }

  // MARK: - Decoding

  static func decode(_ bytes: [UInt8], as encoding: ReportEncoding, source: String) throws -> String {
    switch encoding {
    case .utf8:
      let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
      guard let text = utf8Text(body) else {
        throw GeomapError(.undecodable, source, "bytes are not valid utf-8")
      }
      return text
    case .utf16LE, .utf16BE:
      let name = encoding.rawValue
      guard bytes.count % 2 == 0 else {
        throw GeomapError(.undecodable, source, "odd number of bytes for \(name) text")
      }
      var units: [UInt16] = []
      units.reserveCapacity(bytes.count / 2)
      var i = 0
      while i < bytes.count {
        let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
        units.append(encoding == .utf16LE ? a | b << 8 : a << 8 | b)
        i += 2
      }
      guard let text = String(validating: units, as: UTF16.self) else {
        throw GeomapError(.undecodable, source, "bytes are not valid \(name) (unpaired surrogate)")
      }
      return text
    case .windows1256:
      var scalars = String.UnicodeScalarView()
      for b in bytes {
        guard let scalar = windows1256Scalar(b) else {
          throw GeomapError(.undecodable, source, "byte 0x\(String(b, radix: 16)) is not in windows-1256")
        }
        scalars.append(scalar)
      }
      return String(scalars)
    case .latin1:
      return latin1(bytes)
    }
  }

  /// `String(validating: bytes, as: UTF8.self)`: checked by `UTF8Words.isValidUTF8` (about a third
  /// of the standard library's cost a byte), then copied without a second check.
  static func utf8Text(_ bytes: [UInt8]) -> String? {
    bytes.withUnsafeBufferPointer { buffer in
      guard !buffer.isEmpty else { return "" }
      return UTF8Words.isValidUTF8(UnsafeRawBufferPointer(buffer)) ? String(validUTF8: buffer) : nil
    }
  }

  /// The text of `bytes` when they are plain UTF-8 (`UTF8Words.isPlainUTF8`) without a BOM, else
  /// nil: what `decode` would make of them, decoded as they are.
  static func plainUTF8Text(_ bytes: [UInt8]) -> String? {
    guard bytes.count < 3 || bytes[0] != 0xEF || bytes[1] != 0xBB || bytes[2] != 0xBF else { return nil }
    return bytes.withUnsafeBufferPointer { buffer in
      guard !buffer.isEmpty else { return "" }
      return UTF8Words.isPlainUTF8(UnsafeRawBufferPointer(buffer)) ? String(validUTF8: buffer) : nil
    }
  }

  static func latin1(_ bytes: [UInt8]) -> String {
    var scalars = String.UnicodeScalarView()
    for b in bytes { scalars.append(Unicode.Scalar(b)) }
    return String(scalars)
  }

  /// Windows-1256 byte → scalar. Foundation on Linux maps it through CoreFoundation's
  /// kCFStringEncodingWindowsArabic (0x0506), checked byte for byte against Python's cp1256 codec.
  static func windows1256Scalar(_ byte: UInt8) -> Unicode.Scalar? {
    if byte < 0x80 { return Unicode.Scalar(byte) }
    return windows1256High[Int(byte) - 0x80]
  }

  static let windows1256High: [Unicode.Scalar?] = (0x80...0xFF).map { b in
    let encoding = String.Encoding(rawValue: 0x8000_0506)
    guard let s = String(data: Data([UInt8(b)]), encoding: encoding), s.unicodeScalars.count == 1
    else { return nil }
    return s.unicodeScalars.first
  }

  // MARK: - Clean-up

  static func stripBOM(_ text: String) -> String {
    guard text.unicodeScalars.first == "\u{FEFF}" else { return text }
    return String(text.unicodeScalars.dropFirst())
  }

  /// CRLF and lone CR become LF, so offsets do not depend on the platform that wrote the file.
  static func normalizeNewlines(_ text: String) -> String {
    // Byte 0x0D is "\r" and nothing else in UTF-8: the common case (no CR) is one scan of bytes.
    var bytes = text
    guard bytes.withUTF8({ $0.contains(0x0D) }) else { return text }
    var out = String.UnicodeScalarView()
    var previousCR = false
    for scalar in text.unicodeScalars {
      if scalar == "\r" {
        out.append("\n")
        previousCR = true
        continue
      }
      if scalar == "\n" && previousCR {
        previousCR = false
        continue
      }
      previousCR = false
      out.append(scalar)
    }
    return String(out)
  }

  /// What one pass over a report's bytes says about it, read as UTF-8 (scalars start at bytes that
  /// are no continuation bytes): exact for the decoded text when that is the bytes unchanged.
  struct ByteFacts {
    var hasNul = false
    var hasCR = false
    /// Scalars below 0x20 other than "\n", "\t", "\u{0B}", "\u{0C}" (CR included; NUL seen apart).
    var controls = 0
    var scalars = 0
    /// Scalar offset of the first scalar of each line (`DecodedReport.lineStarts`).
    var lineStarts = [0]

    init(_ bytes: [UInt8]) {
      self.init()
      bytes.withUnsafeBufferPointer { scan($0) }
    }

    /// The facts of a string's UTF-8 (its text, for `binaryProblem(_:)` and `DecodedReport`).
    init(utf8Of text: String) {
      self.init()
      var text = text
      text.withUTF8 { scan($0) }
    }

    private init() {}

    /// Written for speed (every report's bytes pass here): a word of eight bytes none of which is
    /// below 0x20 (nearly all) only adds its scalar starts (`UTF8Words`); a word holding a newline
    /// or another control byte is read byte by byte. A byte loop cost 8 instructions a byte.
    private mutating func scan(_ buffer: UnsafeBufferPointer<UInt8>) {
      let raw = UnsafeRawBufferPointer(buffer)
      var scalars = 0
      var i = 0
      // Four words at a time while none holds a control byte; a block that does is read word by
      // word below, and only its words with one byte by byte.
      while i &+ 32 <= raw.count {
        let below =
          UTF8Words.bytesBelow(UTF8Words.word(raw, at: i), 0x20)
          | UTF8Words.bytesBelow(UTF8Words.word(raw, at: i &+ 8), 0x20)
          | UTF8Words.bytesBelow(UTF8Words.word(raw, at: i &+ 16), 0x20)
          | UTF8Words.bytesBelow(UTF8Words.word(raw, at: i &+ 24), 0x20)
        guard below != 0 else {
          scalars &+= UTF8Words.scalarStarts32(raw, at: i)
          i &+= 32
          continue
        }
        for k in stride(from: i, to: i &+ 32, by: 8) {
          let w = UTF8Words.word(raw, at: k)
          if UTF8Words.hasByteBelow(w, 0x20) {
            for b in k..<(k &+ 8) { step(raw[b], &scalars) }
          } else {
            scalars &+= UTF8Words.scalarStarts(w)
          }
        }
        i &+= 32
      }
      while i &+ 8 <= raw.count {
        let w = UTF8Words.word(raw, at: i)
        if UTF8Words.hasByteBelow(w, 0x20) {
          for k in i..<(i &+ 8) { step(raw[k], &scalars) }
        } else {
          scalars &+= UTF8Words.scalarStarts(w)
        }
        i &+= 8
      }
      while i < raw.count {
        step(raw[i], &scalars)
        i &+= 1
      }
      self.scalars = scalars
    }

    /// One byte of `scan`, `scalars` counting the scalars started so far.
    @inline(__always)
    private mutating func step(_ byte: UInt8, _ scalars: inout Int) {
      guard byte & 0xC0 != 0x80 else { return }
      scalars &+= 1
      guard byte < 0x20 else { return }
      switch byte {
      case 0x0A: lineStarts.append(scalars)
      case 0x00: hasNul = true
      case 0x09, 0x0B, 0x0C: break
      default:
        if byte == 0x0D { hasCR = true }
        controls += 1
      }
    }

    /// `binaryProblem(_:)` of the bytes' text.
    var binaryProblem: String? {
      if hasNul { return "contains nul characters; looks like binary data, not text" }
      return controls > 0 && controls * 100 > scalars
        ? "contains \(controls) control characters; looks like binary data, not text" : nil
    }
  }

  /// Text that decoded but is full of control characters is binary data in disguise.
  static func binaryProblem(_ text: String) -> String? { ByteFacts(utf8Of: text).binaryProblem }
}
