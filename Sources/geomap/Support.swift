import ArgumentParser
import Foundation
import GeomapCore

/// Output formats shared by the subcommands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}

/// Writes bytes to standard output as they are, after whatever `print` has buffered (flushed
/// first, so the two keep their order): a long report's output is not turned into a `String` first.
func writeStandardOutput(_ bytes: some ContiguousBytes) {
  fflush(nil)
  bytes.withUnsafeBytes { buffer in
    guard let base = buffer.baseAddress else { return }
    var done = 0
    while done < buffer.count {
      let n = write(STDOUT_FILENO, base + done, buffer.count - done)
      if n < 0 && errno == EINTR { continue }
      // A closed pipe or full disk ends the output, as it does for `print`.
      guard n > 0 else { return }
      done += n
    }
  }
}

/// Ends the process with `status` (as throwing `ExitCode(status)` from `run` would) once the output
/// is out: `exit` flushes what `print` buffered, and everything else was written directly.
///
/// Called at the end of a subcommand's `run` with its reader and results still alive: returning
/// freed the reader's caches and every report's results one object at a time (some 23M
/// instructions a MB of distinct Arabic text, 3.5M for half a MB of one report repeated), memory
/// the system takes back whole at exit. Only for subcommands that hold nothing whose release does
/// work (no open database, lock or temporary file).
func exitKeepingMemory(_ status: Int32) -> Never {
  Foundation.exit(status)
}

/// Prints one line to standard error.
func printError(_ line: String) {
  printErrors([line])
}

/// Prints lines to standard error in one write: a long report has thousands of diagnostics, and a
/// system call per line was most of the time `places` spent outside the pipeline.
func printErrors(_ lines: [String]) {
  guard !lines.isEmpty else { return }
  var out = ""
  for line in lines {
    out += oneLine(line)
    out += "\n"
  }
  FileHandle.standardError.write(Data(out.utf8))
}

/// Prints a report's diagnostics to standard error in one write, as `printErrors` prints their
/// `formatted` lines.
func printDiagnostics(_ diagnostics: [Diagnostic]) {
  guard !diagnostics.isEmpty else { return }
  FileHandle.standardError.write(Data(diagnosticLines(diagnostics)))
}

/// The bytes `printErrors(diagnostics.map(\.formatted))` writes, built as bytes: a long report has
/// hundreds of diagnostics, and formatting each into a string, escaping it and joining the lines
/// into another was a visible share of printing them. `oneLine` maps scalar by scalar, so the
/// line escapes as its parts do; the numbers and separators never need it, and a report's
/// diagnostics share one source, escaped once.
func diagnosticLines(_ diagnostics: [Diagnostic]) -> [UInt8] {
  var out: [UInt8] = []
  var source: (text: String, bytes: [UInt8])?
  for d in diagnostics {
    // Compared byte for byte: `!=` on strings would take an NFD file name for its NFC twin.
    if !(source?.text.utf8.elementsEqual(d.source.utf8) ?? false) {
      source = (d.source, Array(oneLine(d.source).utf8))
    }
    out += source?.bytes ?? []
    if let line = d.line {
      out.append(UInt8(ascii: ":"))
      out += String(line).utf8
    }
    if let column = d.column {
      out.append(UInt8(ascii: ":"))
      out += String(column).utf8
    }
    out += ": ".utf8
    out += d.severity.rawValue.utf8
    out += ": ".utf8
    Places.append(oneLine(d.message), UInt8(ascii: "\n"), to: &out)
  }
  return out
}

/// `text` made safe for one terminal line: line breaks, other control characters and bidi
/// overrides (a file named with U+202E could make a message read backwards) are written as
/// escapes, so every message stays one line whatever the file name or report text holds.
func oneLine(_ text: String) -> String {
  // Nearly every message needs no escape: find that on the bytes and return the text as it is
  // (building it again scalar by scalar was most of the cost of printing a long report's
  // diagnostics). The bytes tested are the UTF-8 leads of every escaped scalar.
  if !mayNeedEscape(text) { return text }
  var out = ""
  for scalar in text.unicodeScalars {
    let v = scalar.value
    switch scalar {
    case "\n": out += "\\n"
    case "\r": out += "\\r"
    case "\t": out.unicodeScalars.append(scalar)
    default:
      if v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029
        || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
      {
        out += "\\u{" + String(v, radix: 16, uppercase: true) + "}"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
  }
  return out
}

/// False when `text` holds none of the scalars `oneLine` escapes: no control character but tab
/// (bytes below 0x20, 0x7F, U+0080–U+009F as C2 80–9F), no line or paragraph separator or bidi
/// embedding (U+2028–U+202E as E2 80 A8–AE), no bidi isolate (U+2066–U+2069 as E2 81 A6–A9).
func mayNeedEscape(_ text: String) -> Bool {
  // Over the contiguous bytes, looking ahead from the two lead bytes that matter: iterating the
  // `UTF8View` with the last two bytes carried along cost about 30 instructions a byte.
  var text = text
  return text.withUTF8 { bytes in
    let n = bytes.count
    for i in 0..<n {
      let b = bytes[i]
      if b < 0x20 && b != 0x09 || b == 0x7F { return true }
      if b == 0xC2 && i + 1 < n && (0x80...0x9F).contains(bytes[i + 1]) { return true }
      if b == 0xE2 && i + 2 < n {
        let (b1, b2) = (bytes[i + 1], bytes[i + 2])
        if b1 == 0x80 && (0xA8...0xAE).contains(b2) || b1 == 0x81 && (0xA6...0xA9).contains(b2) { return true }
      }
    }
    return false
  }
}

/// The bundled gazetteer; a broken installation is reported as one line and exit 2.
func loadGazetteer() throws -> Gazetteer {
  do {
    return try Gazetteer.bundled()
  } catch let error as GeomapError {
    printError(error.description)
    throw ExitCode(2)
  }
}

/// Pretty JSON with sorted keys, as every subcommand prints it.
func encodeJSON<T: Encodable>(_ value: T) throws -> String {
  String(decoding: try encodeJSONData(value), as: UTF8.self)
}

/// `encodeJSON`'s bytes, for output too long to copy into a `String` as well.
func encodeJSONData<T: Encodable>(_ value: T) throws -> Data {
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
  return try encoder.encode(value)
}

/// Degrees with five decimals and a '.', whatever the locale.
func formatDegrees(_ value: Double) -> String {
  NumberFormat.fixed(value, decimals: 5)
}

func formatScore(_ value: Double) -> String {
  NumberFormat.fixed(value, decimals: 3)
}
