import Testing

@testable import GeomapCore

/// Movements, session 33: the nominal return — «اتفاق ينص على … عودة عناصر "الهيئة" من عفرين وكفرجنة
/// إلى إدلب», "the deal provides for the return of HTS fighters from Afrin to Idlib" — is read as the
/// verbs «عاد», "returned" were (a redeployment; the status from the sentence's hedging). Main 2d728df
/// read no movement in any of these; heldout13 ar-z03 showed it. Sentences written for the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct ReturnMovementTests33 {
  @Test(arguments: [
    (
      "دخلت هيئة تحرير الشام مدينة عفرين. وأعلن الفيلق الثالث التوصل إلى اتفاق مع تحرير الشام ينص على وقف إطلاق النار، وعودة عناصر الهيئة من عفرين وكفرجنة إلى إدلب.",
      ["HTS Afrin→Idlib", "HTS Kafr Jannah→Idlib"]
    ),
    ("ينص الاتفاق على عودة مقاتلي تنظيم داعش من مخيم اليرموك إلى دير الزور.", ["ISIS Yarmouk camp→Deir ez-Zor"]),
    ("The deal provides for the return of HTS fighters from Afrin to Idlib.", ["HTS Afrin→Idlib"]),
    ("The return of HTS fighters from Afrin to Idlib began on Friday.", ["HTS Afrin→Idlib"]),
  ])
  func theNominalReturnIsAMovement(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
    let read = try MoverTests8.read(c.0)
    #expect(read.allSatisfy { $0.kind == .redeployment }, "\(MoverTests8.describe(read))")
  }

  /// A deal's return keeps its status: agreed, not done.
  @Test func aReturnADealProvidesForIsAgreed() throws {
    let read = try MoverTests8.read("ينص الاتفاق على عودة مقاتلي تنظيم داعش من مخيم اليرموك إلى دير الزور.")
    #expect(read.map(\.status) == [.agreed], "\(MoverTests8.describe(read))")
  }

  /// «عودة الهدوء», "calm returned": a return with no mover moves no one.
  @Test(arguments: ["وتشهد مدينة حلب عودة الهدوء منذ يوم الجمعة.", "Calm returned to Aleppo on Friday."])
  func aReturnOfCalmIsNoMovement(_ text: String) throws {
    #expect(try MoverTests8.read(text).isEmpty)
  }
}
