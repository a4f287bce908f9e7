import Foundation

/// A value shared between the threads that read reports in parallel, behind a lock.
///
/// Written instead of `Synchronization.Mutex` because ThreadSanitizer cannot see the Linux futex
/// inside `Mutex` (the Synchronization module is not instrumented) and reports every access as a
/// race; `NSLock` is a pthread mutex, which it understands. Same use: `withLock { … }`.
final class Locked<Value>: @unchecked Sendable {
  private let lock = NSLock()
  private var value: Value

  init(_ value: Value) { self.value = value }

  func withLock<R>(_ body: (inout Value) throws -> R) rethrows -> R {
    lock.lock()
    defer { lock.unlock() }
    return try body(&value)
  }
}
