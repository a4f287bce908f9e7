import Testing

@testable import GeomapCore

/// Movements whose ends a sentence does not both name outright (session 22): the place the report is
/// about is where an advance told later goes; towns a sentence opens with («وفي مدينتي X وY،», "In X
/// and Y,") are where the actor named after them leaves from; "reached the town" arrives at the town
/// named before. Sentences written for the test (wire and
/// state-media styles, Arabic and English), none copied from a fixture.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct MovementEndsTests {
  /// No movement read from `origin` to `destination`, whoever the actor.
  static func expectNone(_ text: String, _ origin: String, _ destination: String) throws {
    let read = try MoverTests8.read(text)
    #expect(
      !read.contains { m in
        [.advance, .redeployment].contains(m.kind)
          && MovementFallbackSetTests.matches(m, "\(m.actor.rawValue) \(origin)→\(destination)")
      }, "\(MoverTests8.describe(read))")
  }

  /// "Iraqi troops drove ISIS out of Baiji … The offensive began when army units advanced north from
  /// Tikrit": an advance from a place to nowhere named, told after the lead, went to the place the
  /// report is about.
  @Test(arguments: [
    ("BAGHDAD (AP) - Iraqi troops drove Islamic State militants out of Baiji on Sunday, officials said. The town had been held by the group since June. The offensive began on Friday, when Iraqi army units advanced north from Tikrit under cover of air strikes, a police officer said.", ["IRAQ Tikrit→Baiji"] as [String]),
    ("BEIRUT (Reuters) - Kurdish-led forces took the town of Ain Issa from Islamic State on Monday, a monitoring group said. The town lies on the road to Raqqa. The YPG advanced from Tal Abyad over the weekend, the group said.", ["YPG Tal Abyad→Ain Issa"] as [String]),
    ("أعلنت قيادة العمليات المشتركة، اليوم الأحد، تحرير مدينة هيت بالكامل من سيطرة تنظيم داعش. ورفعت القوات العلم العراقي فوق مبنى القائممقامية وسط المدينة. وقال قائد العمليات إن قطعات الجيش العراقي تقدمت فجر الخميس من الرمادي بإسناد من طيران التحالف الدولي.", ["IRAQ Ramadi→Hit"] as [String]),
    ("أعلنت قيادة العمليات المشتركة، اليوم الأحد، تحرير مدينة هيت بالكامل من سيطرة تنظيم داعش. ورفعت القوات العلم العراقي فوق مبنى القائممقامية وسط المدينة. وكان الجيش العراقي قد تقدم فجر الخميس من الرمادي بإسناد من طيران التحالف الدولي.", ["IRAQ Ramadi→Hit"] as [String]),
  ])
  func advanceGoesToTheReportsPlace(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }

  /// "… withdrew from Morek toward Hama after government troops advanced from Souran": an advance after
  /// another motion of its sentence is that motion's background, not a move on the report's place.
  @Test(arguments: [
    ("DAMASCUS (AFP) - Syrian rebels seized the town of Morek in northern Hama province on Tuesday, a monitor said. The town sits on the main highway. Islamic State fighters withdrew from Morek toward Hama after government troops advanced from Souran, it said.", "Souran", "Morek"),
    ("سيطرت قوات النظام على مدينة القريتين بعد معارك استمرت أسبوعين. وتقع المدينة في ريف حمص الشرقي. وانسحب مقاتلو التنظيم من القريتين باتجاه البادية بعد أن تقدمت قوات النظام من مهين.", "Mheen", "Qaryatayn"),
  ])
  func backgroundAdvanceGoesNowhere(_ c: (String, String, String)) throws {
    try Self.expectNone(c.0, c.1, c.2)
  }

  /// «وفي مدينتي الرحيبة وجيرود، توصلت فصائل المعارضة إلى اتفاق يقضي بخروج الرافضين إلى جرابلس»: the
  /// towns the sentence opens with are where the actor named after the comma is, and leaves from.
  @Test(arguments: [
    ("وفي مدينتي الرحيبة وجيرود، توصلت فصائل المعارضة مساء الخميس إلى اتفاق مع الجانب الروسي يقضي بخروج الرافضين للتسوية إلى جرابلس.", ["OPPOSITION Ruhaybah→Jarabulus", "OPPOSITION Jayroud→Jarabulus"] as [String]),
    ("في الرحيبة، توصلت فصائل المعارضة مساء الخميس إلى اتفاق مع الجانب الروسي يقضي بخروج الرافضين للتسوية إلى جرابلس.", ["OPPOSITION Ruhaybah→Jarabulus"] as [String]),
    ("In Rastan and Talbiseh, rebel factions agreed on Thursday to leave for Idlib under a deal with Russia.", ["OPPOSITION Rastan→Idlib", "OPPOSITION Talbiseh→Idlib"] as [String]),
    ("In the towns of Rastan and Talbiseh, rebel factions agreed on Thursday to leave for Idlib under a deal with Russia.", ["OPPOSITION Rastan→Idlib", "OPPOSITION Talbiseh→Idlib"] as [String]),
  ])
  func openingTownsAreWhereTheActorIs(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }

  /// "In talks held in Homs, …", «وفي اجتماع عقد في مدينة حمص، …»: a place inside another phrase
  /// the sentence opens with is where something happened, not where the actor is.
  @Test(arguments: [
    "وفي اجتماع عقد في مدينة حمص، توصلت فصائل المعارضة إلى اتفاق مع الجانب الروسي يقضي بخروج الرافضين للتسوية إلى إدلب.",
    "In talks held in Homs on Thursday, rebel factions agreed to leave for Idlib under a deal with Russia.",
  ])
  func placeOfAnEventIsNoOrigin(_ text: String) throws {
    #expect(try MoverTests8.read(text).filter { $0.actor != .unknown }.isEmpty)
  }

  /// "A UN convoy reached the town from Baghdad": an arrival word followed by "the town", "the city"
  /// arrives at the place that noun refers back to (in Arabic «وصلت … إلى البلدة» was read already).
  @Test(arguments: [
    ("Iraqi forces broke the siege of Amerli on Sunday, officials said. A first UN convoy carrying food and medicine reached the town from Baghdad on Tuesday, a UN spokesman said.", ["UN Baghdad→Amerli"] as [String]),
    ("Kurdish forces entered Tal Abyad on Monday, a monitor said. A UN convoy of twelve trucks reached the city from Kobani two days later.", ["UN Kobani→Tal Abyad"] as [String]),
  ])
  func arrivalAtTheTownNamedBefore(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
  }

  /// "pushed south from Bartella and reached the town centre": "the town" that would be the group's
  /// own origin is not its destination; the place just taken still is.
  @Test func townThatIsTheOriginIsNoDestination() throws {
    try MoverTests8.expect(
      "Iraqi forces said Saturday they had entered Qaraqosh. Troops of the 9th Division pushed south from Bartella and reached the town centre by early afternoon, an officer said.",
      ["IRAQ Bartella→Qaraqosh"])
  }
}
