import Foundation
import Testing

@testable import GeomapCore

/// `UTF8Words.isValidUTF8` (the word-at-a-time check `ReportDecoder` decodes with) decides as the
/// standard library's `String(validating:as:)`, its reference: on every fixture report, on each of
/// them cut at every offset near its start, on every boundary of Unicode's table 3-7 at every
/// position in a word, and on random bytes and randomly damaged Arabic text.
@Suite struct UTF8ValidationTests {
  static func reference(_ bytes: [UInt8]) -> Bool { String(validating: bytes, as: UTF8.self) != nil }

  static func fast(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBytes { UTF8Words.isValidUTF8($0) }
  }

  /// The same answer, and `ReportDecoder.utf8Text` gives the very string of the reference; and
  /// `UTF8Words.isPlainUTF8` says whether the reference decodes them to text with no control
  /// scalar but tab, line feed, vertical tab and form feed.
  static func agree(_ bytes: [UInt8], _ note: @autoclosure () -> String) {
    let reference = String(validating: bytes, as: UTF8.self)
    let plain = reference.map { !$0.unicodeScalars.contains { $0.value < 0x20 && !(0x09...0x0C).contains($0.value) } }
    // Recorded only when they differ: `#expect` per case made the run ten times longer.
    if fast(bytes) != (reference != nil) || ReportDecoder.utf8Text(bytes) != reference
      || bytes.withUnsafeBytes({ UTF8Words.isPlainUTF8($0) }) != (plain ?? false)
    {
      Issue.record("\(note()): \(bytes.prefix(40)) valid: \(reference != nil) plain: \(plain ?? false)")
    }
  }

  /// Every byte below 0x20 at every offset of a word, after ASCII or Arabic text and before a long
  /// run of ASCII or Arabic, so the word test, the four-word ASCII runs and the scalar path each
  /// meet it (`isPlainUTF8` refuses all but tab, line feed, vertical tab and form feed).
  @Test func controlBytesAtEveryOffsetAgree() throws {
    let arabic = Array("من الرقة إلى حلب ثم إلى دير الزور".utf8)
    let english = Array("from Raqqa to Aleppo and then on to Deir ez-Zor".utf8)
    let seed = Array(try InputFixtures.seedText().utf8.prefix(200))
    for control in UInt8(0)..<0x20 {
      for padding in 0..<40 {
        for (before, after) in [(english, english), (english, arabic), (arabic, english), (arabic, arabic)] {
          let head = Array((before + before).prefix(padding))
          Self.agree(head + [control] + after, "\(control) after \(padding)")
          Self.agree(head + [control], "\(control) ending after \(padding)")
        }
        // Inside real text, after any scalar: cut only at a scalar's start.
        if seed[padding] & 0xC0 != 0x80 {
          Self.agree(Array(seed[..<padding]) + [control] + Array(seed[padding...]), "\(control) in the seed at \(padding)")
        }
      }
    }
  }

  @Test func fixtureReportsAgree() throws {
    let reports = try ScanWordFastPathTests.texts().reports
    #expect(reports.count > 150)
    for (n, report) in reports.enumerated() {
      let bytes = Array(report.utf8)
      #expect(Self.fast(bytes), "report \(n)")
      // Cut anywhere in its first 40 bytes, and the bytes after a cut (both halves of a scalar).
      for cut in 0..<min(40, bytes.count) {
        Self.agree(Array(bytes[..<cut]), "report \(n) up to \(cut)")
        Self.agree(Array(bytes[cut...].prefix(200)), "report \(n) from \(cut)")
      }
    }
  }

  /// Each lead byte with second bytes at and around its range's ends, and with a bad or missing
  /// third and fourth byte, placed at every offset of a word (after ASCII or Arabic text) and
  /// followed by Arabic text, so the word test, the scalar path and their hand-over all see it.
  @Test func tableBoundariesAtEveryOffsetAgree() {
    let arabic = Array("من الرقة إلى حلب".utf8)
    var cases: [[UInt8]] = []
    let seconds: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xE0, 0xFF]
    for lead in 0x80...0xFF {
      for second in seconds {
        for tail: [UInt8] in [[], [0x80], [0xBF], [0x41], [0x80, 0x80], [0x80, 0xC0], [0xBF, 0xBF, 0xBF]] {
          cases.append([UInt8(lead), second] + tail)
        }
      }
    }
    // Scalars at the limits: U+007F, U+0080, U+07FF, U+0800, U+D7FF, U+E000, U+FFFF, U+10000, U+10FFFF.
    for scalar: UInt32 in [0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFF, 0x1_0000, 0x10_FFFF] {
      cases.append(Array(String(Unicode.Scalar(scalar)!).utf8))
    }
    for body in cases {
      // Every offset in a word, and runs long enough for four ASCII words at a time.
      for padding in Array(0..<10) + [31, 32, 33, 40, 47] {
        let ascii = [UInt8](repeating: 0x61, count: padding)
        let before = Array(arabic.prefix(padding))
        Self.agree(ascii + body, "ascii \(padding) + \(body)")
        Self.agree(ascii + body + arabic, "ascii \(padding) + \(body) + arabic")
        Self.agree(before + body + arabic, "arabic \(padding) + \(body) + arabic")
      }
    }
  }

  /// A two-byte scalar split across two words, and a lead byte at a word's end with nothing, ASCII
  /// or another lead after it.
  @Test func scalarsAcrossWordEndsAgree() {
    for padding in 0..<24 {
      let ascii = [UInt8](repeating: 0x20, count: padding)
      for tail: [UInt8] in [[0xD8], [0xD8, 0xA7], [0xD8, 0x20], [0xD8, 0xD8], [0xD8, 0xA7, 0xA7], [0xA7], [0xC1, 0xBF]] {
        Self.agree(ascii + tail, "\(padding) + \(tail)")
        Self.agree(ascii + tail + Array("الرقة الرقة".utf8), "\(padding) + \(tail) + text")
      }
    }
  }

  @Test func randomBytesAndDamagedTextAgree() throws {
    var random = SplitMix(seed: 15)
    let text = Array(try InputFixtures.seedText().utf8.prefix(3000))
    for round in 0..<3000 {
      var bytes: [UInt8]
      if round % 3 == 0 {
        bytes = (0..<Int(random.next() % 40)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
      } else {
        // A slice of Arabic text with one to three bytes changed.
        let start = Int(random.next() % UInt64(text.count - 100))
        bytes = Array(text[start..<(start + 20 + Int(random.next() % 80))])
        for _ in 0...(round % 3) {
          bytes[Int(random.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: random.next())
        }
      }
      Self.agree(bytes, "round \(round)")
    }
  }
}
