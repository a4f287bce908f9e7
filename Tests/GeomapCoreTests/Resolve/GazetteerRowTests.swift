import Foundation
import Testing

@testable import GeomapCore

/// Rows are parsed over their bytes; the entries must be those of the Character splits.
@Suite struct GazetteerRowTests {
  /// A row parsed by splitting it, and its variants, into Characters.
  func characterParse(_ line: Substring) -> GazetteerEntry? {
    let f = line.split(separator: "\t", omittingEmptySubsequences: false)
    guard f.count >= 13, let kind = PlaceKind(rawValue: String(f[2])), let lat = Double(f[6]),
      let lon = Double(f[7])
    else { return nil }
    return GazetteerEntry(
      id: String(f[0]), geonameID: Int(f[1]), kind: kind, country: String(f[3]),
      admin1: String(f[4]), parentID: f[5].isEmpty ? nil : String(f[5]),
      coordinate: Coordinate(longitude: lon, latitude: lat), population: Int(f[8]) ?? 0,
      radiusKm: Double(f[9]).flatMap { $0 > 0 ? $0 : nil }, name: String(f[10]),
      nameAr: String(f[11]), variants: f[12].split(separator: "|").map(String.init))
  }

  @Test func splitsVariantsAsCharactersDo() throws {
    let cases: [String] = [
      "الرقة|Raqqa|Ar Raqqah", "|a||b|", "", "|", "Ḩamāh|حماة", "تل|ً|x",  // a haraka after "|"
      "\u{0600}|x",  // a prepend before "|" joins it
      "a|\u{301}b", "\r\n|\r\n",
      "کفر|ی|Ḩ|ṣ‘|’x", "ی|\u{0670}", "\u{06DD}|ک", "ۓ|\u{06D6}",  // a prepend or mark beside one
      "ە|ʻ|ə|“x”|ˌ", "ە|\u{06D6}", "ʻ|\u{0301}",
    ]
    for text in cases {
      let row = "gn:1\t1\tcity\tSY\t\t\t35.9\t39.0\t0\t\tRaqqa\tالرقة\t\(text)\tgeonames"
      let entry = try #require(GazetteerRow.parse(row[...]))
      #expect(entry.variants == text.split(separator: "|").map(String.init))
      #expect(entry == characterParse(row[...]))
    }
  }

  /// Numbers read from the bytes (plain decimals) and those left to `Double(_:)` and `Int(_:)`.
  @Test func readsNumbersAsTheStringParsersDo() {
    let numbers = [
      "0", "-0", "35.9", "-35.0125", "007.50", "1.", ".5", "-.5", "1e3", "+1", "-", "", " 1", "1 ", "1.2.3",
      "123456789012345.6", "1234567890123456", "0.1234567890123456789", "99999999999999999999", "inf",
      "٣٥.٩", "-0.0", "123456789012345", "12345678901234.5", "1234567890123456.", "0.000000000000001",
      "0.00000000000001", "33.000000000000", "-1234.567890123456",
    ]
    for lat in numbers {
      for n in numbers {
        let row = "gn:1\t\(n)\tcity\tSY\t\t\t\(lat)\t\(n)\t\(n)\t\(n)\tRaqqa\tالرقة\t\tgeonames"
        let entry = GazetteerRow.parse(row[...])
        let split = characterParse(row[...])
        #expect(entry == split, "\(lat) \(n)")
        // Bit for bit (`==` takes -0 for 0).
        #expect(entry.map(numberBits) == split.map(numberBits), "\(lat) \(n)")
      }
    }
  }

  /// The bits of an entry's numbers.
  func numberBits(_ e: GazetteerEntry) -> [UInt64] {
    [e.coordinate.latitude.bitPattern, e.coordinate.longitude.bitPattern, e.radiusKm.bitPattern,
     UInt64(bitPattern: Int64(e.population)), UInt64(bitPattern: Int64(e.geonameID ?? -1))]
  }

  /// Fields of many lengths, and rows cut short at every byte (fields missing, or a last one
  /// without its tab).
  @Test func findsTabsWhateverTheFieldLengths() throws {
    let letters = "abcdefghijklmnopqrstuvwxyz"
    for n in 0...26 {
      let word = String(letters.prefix(n))
      let rows = [
        "gn:\(word)\t1\tcity\tSY\t\t\t35.9\t39.0\t0\t\tRaqqa\tالرقة\tRakka\tgeonames",
        "gn:1\t1\tcity\t\(word)\t\(word)\t\(word)\t35.9\t39.0\t0\t\tRaqqa\tالرقة\tRakka\tgeonames",
        "gn:1\t1\tcity\tSY\t\t\t35.9\t39.0\t0\t\t\(word)\t\(word)\t\(word)\t\(word)",
        "\t\t\t\t\t\t\t\t\t\t\t\t\(word)",
      ]
      for row in rows {
        #expect(GazetteerRow.parse(row[...]) == characterParse(row[...]), "\(row)")
        for cut in row.indices {
          let short = row[..<cut]
          #expect(GazetteerRow.parse(short) == characterParse(short), "\(short)")
        }
      }
    }
  }

  @Test func malformedRowsAreNil() {
    for row in ["", "gn:1\t1\tcity", "gn:1\t1\tnowhere\tSY\t\t\t1\t2\t0\t\ta\tb\tc", "gn:1\t1\tcity\tSY\t\t\tx\t2\t0\t\ta\tb\tc"] {
      #expect(GazetteerRow.parse(row[...]) == nil)
      #expect(characterParse(row[...]) == nil)
    }
  }

  /// Every row of the bundled gazetteer parses to the entry the Character splits give.
  @Test(.enabled(if: GeodataFilesDirectory() != nil)) func bundledRowsParseAsCharacterSplitsDo() throws {
    let dir = try #require(GeodataFilesDirectory())
    let text = try String(contentsOf: dir.appendingPathComponent("places.tsv"), encoding: .utf8)
    var rows = 0
    for line in text.split(separator: "\n").dropFirst() {
      let entry = GazetteerRow.parse(line)
      #expect(entry != nil)
      if entry != characterParse(line) { Issue.record("differs: \(line)") }
      rows += 1
    }
    #expect(rows > 200_000)
  }

  /// Rows read in place in the mapped `places.tsv` keep their variants column unsplit; read, compared,
  /// hashed and encoded, they are the entries the Character splits give.
  @Test(.enabled(if: GeodataFilesDirectory() != nil)) func bundledRowsReadInPlaceAreTheSplitEntries() throws {
    let dir = try #require(GeodataFilesDirectory())
    let file = try #require(MappedBytes.map(path: dir.appendingPathComponent("places.tsv").path))
    let bytes = file.bytes
    var start = SortedLines.afterFirstLine(bytes)
    // Keys sorted: an encoder writes a keyed container's keys in any order.
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    var rows = 0
    while start < bytes.count {
      let row = try #require(SortedLines.line(at: start, in: bytes))
      start += row.count + 1
      let line = String(decoding: row, as: UTF8.self)[...]
      let entry = try #require(GazetteerRow.parse(bytes: row, in: file))
      let split = try #require(characterParse(line))
      // The id and country keys read from the row's bytes are those of its Strings.
      if entry != split || entry.variants != split.variants || entry.hashValue != split.hashValue
        || entry.keys != split.keys || numberBits(entry) != numberBits(split)
        || variantsAsked(entry) != split.variants
        || entry.variantsContain(bytesMayMatch: PlaceRecognizer.mayOpenWithArticle, where: opensWithArticle)
          != split.variants.contains(where: opensWithArticle)
      {
        Issue.record("differs: \(line)")
      }
      // Every 50th row also encoded (JSON of the whole file is slow).
      if rows % 50 == 0, try encoder.encode(entry) != encoder.encode(split) {
        Issue.record("encodes differently: \(line)")
      }
      rows += 1
    }
    #expect(rows > 200_000)
  }

  /// The variants `variantsContain` asks of, in order.
  func variantsAsked(_ entry: GazetteerEntry) -> [String] {
    var asked: [String] = []
    let found = entry.variantsContain(bytesMayMatch: { _ in true }) { name in
      asked.append(name)
      return false
    }
    #expect(!found)
    return asked
  }

  /// Whether a name's first token is Arabic and opens with «ال» (none does whose bytes fail
  /// `mayOpenWithArticle`).
  func opensWithArticle(_ name: String) -> Bool {
    var copy = name
    guard copy.withUTF8(PlaceRecognizer.mayOpenWithArticle), let t = Tokenizer.tokens(in: name).first else {
      return false
    }
    return PlaceRecognizer.opensWithArticle(t)
  }

  /// `variantsContain` asks of the variants in order, stops at the first match, and answers as
  /// `variants.contains` does: in place and from a list, where the bars stand alone and where the
  /// Character split decides.
  @Test func variantsContainAsksTheVariants() throws {
    let columns = ["الرقة|Raqqa|Ar Raqqah", "|a||b|", "", "|", "تل|ً|x", "\u{0600}|x", "a|\u{301}b", "ە|\u{06D6}"]
    for column in columns {
      let row = "gn:1\t1\tcity\tSY\t\t\t35.9\t39.0\t0\t\tRaqqa\tالرقة\t\(column)\tgeonames"
      let file = MappedBytes(copying: Data(row.utf8))
      for entry in [try #require(GazetteerRow.parse(bytes: file.bytes, in: file)), try #require(GazetteerRow.parse(row[...]))] {
        #expect(variantsAsked(entry) == entry.variants)
        for target in entry.variants + ["none"] {
          var asked = 0
          let found = entry.variantsContain(bytesMayMatch: { $0.count > 0 }) { name in
            asked += 1
            return name == target
          }
          #expect(found == entry.variants.contains(target))
          #expect(asked == (entry.variants.firstIndex(of: target).map { $0 + 1 } ?? entry.variants.count))
        }
        // Names whose bytes fail are not asked.
        #expect(!entry.variantsContain(bytesMayMatch: { _ in false }) { _ in true })
      }
    }
  }

  /// A variants column in place, against the same column parsed from a String, on the edge cases of
  /// the split.
  @Test func variantsInPlaceAreTheSplitOnes() throws {
    let columns = ["الرقة|Raqqa|Ar Raqqah", "|a||b|", "", "|", "تل|ً|x", "\u{0600}|x", "a|\u{301}b", "ە|\u{06D6}"]
    for column in columns {
      let row = "gn:1\t1\tcity\tSY\t\t\t35.9\t39.0\t0\t\tRaqqa\tالرقة\t\(column)\tgeonames"
      let file = MappedBytes(copying: Data(row.utf8))
      let entry = try #require(GazetteerRow.parse(bytes: file.bytes, in: file))
      #expect(entry.variants == column.split(separator: "|").map(String.init))
      #expect(entry == GazetteerRow.parse(row[...]))
    }
  }
}
