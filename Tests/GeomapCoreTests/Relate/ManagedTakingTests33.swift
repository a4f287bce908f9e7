import Testing

@testable import GeomapCore

/// Control, session 33 (heldout13 ar-z08 showed both): a taking the subject managed, its object a
/// pronoun for the places just named — «هجوماً على مناطق البو غانم … وتمكنت من السيطرة عليها» —
/// is a capture of those places (main 2d728df read none); and «المدينة» refers back to the last city
/// or town, not to a village named since («… من الرمادي … مناطق البو غانم … وسط المدينة» is Ramadi's
/// centre; main gave the government's hold on the city centre to the village ISIS had just taken).
/// Sentences written for the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct ManagedTakingTests33 {
  @Test(arguments: [
    ("شن تنظيم داعش هجوما على مدينة هيت في الأنبار وتمكن من السيطرة عليها.", ["ISIS Hit captured"]),
    ("شن تنظيم داعش هجوما على مدينة هيت بالأنبار وتمكن من السيطرة عليها.", ["ISIS Hit captured"]),
    ("هاجمت قوات النظام بلدتي كفرنبودة والهبيط ونجحت في السيطرة عليهما.", ["REGIME Kafr Nbudah captured", "REGIME Al Habit captured"]),
  ])
  func aManagedTakingOfThePlacesJustNamedIsACapture(_ c: (String, [String])) {
    let read = ControlTests7.control(c.0)
    for claim in c.1 { #expect(read.contains(claim), "\(claim) not in \(read.sorted())") }
  }

  /// «في محاولة للسيطرة عليها»: an attempt is no taking.
  @Test func anAttemptIsNoTaking() {
    #expect(ControlTests7.control("شن تنظيم داعش هجوما على مدينة هيت في الأنبار في محاولة للسيطرة عليها.").isEmpty)
  }

  @Test func theCityIsTheLastCityOrTownNotAVillage() {
    let read = ControlTests7.control(
      "اشتدت المعارك في المناطق الشرقية من الرمادي منذ أيام، حين شن تنظيم داعش هجوماً على منطقة البو غانم وتمكن من السيطرة عليها. ولا تزال القوات الحكومية تسيطر على المجمع الحكومي وعدد من الأحياء وسط المدينة.")
    #expect(read.contains("IRAQ Ramadi holds") || read.contains("IRAQ Ramadi holds partial"), "read \(read.sorted())")
    #expect(!read.contains { $0.hasPrefix("IRAQ") && $0.contains("Ghanim") }, "read \(read.sorted())")
    #expect(read.contains { $0.hasPrefix("ISIS") && $0.contains("Ghanim") && $0.contains("captured") }, "read \(read.sorted())")
  }
}
