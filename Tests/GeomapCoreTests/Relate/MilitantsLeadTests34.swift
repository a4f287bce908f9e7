import Testing

@testable import GeomapCore

/// Movements, session 34: "the militants", «المسلحين» who move many sentences after the lead named
/// their side ("Kurdish forces pushed Islamic State militants out of X … [seven sentences] … residents
/// said many of the militants fled X toward Y") are that side, not unnamed people displaced. Baseline
/// 4dc9f51 read them UNKNOWN displacement (the side named more than six sentences back); heldout15
/// en-n03 showed it. Sentences written for the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct MilitantsLeadTests34 {
  static let english = """
    Kurdish forces pushed Islamic State militants out of Zummar on Sunday, a spokesman said.

    Peshmerga units advanced from Dohuk into Zummar at dawn. "Zummar is free," the commander told reporters. He said the town was calm.

    Coalition aircraft struck targets near the Mosul Dam a day earlier. A Pentagon official said the strikes were meant to protect the dam. The dam supplies power to millions.

    A Peshmerga officer in Zummar said reinforcements had arrived over the weekend.

    Residents reached by telephone said many of the militants fled Zummar toward Tal Afar.
    """

  static let arabic = """
    طردت القوات العراقية مسلحي تنظيم داعش من بلدة العلم يوم الأحد بحسب مصدر أمني.

    وتقدمت قطعات الجيش من تكريت إلى العلم فجراً. وقال قائد ميداني إن البلدة آمنة. وأضاف أن الوضع مستقر.

    وكان الطيران قد قصف أهدافاً قرب سد حديثة. وقال مسؤول إن الضربات تهدف إلى حماية السد. ويزود السد ملايين السكان بالكهرباء.

    وقال ضابط في الجيش العراقي في العلم إن تعزيزات وصلت إلى البلدة.

    وقال سكان إن المسلحين فروا من العلم باتجاه الحويجة.
    """

  @Test(arguments: [
    (english, ["PESHMERGA Dihok→Zummar", "ISIS Zummar→Tal Afar"]),
    (arabic, ["IRAQ Tikrit→Alam", "ISIS Alam→Hawija"]),
  ])
  func theMilitantsAreTheSideTheLeadNamed(_ c: (String, [String])) throws {
    try MoverTests8.expect(c.0, c.1)
    let read = try MoverTests8.read(c.0)
    #expect(read.filter { $0.actor == .isis }.allSatisfy { $0.kind == .withdrawal }, "\(MoverTests8.describe(read))")
  }

  /// With no side ever named for them, the militants stay unnamed.
  @Test func militantsOfNoSideStayUnnamed() throws {
    let text = Self.english.replacingOccurrences(of: "pushed Islamic State militants", with: "pushed militants")
    let read = try MoverTests8.read(text)
    #expect(!read.contains { $0.actor == .isis }, "\(MoverTests8.describe(read))")
  }
}
