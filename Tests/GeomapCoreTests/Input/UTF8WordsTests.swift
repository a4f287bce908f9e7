import Testing

@testable import GeomapCore

/// The eight-bytes-at-a-time counts agree with byte-by-byte ones on every byte value, at every
/// offset and length (words, four-word blocks and tails).
@Suite struct UTF8WordsTests {
  static let bytes: [UInt8] = {
    // Every byte value, then Arabic, Latin, newlines and control bytes mixed, 600 bytes in all.
    var out = (0...255).map { UInt8($0) }
    let text = "خرج مقاتلو التنظيم من الرقة\nISIS left Raqqa\u{01}\u{1F} 🙂 é\n\n"
    while out.count < 600 { out += Array(text.utf8) }
    return out
  }()

  @Test func countsAgreeWithAByteLoop() {
    Self.bytes.withUnsafeBytes { raw in
      for start in [0, 1, 3, 7, 8, 31, 32, 33, 200] {
        for end in stride(from: start, through: raw.count, by: 13) {
          for byte: UInt8 in [0x0A, 0x00, 0xD9, 0x80, 0xFF] {
            let naive = raw[start..<end].filter { $0 == byte }.count
            #expect(UTF8Words.count(byte, in: raw, start..<end) == naive, "\(byte) \(start)..<\(end)")
          }
        }
      }
      for offset in stride(from: 0, through: raw.count - 32, by: 5) {
        let naive = raw[offset..<(offset + 32)].filter { $0 & 0xC0 != 0x80 }.count
        #expect(UTF8Words.scalarStarts32(raw, at: offset) == naive, "\(offset)")
        let word = UTF8Words.word(raw, at: offset)
        #expect(UTF8Words.scalarStarts(word) == raw[offset..<(offset + 8)].filter { $0 & 0xC0 != 0x80 }.count)
        #expect(UTF8Words.hasByteBelow(word, 0x20) == raw[offset..<(offset + 8)].contains { $0 < 0x20 })
      }
    }
  }
}
