import Testing

@testable import GeomapCore

/// Movements whose ends a sentence does not both name (session 22): the place the report is about is
/// where an advance told later goes. Sentences written for the test (wire and state-media styles,
/// Arabic and English), none copied from a fixture.
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
}
