/// How `geomap export` cuts a batch of reports into the groups it reads in parallel, and the groups
/// into the windows it exports one after another: a per-report export holds only one window's
/// situations and maps at a time (993 reports of 100 kB each, all held, peaked at 1.67 GB).
public enum BatchWindows {
  /// `0..<count` cut into consecutive groups spread over `jobs`: each holds at most
  /// `ReportReader.batchSize` inputs and no more than an even share of them.
  public static func groups(count: Int, jobs: Int) -> [Range<Int>] {
    let most = groupSize(count: count, jobs: jobs)
    return stride(from: 0, to: count, by: most).map { $0..<min($0 + most, count) }
  }

  /// `sizes` (bytes of each input, in input order) cut into windows of `jobs` consecutive groups
  /// each, the last one maybe fewer. A group is cut as in `groups(count:jobs:)`, and also before
  /// it would pass `ReportReader.batchBytes` bytes (a report larger than that is a group alone), so
  /// a window holds at most `jobs` times the larger of that and the largest report.
  public static func windows(_ sizes: [Int], jobs: Int) -> [[Range<Int>]] {
    let most = groupSize(count: sizes.count, jobs: jobs)
    var groups: [Range<Int>] = []
    var start = 0
    var bytes = 0
    for (k, size) in sizes.enumerated() {
      if k > start, k - start == most || bytes + size > ReportReader.batchBytes {
        groups.append(start..<k)
        start = k
        bytes = 0
      }
      bytes += size
    }
    if start < sizes.count { groups.append(start..<sizes.count) }
    let width = max(1, jobs)
    return stride(from: 0, to: groups.count, by: width).map {
      Array(groups[$0..<min($0 + width, groups.count)])
    }
  }

  private static func groupSize(count: Int, jobs: Int) -> Int {
    max(1, min(ReportReader.batchSize, (count + jobs - 1) / max(1, jobs)))
  }
}
