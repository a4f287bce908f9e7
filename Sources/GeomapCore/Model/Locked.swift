import Foundation

/// A value shared between the threads that read reports in parallel, behind a lock.
///
/// Written instead of `Synchronization.Mutex` because ThreadSanitizer cannot see the Linux futex
/// inside `Mutex` (the Synchronization module is not instrumented) and reports every access as a
/// race; `NSLock` is a pthread mutex, which it understands. Same use: `withLock { … }`.
final class Locked<Value>: @unchecked Sendable {
  private let lock = NSLock()
  /// Unchecked: the lock already gives `withLock` its only access, and the run-time exclusivity
  /// check of a class's stored property cost more than the lock itself (taken for every new
  /// spelling and key of every report).
  @exclusivity(unchecked) private var value: Value

  init(_ value: Value) { self.value = value }

  func withLock<R>(_ body: (inout Value) throws -> R) rethrows -> R {
    lock.lock()
    defer { lock.unlock() }
    return try body(&value)
  }
}
