#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A core dump of a running `fedtui` would hold the token (and any AWS credentials) in plain
/// text. At start-up, before any input is read: the core size limit goes to 0 (soft and hard,
/// so a child cannot raise it again) and, on Linux, the process is marked not dumpable
/// (`PR_SET_DUMPABLE` 0: no core, and other processes of the same user cannot ptrace it or read
/// its memory through /proc).
enum CoreDumps {
  static func disable() {
    var none = rlimit(rlim_cur: 0, rlim_max: 0)
    #if os(Linux)
      _ = setrlimit(__rlimit_resource_t(RLIMIT_CORE.rawValue), &none)
      _ = prctl(setDumpable, 0)
    #else
      _ = setrlimit(RLIMIT_CORE, &none)
    #endif
  }

  #if os(Linux)
    /// `PR_SET_DUMPABLE` and `PR_GET_DUMPABLE` (linux/prctl.h).
    static let setDumpable: Int32 = 4
    static let getDumpable: Int32 = 3

    /// `prctl(2)`, which Swift's Glibc module does not export: looked up in the C library.
    @discardableResult static func prctl(_ option: Int32, _ value: UInt) -> Int32 {
      typealias Prctl = @convention(c) (Int32, UInt, UInt, UInt, UInt) -> Int32
      guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "prctl") else { return -1 }
      return unsafeBitCast(symbol, to: Prctl.self)(option, value, 0, 0, 0)
    }
  #endif
}
