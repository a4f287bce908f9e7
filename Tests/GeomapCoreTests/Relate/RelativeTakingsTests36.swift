import Testing

@testable import GeomapCore

/// Session 36: a relative clause of taking whose object is the place named before the relative
/// pronoun (`ControlExtractor.relativeTakings`). The verb carries the place as its object pronoun
/// («استعادها», «حررهما», «اقتحموها») or takes it back with «عليها» before its subject; the taker is
/// the side named after the verb, else the verb's dropped subject; every place of a list before
/// «اللتين»/«اللذين» is taken; an anaphor before the pronoun stands for its antecedent alone. Main
/// 9963dda read none of the positive sentences (heldout14 ar-p01, ar-p02, ar-p07; heldout13 ar-z06).
/// Sentences written for the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct RelativeTakingsTests36 {
  @Test(arguments: [
    ("وفر عناصر التنظيم إلى مدينة الرقة، التي استعادتها قوات سوريا الديمقراطية في تشرين الأول.", ["SDF Raqqa captured"]),
    (
      "وانسحب المقاتلون نحو بلدتي نبل والزهراء، اللتين حررهما الجيش السوري قبل عام.",
      ["REGIME Nubl captured", "REGIME Zahraa captured"]
    ),
    ("وانسحب المسلحون إلى تدمر التي سيطرت عليها قوات النظام.", ["REGIME Palmyra captured"]),
    (
      "وتابع مقاتلو هيئة تحرير الشام تقدمهم إلى بلدة سراقب على الطريق الدولي، التي اقتحموها بعد منتصف الليل.",
      ["HTS Saraqib captured"]
    ),
    ("وتقدمت قوات النظام من مورك التي استعادتها الأسبوع الماضي باتجاه خان شيخون.", ["REGIME Morek captured"]),
    (
      "وتهدف العملية إلى تأمين الطريق بين أربيل والموصل، تمهيداً لاستعادة المدينة التي سيطر عليها التنظيم قبل عامين.",
      ["ISIS Mosul captured"]
    ),
  ])
  func aRelativeClauseOfTakingTakesThePlaceBeforeIt(_ c: (String, [String])) {
    let read = ControlTests7.control(c.0)
    for claim in c.1 { #expect(read.contains(claim), "\(claim) not in \(read.sorted())") }
  }

  /// A negated taking, a verb that takes nothing, a subject the lexicon does not know (no dropped
  /// subject then: the regime named before did not take the places), and the place before an
  /// anaphor's clause.
  @Test(arguments: [
    ("وعاد الأهالي إلى تلعفر التي لم يستعدها الجيش العراقي بعد.", "Tal Afar"),
    ("وزار الوفد مدينة الرقة التي زارها الصحفيون قبل أسبوع.", "Raqqa"),
    ("وانسحبت قوات النظام من جرابلس ومنبج، اللتين سيطر عليهما المعارضون في تموز.", "REGIME"),
    (
      "وتهدف العملية إلى تأمين الطريق بين أربيل والموصل، تمهيداً لاستعادة المدينة التي سيطر عليها التنظيم قبل عامين.",
      "Erbil"
    ),
  ])
  func aLookAlikeStaysUnread(_ c: (String, String)) {
    let read = ControlTests7.control(c.0)
    #expect(!read.contains { $0.contains(c.1) }, "read \(read.sorted())")
  }
}
