#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs blocking work (a libcurl transfer) on a thread of its own.
///
/// `curl_easy_perform` blocks for up to the whole timeout. Run on Swift's cooperative pool (one
/// thread per core, two here) it would starve other tasks and serialise concurrent fetches; a
/// dedicated detached thread per transfer lets the alternates really overlap the discovery chain.
enum BlockingThread {
  /// Runs `work` on a new detached thread and resumes with its result.
  static func run<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
    await withCheckedContinuation { (continuation: CheckedContinuation<T, Never>) in
      let job = ThreadJob { continuation.resume(returning: work()) }
      if !start(job) {
        // No thread available (resource limits): do the work here rather than fail.
        job.body()
      }
    }
  }

  private static func start(_ job: ThreadJob) -> Bool {
    let context = Unmanaged.passRetained(job).toOpaque()
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
    #if os(Linux)
      var thread = pthread_t()
      let rc = pthread_create(&thread, &attributes, threadEntry, context)
    #else
      var thread: pthread_t? = nil
      let rc = pthread_create(&thread, &attributes, threadEntry, context)
    #endif
    if rc != 0 { Unmanaged<ThreadJob>.fromOpaque(context).release() }
    return rc == 0
  }
}

#if os(Linux)
  private func threadEntry(_ raw: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
    guard let raw else { return nil }
    Unmanaged<ThreadJob>.fromOpaque(raw).takeRetainedValue().body()
    return nil
  }
#else
  private func threadEntry(_ raw: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer? {
    Unmanaged<ThreadJob>.fromOpaque(raw).takeRetainedValue().body()
    return nil
  }
#endif

/// The closure a thread runs, boxed so it can cross the C `void *`.
private final class ThreadJob: @unchecked Sendable {
  let body: @Sendable () -> Void
  init(_ body: @escaping @Sendable () -> Void) { self.body = body }
}
