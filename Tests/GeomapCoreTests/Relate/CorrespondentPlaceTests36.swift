import Testing

@testable import GeomapCore

/// Session 36: where a correspondent is («وذكر مراسل سانا في حماة أن …», "an AFP correspondent in
/// Idlib said") tells where the news came from: it does not set the sentence elsewhere than the place
/// the movers' side just took (heldout15 ar-n01: main 9963dda sent the army from Mhardeh to the
/// dateline's Hama, not to Tal Malah it had just retaken). Sentences written for the test.
@Suite(.enabled(if: bundledGazetteer != nil, "bundled gazetteer index not built"))
struct CorrespondentPlaceTests36 {
  @Test func aCorrespondentsPlaceDoesNotFrameTheAdvance() throws {
    try MoverTests8.expect(
      "حماة-سانا\n\nأعادت وحدات من الجيش العربي السوري اليوم الأمن والاستقرار إلى بلدة مورك في ريف حماة الشمالي.\n\n"
        + "وذكر مراسل سانا في حماة أن وحدات الجيش التي انطلقت من مدينة صوران تقدمت بعد تمهيد ناري مكثف.",
      ["REGIME Suran→Morek"])
  }

  /// A source that is no correspondent, in another place, still sets the sentence there.
  @Test func anotherSourcesPlaceStillFramesIt() throws {
    let read = try MoverTests8.read(
      "حماة-سانا\n\nأعادت وحدات من الجيش العربي السوري اليوم الأمن والاستقرار إلى بلدة مورك في ريف حماة الشمالي.\n\n"
        + "وذكر مصدر عسكري في درعا أن وحدات الجيش التي انطلقت من مدينة صوران تقدمت بعد تمهيد ناري مكثف.")
    #expect(!read.contains { $0.destination.name == "Morek" }, "\(MoverTests8.describe(read))")
  }
}
