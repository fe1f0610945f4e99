/// What a finished command printed. `stdout` may hold credentials: it is parsed and dropped,
/// never shown.
public struct CommandOutput: Sendable, Equatable {
  public var status: Int32
  public var stdout: [UInt8]
  public var stderr: [UInt8]
  public init(status: Int32, stdout: [UInt8], stderr: [UInt8]) {
    self.status = status
    self.stdout = stdout
    self.stderr = stderr
  }

  /// The last non-empty stderr line, cut to 200 bytes (for a failure sentence).
  public var lastErrorLine: String {
    let lines = String(decoding: stderr, as: UTF8.self).split(whereSeparator: \.isNewline)
    let last = lines.last(where: { !$0.allSatisfy(\.isWhitespace) }).map(String.init) ?? ""
    return TextSafety.escaped(String(last.prefix(200)))
  }
}

/// Runs the commands AWS configuration names (`credential_process`, `aws configure
/// export-credentials`). The live one spawns processes; tests may give canned outputs.
public protocol CommandRunner: Sendable {
  /// `arguments[0]` is looked up in `PATH`; nil when it could not be started.
  func run(_ arguments: [String]) -> CommandOutput?
  /// The full path of an executable found in `PATH`, nil when none.
  func which(_ name: String) -> String?
}
