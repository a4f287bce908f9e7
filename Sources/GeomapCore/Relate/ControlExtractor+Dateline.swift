/// The wire bureau a report is filed from ("BEIRUT (AP) -", "AMMAN, Dec 13 (Reuters) -"): where the
/// story was written, not a place anyone holds or takes in it.
extension ControlExtractor {
  /// The token of a dateline bureau (`RelationContext.datelinePlace` and `isBureau`); a dateline town
  /// of Syria or Iraq is what the report is about and stays.
  func datelineBureau() -> Int? {
    guard let p = ctx.datelinePlace(), RelationContext.isBureau(p.mention.entry) else { return nil }
    return p.recognized.firstToken
  }
}
