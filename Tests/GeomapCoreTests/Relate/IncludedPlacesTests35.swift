import Testing

@testable import GeomapCore

/// Control, session 35, from heldout11 (opened this round): "took control of large parts of western
/// Aleppo governorate between 11 and 16 February, including the towns of Kafr Naha, Urum al-Kubra and
/// Anjara" — the places an English claim names after "including" (as «ومنها» in Arabic) share the
/// claim, past the days it was taken on and past "the towns of" (main 9a0a07f: only the governorate's
/// part; en-x04). Sentences written for the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct IncludedPlacesTests35 {
  @Test(arguments: [
    (
      "Syrian troops captured most of the southern Idlib countryside between 3 and 9 March, including the towns of Khan Sheikhoun and Kafr Nabl.",
      ["REGIME Khan Sheikhoun captured", "REGIME Kafr Nabl captured"]
    ),
    (
      "Kurdish-led forces seized much of the Manbij countryside last week, including the villages of Arima and Tal Halawa.",
      ["SDF Al ‘Arīmah captured", "SDF Tall Halawah captured"]
    ),
  ])
  func thePlacesIncludedShareTheClaim(_ c: (String, [String])) {
    let read = ControlTests7.control(c.0)
    for claim in c.1 { #expect(read.contains(claim), "\(claim) not in \(read.sorted())") }
  }

  /// "including" after a clause that is no longer the claim's, or before no place, adds nothing.
  @Test(arguments: [
    ("Rebels captured Khan Tuman, killing dozens of soldiers, including officers from Aleppo.", 1),
    ("Rebels shelled the city, including the districts of Hamdaniyah and Salaheddine.", 0),
  ])
  func anIncludingThatIsNotTheClaimsAddsNothing(_ c: (String, Int)) {
    let read = ControlTests7.control(c.0)
    #expect(read.count == c.1, "read \(read.sorted())")
  }
}
