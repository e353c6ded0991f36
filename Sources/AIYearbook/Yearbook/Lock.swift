#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A value only reached while holding a lock: the interface of `Synchronization.Mutex`
/// (`withLock`) over a POSIX mutex.
///
/// Not `Synchronization.Mutex` itself: on Linux a contended `Mutex` waits on a futex the
/// thread sanitizer does not see, so every wait is reported as a data race on the value
/// it guards, and real races would be lost among them (Documentation/Reliability.md,
/// “Concurrency”). The sanitizer knows `pthread_mutex_lock` and `pthread_mutex_unlock`.
final class Lock<Value>: @unchecked Sendable {
  // @unchecked: `value` is read and written only between lock and unlock of `mutex`.
  private let mutex: UnsafeMutablePointer<pthread_mutex_t>
  private var value: Value

  /// A lock guarding `initialValue`.
  init(_ initialValue: sending Value) {
    mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    mutex.initialize(to: pthread_mutex_t())
    pthread_mutex_init(mutex, nil)
    value = initialValue
  }

  deinit {
    pthread_mutex_destroy(mutex)
    mutex.deinitialize(count: 1)
    mutex.deallocate()
  }

  /// Runs `body` with the value while holding the lock.
  func withLock<Result, Failure: Error>(
    _ body: (inout sending Value) throws(Failure) -> sending Result
  ) throws(Failure) -> sending Result {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    return try body(&value)
  }
}
