import Foundation
import Testing

@testable import GeomapCore

@Suite struct ReportDecoderTests {
  func utf16(_ text: String, bigEndian: Bool, bom: Bool) -> Data {
    var bytes: [UInt8] = bom ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
    for unit in text.utf16 {
      let (hi, lo) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
      bytes += bigEndian ? [hi, lo] : [lo, hi]
    }
    return Data(bytes)
  }

  @Test func plainUTF8SeedIsReadAsIs() throws {
    let seed = try InputFixtures.seedText()
    let report = try ReportDecoder.decode(Data(seed.utf8), source: "seed.txt")
    #expect(report.encoding == .utf8)
    #expect(report.text == seed)
    #expect(report.text.unicodeScalars.count == 2213)
  }

  @Test func utf8BOMIsStripped() throws {
    let report = try ReportDecoder.decode(Data([0xEF, 0xBB, 0xBF] + Array("الرقة".utf8)), source: "b")
    #expect(report.text == "الرقة")
    #expect(report.text.unicodeScalars.first == "ا")
  }

  @Test(arguments: [(false, true), (true, true), (false, false), (true, false)])
  func utf16SeedWithAndWithoutBOM(bigEndian: Bool, bom: Bool) throws {
    let seed = try InputFixtures.seedText()
    let report = try ReportDecoder.decode(utf16(seed, bigEndian: bigEndian, bom: bom), source: "s")
    #expect(report.encoding == (bigEndian ? .utf16BE : .utf16LE))
    #expect(report.text == seed)
  }

  @Test func windows1256FixtureIsDetectedAndMatchesTheUTF8Seed() throws {
    let bytes = try InputFixtures.data("encodings/seed-000.ar.cp1256.txt")
    let report = try ReportDecoder.decode(bytes, source: "cp1256.txt")
    #expect(report.encoding == .windows1256)
    #expect(report.text == (try InputFixtures.seedText()))
  }

  @Test func windows1256TableAgreesWithKnownLetters() {
    // ا 0xC7, ل 0xE1, ر 0xD1, ق 0xDE, ة 0xC9, ی-less Persian پ 0x81, ZWNJ 0x9D.
    let expected: [UInt8: UInt32] = [
      0xC7: 0x0627, 0xE1: 0x0644, 0xD1: 0x0631, 0xDE: 0x0642, 0xC9: 0x0629, 0x81: 0x067E,
      0x9D: 0x200C, 0xA1: 0x060C,
    ]
    for (byte, scalar) in expected {
      #expect(ReportDecoder.windows1256Scalar(byte)?.value == scalar, "byte \(byte)")
    }
  }

  @Test func latin1IsAFallbackForLatinTextOnly() throws {
    let bytes = try InputFixtures.data("encodings/tabqa.fr.latin1.txt")
    let report = try ReportDecoder.decode(bytes, source: "fr.txt")
    #expect(report.encoding == .latin1)
    #expect(report.text.contains("contrôle de Tabqa"))
    #expect(report.text.contains("l'état-major"))
  }

  @Test func explicitEncodingOverridesDetection() throws {
    // "é" as UTF-8 (C3 A9) read as latin1 gives two characters, as the user asked.
    let report = try ReportDecoder.decode(Data("é".utf8), source: "x", encoding: .latin1)
    #expect(report.text == "Ã©")
    #expect(report.encoding == .latin1)
    let arabic = try ReportDecoder.decode(
      try InputFixtures.data("encodings/seed-000.ar.cp1256.txt"), source: "y",
      encoding: .windows1256)
    #expect(arabic.text.hasPrefix("مفاوضات أمريكية"))
  }

  @Test func explicitUTF8OnCp1256BytesFailsWithOneLineError() throws {
    let bytes = try InputFixtures.data("encodings/seed-000.ar.cp1256.txt")
    let error = try #require(throws: GeomapError.self) {
      try ReportDecoder.decode(bytes, source: "r.txt", encoding: .utf8)
    }
    #expect(error.kind == .undecodable)
    #expect(error.description == "r.txt: bytes are not valid utf-8")
  }

  @Test func encodingNamesAndAliases() {
    #expect(ReportEncoding(name: "UTF-8") == .utf8)
    #expect(ReportEncoding(name: "utf16le") == .utf16LE)
    #expect(ReportEncoding(name: "UTF-16BE") == .utf16BE)
    #expect(ReportEncoding(name: "cp1256") == .windows1256)
    #expect(ReportEncoding(name: "windows-1256") == .windows1256)
    #expect(ReportEncoding(name: "ISO-8859-1") == .latin1)
    #expect(ReportEncoding(name: "ebcdic") == nil)
  }

  @Test func crlfAndCRBecomeLFBeforeOffsets() throws {
    let lf = "الرقة\nتدمر\n\nدير الزور"
    let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
    let cr = lf.replacingOccurrences(of: "\n", with: "\r")
    for variant in [crlf, cr] {
      let report = try ReportDecoder.decode(Data(variant.utf8), source: "n")
      #expect(report.text == lf)
      #expect(report.lineStarts == [0, 6, 11, 12])
    }
    // A CRLF report and its LF twin give the same location for "دير".
    let report = try ReportDecoder.decode(Data(crlf.utf8), source: "n")
    let loc = report.location(ofScalarOffset: 12)
    #expect(loc.line == 4 && loc.column == 1)
    #expect(report.slice(12, 21) == "دير الزور")
  }

  @Test func locationOfOffsetsInTheSeed() throws {
    let report = try ReportDecoder.decode(try InputFixtures.data("reports/seed-000.ar.txt"), source: "seed")
    let offset = try #require(report.text.range(of: "يدور")).lowerBound
    let scalar = report.text.scalarOffset(of: offset)
    let loc = report.location(ofScalarOffset: scalar)
    #expect(loc.line == 5 && loc.column == 1)
    #expect(report.diagnostic("x", at: scalar + 3).formatted == "seed:5:4: warning: x")
    #expect(report.location(ofScalarOffset: 0) == (1, 1))
  }

  @Test func emptyAndWhitespaceOnlyTextDecodeFine() throws {
    #expect(try ReportDecoder.decode(Data(), source: "e").text == "")
    #expect(try ReportDecoder.decode(Data(" \r\n\t\n".utf8), source: "w").text == " \n\t\n")
  }

  /// The one pass over the bytes answers what a scan of the text's scalars would: line starts and the
  /// binary test, on real text, on text with a few control characters and on text with many.
  /// (`DecodedReport` and `binaryProblem(_:)` now use that pass too, so the reference is written here
  /// over scalars, independently.)
  @Test func bytePassAgreesWithTheTextScans() throws {
    func lineStarts(_ text: String) -> [Int] {
      [0] + text.unicodeScalars.enumerated().filter { $0.element == "\n" }.map { $0.offset + 1 }
    }
    func binaryProblem(_ text: String) -> String? {
      if text.unicodeScalars.contains("\u{0}") {
        return "contains nul characters; looks like binary data, not text"
      }
      let allowed: [Unicode.Scalar] = ["\n", "\t", "\u{0B}", "\u{0C}"]
      let controls = text.unicodeScalars.filter { $0.value < 0x20 && !allowed.contains($0) }.count
      return controls > 0 && controls * 100 > text.unicodeScalars.count
        ? "contains \(controls) control characters; looks like binary data, not text" : nil
    }
    let seed = try InputFixtures.seedText()
    let texts = [
      seed, "Raqqa\tcity\u{0B}\u{0C}\n\nالرقة\n", "الرقة\u{01}" + String(repeating: "تدمر ", count: 40),
      String(repeating: "\u{01}\u{02}A", count: 50), "\n", "", "no newline at the end",
      "Homs\u{0}Hamah\n",  // odd length: no UTF-16 reading; refused as binary
    ]
    var problems = 0
    for text in texts {
      let bytes = Array(text.utf8)
      let facts = ReportDecoder.ByteFacts(bytes)
      #expect(facts.lineStarts == lineStarts(text))
      #expect(DecodedReport(source: "t", text: text, encoding: .utf8).lineStarts == lineStarts(text))
      #expect(facts.binaryProblem == binaryProblem(text))
      #expect(ReportDecoder.binaryProblem(text) == binaryProblem(text))
      #expect(facts.scalars == text.unicodeScalars.count)
      if facts.binaryProblem != nil { problems += 1 }
      if let report = try? ReportDecoder.decode(Data(bytes), source: "t") {
        #expect(report.text == text)
        #expect(report.lineStarts == lineStarts(text))
      }
    }
    // The many-controls text and the one with a NUL are binary; the few-controls text is not.
    #expect(problems == 2)
  }

  @Test func binaryAndBrokenInputAreRefusedWithAReason() throws {
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48]
    let cases: [(String, [UInt8])] = [
      ("png", png),
      ("nul-heavy", [UInt8](repeating: 0, count: 64) + Array("abc".utf8)),
      ("random high bytes", (0..<200).map { UInt8(0x80 + ($0 * 37) % 0x40) }),
      ("controls", Array(repeating: [0x01, 0x02, 0x41], count: 50).flatMap { $0 }),
      ("utf-32", [0xFF, 0xFE, 0, 0, 0x41, 0, 0, 0]),
    ]
    for (name, bytes) in cases {
      let error = try #require(throws: GeomapError.self, "\(name)") {
        try ReportDecoder.decode(Data(bytes), source: name)
      }
      #expect(error.kind == .undecodable, "\(name)")
      #expect(error.reason == error.reason.lowercased() || error.reason.contains("--encoding"))
      #expect(!error.description.contains("\n"))
    }
  }

  @Test func trailingNulPaddingIsDroppedButInteriorNulsAreNot() throws {
    let padded = Data("الرقة\n".utf8) + Data(repeating: 0, count: 16)
    #expect(try ReportDecoder.decode(padded, source: "p").text == "الرقة\n")
    let interior = Data("الرقة".utf8) + Data([0]) + Data("تدمر".utf8)
    #expect(throws: GeomapError.self) { try ReportDecoder.decode(interior, source: "i") }
    #expect(throws: GeomapError.self) { try ReportDecoder.decode(Data(count: 64), source: "z") }
  }

  @Test func oversizedReportIsRefusedBeforeDecoding() throws {
    let error = try #require(throws: GeomapError.self) {
      try ReportDecoder.decode(Data(count: ReportDecoder.maxBytes + 1), source: "big.txt")
    }
    #expect(error.kind == .tooLarge)
    #expect(error.description == "big.txt: report is larger than 64 MiB; split it into smaller reports")
  }

  @Test func missingFileAndDirectoryGiveReadableErrors() throws {
    let missing = try #require(throws: GeomapError.self) {
      try ReportDecoder.load(contentsOf: URL(fileURLWithPath: "/nonexistent/r.txt"))
    }
    #expect(missing.description == "/nonexistent/r.txt: file is not readable or does not exist")
    let dir = try #require(throws: GeomapError.self) {
      try ReportDecoder.load(contentsOf: InputFixtures.root, source: "Fixtures")
    }
    #expect(dir.kind == .unreadable)
  }

  /// `load(path:)` opens a path directly only where `URL(fileURLWithPath:)` would give it back as it
  /// is (absolute against the working directory); the others still go through the URL.
  @Test func pathsOpenedAsGivenAreTheURLsPaths() throws {
    let cwd = FileManager.default.currentDirectoryPath
    func absolute(_ path: String) -> String { path.hasPrefix("/") ? path : (cwd.hasSuffix("/") ? cwd : cwd + "/") + path }
    let plain = [
      "a.txt", "a b.txt", "//tmp/x", "/tmp//x", "/~/x", "a/~", "/tmp/.hidden", "/tmp/..x", "x/.../y", "/tmp/%41%zz",
      "file:///tmp/x", "/tmp/x?y#z;w", " a", "a\u{202E}b", "e\u{301}.txt", "/tmp/تقرير.txt", "-x",
    ]
    for path in plain {
      #expect(ReportDecoder.opensAsGiven(path), "\(path)")
      #expect(URL(fileURLWithPath: path).path == absolute(path), "\(path)")
    }
    for path in ["~/x.txt", "~", "a/", "/tmp/x/", "./a.txt", "a/./b", "a/../b", ".", "..", "a/.", ""] {
      #expect(!ReportDecoder.opensAsGiven(path), "\(path)")
    }
    // A trailing slash is dropped by the URL: the file is still read, as before.
    let file = InputFixtures.root.appendingPathComponent("devset").path
    let report = try #require(
      try FileManager.default.contentsOfDirectory(atPath: file).filter { $0.hasSuffix(".txt") }.sorted().first)
    let path = file + "/" + report
    let direct = try ReportDecoder.load(path: path)
    #expect(direct == (try ReportDecoder.load(contentsOf: URL(fileURLWithPath: path), source: path)))
    let slashed = try ReportDecoder.load(path: path + "/")
    #expect(slashed.text == direct.text && slashed.source == path + "/")
  }
}

@Suite struct InputArgumentTests {
  @Test func dateAndEncodingArguments() throws {
    #expect(try CalendarDate.argument("2017-07-04").description == "2017-07-04")
    let bad = try #require(throws: GeomapError.self) { try CalendarDate.argument("4/7/2017") }
    #expect(bad.description == "--date: '4/7/2017' is not a date in YYYY-MM-DD form")
    #expect(throws: GeomapError.self) { try CalendarDate.argument("2017-02-30") }
    #expect(try ReportEncoding.argument("CP1256") == .windows1256)
    let enc = try #require(throws: GeomapError.self) { try ReportEncoding.argument("koi8-r") }
    #expect(enc.description.hasPrefix("--encoding: 'koi8-r' is not one of utf-8, utf-16le"))
  }
}
