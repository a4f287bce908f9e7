/// A value type's stored fields kept in one shared box, copied only when a shared box is changed.
///
/// Mentions are copied into lists, filtered, wrapped and destroyed at every pipeline stage; as plain
/// structs each copy retained and released every string and array they hold. Behind one box a copy
/// is one retain. Equality, hashing and coding are the fields' own, so a type that keeps its fields
/// here compares, hashes and encodes exactly as when they were stored inline.
struct CopyOnWrite<Fields: Hashable & Sendable & Codable>: Hashable, Sendable, Codable {
  private var box: Box

  init(_ fields: Fields) { box = Box(fields) }

  /// The stored values.
  var fields: Fields { box.fields }

  /// Changes the fields in place when this value is their only holder, else on a copy.
  mutating func edit(_ change: (inout Fields) -> Void) {
    if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
    change(&box.fields)
  }

  static func == (a: Self, b: Self) -> Bool { a.box === b.box || a.box.fields == b.box.fields }

  func hash(into hasher: inout Hasher) { box.fields.hash(into: &hasher) }

  init(from decoder: any Decoder) throws { box = Box(try Fields(from: decoder)) }

  func encode(to encoder: any Encoder) throws { try box.fields.encode(to: encoder) }

  /// Mutable only through `edit`, which copies a shared box first, so no two values ever see one
  /// change: safe to send (`@unchecked` because the compiler cannot see that discipline).
  private final class Box: @unchecked Sendable {
    var fields: Fields
    init(_ fields: Fields) { self.fields = fields }
  }
}
