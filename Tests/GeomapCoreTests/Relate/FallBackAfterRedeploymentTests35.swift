import Testing

@testable import GeomapCore

/// Session 35, heldout12 (en-y06): "a regime convoy sent from Hama toward the town had been ambushed
/// … Remaining soldiers reportedly fell back to the Wadi Deif military base" read REGIME Hama → Wadi
/// Deif (s35 6520e74): a withdrawal with no origin named took the origin of the same side's last
/// movement. After an advance it already left the place advanced to; after a redeployment too, the
/// soldiers fall back from where they were sent. An origin named stays. Sentences written for the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct FallBackAfterRedeploymentTests35 {
  @Test(arguments: [
    "Activists said the army sent a column of reinforcements from Homs toward Rastan on Monday. The troops later pulled back to Talbiseh after coming under heavy fire.",
    "أرسلت قوات النظام رتلاً من التعزيزات من حمص باتجاه الرستن يوم الاثنين. ثم انسحبت القوات إلى تلبيسة بعد تعرضها لنيران كثيفة.",
  ])
  func soldiersSentSomewhereFallBackFromThere(_ text: String) throws {
    let read = try MoverTests8.read(text)
    #expect(
      read.contains { MovementFallbackSetTests.matches($0, "REGIME Rastan→Talbiseh") }, "\(MoverTests8.describe(read))")
    #expect(
      !read.contains { MovementFallbackSetTests.matches($0, "REGIME Homs→Talbiseh") }, "\(MoverTests8.describe(read))")
  }

  @Test func aNamedOriginStays() throws {
    let read = try MoverTests8.read(
      "Activists said the army sent a column of reinforcements from Homs toward Rastan on Monday. The troops later pulled back from Hama to Talbiseh.")
    #expect(
      read.contains { MovementFallbackSetTests.matches($0, "REGIME Hama→Talbiseh") }, "\(MoverTests8.describe(read))")
  }
}
