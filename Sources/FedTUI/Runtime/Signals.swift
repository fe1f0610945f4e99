#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The last SIGINT/SIGTERM/SIGHUP received, set by the handler and read by the loop.
/// A plain statically initialised global: the handler only stores an integer.
nonisolated(unsafe) private var pendingSignal: sig_atomic_t = 0
/// The terminal modes before the dashboard started, for the fatal-signal reset.
nonisolated(unsafe) private var savedModes = termios()
nonisolated(unsafe) private var haveSavedModes: sig_atomic_t = 0

/// SIGINT, SIGTERM and SIGHUP end the loop so that the terminal is restored; fatal signals
/// write the reset sequence and restore the saved modes (`write` and `tcsetattr` are
/// async-signal-safe) before dying with the same signal.
enum Signals {
  static func install() {
    for s in [SIGINT, SIGTERM, SIGHUP] {
      signal(s) { number in pendingSignal = number }
    }
    for s in [SIGSEGV, SIGBUS, SIGILL, SIGABRT, SIGFPE, SIGTRAP] {
      signal(s) { number in
        Signals.emergencyReset()
        signal(number, SIG_DFL)
        raise(number)
      }
    }
  }

  /// Records the terminal modes to restore if the process dies on a fatal signal.
  static func saveTerminalModes() {
    if tcgetattr(0, &savedModes) == 0 { haveSavedModes = 1 }
  }

  static func pending() -> Int32? {
    let s = pendingSignal
    return s == 0 ? nil : Int32(s)
  }

  /// Leaves the alternate screen, shows the cursor, turns off bracketed paste and resets
  /// attributes, with one `write`.
  static func emergencyReset() {
    let reset: StaticString = "\u{1B}[?2004l\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l\r\n"
    _ = Glibc.write(1, reset.utf8Start, reset.utf8CodeUnitCount)
    if haveSavedModes != 0 { tcsetattr(0, TCSANOW, &savedModes) }
  }
}
