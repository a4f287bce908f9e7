/// The columns of `places.tsv`, the bundled gazetteer's row format (see Geodata/README.md).
enum GazetteerRow {
  static let header =
    "id\tgeonameid\tkind\tcountry\tadmin1\tparent\tlat\tlon\tpopulation\tradius_km\tname\tname_ar\tvariants\tsource"

  /// Parses one row (without its newline); nil when it is malformed.
  static func parse(_ line: Substring) -> GazetteerEntry? {
    let f = split(line, at: "\t", omittingEmpty: false)
    guard f.count >= 13, let kind = PlaceKind(rawValue: String(f[2])), let lat = Double(f[6]),
      let lon = Double(f[7])
    else { return nil }
    let variants = f[12].isEmpty ? [] : split(f[12], at: "|", omittingEmpty: true).map(String.init)
    return GazetteerEntry(
      id: String(f[0]), geonameID: Int(f[1]), kind: kind, country: String(f[3]),
      admin1: String(f[4]), parentID: f[5].isEmpty ? nil : String(f[5]),
      coordinate: Coordinate(longitude: lon, latitude: lat), population: Int(f[8]) ?? 0,
      radiusKm: Double(f[9]).flatMap { $0 > 0 ? $0 : nil }, name: String(f[10]),
      nameAr: String(f[11]), variants: variants)
  }

  /// `text.split(separator: Character(separator), omittingEmptySubsequences:)`, found over the
  /// text's scalars: the Character split ran grapheme breaking over every Arabic name of every row
  /// parsed (most of a cold lookup). The pieces are the same wherever each separator stands alone
  /// as a Character: a tab always does (a control breaks on both sides); "|" does between ASCII,
  /// Latin and Arabic letters, which are neither a prepend before it nor a mark after it. Anything
  /// else takes the Character split.
  static func split(_ text: Substring, at separator: Unicode.Scalar, omittingEmpty: Bool) -> [Substring] {
    // The separators are found over the UTF-8 bytes, and scalars decoded only beside them: an
    // ASCII byte never stands inside a longer scalar's bytes, and walking the scalars of every
    // column of every row parsed was most of a cold lookup.
    let utf8 = text.utf8
    let scalars = text.unicodeScalars
    guard separator.isASCII,
      let offsets = utf8.withContiguousStorageIfAvailable({ bytes -> [Int] in
        var out: [Int] = []
        for k in bytes.indices where bytes[k] == UInt8(truncatingIfNeeded: separator.value) { out.append(k) }
        return out
      })
    else { return splitOverScalars(text, at: separator, omittingEmpty: omittingEmpty) }
    var pieces: [Substring] = []
    pieces.reserveCapacity(offsets.count + 1)
    var start = scalars.startIndex
    for k in offsets {
      let at = utf8.index(utf8.startIndex, offsetBy: k)
      let next = utf8.index(after: at)
      if separator != "\t" {
        let previous = at > scalars.startIndex ? scalars[scalars.index(before: at)] : nil
        let after = next < scalars.endIndex ? scalars[next] : nil
        guard isLoneNeighbour(previous), isLoneNeighbour(after) else {
          return text.split(separator: Character(separator), omittingEmptySubsequences: omittingEmpty)
        }
      }
      if !omittingEmpty || start < at { pieces.append(Substring(scalars[start..<at])) }
      start = next
    }
    if !omittingEmpty || start < scalars.endIndex { pieces.append(Substring(scalars[start..<scalars.endIndex])) }
    return pieces
  }

  /// `split`, over the text's scalars (text whose bytes are not contiguous).
  static func splitOverScalars(_ text: Substring, at separator: Unicode.Scalar, omittingEmpty: Bool) -> [Substring] {
    let scalars = text.unicodeScalars
    var pieces: [Substring] = []
    var start = scalars.startIndex
    var previous: Unicode.Scalar?
    var i = scalars.startIndex
    while i < scalars.endIndex {
      let s = scalars[i]
      let next = scalars.index(after: i)
      if s == separator {
        if separator != "\t" {
          let after = next < scalars.endIndex ? scalars[next] : nil
          guard isLoneNeighbour(previous), isLoneNeighbour(after) else {
            return text.split(separator: Character(separator), omittingEmptySubsequences: omittingEmpty)
          }
        }
        if !omittingEmpty || start < i { pieces.append(Substring(scalars[start..<i])) }
        start = next
      }
      previous = s
      i = next
    }
    if !omittingEmpty || start < scalars.endIndex { pieces.append(Substring(scalars[start..<scalars.endIndex])) }
    return pieces
  }

  /// Whether `s` (nil: the text's edge) cannot join a "|" beside it into one Character: none of
  /// these is a prepend, an extend, a spacing mark or a joiner (the Arabic block's letters past
  /// «ي», «ی» and «ک» among them, Latin Extended Additional «Ḩ», and the quotes ‘ ’ were a twentieth
  /// of the rows sent to the Character split).
  private static func isLoneNeighbour(_ s: Unicode.Scalar?) -> Bool {
    guard let v = s?.value else { return true }
    return (0x20...0x7E).contains(v) || (0xC0...0x24F).contains(v) || (0x0621...0x064A).contains(v)
      || (0x0671...0x06D3).contains(v) || (0x1E00...0x1EFF).contains(v) || v == 0x2018 || v == 0x2019
  }
}

extension GazetteerEntry {
  /// Every name of the entry: English, Arabic, then the variants, without duplicates or empties.
  public var allNames: [String] {
    var seen = Set<String>()
    return ([name, nameAr] + variants).filter { !$0.isEmpty && seen.insert($0).inserted }
  }
}
