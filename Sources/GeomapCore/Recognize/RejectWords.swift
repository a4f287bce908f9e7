/// The `PlaceContext` word lists that `PlaceRecognizer.hardReject` and `insideOrganisationName`
/// ask of every candidate span, read once per report: each read of a lazily built static is a
/// `swift_once` check, and those were ~200k per 2 MB of Arabic.
struct RejectWords {
  let titles = PlaceContext.titles
  let triggers = PlaceContext.triggers
  let prepositions = PlaceContext.prepositions
  let beforeOrganisationName = PlaceContext.beforeOrganisationName
  let afterOrganisationName = PlaceContext.afterOrganisationName
}
