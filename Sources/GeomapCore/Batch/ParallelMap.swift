import Dispatch
import Foundation

/// Runs `body` for indices 0..<count on `jobs` threads; results come back in index order, so the
/// thread count never changes the output.
public enum ParallelMap {
  public static func map<T: Sendable>(
    count: Int, jobs: Int, _ body: @Sendable (Int) -> T
  ) -> [T] {
    guard count > 0 else { return [] }
    let slots = ResultSlots<T>(count: count)
    let workers = max(1, min(jobs, count))
    if workers == 1 {
      for i in 0..<count { slots.set(i, body(i)) }
    } else {
      // Workers pull the next index from a shared counter: a slow report never holds up a whole
      // pre-assigned chunk.
      let next = Counter()
      DispatchQueue.concurrentPerform(iterations: workers) { _ in
        while let i = next.take(below: count) { slots.set(i, body(i)) }
      }
    }
    return slots.values()
  }

  /// Worker threads for `--jobs 0` (automatic): the active cores.
  public static var automaticJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}

private final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var value = 0

  func take(below limit: Int) -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard value < limit else { return nil }
    value += 1
    return value - 1
  }
}

/// One slot per index, each written once by one worker; guarded by a lock because the writes come
/// from several threads.
private final class ResultSlots<T>: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [T?]

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func set(_ i: Int, _ value: T) {
    lock.lock()
    slots[i] = value
    lock.unlock()
  }

  func values() -> [T] {
    lock.lock()
    defer { lock.unlock() }
    return slots.compactMap { $0 }
  }
}
