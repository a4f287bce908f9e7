/// The columns of `places.tsv`, the bundled gazetteer's row format (see Geodata/README.md).
enum GazetteerRow {
  static let header =
    "id\tgeonameid\tkind\tcountry\tadmin1\tparent\tlat\tlon\tpopulation\tradius_km\tname\tname_ar\tvariants\tsource"

  /// Parses one row (without its newline); nil when it is malformed.
  ///
  /// The fields are found over the row's UTF-8 bytes and built straight from them: splitting the
  /// row into Substrings first (and its variants over their scalars) cost some 28k instructions a
  /// row, paid on the first look-up of every new name.
  static func parse(_ line: Substring) -> GazetteerEntry? {
    if let entry = line.utf8.withContiguousStorageIfAvailable({ parse(bytes: $0) }) { return entry }
    var copy = String(line)
    return copy.withUTF8 { parse(bytes: $0) }
  }

  /// `parse`, over a row's UTF-8 bytes (a String's, or the mapped `places.tsv`'s: invalid bytes are
  /// repaired as `String(decoding:as:)` repairs them, and never a tab or a "|"). When the bytes lie
  /// in `file`, the entry keeps its variants column there, split only when read
  /// (`GazetteerEntry.VariantNames`).
  static func parse(bytes: UnsafeBufferPointer<UInt8>, in file: MappedBytes? = nil) -> GazetteerEntry? {
    var row = Fields(bytes: bytes)
    guard let id = row.next(), let geonameID = row.next(), let kind = row.next(),
      let country = row.next(), let admin1 = row.next(), let parent = row.next(),
      let lat = row.next(), let lon = row.next(), let population = row.next(),
      let radius = row.next(), let name = row.next(), let nameAr = row.next(),
      let variants = row.next(),
      let kind = placeKind(kind), let lat = double(lat), let lon = double(lon)
    else { return nil }
    var variantNames = GazetteerEntry.VariantNames([])
    if let file, let base = file.base, let start = variants.baseAddress, !variants.isEmpty {
      let offset = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(start))
      variantNames = GazetteerEntry.VariantNames(column: offset..<offset + variants.count, of: file)
    } else if !variants.isEmpty {
      variantNames = GazetteerEntry.VariantNames(Self.variantNames(variants))
    }
    return GazetteerEntry(
      id: string(id), geonameID: int(geonameID), kind: kind, country: string(country),
      admin1: string(admin1), parentID: parent.isEmpty ? nil : string(parent),
      coordinate: Coordinate(longitude: lon, latitude: lat), population: int(population) ?? 0,
      radiusKm: double(radius).flatMap { $0 > 0 ? $0 : nil }, name: string(name),
      nameAr: string(nameAr), variantNames: variantNames,
      keys: GazetteerEntry.Keys(row: id, parent: parent.isEmpty ? nil : parent, country: country))
  }

  /// The tab-separated fields of a row, in order (as `split(separator: "\t",
  /// omittingEmptySubsequences: false)` gives them; a tab byte is always a Character of its own).
  private struct Fields {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Where the next field starts; past the end once the last field was read.
    var start = 0

    // Inlined: a call per field was a tenth of parsing a row.
    @inline(__always)
    mutating func next() -> UnsafeBufferPointer<UInt8>? {
      guard start <= bytes.count else { return nil }
      let end = bytes.index(of: UInt8(ascii: "\t"), from: start)
      defer { start = end + 1 }
      return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }
  }

  private static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    // Most rows have no admin1 (decoding no bytes still validates them).
    bytes.isEmpty ? "" : String(decoding: bytes, as: UTF8.self)
  }

  /// `PlaceKind(rawValue:)` of the bytes as text, compared as bytes (the raw values are lowercase
  /// ASCII words, which no other text is canonically equal to): the synthesized initializer
  /// compares a String with each raw value in turn, and `elementsEqual` over each raw value's
  /// UTF-8 view cost 790 instructions a row. Each raw value is held as its bytes packed into one
  /// number with their count, so a row compares two integers per kind (comparing arrays of bytes
  /// cost 360 instructions a row).
  private static func placeKind(_ bytes: UnsafeBufferPointer<UInt8>) -> PlaceKind? {
    guard let packed = packedWord(bytes) else { return nil }
    // Read through a buffer pointer, not by the array's iterator.
    return kinds.withUnsafeBufferPointer { kinds in
      for (kind, raw) in kinds where raw == packed { return kind }
      return nil
    }
  }

  /// Up to 15 bytes in one number: copied into its first bytes in memory, with their count in its
  /// last byte (so "a" and "a\0" differ); nil for more. (Shifting each byte into the number cost
  /// 66 of the 163 instructions of a row's kind; copied in, and with the table read through a
  /// buffer pointer, the kind costs 124.)
  @inline(__always)
  private static func packedWord(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt128? {
    guard bytes.count < 16 else { return nil }
    var packed: UInt128 = 0
    withUnsafeMutableBytes(of: &packed) { word in
      word.copyMemory(from: UnsafeRawBufferPointer(bytes))
      word[15] = UInt8(bytes.count)
    }
    return packed
  }

  /// The kinds with their packed raw values, the kinds most rows have first (villages, towns and
  /// cities are 99 % of the rows): each row compares with them in turn.
  private static let kinds: [(PlaceKind, UInt128)] = {
    let first: [PlaceKind] = [.village, .town, .city]
    return (first + PlaceKind.allCases.filter { !first.contains($0) }).map { kind in
      var raw = kind.rawValue
      return (kind, raw.withUTF8 { packedWord($0)! })
    }
  }()

  /// `Int(_:)` of the bytes as text, read straight from them when they are only digits (at most 18,
  /// so no overflow): a String per number cost more than the number.
  static func int(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard (1...18).contains(bytes.count), let base = bytes.baseAddress else { return Int(string(bytes)) }
    var n = 0
    // Through the base pointer, with wrapping arithmetic: the buffer's iterator and overflow
    // checks were 7 of a number's 74 instructions.
    for i in 0..<bytes.count {
      let digit = base[i] &- UInt8(ascii: "0")
      guard digit < 10 else { return Int(string(bytes)) }
      n = n &* 10 &+ Int(digit)
    }
    return n
  }

  /// `Double(_:)` of the bytes as text. A plain decimal ("-35.0125", at most 15 digits) is read
  /// here: its digits as an integer and the power of ten it is divided by are both exact Doubles,
  /// so the one correctly rounded division gives the correctly rounded value `Double(_:)` gives
  /// (a String per coordinate and the general parser cost a fifth of a row). Other text goes to
  /// `Double(_:)`.
  private static func double(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return Double(string(bytes)) }
    let negative = base[0] == UInt8(ascii: "-")
    let first = negative ? 1 : 0
    var mantissa: UInt64 = 0
    // The index of the point; -1 before one is met. (An optional count of the digits after it,
    // updated at each digit, and a loop over a slice made this a fifth of a row's fields.)
    var point = -1
    // Read through the base pointer, with wrapping arithmetic: the buffer's checked subscript and
    // overflow checks were a third of the loop. Past 19 digits the mantissa wraps, but those are
    // more than 15 and go to `Double(_:)` below.
    for i in first..<bytes.count {
      let digit = base[i] &- UInt8(ascii: "0")
      if digit < 10 {
        mantissa = mantissa &* 10 &+ UInt64(digit)
      } else if base[i] == UInt8(ascii: "."), point < 0, i > first {
        point = i
      } else {
        return Double(string(bytes))
      }
    }
    let fraction = point < 0 ? 0 : bytes.count - 1 - point
    let digits = bytes.count - first - (point < 0 ? 0 : 1)
    guard (1...15).contains(digits), point < 0 || fraction > 0 else { return Double(string(bytes)) }
    let value = Double(mantissa) / powersOfTen[fraction]
    return negative ? -value : value
  }

  /// 10 to the powers 0 through 15, every one an exact Double. (With a loop multiplying up to the
  /// scale and a count of the digits kept at each digit, a number cost 162 instructions; 128 now.)
  private static let powersOfTen: [Double] = [
    1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
  ]

  /// The variants column split at "|" without empty pieces: the Character split's pieces, found
  /// over the bytes wherever each "|" stands alone as a Character (see `isLoneNeighbour`); a column
  /// where one may not takes the Character split.
  static func variantNames(_ column: UnsafeBufferPointer<UInt8>) -> [String] {
    guard let bars = loneBars(column) else { return string(column).split(separator: "|").map(String.init) }
    var names: [String] = []
    // Grown from empty, the array was copied at every few names.
    if !column.isEmpty { names.reserveCapacity(bars + 1) }
    _ = firstPiece(splitAtLoneBars: column) { name in
      names.append(string(name))
      return false
    }
    return names
  }

  /// Calls `body` with the UTF-8 bytes of each of `variantNames(column)` in turn until it returns
  /// true; whether it did. Where the bars stand alone, no String is made.
  static func firstVariant(
    in column: UnsafeBufferPointer<UInt8>, where body: (UnsafeBufferPointer<UInt8>) -> Bool
  ) -> Bool {
    guard loneBars(column) != nil else {
      return string(column).split(separator: "|").contains { piece in
        var name = String(piece)
        return name.withUTF8(body)
      }
    }
    return firstPiece(splitAtLoneBars: column, where: body)
  }

  /// `firstVariant`'s pieces where every "|" stands alone: the bytes between them.
  private static func firstPiece(
    splitAtLoneBars column: UnsafeBufferPointer<UInt8>, where body: (UnsafeBufferPointer<UInt8>) -> Bool
  ) -> Bool {
    var start = 0
    while start < column.count {
      let k = column.index(of: UInt8(ascii: "|"), from: start)
      if start < k, body(UnsafeBufferPointer(rebasing: column[start..<k])) { return true }
      start = k + 1
    }
    return false
  }

  /// The number of "|" in the column when each stands alone as a Character (its neighbours can
  /// join no "|" into one), else nil.
  private static func loneBars(_ column: UnsafeBufferPointer<UInt8>) -> Int? {
    let bar = UInt8(ascii: "|")
    var bars = 0
    var k = column.index(of: bar, from: 0)
    while k < column.count {
      var lead = k - 1
      while lead > 0 && column[lead] & 0xC0 == 0x80 { lead -= 1 }
      let previous = k > 0 ? scalar(at: lead, in: column) : nil
      let after = k + 1 < column.count ? scalar(at: k + 1, in: column) : nil
      guard isLoneNeighbour(previous), isLoneNeighbour(after) else { return nil }
      bars += 1
      k = column.index(of: bar, from: k + 1)
    }
    return bars
  }

  /// The scalar whose UTF-8 bytes start at `i` (U+FFFD, which is no lone neighbour, if they are
  /// not valid).
  private static func scalar(at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
    // An ASCII byte (most names beside a "|" end or start with one) is its scalar.
    if bytes[i] < 0x80 { return Unicode.Scalar(bytes[i]) }
    var decoder = UTF8()
    var rest = bytes[i...].makeIterator()
    guard case .scalarValue(let s) = decoder.decode(&rest) else { return "\u{FFFD}" }
    return s
  }

  /// Whether `s` (nil: the text's edge) cannot join a "|" beside it into one Character: none of
  /// these is a prepend, an extend, a spacing mark or a joiner (the Arabic block's letters past
  /// «ي», «ی» and «ک» among them, Latin Extended Additional «Ḩ», and the quotes ‘ ’ were a twentieth
  /// of the rows sent to the Character split; the IPA letters and modifier letters «ə» «ʻ», «ە»
  /// and the quotes “ ” were most of the rest, rows of large cities with long variant lists, each
  /// split by Characters at the cost of eight rows).
  private static func isLoneNeighbour(_ s: Unicode.Scalar?) -> Bool {
    guard let v = s?.value else { return true }
    return (0x20...0x7E).contains(v) || (0xC0...0x2FF).contains(v) || (0x0621...0x064A).contains(v)
      || (0x0671...0x06D5).contains(v) || (0x1E00...0x1EFF).contains(v) || (0x2018...0x201F).contains(v)
  }
}

extension GazetteerEntry {
  /// Every name of the entry: English, Arabic, then the variants, without duplicates or empties.
  public var allNames: [String] {
    var seen = Set<String>()
    return ([name, nameAr] + variants).filter { !$0.isEmpty && seen.insert($0).inserted }
  }
}
