import Testing

@testable import GeomapCore

/// Movements, session 35, from heldout11 (opened this round): «مشيراً إلى أن فلول المجموعات الإرهابية
/// فرت من المدينة باتجاه تل حاصل» — «فلول» ("the remnants") is a remnant word as «من تبقى» is, and a
/// group noun with the adjective that makes its men insurgents («المجموعات الإرهابية», «الجماعات
/// المسلحة») is the group they are the rest of: the insurgent side named before, else in Syria the
/// opposition (main 9a0a07f: the army named before moved; ar-x01). Sentences written for the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct RemnantGroupsTests35 {
  @Test(arguments: [
    (
      "تقدمت وحدات الجيش نحو بلدة خان طومان. وأشار المصدر إلى أن فلول المجموعات الإرهابية فرت من بلدة خان طومان باتجاه الزربة.",
      ["OPPOSITION Khan Tuman→Zirbah"]
    ),
    (
      "اقتحمت القوات الأمنية مواقع تنظيم داعش في قضاء عنه غرب الأنبار. وأكد المصدر أن فلول الجماعات الإرهابية فرت من عنه باتجاه راوة.",
      ["ISIS Anah→Rawa"]
    ),
  ])
  func theRemnantsOfInsurgentGroupsAreTheInsurgents(_ c: (String, [String])) throws {
    let read = try MoverTests8.read(c.0).filter { $0.actor != .unknown }
    for r in c.1 {
      #expect(read.contains { MovementFallbackSetTests.matches($0, r) }, "\(r) not in \(MoverTests8.describe(read))")
    }
  }

  /// The remnants of a side named by name are that side's.
  @Test func theRemnantsOfTheArmyAreTheArmy() throws {
    let read = try MoverTests8.read(
      "تقدمت وحدات الجيش نحو بلدة خان طومان. وانسحبت فلول قوات النظام من بلدة الحاضر باتجاه الزربة.")
    #expect(read.contains { MovementFallbackSetTests.matches($0, "REGIME Hadher→Zirbah") }, "\(MoverTests8.describe(read))")
  }
}
