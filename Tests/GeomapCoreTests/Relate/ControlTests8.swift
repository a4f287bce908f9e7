import Testing

@testable import GeomapCore

/// Control round 8: sentence shapes fresh wording uses, each sentence written for this test (no
/// fixture sentence), with look-alikes that must not give the claim:
/// - a taking named by its noun with the owner right after it, then partners loyal to it and asides
///   set off by commas before «على» («سيطرة قوات النظام، بدعم من …، على»), or told as what came
///   before («بعد سيطرة …», «عقب سيطرة …»); an apposition saying what the subject is («، الذراع
///   العسكرية لـ …،»); support named «بإسناد», «بمساندة» (the supporter is no taker);
/// - look-alikes: a place once in someone's hands («كانت … بيد النظام», "had been in government
///   hands"), a taking undone within hours («الدخول إلى البلدة لساعات», "briefly entered"), and a wire
///   bureau's dateline ("BEIRUT (AP) -").
///
/// Measured before the changes (3bb5578, `geomap inspect` with the bundled gazetteer, 22 claim and
/// 14 look-alike checks in the round's notes, these cases among them): 11 of 22 claims read, 10 of
/// 14 look-alikes clean; after: 16 of 22 and 14 of 14. The six still missed ("continue to control"
/// after an apposition naming the group, «الأخيرة», «يتحصن» read as part, «يحكم قبضته عليها» after
/// a taking, and two "most of X" then read whole) are not cases here. The lead then made "most of X",
/// «معظم X» partial (the gold convention since the devset's `ar-04`): `mostOfAPlaceIsPart`.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct ControlTests8 {
  typealias Case = ControlTests6.Case

  static let claims: [Case] = [
    Case(
      text: "شهدت المنطقة سيطرة قوات النظام، بدعم من الطيران الروسي، على مدينة القريتين بعد معارك عنيفة.",
      claims: ["REGIME al-Qaryatayn captured"]),
    Case(
      text: "رصد ناشطون سيطرة قوات النظام والمسلحين الموالين لها، بغطاء جوي روسي، على مدينة السخنة شرق حمص.",
      claims: ["REGIME Sukhnah captured"], absent: ["OPPOSITION Sukhnah captured"]),
    Case(
      text: "وجاء الاتفاق عقب سيطرة قوات سوريا الديمقراطية على مدينة الطبقة الشهر الماضي.",
      claims: ["SDF Tabqa captured"]),
    Case(
      text: "انسحب مقاتلو داعش نحو الميادين بعد سيطرة قوات النظام على مدينة السخنة.",
      claims: ["REGIME Sukhnah captured"], absent: ["ISIS Sukhnah captured"]),
    Case(
      text:
        "سيطرت \"وحدات حماية الشعب\"، الذراع العسكرية لحزب الاتحاد الديمقراطي، أمس الخميس، على مدينة منبج بعد معارك مع تنظيم داعش.",
      claims: ["YPG Manbij captured"], absent: ["ISIS Manbij captured"]),
    Case(
      text: "تمكنت قطعات الجيش العراقي، وبإسناد من طيران التحالف، من تحرير مركز قضاء القائم بالكامل.",
      claims: ["IRAQ al-Qaim captured"], absent: ["COALITION al-Qaim captured"]),
    Case(
      text:
        "تمكنت قطعات قيادة عمليات الأنبار، وبإسناد من طيران الجيش وطيران التحالف الدولي، من تحرير مركز قضاء هيت بالكامل.",
      claims: ["IRAQ Heet captured"], absent: ["COALITION Heet captured"]),
  ]

  static let lookAlikes: [Case] = [
    Case(
      text: "كانت مدينة أريحا آخر المدن الكبيرة بيد النظام في ريف إدلب قبل أن تسيطر عليها الفصائل.",
      claims: [], absent: ["REGIME Ariha holds"]),
    Case(
      text: "Palmyra had been in government hands until Islamic State fighters overran it in May.",
      claims: [], absent: ["REGIME Palmyra holds"]),
    Case(
      text: "هاجم مسلحو داعش بلدة مخمور فجر اليوم وتمكنوا من اختراق خطوط البيشمركة والدخول إلى البلدة لساعات.",
      claims: [], absent: ["PESHMERGA Makhmour captured", "ISIS Makhmour captured"]),
    Case(
      text: "Islamic State fighters briefly entered Sinjar on Friday before Kurdish forces pushed them back.",
      claims: [], absent: ["ISIS Sinjar captured"]),
  ]

  @Test(arguments: claims + lookAlikes)
  func claimIsRead(_ c: Case) {
    let read = ControlTests7.control(c.text)
    for claim in c.claims { #expect(read.contains(claim), "read \(read.sorted())") }
    for claim in c.absent { #expect(!read.contains(claim), "read \(read.sorted())") }
  }

  /// A wire bureau's dateline is where the story was filed: no claim is on it.
  @Test func bureauDatelineHoldsNothing() {
    let read = ControlTests7.control(
      "BEIRUT (AP) - Syrian troops tightened their grip on the besieged rebel-held part of the city on Friday.")
    #expect(!read.contains { $0.contains("Beirut") }, "read \(read.sorted())")
  }

  /// "most of X", «معظم X», «أغلب أحياء X» hold part of X; most of the fighters leaving X says nothing
  /// of a part.
  @Test func mostOfAPlaceIsPart() {
    #expect(ControlTests7.control("سيطر تنظيم داعش على معظم مدينة الرمادي بعد هجوم استمر ثلاثة أيام.")
      .contains("ISIS Ramadi captured partial"))
    #expect(ControlTests7.control("وباتت قوات النظام تسيطر على أغلب أحياء مدينة حلب الشرقية.")
      .contains { $0.hasPrefix("REGIME") && $0.hasSuffix("holds partial") })
    #expect(ControlTests7.control("The YPG now holds much of Kobani, a commander said.")
      .contains { $0.hasSuffix("Kobani holds partial") })
    let whole = ControlTests7.control("سيطر تنظيم داعش على مدينة الرمادي، وانسحب معظم عناصر الجيش منها.")
    #expect(whole.contains("ISIS Ramadi captured"), "read \(whole.sorted())")
  }
}
