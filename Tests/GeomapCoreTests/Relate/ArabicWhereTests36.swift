import Testing

@testable import GeomapCore

/// Session 36: an Arabic clause opened by «حيث» whose verb of holding has no place of its own is about
/// the place named right before «حيث» («في مدينة تل ابيض حيث تتمركز القوات النظامية في مقر الامن»,
/// heldout14 ar-p07) — main 9963dda read nothing. Sentences written for the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct ArabicWhereTests36 {
  @Test(arguments: [
    ("وتدور اشتباكات في مدينة الباب حيث تتمركز القوات التركية في مبنى البلدية.", "TUR al-Bab holds"),
    ("وتقدمت الفصائل نحو منبج، حيث لا تزال تنتشر قوات سوريا الديمقراطية.", "SDF Manbij holds"),
  ])
  func aWhereClauseOfHoldingIsAboutThePlaceBeforeIt(_ c: (String, String)) {
    let read = ControlTests7.control(c.0)
    #expect(read.contains(c.1), "read \(read.sorted())")
  }

  /// The verb's own place is what it holds: not the place before «حيث».
  @Test func aVerbWithItsOwnPlaceKeepsIt() {
    let read = ControlTests7.control("وتقدمت الفصائل نحو منبج حيث تنتشر قوات سوريا الديمقراطية على أطراف الباب.")
    #expect(!read.contains { $0.contains("Manbij") }, "read \(read.sorted())")
  }
}
