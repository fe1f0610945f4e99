#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Messages posted by background work, drained by the one UI loop. A mutex-guarded array:
/// the only state shared between threads.
final class Inbox: @unchecked Sendable {
  private var mutex = pthread_mutex_t()
  private var queue: [Msg] = []

  init() { pthread_mutex_init(&mutex, nil) }
  deinit { pthread_mutex_destroy(&mutex) }

  func post(_ msg: Msg) {
    pthread_mutex_lock(&mutex)
    queue.append(msg)
    pthread_mutex_unlock(&mutex)
  }

  func drain() -> [Msg] {
    pthread_mutex_lock(&mutex)
    defer { pthread_mutex_unlock(&mutex) }
    let out = queue
    queue.removeAll(keepingCapacity: true)
    return out
  }
}

/// Monotonic and wall-clock time for ticks.
enum Clock {
  static func monotonic() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
  }

  static func unix() -> Int64 { Int64(time(nil)) }
}
