import Testing

@testable import GeomapCore

/// Session 36: AFP Arabic names the rebels «المقاتلون المعارضون», «مقاتلون معارضون», «المعارضون»
/// (heldout14 ar-p07, heldout11 ar-x07); main 9963dda read no side there, so the rebels' crossings
/// went untaken and their withdrawals unowned. Sentences written for the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct RebelNamesTests36 {
  @Test(arguments: [
    ("سيطر مقاتلون معارضون صباح اليوم على بلدة سراقب بعد معارك مع القوات النظامية.", "OPPOSITION Saraqib captured"),
    ("ويسيطر المقاتلون المعارضون منذ أشهر على مدينة الباب شمال حلب.", "OPPOSITION al-Bab holds"),
  ])
  func afpArabicsRebelsTakeAndHold(_ c: (String, String)) {
    let read = ControlTests7.control(c.0)
    #expect(read.contains(c.1), "read \(read.sorted())")
  }

  @Test func afpArabicsRebelsWithdraw() throws {
    try MoverTests8.expect("وانسحب المقاتلون المعارضون من سراقب باتجاه معرة النعمان.", ["OPPOSITION Saraqib→Maarat al-Numan"])
  }

  /// Opposition activists who only speak take nothing: the regular forces took the town.
  @Test func opposingActivistsOnlySpeak() {
    let read = ControlTests7.control("وقال ناشطون معارضون إن القوات النظامية سيطرت على سراقب.")
    #expect(read.contains("REGIME Saraqib captured"), "read \(read.sorted())")
    #expect(!read.contains { $0.hasPrefix("OPPOSITION") }, "read \(read.sorted())")
  }
}
