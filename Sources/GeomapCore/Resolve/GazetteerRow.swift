/// The columns of `places.tsv`, the bundled gazetteer's row format (see Geodata/README.md).
enum GazetteerRow {
  static let header =
    "id\tgeonameid\tkind\tcountry\tadmin1\tparent\tlat\tlon\tpopulation\tradius_km\tname\tname_ar\tvariants\tsource"

  /// Parses one row (without its newline); nil when it is malformed.
  static func parse(_ line: Substring) -> GazetteerEntry? {
    let f = line.split(separator: "\t", omittingEmptySubsequences: false)
    guard f.count >= 13, let kind = PlaceKind(rawValue: String(f[2])), let lat = Double(f[6]),
      let lon = Double(f[7])
    else { return nil }
    let variants = f[12].isEmpty ? [] : f[12].split(separator: "|").map(String.init)
    return GazetteerEntry(
      id: String(f[0]), geonameID: Int(f[1]), kind: kind, country: String(f[3]),
      admin1: String(f[4]), parentID: f[5].isEmpty ? nil : String(f[5]),
      coordinate: Coordinate(longitude: lon, latitude: lat), population: Int(f[8]) ?? 0,
      radiusKm: Double(f[9]).flatMap { $0 > 0 ? $0 : nil }, name: String(f[10]),
      nameAr: String(f[11]), variants: variants)
  }
}

extension GazetteerEntry {
  /// Every name of the entry: English, Arabic, then the variants, without duplicates or empties.
  public var allNames: [String] {
    var seen = Set<String>()
    return ([name, nameAr] + variants).filter { !$0.isEmpty && seen.insert($0).inserted }
  }
}
