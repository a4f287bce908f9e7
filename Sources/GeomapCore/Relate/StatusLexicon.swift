/// Hedging words → claim status. Hedging is status, never fact.
///
/// | cue (Arabic / English)                                   | status               |
/// |----------------------------------------------------------|----------------------|
/// | نفى، نفت، نفي / denied, denies, rejected / dismissed reports | denied             |
/// | اقتراح، مقترح، اقترح، خطة / proposed, proposal, plan      | proposed             |
/// | مفاوضات، تفاوض، محادثات، يدور الحديث، البحث في، وساطة / negotiations, talks | under_negotiation |
/// | اتفاق مبدئي، موافقة مبدئية، مبدئيا / agreed in principle, preliminary agreement | agreed_in_principle |
/// | اتفاق، اتفق، تفاهم، صفقة، توصل / agreement, agreed, deal, understanding | agreed   |
/// | ادعاءات، ادعى، زعم، أكد، تؤكد، كشف / claimed, alleged, confirmed, according to | claimed |
/// | تقارير، أفادت، ذكرت، بدأ، بدأوا / reported, began, started | reported             |
/// | وصل، وصول، اكتمل، انتهى / arrived, completed, reached     | completed            |
///
/// Several cues in one clause: the most hedged wins (the order of the table). When records of one
/// movement are merged, the most advanced wins (`progress`).
enum StatusLexicon {
  static let cues: [(String, ClaimStatus)] = [
    ("نفى", .denied), ("نفت", .denied), ("نفوا", .denied), ("نفي", .denied), ("ينفي", .denied),
    ("تنفي", .denied),
    ("denied", .denied), ("denies", .denied), ("deny", .denied),
    // "rejected a report on social media that army units had fallen back", "dismissed reports that".
    ("rejected a report", .denied), ("rejected reports", .denied), ("rejects reports", .denied),
    ("dismissed a report", .denied), ("dismissed reports", .denied), ("dismisses reports", .denied),
    ("rejected claims", .denied), ("dismissed claims", .denied),
    ("اقتراح", .proposed), ("مقترح", .proposed), ("اقترح", .proposed), ("خطة", .proposed),
    ("proposed", .proposed), ("proposal", .proposed), ("plan", .proposed), ("planned", .proposed),
    ("مفاوضات", .underNegotiation), ("تفاوض", .underNegotiation), ("محادثات", .underNegotiation),
    ("مباحثات", .underNegotiation), ("يدور الحديث", .underNegotiation), ("للبحث في", .underNegotiation),
    ("البحث في", .underNegotiation), ("وساطة", .underNegotiation), ("الوسيط", .underNegotiation),
    ("negotiations", .underNegotiation), ("negotiating", .underNegotiation), ("talks", .underNegotiation),
    ("mediation", .underNegotiation), ("discussing", .underNegotiation), ("discuss", .underNegotiation),
    ("negotiate", .underNegotiation),
    ("اتفاق مبدئي", .agreedInPrinciple), ("موافقة مبدئية", .agreedInPrinciple),
    ("مبدئيا", .agreedInPrinciple), ("in principle", .agreedInPrinciple),
    ("preliminary agreement", .agreedInPrinciple),
    ("اتفاق", .agreed), ("اتفق", .agreed), ("اتفقت", .agreed), ("اتفقوا", .agreed), ("وافق", .agreed),
    ("وافقت", .agreed), ("وافقوا", .agreed), ("موافقة", .agreed), ("agrees", .agreed), ("accepted", .agreed),
    ("تفاهم", .agreed), ("صفقة", .agreed),
    ("توصل", .agreed), ("agreement", .agreed), ("agreed", .agreed), ("deal", .agreed),
    ("understanding", .agreed), ("allowed", .agreed), ("سمح", .agreed),
    ("ادعاءات", .claimed), ("ادعى", .claimed), ("زعم", .claimed), ("مزاعم", .claimed), ("أكد", .claimed),
    ("تؤكد", .claimed), ("يؤكد", .claimed), ("كشف", .claimed), ("أكدت", .claimed), ("أكدوا", .claimed),
    ("كشفت", .claimed), ("زعمت", .claimed), ("ادعت", .claimed), ("تزعم", .claimed), ("يزعم", .claimed),
    ("claimed", .claimed), ("claims", .claimed),
    ("alleged", .claimed), ("allegedly", .claimed), ("confirmed", .claimed), ("according", .claimed),
    ("تقارير", .reported), ("أفادت", .claimed), ("ذكرت", .reported), ("reportedly", .reported),
    ("بدأ", .reported),
    ("بدأوا", .reported), ("بدأت", .reported), ("reported", .reported), ("began", .reported),
    ("started", .reported), ("reports", .reported),
    ("وصل", .completed), ("وصلت", .completed), ("وصلوا", .completed), ("وصول", .completed),
    ("اكتمل", .completed),
    ("انتهى", .completed), ("خرج", .completed), ("خرجت", .completed), ("خرجوا", .completed),
    ("غادرت", .completed),
    ("غادروا", .completed), ("left", .completed), ("arrived", .completed), ("completed", .completed),
    ("reached", .completed),
  ]
  static let matcher = PhraseMatcher(cues)

  /// A source revealing or alleging an agreement («كشف عن … توصل … إلى اتفاق», "a source revealed …
  /// had reached an agreement"): the agreement is the source's claim, so `claimed`, not `agreed`.
  static let allegingCues = PhraseMatcher([
    ("كشف", true), ("كشفت", true), ("زعم", true), ("زعمت", true), ("ادعى", true), ("ادعت", true),
    ("يزعم", true), ("تزعم", true), ("revealed", true), ("disclosed", true), ("alleged", true),
    ("claimed", true),
  ])

  /// How hedged a status is: lower is more hedged.
  static func certainty(_ s: ClaimStatus) -> Int {
    switch s {
    case .denied: return 0
    case .proposed: return 1
    case .underNegotiation: return 2
    case .agreedInPrinciple: return 3
    case .agreed: return 4
    case .claimed: return 5
    case .reported: return 6
    case .completed: return 7
    }
  }

  /// How far a movement has gone; the same ladder.
  static func progress(_ s: ClaimStatus) -> Int { certainty(s) }

  /// The most hedged status cued in `range`, if any.
  static func status(_ doc: ReportText, in range: Range<Int>) -> ClaimStatus? {
    matcher.matches(doc, in: range).map(\.value).min { certainty($0) < certainty($1) }
  }

  /// `status(_:in:)` trying only the tokens where a cue may start (the same answer; see `CueIndex`).
  static func status(_ doc: ReportText, in range: Range<Int>, cues: CueIndex) -> ClaimStatus? {
    // The least certain match, kept as the scan goes (as `min` over the values: the first of the
    // least certain ones); no array of matches or of values is built, nor a match view (asked
    // per group of clauses by the movement rules).
    var best: ClaimStatus?
    matcher.forEachMatch(doc, in: range, candidates: cues.tokens(.statusCues, in: range)) { m in
      if best.map({ certainty(m.value) < certainty($0) }) ?? true { best = m.value }
    }
    return best
  }

  /// Base confidence of a claim with this status.
  static func confidence(_ s: ClaimStatus) -> Double {
    switch s {
    case .completed: return 0.9
    case .reported: return 0.8
    case .agreed: return 0.7
    case .claimed, .agreedInPrinciple: return 0.6
    case .underNegotiation: return 0.4
    case .proposed: return 0.3
    case .denied: return 0.2
    }
  }
}
