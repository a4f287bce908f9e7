/// Month and weekday names, and digit folding, shared by the date readers.
enum DateVocabulary {
  /// Arabic month names: Egyptian (يناير…), Levantine (كانون الثاني…) and Maghrebi (جانفي…) series,
  /// with common spelling variants (hamza, ta marbuta).
  static let arabicMonths: [(String, Int)] = [
    ("كانون الثاني", 1), ("يناير", 1), ("جانفي", 1), ("شباط", 2), ("فبراير", 2), ("فيفري", 2),
    ("آذار", 3), ("اذار", 3), ("أذار", 3), ("مارس", 3), ("نيسان", 4), ("أبريل", 4), ("إبريل", 4),
    ("ابريل", 4), ("أفريل", 4), ("افريل", 4), ("أيار", 5), ("ايار", 5), ("مايو", 5), ("ماي", 5),
    ("حزيران", 6), ("يونيو", 6), ("يونية", 6), ("جوان", 6), ("تموز", 7), ("يوليو", 7), ("يولية", 7),
    ("جويلية", 7), ("جويليه", 7), ("آب", 8), ("أغسطس", 8), ("اغسطس", 8), ("أوت", 8), ("اوت", 8),
    ("أيلول", 9), ("ايلول", 9), ("سبتمبر", 9), ("تشرين الأول", 10), ("تشرين الاول", 10),
    ("أكتوبر", 10), ("اكتوبر", 10), ("تشرين الثاني", 11), ("نوفمبر", 11), ("كانون الأول", 12),
    ("كانون الاول", 12), ("ديسمبر", 12),
  ]

  /// English month names and abbreviations (lowercased).
  static let englishMonths: [(String, Int)] = [
    ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3),
    ("april", 4), ("apr", 4), ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7),
    ("august", 8), ("aug", 8), ("september", 9), ("sept", 9), ("sep", 9), ("october", 10),
    ("oct", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
  ]

  /// 0 = Sunday … 6 = Saturday, as `CalendarDate.weekday`.
  static let arabicWeekdays: [(String, Int)] = [
    ("الأحد", 0), ("الاحد", 0), ("الإثنين", 1), ("الاثنين", 1), ("الثلاثاء", 2), ("الأربعاء", 3),
    ("الاربعاء", 3), ("الخميس", 4), ("الجمعة", 5), ("السبت", 6),
  ]
  static let englishWeekdays: [(String, Int)] = [
    ("sunday", 0), ("monday", 1), ("tuesday", 2), ("wednesday", 3), ("thursday", 4), ("friday", 5),
    ("saturday", 6),
  ]

  /// A regex alternation, longest names first so «كانون الثاني» wins over a shorter prefix.
  static func alternation(_ names: [(String, Int)]) -> String {
    // Each name's Character count counted once: the sort counted both names of every comparison
    // (3M instructions of building the date rules). The same comparisons, so the same order.
    names.map { ($0.0, $0.0.count) }.sorted { $0.1 > $1.1 }.map { $0.0 }.joined(separator: "|")
  }

  static func month(named name: String) -> Int? {
    if let count = plainLength(name.unicodeScalars, trimmingDot: true) {
      return value(of: name.unicodeScalars, count: count, in: monthScalars)
    }
    let key = name.lowercased().trimmingSuffixDot()
    return (arabicMonths + englishMonths).first { $0.0 == key }?.1
  }

  static func weekday(named name: String) -> Int? {
    if let count = plainLength(name.unicodeScalars, trimmingDot: false) {
      return value(of: name.unicodeScalars, count: count, in: weekdayScalars)
    }
    let key = name.lowercased()
    return (arabicWeekdays + englishWeekdays).first { $0.0 == key }?.1
  }

  // A name made only of `PlainText` scalars equals a listed name (all plain) exactly when its
  // lowercased scalars do: plain strings are canonically equivalent only when identical. So such
  // names are looked up by scalars, without the Unicode normalization String equality costs.
  static let monthScalars = scalarTable(arabicMonths + englishMonths)
  static let weekdayScalars = scalarTable(arabicWeekdays + englishWeekdays)

  /// The names' scalars and values, in list order.
  static func scalarTable(_ names: [(String, Int)]) -> [(scalars: [UInt32], value: Int)] {
    names.map { ($0.0.unicodeScalars.map(\.value), $0.1) }
  }

  /// `month(named:)` of a name's scalars, without making a String of them when they are plain.
  static func month(scalars name: ArraySlice<Unicode.Scalar>) -> Int? {
    guard let count = plainLength(name, trimmingDot: true) else { return month(named: String(utf8Of: name)) }
    return value(of: name, count: count, in: monthScalars)
  }

  /// `Int(_:)` of a String of these scalars, read from the scalars when they are a few ASCII digits
  /// (a date's number always is), so every answer is its answer. `Int(_:)` reads only ASCII digits
  /// after an optional sign: a short run holding another scalar, a sign only first, is no number,
  /// answered nil without the String (a month name is asked here first, and building and parsing
  /// its String cost some 1k instructions); a run starting with a sign is still left to `Int(_:)`.
  static func number(of scalars: ArraySlice<Unicode.Scalar>) -> Int? {
    guard (1...18).contains(scalars.count) else { return Int(String(utf8Of: scalars)) }
    var n = 0
    for (k, scalar) in zip(scalars.indices, scalars) {
      let digit = scalar.value &- 0x30
      guard digit < 10 else {
        let first = scalars[scalars.startIndex].value
        return k == scalars.startIndex && (first == 0x2B || first == 0x2D) ? Int(String(utf8Of: scalars)) : nil
      }
      n = n * 10 + Int(digit)
    }
    return n
  }

  /// How many scalars of `name` a listed name is compared with (all but a final "." when
  /// `trimmingDot`), when every scalar is plain; nil otherwise.
  static func plainLength(_ name: some Collection<Unicode.Scalar>, trimmingDot: Bool) -> Int? {
    var count = 0
    var last: UInt32 = 0
    for scalar in name {
      guard PlainText.isPlain(scalar.value) else { return nil }
      last = scalar.value
      count += 1
    }
    return trimmingDot && count > 0 && last == 0x2E ? count - 1 : count
  }

  /// The value of the first name of `table` equal to the first `count` scalars of `name` (plain,
  /// see `plainLength`), ASCII lowercased.
  ///
  /// Written for speed: the key made as an array and hashed into a dictionary of keys cost some
  /// 3k instructions a month name (a heap block and a hash of every scalar); the names, a few
  /// dozen, are compared in place, most of them only by their length.
  static func value(
    of name: some Collection<Unicode.Scalar>, count: Int, in table: [(scalars: [UInt32], value: Int)]
  ) -> Int? {
    for entry in table where entry.scalars.count == count {
      var k = 0
      for scalar in name.prefix(count) {
        guard PlainText.lowerASCII(scalar.value) == entry.scalars[k] else { break }
        k += 1
      }
      if k == count { return entry.value }
    }
    return nil
  }

  /// Arabic-Indic (٠–٩) and Persian (۰–۹) digits become ASCII; one scalar for one, so offsets hold.
  static func foldDigits(_ text: String) -> String {
    // Over the UTF-8 bytes (٠–٩ are D9 A0–A9, ۰–۹ DB B0–B9; D9 and DB are only ever lead bytes),
    // and the text returned as it is when it has none: appending every scalar to a new scalar view
    // cost about 500 instructions a scalar, and most texts hold no such digit.
    var text = text
    let folded = text.withUTF8 { utf8 -> String? in
      var i = 0
      while i &+ 1 < utf8.count && foldedDigit(utf8[i], utf8[i &+ 1]) == nil { i &+= 1 }
      guard i &+ 1 < utf8.count else { return nil }
      var out: [UInt8] = []
      out.reserveCapacity(utf8.count)
      out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[..<i]))
      while i < utf8.count {
        if i &+ 1 < utf8.count, let digit = foldedDigit(utf8[i], utf8[i &+ 1]) {
          out.append(digit)
          i &+= 2
        } else {
          out.append(utf8[i])
          i &+= 1
        }
      }
      return String(decoding: out, as: UTF8.self)
    }
    return folded ?? text
  }

  /// The first `limit` scalars of `text`, digits folded as by `foldDigits`, decoded from the UTF-8
  /// in one pass: `foldDigits` then `Array(unicodeScalars)` walked the text three times (to fold,
  /// to count and to copy), the last two through generic code (some 50 instructions a scalar).
  static func foldedScalars(of text: String, prefix limit: Int) -> [Unicode.Scalar] {
    var text = text
    return text.withUTF8 { utf8 in
      [Unicode.Scalar](unsafeUninitializedCapacity: min(utf8.count, limit)) { out, count in
        guard let base = out.baseAddress else { return }
        var (i, n) = (0, 0)
        while i < utf8.count && n < out.count {
          let b0 = utf8[i]
          let scalar: Unicode.Scalar
          if b0 < 0x80 {
            // No ASCII scalar folds.
            scalar = Unicode.Scalar(b0)
            i &+= 1
          } else if b0 < 0xE0 {
            // Two bytes (Arabic letters and digits among them), decoded here: through the
            // tokenizer's general decoder and `fold` they cost twice as much, and among them only
            // `foldedDigit`'s scalars fold.
            let b1 = utf8[i &+ 1]
            if let digit = foldedDigit(b0, b1) {
              scalar = Unicode.Scalar(digit)
            } else {
              scalar = Unicode.Scalar(UInt16(b0 & 0x1F) << 6 | UInt16(b1 & 0x3F)) ?? "\u{FFFD}"
            }
            i &+= 2
          } else {
            // The tokenizer's decoder (the text is valid UTF-8), then `fold`.
            let (v, width) = Tokenizer.ByteScan.decode(utf8, at: i)
            scalar = fold(Unicode.Scalar(v) ?? "\u{FFFD}")
            i &+= width
          }
          (base + n).initialize(to: scalar)
          n &+= 1
        }
        count = n
      }
    }
  }

  /// The first `limit` scalars of decoded text, digits folded as by `foldDigits`: the scalars
  /// themselves (their storage shared, not copied) when they are all of them and none folds, as in
  /// most reports.
  static func foldedScalars(of scalars: [Unicode.Scalar], prefix limit: Int) -> [Unicode.Scalar] {
    let n = min(scalars.count, limit)
    let firstFolded = scalars.withUnsafeBufferPointer { firstFoldedDigit(in: UnsafeBufferPointer(rebasing: $0[..<n])) }
    return folded(scalars, prefix: n, from: firstFolded)
  }

  /// The first `n` scalars of `scalars` (`n` at most their count), digits folded, when none before
  /// `firstFolded` folds: shared, not copied, when they are all of them and none folds.
  static func folded(_ scalars: [Unicode.Scalar], prefix n: Int, from firstFolded: Int) -> [Unicode.Scalar] {
    guard firstFolded < n else { return n == scalars.count ? scalars : Array(scalars[..<n]) }
    var out = Array(scalars[..<n])
    for i in firstFolded..<n { out[i] = fold(out[i]) }
    return out
  }

  /// The offset of the first Arabic-Indic or Persian digit of `s`, `s.count` when none.
  ///
  /// Four scalars at a time (`SIMD4`, one vector register): a scalar loop cost some 10
  /// instructions a scalar of every report, and most reports hold no such digit. (`SIMD8`, and the
  /// same test through a closure, were not vectorized and cost more than the loop.)
  static func firstFoldedDigit(in s: UnsafeBufferPointer<Unicode.Scalar>) -> Int {
    var i = 0
    if let base = s.baseAddress {
      let raw = UnsafeRawPointer(base)
      while i &+ 4 <= s.count {
        let v = raw.loadUnaligned(fromByteOffset: i &* 4, as: SIMD4<UInt32>.self)
        let digits = ((v &- 0x0660) .< 10) .| ((v &- 0x06F0) .< 10)
        if digits != SIMDMask(repeating: false) { break }
        i &+= 4
      }
    }
    while i < s.count && !(s[i].value &- 0x0660 < 10 || s[i].value &- 0x06F0 < 10) { i &+= 1 }
    return i
  }

  /// The ASCII digit of the two-byte UTF-8 sequence `lead`, `next` when it encodes an Arabic-Indic
  /// or Persian digit.
  @inline(__always)
  static func foldedDigit(_ lead: UInt8, _ next: UInt8) -> UInt8? {
    if lead == 0xD9 && next &- 0xA0 < 10 { return 0x30 &+ (next &- 0xA0) }
    if lead == 0xDB && next &- 0xB0 < 10 { return 0x30 &+ (next &- 0xB0) }
    return nil
  }

  /// One scalar of `foldDigits`.
  static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar.value {
    case 0x0660...0x0669: return Unicode.Scalar(scalar.value - 0x0660 + 0x30) ?? scalar
    case 0x06F0...0x06F9: return Unicode.Scalar(scalar.value - 0x06F0 + 0x30) ?? scalar
    default: return scalar
    }
  }
}

extension String {
  fileprivate func trimmingSuffixDot() -> String { hasSuffix(".") ? String(dropLast()) : self }
}
