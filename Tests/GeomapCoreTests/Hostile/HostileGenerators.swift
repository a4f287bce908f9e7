import PropertyBased

@testable import GeomapCore

/// Scalars that break naive text handling: XML and JSON specials, C0/C1 controls, noncharacters,
/// bidi and zero-width controls, Arabic letters with tashkeel and tatweel, emoji, a BOM.
let awkwardScalars: [Unicode.Scalar] = [
  "<", ">", "&", "\"", "'", "]", "\\", "/", "\u{0}", "\u{1}", "\u{7}", "\u{8}", "\u{B}", "\u{C}",
  "\t", "\n", "\r", "\u{1F}", "\u{7F}", "\u{85}", "\u{9F}", "\u{FFFE}", "\u{FFFF}", "\u{FEFF}",
  "\u{202E}", "\u{202B}", "\u{200F}", "\u{200E}", "\u{200D}", "\u{200C}", "\u{200B}", "\u{2028}",
  "\u{2029}", "\u{0627}", "\u{0644}", "\u{0631}", "\u{0642}", "\u{0629}", "\u{064E}", "\u{0651}",
  "\u{0652}", "\u{0640}", "\u{0670}", "\u{06D4}", "\u{060C}", "\u{0660}", "\u{1F4A5}", "\u{1F1F8}",
  "\u{FE0F}", "\u{E000}", "\u{10FFFF}", " ", "\u{A0}", "a", "Z", ".", ",",
]

/// Any scalar: half the time one of `awkwardScalars`, otherwise uniform over all of Unicode
/// (surrogate code points, which are not scalars, become U+FFFD).
let anyScalar = Gen<UInt32>.value(in: 0...0x21_FFFF).map { v -> Unicode.Scalar in
  if v > 0x10_FFFF { return awkwardScalars[Int(v - 0x11_0000) % awkwardScalars.count] }
  return Unicode.Scalar(v) ?? "\u{FFFD}"
}

/// Strings of 0–60 such scalars.
let awkwardString = anyScalar.array(of: 0...60).map { scalars -> String in
  var view = String.UnicodeScalarView()
  view.append(contentsOf: scalars)
  return String(view)
}

/// Up to 12 longitudes and latitudes in the theatre (Syria and Iraq, with a margin).
let theatreLongitudes = Gen<Double>.value(in: 35.0...48.5).array(of: 1...12)
let theatreLatitudes = Gen<Double>.value(in: 29.0...37.5).array(of: 1...12)
