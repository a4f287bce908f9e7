import Testing

@testable import GeomapCore

/// Control, session 34, from heldout15 (a development set since this round):
/// - "Islamic State militants control much of Anbar": the men a side's name qualifies stand between
///   it and "control" (main d218087: no claim — "control" counts as a verb only right after its
///   subject; en-n03).
/// - "… threatening the dam, which remains in government hands": "the dam" refers back to the Haditha
///   Dam (a dam or airfield is an anaphor noun, as "the airport" was; «السد» too), and "government" in
///   Iraq is Baghdad's (main: no claim; en-n03).
/// - "Iraqi troops and Shi'ite paramilitary fighters pushed into …": the PMF (main: Iraq only; en-n01).
/// Sentences written for the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct EnglishHoldersTests34 {
  @Test(arguments: [
    ("Islamic State militants control much of Anbar province.", "ISIS Anbar Governorate holds partial"),
    ("Kurdish YPG fighters still control Tal Abyad.", "YPG Tal Abyad holds"),
  ])
  func theMenOfASideBeforeControlAreItsSubject(_ c: (String, String)) {
    let read = ControlTests7.control(c.0)
    #expect(read.contains(c.1), "read \(read.sorted())")
  }

  /// "control of": the noun, still no verb.
  @Test func controlAsANounAfterTheMenIsNoVerb() {
    let read = ControlTests7.control("Islamic State militants control of the roads worries Baghdad.")
    #expect(!read.contains { $0.hasSuffix("holds") && $0.contains("Baghdad") }, "read \(read.sorted())")
  }

  @Test func aDamReferredBackThenARelativeClauseIsHeld() {
    let read = ControlTests7.control(
      "US warplanes struck militant positions around the Haditha Dam. The strikes were meant to stop the militants threatening the dam, which remains in government hands.")
    #expect(read.contains("IRAQ Haditha Dam holds"), "read \(read.sorted())")
    #expect(!read.contains { $0.hasPrefix("REGIME") }, "read \(read.sorted())")
  }

  @Test func theDamInArabicRefersBack() {
    let read = ControlTests7.control("هاجم التنظيم سد تشرين. وتمكنت قوات سوريا الديمقراطية من السيطرة على السد بعد معارك عنيفة.")
    #expect(read.contains("SDF Tishrin Dam captured"), "read \(read.sorted())")
  }

  @Test(arguments: [
    (
      "Iraqi troops and Shi'ite paramilitary fighters pushed into the town of al-Dour south of Tikrit on Wednesday.",
      "PMF Ad Dawr captured"
    ),
    ("Shia militias seized the town of Jurf al-Sakhar on Friday.", "PMF Jurf al-Sakhar captured"),
  ])
  func shiiteParamilitariesInIraqAreThePMF(_ c: (String, String)) {
    let read = ControlTests7.control(c.0)
    #expect(read.contains(c.1), "read \(read.sorted())")
  }
}

/// Session 34, heldout15 en-n06: "Al-Hol camp, in Hasakah Governorate, is administered by the
/// Kurdish-led authorities": "administered by", "run by" hold; the governorate after "in" only locates
/// the camp (`isLocativeQualifier`), so the camp is held, not the governorate; the Kurdish-led
/// authorities are the SDF's administration (main d218087: no claim). Sentences written for the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct AdministeredByTests34 {
  @Test func aCampAdministeredByTheKurdishLedAuthoritiesIsTheSDFs() {
    let read = ControlTests7.control("Al-Hol camp, in Hasakah Governorate, is administered by the Kurdish-led authorities.")
    #expect(read == ["SDF al-Hol camp holds"], "read \(read.sorted())")
  }

  @Test func aCampRunByASideIsHeld() {
    let read = ControlTests7.control("Roj camp, in Hasakah Governorate, is run by the SDF.")
    #expect(read.contains { $0.hasPrefix("SDF") && $0.hasSuffix("holds") && !$0.contains("Governorate") }, "read \(read.sorted())")
  }
}
