extension MovementExtractor {
  /// The word sets `read(group:…)` asks every token of a group about, one bit each in a
  /// `WordClasses` mask (see there why). Each case names the lexicon it stands for, so a word added
  /// to that lexicon is in its class too.
  enum ScanClass: Int, CaseIterable {
    case of, out, origin, settle, on, assaultNouns, arrivalPrepositions, arrival, destination
    case inWords, boarding, backedBy, pronounOrigins, quantity, supply, transitiveLeaving, fighters
    case vehicles, definiteConvoy, causative
    // The general reader's prepositions and the words before them (`frameEnds`).
    case fromWords, toWords, forWords, partitiveHeads
    // What `isMotion` asks of each motion word and the words beside it.
    case gaze, sending, messageNouns, shifting, abstractMovers
    // What `locationFacts` asks of the words after each actor.
    case areaWords
    // What `locationFacts` lets stand between an actor and «في»/"in"/"at".
    case stationing
    // What `read(group:…)` asks for "to it" («إليها»).
    case pronounDestinations

    var words: WordSet {
      switch self {
      case .of: PlaceRecognizer.ofWords
      case .out: MovementExtractor.outWords
      case .origin: MovementExtractor.originWords
      case .settle: MovementExtractor.settleWords
      case .on: MovementExtractor.onWords
      case .assaultNouns: MovementExtractor.assaultNouns
      case .arrivalPrepositions: MovementExtractor.arrivalPrepositions
      case .arrival: MovementExtractor.arrivalWords
      case .destination: MovementExtractor.destinationWords
      case .inWords: MovementExtractor.inWords
      case .boarding: MovementExtractor.boardingWords
      case .backedBy: MovementExtractor.backedByWords
      case .pronounOrigins: MovementExtractor.pronounOrigins
      case .quantity: MovementExtractor.quantityWords
      case .supply: MovementExtractor.supplyWords
      case .transitiveLeaving: MovementExtractor.transitiveLeaving
      case .fighters: MovementExtractor.fighterWords
      case .vehicles: MovementExtractor.vehicleWords
      case .definiteConvoy: MovementExtractor.definiteConvoy
      case .causative: MovementExtractor.causativeWords
      case .fromWords: MovementExtractor.fromWords
      case .toWords: MovementExtractor.toWords
      case .forWords: MovementExtractor.forWords
      case .partitiveHeads: MovementExtractor.partitiveHeads
      case .gaze: MovementExtractor.gazeWords
      case .sending: MovementExtractor.sendingWords
      case .messageNouns: MovementExtractor.messageNouns
      case .shifting: MovementExtractor.shiftingWords
      case .abstractMovers: MovementExtractor.abstractMovers
      case .areaWords: MovementExtractor.areaWords
      case .stationing: MovementExtractor.stationingWords
      case .pronounDestinations: MovementExtractor.pronounDestinations
      }
    }

    /// This class's bit in a mask.
    var bit: UInt32 { 1 << UInt32(rawValue) }
  }

  static let scanClasses = WordClasses(ScanClass.allCases.map(\.words))
}

extension UInt32 {
  /// True when this `WordClasses` mask has the bit of `c`.
  @inline(__always)
  func has(_ c: MovementExtractor.ScanClass) -> Bool { self & c.bit != 0 }
}
