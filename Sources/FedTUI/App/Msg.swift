import FedCore

/// Everything that can happen to the dashboard, delivered on the one loop.
enum Msg: Sendable {
  case key(Key)
  /// Text from a bracketed paste.
  case paste(String)
  case resize(width: Int, height: Int)
  /// Time passing: monotonic seconds and wall-clock Unix seconds.
  case tick(clock: Double, now: Int64)
  case checkFinished(job: Int, CheckOutcome)
  /// One fetch of a running check started or finished.
  case fetchProgress(job: Int, FetchProgress)
  case tokenFileRead(path: String, Result<String, FileFailure>)
  case copied(ClipboardResult)
  case exported(path: String, FileFailure?)
}

/// A file that could not be read or written, with the reason.
struct FileFailure: Error, Equatable, Sendable {
  var message: String
  /// The path already exists (an export then asks before replacing it).
  var exists = false
}

/// What happened to an OSC 52 copy request.
enum ClipboardResult: Equatable, Sendable {
  /// Sent; whether the terminal honoured it cannot be known (OSC 52 has no reply).
  case sent(characters: Int, via: String)
  /// Not sent, with the reason (not a terminal, value too large...).
  case refused(String)
}

/// Work for the runner: `update` returns these as data, so tests can read them.
enum Effect: Equatable, Sendable {
  case check(job: Int, CheckInput)
  case cancel(job: Int)
  case readTokenFile(path: String)
  case copy(String)
  /// Creates a new file (`O_EXCL|O_NOFOLLOW`, 0600); an existing path fails with `exists`.
  case writeFile(path: String, contents: String)
  /// Replaces a path the operator agreed to replace: a new 0600 file renamed over it.
  case replaceFile(path: String, contents: String)
  case quit
}
