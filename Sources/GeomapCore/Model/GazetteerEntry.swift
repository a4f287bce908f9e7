/// One place of the bundled gazetteer.
///
/// The fields live in one immutable box, so copying an entry is one retain instead of one per
/// string and array field (seven): mentions, candidates and scored alternatives copy entries all
/// through the reading pipeline, and those copies were much of its reference counting. A setter
/// replaces the box (entries are edited only when overrides are built, never while reading).
public struct GazetteerEntry: Hashable, Sendable, Codable {
  private var box: Box

  public init(
    id: String, geonameID: Int? = nil, kind: PlaceKind, country: String, admin1: String = "",
    parentID: String? = nil, coordinate: Coordinate, population: Int = 0, radiusKm: Double? = nil,
    name: String, nameAr: String = "", variants: [String] = []
  ) {
    self.init(
      id: id, geonameID: geonameID, kind: kind, country: country, admin1: admin1, parentID: parentID,
      coordinate: coordinate, population: population, radiusKm: radiusKm, name: name, nameAr: nameAr,
      variantNames: VariantNames(variants))
  }

  /// `init`, with the variants as a row of the mapped gazetteer holds them (`VariantNames`), and
  /// with the id and country keys when the row's bytes gave them (`Keys(row:parent:country:)`).
  init(
    id: String, geonameID: Int?, kind: PlaceKind, country: String, admin1: String, parentID: String?,
    coordinate: Coordinate, population: Int, radiusKm: Double?, name: String, nameAr: String,
    variantNames: VariantNames, keys: Keys? = nil
  ) {
    let fields = Fields(
      id: id, geonameID: geonameID, kind: kind, country: country, admin1: admin1, parentID: parentID,
      coordinate: coordinate, population: population, radiusKm: radiusKm ?? kind.defaultRadiusKm,
      name: name, nameAr: nameAr, variants: variantNames)
    box = Box(fields, keys: keys ?? Keys(id: id, parentID: parentID, country: country))
  }

  /// Stable id: `gn:<GeoNames id>` where GeoNames has the place, else `wof:<id>` or `geomap:<slug>`.
  public var id: String {
    get { box.fields.id }
    set { edit { $0.id = newValue } }
  }
  /// The GeoNames id, when there is one.
  public var geonameID: Int? {
    get { box.fields.geonameID }
    set { edit { $0.geonameID = newValue } }
  }
  public var kind: PlaceKind {
    get { box.fields.kind }
    set { edit { $0.kind = newValue } }
  }
  /// ISO 3166-1 alpha-2 country code.
  public var country: String {
    get { box.fields.country }
    set { edit { $0.country = newValue } }
  }
  /// First-level division (governorate/province) in English, empty when unknown.
  public var admin1: String {
    get { box.fields.admin1 }
    set { edit { $0.admin1 = newValue } }
  }
  /// The id of the entry this one belongs to (a neighbourhood's city, a countryside's city), if any.
  public var parentID: String? {
    get { box.fields.parentID }
    set { edit { $0.parentID = newValue } }
  }
  public var coordinate: Coordinate {
    get { box.fields.coordinate }
    set { edit { $0.coordinate = newValue } }
  }
  public var population: Int {
    get { box.fields.population }
    set { edit { $0.population = newValue } }
  }
  /// Radius in km of the area the entry stands for; zones are sized from it.
  public var radiusKm: Double {
    get { box.fields.radiusKm }
    set { edit { $0.radiusKm = newValue } }
  }
  /// Preferred English name.
  public var name: String {
    get { box.fields.name }
    set { edit { $0.name = newValue } }
  }
  /// Preferred Arabic name, empty when none is known.
  public var nameAr: String {
    get { box.fields.nameAr }
    set { edit { $0.nameAr = newValue } }
  }
  /// Every other spelling (English, Arabic and other Latin transliterations). Split from the
  /// row's column at each read for an entry of the mapped gazetteer (see `VariantNames`).
  public var variants: [String] {
    get { box.fields.variants.names }
    set { edit { $0.variants = VariantNames(newValue) } }
  }

  /// `variants.contains(where: matches)`, where `matches` holds only of names whose UTF-8 bytes
  /// pass `mayMatch`: each variant is asked `mayMatch` first, and the variants of an entry of the
  /// mapped gazetteer are made Strings only when their bytes pass (splitting the whole column
  /// into Strings was most of asking a question of the variants, which most fail on their bytes).
  func variantsContain(
    bytesMayMatch mayMatch: (UnsafeBufferPointer<UInt8>) -> Bool, where matches: (String) -> Bool
  ) -> Bool {
    box.fields.variants.contains(bytesMayMatch: mayMatch, where: matches)
  }

  private mutating func edit(_ change: (inout Fields) -> Void) {
    var f = box.fields
    change(&f)
    box = Box(f, keys: Keys(id: f.id, parentID: f.parentID, country: f.country))
  }

  // Equality, hashing and coding are the fields' own (the synthesized ones, in declaration order),
  // so entries compare, hash and encode exactly as when they were stored inline.
  public static func == (a: GazetteerEntry, b: GazetteerEntry) -> Bool {
    a.box === b.box || a.box.fields == b.box.fields
  }

  public func hash(into hasher: inout Hasher) { box.fields.hash(into: &hasher) }

  /// The identity of this entry's stored fields: entries with the same one are equal (equal
  /// entries may have different ones). A key only while an entry holding it is alive, since the
  /// storage of a freed entry can be reused; printing caches a place's columns by it.
  public var storageIdentity: ObjectIdentifier { ObjectIdentifier(box) }

  public init(from decoder: any Decoder) throws {
    let fields = try Fields(from: decoder)
    box = Box(fields, keys: Keys(id: fields.id, parentID: fields.parentID, country: fields.country))
  }

  public func encode(to encoder: any Encoder) throws { try box.fields.encode(to: encoder) }

  /// The stored values, in the order (and with the coding keys) of the public properties.
  private struct Fields: Hashable, Sendable, Codable {
    var id: String
    var geonameID: Int?
    var kind: PlaceKind
    var country: String
    var admin1: String
    var parentID: String?
    var coordinate: Coordinate
    var population: Int
    var radiusKm: Double
    var name: String
    var nameAr: String
    var variants: VariantNames
  }

  /// The variant names: a list, or where they stand in a row of a mapped `places.tsv`, split only
  /// when read. A row's first look-up parsed every variant into a String (over half of parsing a
  /// row), yet recognition reads the variants of few entries, and those only once per name key
  /// (`PlaceRecognizer.takesArticle`, `Gazetteer.bestName`). Equal, hashed and coded as the list.
  struct VariantNames: Hashable, Sendable, Codable {
    private enum Storage: Sendable {
      case names([String])
      /// The column's bytes in the mapped file, which this keeps alive.
      case column(MappedBytes, Range<Int>)
    }

    private let storage: Storage

    init(_ names: [String]) { storage = .names(names) }

    /// The variants column at `range` of `file`'s bytes.
    init(column range: Range<Int>, of file: MappedBytes) {
      precondition(range.lowerBound >= 0 && range.upperBound <= file.count, "a column inside the file")
      storage = .column(file, range)
    }

    var names: [String] {
      switch storage {
      case .names(let names): return names
      case .column(let file, let range): return GazetteerRow.variantNames(UnsafeBufferPointer(rebasing: file.bytes[range]))
      }
    }

    /// See `GazetteerEntry.variantsContain(bytesMayMatch:where:)`.
    func contains(
      bytesMayMatch mayMatch: (UnsafeBufferPointer<UInt8>) -> Bool, where matches: (String) -> Bool
    ) -> Bool {
      switch storage {
      case .names(let names):
        return names.contains { name in
          var name = name
          return name.withUTF8(mayMatch) && matches(name)
        }
      case .column(let file, let range):
        return GazetteerRow.firstVariant(in: UnsafeBufferPointer(rebasing: file.bytes[range])) {
          mayMatch($0) && matches(String(decoding: $0, as: UTF8.self))
        }
      }
    }

    static func == (a: VariantNames, b: VariantNames) -> Bool { a.names == b.names }
    func hash(into hasher: inout Hasher) { names.hash(into: &hasher) }
    init(from decoder: any Decoder) throws { storage = .names(try [String](from: decoder)) }
    func encode(to encoder: any Encoder) throws { try names.encode(to: encoder) }
  }

  private final class Box: Sendable {
    let fields: Fields
    let keys: Keys

    init(_ fields: Fields, keys: Keys) {
      self.keys = keys
      // Stored last, so the fields are moved in (stored first, they were copied and the argument
      // destroyed: a twentieth of parsing a gazetteer row).
      self.fields = fields
    }
  }

  /// `id`, `parentID` and `country` as numbers, worked out once per entry: resolution compares
  /// ids and country codes of every candidate many times over (`IDKey`).
  struct Keys: Sendable, Equatable {
    let idKey: IDKey
    let parentKey: IDKey?
    /// The country code's two bytes when it is two ASCII characters, else 0.
    let countryCode: UInt16

    private init(idKey: IDKey, parentKey: IDKey?, countryCode: UInt16) {
      self.idKey = idKey
      self.parentKey = parentKey
      self.countryCode = countryCode
    }

    init(id: String, parentID: String?, country: String) {
      self.init(
        idKey: IDKey(id), parentKey: parentID.map(IDKey.init), countryCode: GazetteerEntry.countryCode(country))
    }

    /// The keys of a gazetteer row's id, parent (nil when the row has none) and country columns,
    /// read from their bytes: building them from the columns' Strings was a twelfth of parsing a
    /// row. The same keys as from the Strings `String(decoding:as:)` makes of these bytes: valid
    /// UTF-8 is kept byte for byte, and the bytes of invalid UTF-8 and of its repair are all
    /// non-ASCII, which no key holds (`IDKey(bytes:)`, `countryCode(bytes:)`).
    init(row id: UnsafeBufferPointer<UInt8>, parent: UnsafeBufferPointer<UInt8>?, country: UnsafeBufferPointer<UInt8>) {
      self.init(
        idKey: IDKey(bytes: id), parentKey: parent.map(IDKey.init(bytes:)),
        countryCode: GazetteerEntry.countryCode(bytes: country))
    }
  }

  /// The entry's keys (tests compare those read from a row's bytes with those of its Strings).
  var keys: Keys { box.keys }

  /// An id's first 16 UTF-8 bytes as one big-endian number (zero after a shorter id), kept for ids
  /// of ASCII characters other than NUL. For those `String` compares the bytes, so two keys that
  /// differ order their ids as `<` does (zero sorts a prefix first), and equal keys of ids of at most
  /// 16 bytes mean equal ids; anything else falls back to comparing the Strings.
  struct IDKey: Sendable, Equatable {
    /// nil when the id has another character (compared as Strings).
    let prefix: UInt128?
    /// Whether `prefix` holds the whole id.
    let isWhole: Bool

    init(_ id: String) {
      var id = id
      self = id.withUTF8(Self.init(bytes:))
    }

    /// Read over the id's bytes as two 8-byte words: shifting each byte into a 128-bit number (by
    /// its place, or by 8) and the String's UTF-8 iterator made this a twelfth of parsing a
    /// gazetteer row, and a loop over the bytes a fifteenth.
    init(bytes: UnsafeBufferPointer<UInt8>) {
      let ones: UInt64 = 0x0101_0101_0101_0101
      let highs: UInt64 = 0x8080_8080_8080_8080
      let n = min(bytes.count, 16)
      // The first 16 bytes, after padding of 0x01 (neither NUL nor past ASCII).
      var words = (ones, ones)
      if n > 0, let base = bytes.baseAddress {
        withUnsafeMutableBytes(of: &words) { $0.baseAddress!.copyMemory(from: base, byteCount: n) }
      }
      // A byte past ASCII sets its high bit; a NUL makes (w - 0x01…) & ~w set one (exactly when
      // some byte of w is 0).
      let (a, b) = words
      guard (a | b) & highs == 0, (a &- ones) & ~a & highs == 0, (b &- ones) & ~b & highs == 0,
        bytes.dropFirst(16).allSatisfy({ $0 != 0 && $0 < 0x80 })
      else {
        self.prefix = nil
        isWhole = false
        return
      }
      // Big-endian: the first byte highest. The padding's bytes are cleared.
      let high = UInt64(bigEndian: a) & ~(UInt64.max >> (8 * min(n, 8)))
      let low = UInt64(bigEndian: b) & ~(UInt64.max >> (8 * max(n - 8, 0)))
      prefix = UInt128(high) << 64 | UInt128(low)
      isWhole = bytes.count <= 16
    }
  }

  /// `id == other.id`, from the id keys where they answer.
  func hasSameID(as other: GazetteerEntry) -> Bool {
    if box === other.box { return true }
    return Self.sameID(box.keys.idKey, id, other.box.keys.idKey, other.id)
  }

  /// `id < other.id`, from the id keys where they answer.
  func idPrecedes(_ other: GazetteerEntry) -> Bool {
    let a = box.keys.idKey
    let b = other.box.keys.idKey
    if let p = a.prefix, let q = b.prefix, p != q || a.isWhole && b.isWhole { return p < q }
    return id < other.id
  }

  /// `parentID == other.id`, from the id keys where they answer.
  func isChild(of other: GazetteerEntry) -> Bool {
    guard let key = box.keys.parentKey else { return false }
    return Self.sameID(key, box.fields.parentID ?? "", other.box.keys.idKey, other.id)
  }

  /// Whether the ids `a` and `b` (with their keys) are equal.
  private static func sameID(_ keyA: IDKey, _ a: @autoclosure () -> String, _ keyB: IDKey, _ b: @autoclosure () -> String) -> Bool {
    if let p = keyA.prefix, let q = keyB.prefix, p != q || keyA.isWhole && keyB.isWhole { return p == q }
    return a() == b()
  }

  /// The country code's two bytes when it is two ASCII characters (other than NUL), else 0.
  var countryCode: UInt16 { box.keys.countryCode }

  /// `countryCode(_:)` of the String of these bytes, read from them (see `Keys(row:parent:country:)`).
  static func countryCode(bytes: UnsafeBufferPointer<UInt8>) -> UInt16 {
    guard bytes.count == 2, (1...0x7F).contains(bytes[0]), (1...0x7F).contains(bytes[1]) else { return 0 }
    return UInt16(bytes[0]) << 8 | UInt16(bytes[1])
  }

  /// `country`'s two bytes when it is two ASCII characters other than NUL (whose Strings are equal
  /// exactly when the bytes are), else 0.
  static func countryCode(_ country: String) -> UInt16 {
    // The two bytes checked once packed (a pass over the view first cost as much as the packing).
    guard let code = CountryCodes.packed(country), (1...0x7F).contains(code >> 8), (1...0x7F).contains(code & 0xFF)
    else { return 0 }
    return code
  }
}
