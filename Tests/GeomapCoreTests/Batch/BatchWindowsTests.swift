import Testing

@testable import GeomapCore

@Suite struct BatchWindowsTests {
  /// Every input once, in order; at most `jobs` groups a window; a group within the count and byte
  /// limits unless it is one report alone.
  func check(_ sizes: [Int], jobs: Int) -> [[Range<Int>]] {
    let windows = BatchWindows.windows(sizes, jobs: jobs)
    #expect(Array(windows.joined().joined()) == Array(sizes.indices))
    for window in windows {
      #expect(!window.isEmpty && window.count <= jobs)
      for group in window {
        #expect(!group.isEmpty && group.count <= ReportReader.batchSize)
        #expect(group.count == 1 || sizes[group].reduce(0, +) <= ReportReader.batchBytes)
      }
    }
    return windows
  }

  @Test func aBulkBatchIsExportedAFewReportsAtATime() {
    // 993 reports of 100 kB (Benchmarks/batch.sh's bulk corpus): each report a group, `jobs` a window.
    let bulk = Array(repeating: 100_000, count: 993)
    #expect(check(bulk, jobs: 1).count == 993)
    #expect(check(bulk, jobs: 2).count == 497)
    #expect(check(bulk, jobs: 2).allSatisfy { $0.count <= 2 })
  }

  @Test func shortReportsFillAGroupUpToTheBatchSize() {
    // 1,000 reports of 1 kB: 32 a group (32 kB), `jobs` groups a window.
    let typical = Array(repeating: 1_000, count: 1_000)
    let one = check(typical, jobs: 1)
    #expect(one.count == 32)
    #expect(one[0] == [0..<32])
    let two = check(typical, jobs: 2)
    #expect(two.count == 16)
    #expect(two[0] == [0..<32, 32..<64])
    // 4 kB reports: 16 a group, the byte limit.
    #expect(check(Array(repeating: 4_096, count: 100), jobs: 2)[0] == [0..<16, 16..<32])
  }

  @Test func aFewReportsAreSpreadOverTheJobsInOneWindow() {
    #expect(check([10, 20, 30, 40], jobs: 2) == [[0..<2, 2..<4]])
    #expect(check([10, 20, 30], jobs: 8) == [[0..<1, 1..<2, 2..<3]])
    #expect(check([], jobs: 2).isEmpty)
    #expect(BatchWindows.groups(count: 4, jobs: 2) == [0..<2, 2..<4])
    #expect(BatchWindows.groups(count: 100, jobs: 2) == [0..<32, 32..<64, 64..<96, 96..<100])
  }

  @Test func aLongReportIsAGroupAloneBetweenShortOnes() {
    let windows = check([1_000, 1_000, 2_000_000, 1_000], jobs: 1)
    #expect(windows == [[0..<2], [2..<3], [3..<4]])
  }
}
