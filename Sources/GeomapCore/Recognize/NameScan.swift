/// What the name scanner reads of a report, gathered before it scans: each token's scan data, its
/// `NameStarts` byte, and the index's answers for two-token spans.
struct NameScan {
  let words: ScanWords
  let starts: [UInt8]
  let pairs: NamePairs
}
