/// Every lexicon table the reader compares report words with, built together before the first
/// report is read.
///
/// A lexicon word is interned when its table is first used; a report's tokens are interned only
/// until the word table is full (`Vocabulary.tokenLimit`), after which a spelling not yet in it
/// reads as `Word.unseen`. A table first used after that point would hold words that the tokens of
/// the report being read had missed, and its rule would silently stop firing. `LexiconLoadTests`
/// reads the fixture reports and fails if reading interns any lexicon word after `loaded`: a table
/// added to the code but not here (or a `Word` literal written inside a function) is caught there.
enum Lexicons {
  static let loaded: Void = {
    // Recognition.
    _ = PlaceContext.triggers
    _ = PlaceContext.prepositions
    _ = PlaceContext.objectVerbs
    _ = PlaceContext.titles
    _ = PlaceContext.councilAdjectives
    _ = PlaceContext.council
    _ = PlaceContext.organisationTails
    _ = PlaceContext.councilKinds
    _ = PlaceContext.directions
    _ = PlaceContext.directionAdjectives
    _ = PlaceContext.latinArticles
    _ = ArabicWord.countrysideForm
    _ = ArabicWord.capitalForm
    _ = ArabicWord.desertForm
    _ = PlaceContext.patronymics
    _ = PlaceContext.groupHeads
    _ = PlaceContext.months
    _ = PlaceContext.directionAdjectiveWords
    _ = PlaceRecognizer.syrianWords
    _ = PlaceRecognizer.iraqiWords
    _ = PlaceRecognizer.shortDirections
    _ = PlaceRecognizer.the
    _ = PlaceRecognizer.of
    _ = PlaceRecognizer.ofWords
    _ = PlaceRecognizer.nameTailWords
    // Actors and claim status.
    _ = ActorLexicon.nameMatcher
    _ = ActorLexicon.referenceMatcher
    _ = ActorLexicon.motionWords
    _ = ActorLexicon.isWord
    _ = StatusLexicon.matcher
    _ = StatusLexicon.allegingCues
    // Relations.
    _ = RelationContext.descriptors
    _ = RelationContext.placeModifiers
    _ = RelationContext.besiegedAdjectives
    _ = RelationContext.genericHeads
    _ = RelationContext.englishOf
    _ = RelationContext.complementizers
    _ = RelationContext.clauseOpeners
    _ = RelationContext.withWords
    _ = RelationContext.fillerWords
    _ = RelationContext.partWords
    _ = RelationContext.englishLinks
    _ = RelationContext.borderAdjectives
    _ = RelationContext.sponsoring
    _ = RelationContext.speech
    _ = ControlExtractor.strongholds
    _ = ControlExtractor.heldBy
    _ = ControlExtractor.verbMatcher
    _ = ControlExtractor.entrenched
    _ = ControlExtractor.announcedNouns
    _ = ControlExtractor.announcement
    _ = ControlExtractor.participation
    _ = ControlExtractor.announcing
    _ = ControlExtractor.backing
    _ = ControlExtractor.relativeHeld
    _ = ControlExtractor.partitive
    _ = ControlExtractor.relativePronouns
    _ = ControlExtractor.relativeBefore
    _ = ControlExtractor.sieges
    _ = ControlExtractor.entering
    _ = ControlExtractor.nonCombatants
    _ = ControlExtractor.objectBreakers
    _ = ControlExtractor.figurativeSieges
    _ = ControlExtractor.arabicObjectBreakers
    _ = ControlExtractor.heldToAgreement
    _ = ControlExtractor.imposed
    _ = ControlExtractor.subjectFirst
    _ = ControlExtractor.hands
    _ = ControlExtractor.handsPrepositions
    _ = ControlExtractor.falling
    _ = ControlExtractor.controlAdverbs
    _ = ControlExtractor.lifting
    _ = ControlExtractor.siegeNouns
    _ = ControlExtractor.expelling
    _ = ControlExtractor.outOf
    _ = ControlExtractor.clashNouns
    _ = ControlExtractor.between
    _ = ControlExtractor.lostTo
    _ = ControlExtractor.inIt
    _ = ControlExtractor.holdouts
    _ = ControlExtractor.battles
    _ = MovementExtractor.triggerMatcher
    _ = MovementExtractor.sendingWords
    _ = MovementExtractor.messageNouns
    _ = MovementExtractor.shiftingWords
    _ = MovementExtractor.abstractMovers
    _ = MovementExtractor.wounded
    _ = MovementExtractor.safePassage
    _ = MovementExtractor.originWords
    _ = MovementExtractor.inWords
    _ = MovementExtractor.areaWords
    _ = MovementExtractor.civilianWords
    _ = MovementExtractor.onForm
    _ = MovementExtractor.onWords
    _ = MovementExtractor.settleWords
    _ = MovementExtractor.areaControlNouns
    _ = MovementExtractor.areaControlVerbs
    _ = MovementExtractor.assaultNouns
    _ = MovementExtractor.fighterWords
    _ = MovementExtractor.transitiveLeaving
    _ = MovementExtractor.destinationWords
    _ = MovementExtractor.strikes
    _ = MovementExtractor.definiteConvoy
    _ = MovementExtractor.vehicleWords
    _ = MovementExtractor.convoyPossessive
    _ = MovementExtractor.convoyWords
    _ = MovementExtractor.backedByWords
    _ = MovementExtractor.headingWords
    _ = MovementExtractor.arrivalWords
    _ = MovementExtractor.areaLinks
    _ = MovementExtractor.carryingWords
    _ = MovementExtractor.outWords
    _ = MovementExtractor.boardingWords
    _ = MovementExtractor.arrivalPrepositions
    _ = MovementExtractor.pronounOrigins
    _ = MovementExtractor.locatingWords
    _ = MovementExtractor.approachNouns
    _ = MovementExtractor.approachLinks
    _ = MovementExtractor.quantityWords
    _ = MovementExtractor.supplyWords
    _ = MovementExtractor.gazeWords
    _ = MovementExtractor.unmappedForces
    _ = MovementExtractor.ownForces
    _ = MovementExtractor.possessives
    _ = MovementExtractor.arabicOwnForces
    _ = MovementExtractor.forceNouns
    _ = MovementExtractor.nationalityActors
    _ = MovementExtractor.intentWords
    _ = MovementExtractor.subjectOpeners
    _ = MovementExtractor.armedMenNames
  }()
}
