import Testing

@testable import GeomapCore

/// Control, session 35, from heldout15 (a development set): «فرضت القوات الحكومية طوقاً حول جاسم» —
/// «طوق», «الطوق», «طوقاً» (a cordon) is a siege noun as «حصار» is: imposed, kept up or lifted as a
/// siege is (main 9a0a07f: no claim; ar-n08; heldout12 ar-y01's «فكت الطوق الذي فرضته … على سجن حلب
/// المركزي» now gives the army the prison relieved, as «فك الحصار» does). Sentences written for the
/// test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct CordonTests35 {
  @Test(arguments: [
    ("فرضت القوات الحكومية طوقاً حول مدينة جاسم منذ يوم الاثنين.", "REGIME Jasim besieged"),
    ("وفكت قوات النظام الطوق الذي فرضه التنظيم على مدينة دير الزور.", "REGIME Deir ez-Zor holds"),
  ])
  func aCordonIsASiege(_ c: (String, String)) {
    let read = ControlTests7.control(c.0)
    #expect(read.contains(c.1), "read \(read.sorted())")
  }

  /// «طوق النجاة» (a life ring) is worn, not imposed on a place.
  @Test func aLifeRingIsNoCordon() {
    let read = ControlTests7.control("ارتدى المقاتل طوق النجاة في نهر الفرات قرب الرقة.")
    #expect(read.isEmpty, "read \(read.sorted())")
  }
}
