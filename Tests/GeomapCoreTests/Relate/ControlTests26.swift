import Testing

@testable import GeomapCore

/// Control, session 26: control verbs whose subject stands in an earlier clause of the sentence.
/// Each sentence written for this test (no fixture sentence).
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct ControlTests26 {
  typealias Case = ControlTests6.Case

  /// «ثم توجهوا إلى … وسيطروا على …»: an Arabic verb joined with «و» to the subjectless verb that
  /// opens its clause shares that verb's subject, the subject of the sentence; an actor inside an
  /// «إثر انسحاب …» aside is the genitive of a noun, no subject (on main the clause did not open
  /// with the control verb, so no carried subject was sought, and nothing was read). «وسيطرت» after
  /// «إن الوحدات تقدمت …»: the verb agrees with the unit noun standing for the force named before
  /// (on main the feminine verb was checked against the masculine «الجيش» and dropped).
  /// Look-alikes: with no unit noun, a feminine verb still does not refer back to «الجيش»; an actor
  /// in a «بعد أن» clause with its own verb is not taken over by a later clause.
  static let carriedSubjects: [Case] = [
    Case(
      text: "هاجم مسلحو تنظيم داعش مدينة مخمور، إثر انسحاب قوات البيشمركة من قرية الكوير، ثم توجهوا إلى قضاء تلعفر وسيطروا على مطار تلعفر.",
      claims: ["ISIS Tal Afar captured"], absent: ["PESHMERGA Tal Afar captured"]),
    Case(
      text: "وقال مصدر في الجيش السوري إن الوحدات تقدمت من محور خان شيخون باتجاه معرة النعمان، وسيطرت خلال ساعات على قرية الهبيط.",
      claims: ["REGIME Al Habit captured"]),
    Case(
      text: "وقال مصدر في الجيش السوري إن الهجوم بدأ فجر اليوم من محور خان شيخون، وسيطرت خلال ساعات على قرية الهبيط.",
      claims: [], absent: ["REGIME Al Habit captured"]),
    Case(
      text: "سيطرت قوات النظام على بلدة مورك، بعد أن انسحبت فصائل المعارضة منها، ثم تقدمت نحو بلدة اللطامنة وسيطرت على قرية معركبة.",
      claims: ["REGIME Morek captured"], absent: ["OPPOSITION Ma`arrkabah captured"]),
  ]

  @Test(arguments: carriedSubjects)
  func coordinatedVerbCarriesTheSubject(_ c: Case) {
    let read = ControlTests7.control(c.text)
    for claim in c.claims { #expect(read.contains(claim), "read \(read.sorted())") }
    for claim in c.absent { #expect(!read.contains(claim), "read \(read.sorted())") }
  }
}
