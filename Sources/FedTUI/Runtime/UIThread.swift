#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs the UI loop on a thread of its own, so that blocking terminal reads never occupy one of
/// the few cooperative threads that background checks need, and every ncurses call happens on
/// that one thread.
enum UIThread {
  private final class Box: @unchecked Sendable {
    let body: @Sendable () -> Int32
    var continuation: CheckedContinuation<Int32, Never>?
    init(_ body: @escaping @Sendable () -> Int32) { self.body = body }
  }

  static func run(_ body: @escaping @Sendable () -> Int32) async -> Int32 {
    await withCheckedContinuation { continuation in
      let box = Box(body)
      box.continuation = continuation
      let context = Unmanaged.passRetained(box).toOpaque()
      var thread = pthread_t()
      let rc = pthread_create(
        &thread, nil,
        { raw in
          let box = Unmanaged<Box>.fromOpaque(raw!).takeRetainedValue()
          box.continuation?.resume(returning: box.body())
          return nil
        }, context)
      if rc != 0 {
        let box = Unmanaged<Box>.fromOpaque(context).takeRetainedValue()
        box.continuation?.resume(returning: box.body())
      } else {
        pthread_detach(thread)
      }
    }
  }
}
