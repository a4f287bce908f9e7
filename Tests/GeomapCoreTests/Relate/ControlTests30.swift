import Testing

@testable import GeomapCore

/// Control round 30: fighters who refuse a settlement («الرافضين للتسوية/للاتفاق») leave a place a
/// surrender deal hands over; their leaving says nothing of who holds it. Before this round each
/// such departure gave "OPPOSITION holds <origin>" (heldout10 ar-w03-darat-izza-observatory,
/// ar-w08 Daraa al-Balad; none in any gold). Movers leaving under a deal with no such word still say
/// they hold the place, as the seed's «إخلاء مقاتليه من مدينة الرقة» does.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct ControlTests30 {
  typealias Case = ControlTests6.Case

  static let departures: [Case] = [
    Case(
      text: "وينص الاتفاق على ترحيل المطلوبين الرافضين للتسوية من مقاتلي المعارضة من درعا البلد إلى ريف حلب الشمالي.",
      claims: [], absent: ["OPPOSITION Daraa al-Balad holds"]),
    Case(
      text: "توصلت الهيئة إلى اتفاق يقضي بخروج من تبقى من مقاتلي الزنكي الرافضين للاتفاق من بلدتي قبتان الجبل "
        + "وكفرناها باتجاه ريف حلب الشمالي.",
      claims: [], absent: ["OPPOSITION Qabtan al Jabal holds", "OPPOSITION Kafr Naha holds"]),
    Case(
      text: "ينص الاتفاق على خروج مقاتلي المعارضة من درعا البلد إلى ريف حلب الشمالي.",
      claims: ["OPPOSITION Daraa al-Balad holds"]),
  ]

  /// «دخلت قوات النظام، برفقة الشرطة العسكرية الروسية، مدينة طفس»: an aside naming who came along
  /// stands between the subject and the object (heldout6 ar-s03-tafas-enab; before this round no claim).
  static let companions: [Case] = [
    Case(
      text: "دخلت قوات النظام السوري، برفقة الشرطة العسكرية الروسية، مدينة طفس في ريف درعا الغربي، الخميس.",
      claims: ["REGIME Tafas captured"]),
    Case(
      text: "سيطرت قوات النظام، بمشاركة ميليشيات إيرانية، على بلدة خان طومان جنوب حلب.",
      claims: ["REGIME Khan Tuman captured"]),
  ]

  @Test(arguments: companions)
  func anAsideOfCompanionsKeepsTheObject(_ c: Case) {
    ControlTests29.check(c)
  }

  /// SANA's «أعاد الجيش الأمن إلى مدينة يبرود …، ثم إلى بلدة فليطة» (heldout6 ar-s07-rankous-sana): the
  /// places after a later «ثم إلى» were taken too, and a long subject («وحدات من الجيش العربي السوري»)
  /// may stand between the verb and «الأمن» (before this round neither claim was read).
  static let restoredOrder: [Case] = [
    Case(
      text: "ويأتي هذا الإنجاز بعد أن أعاد الجيش العربي السوري الأمن إلى مدينة يبرود منتصف آذار الماضي، ثم إلى بلدة "
        + "فليطة وعدد من القرى المجاورة.",
      claims: ["REGIME Yabroud captured", "REGIME Flita captured"]),
    Case(
      text: "أعادت وحدات من الجيش العربي السوري الأمن والاستقرار إلى بلدة رنكوس في القلمون.",
      claims: ["REGIME Rankous captured"]),
  ]

  @Test(arguments: restoredOrder)
  func restoredOrderReachesEveryPlace(_ c: Case) {
    ControlTests29.check(c)
  }

  @Test(arguments: departures)
  func refusersLeavingHoldNothing(_ c: Case) {
    ControlTests29.check(c)
  }
}
