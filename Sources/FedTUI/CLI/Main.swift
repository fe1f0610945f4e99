import ArgumentParser
import Dispatch
import FedCore

/// Exit codes of the CLI contract (`spec/product.md`).
enum ExitCode2 {
  /// No error finding, or the policy allows.
  static let ok: Int32 = 0
  /// At least one error finding, or the policy denies.
  static let findings: Int32 = 1
  /// Bad usage or unreadable input.
  static let usage: Int32 = 2
  /// `check` cannot tell: its only errors may be local to this machine (`Verdict.unknown`).
  static let unknown: Int32 = 3
}

@main
struct FedTUIMain {
  /// Synchronous on purpose: commands that need no concurrency (an offline `check`, `--help`,
  /// usage errors) finish before the concurrency runtime starts its threads; the others run in
  /// a task while the main queue is serviced, as an `async` main would.
  static func main() {
    CoreDumps.disable()
    let arguments = Array(CommandLine.arguments.dropFirst())
    let command: ParsableCommand
    switch parse(arguments) {
    case .success(let parsed): command = parsed
    case .failure(let exit): Output.exitProcess(exit.code)
    }
    if let code = runSynchronously(command) { Output.exitProcess(code) }
    let box = CommandBox(command: command)
    Task { Output.exitProcess(await execute(box.command)) }
    dispatchMain()
  }

  /// Parses and runs one command line. Every error becomes one line on stderr and an exit code
  /// here, in one place.
  static func run(arguments: [String]) async -> Int32 {
    switch parse(arguments) {
    case .success(let command): return await execute(command)
    case .failure(let exit): return exit.code
    }
  }

  static func parse(_ arguments: [String]) -> Result<ParsableCommand, CommandExit> {
    do {
      return .success(try RootCommand.parseAsRoot(arguments))
    } catch {
      return .failure(CommandExit(code: exitCode(for: error)))
    }
  }

  static func execute(_ command: ParsableCommand) async -> Int32 {
    var command = command
    do {
      if var asyncCommand = command as? AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
      return ExitCode2.ok
    } catch {
      return exitCode(for: error)
    }
  }

  /// Runs `command` without the concurrency runtime when it can; nil when it needs a task.
  static func runSynchronously(_ command: ParsableCommand) -> Int32? {
    do {
      if let sync = command as? SynchronousRunnable {
        return try sync.runSynchronously() ? ExitCode2.ok : nil
      }
      guard !(command is AsyncParsableCommand) else { return nil }
      var command = command
      try command.run()
      return ExitCode2.ok
    } catch {
      return exitCode(for: error)
    }
  }

  /// The one place errors become stderr lines and exit codes.
  static func exitCode(for error: Error) -> Int32 {
    if let exit = error as? CommandExit { return exit.code }
    if let usage = error as? UsageError {
      Output.error(usage.message)
      return ExitCode2.usage
    }
    let code = RootCommand.exitCode(for: error)
    if code == .success {
      // --help and --version.
      print(RootCommand.fullMessage(for: error))
      return ExitCode2.ok
    }
    let message = RootCommand.message(for: error)
    Output.error(message.split(separator: "\n").first.map(String.init) ?? message)
    return ExitCode2.usage
  }

  /// Hands the parsed command to the task (commands are plain values of flags).
  struct CommandBox: @unchecked Sendable {
    var command: ParsableCommand
  }
}

/// A command that can finish without the concurrency runtime in some cases (`check` with saved
/// documents). `runSynchronously` returns false when it needs `run()` after all.
protocol SynchronousRunnable {
  func runSynchronously() throws -> Bool
}

/// The root command: with no subcommand it opens the dashboard.
struct RootCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fedtui",
    abstract: "Set up and repair OIDC federation from CI systems to AWS IAM.",
    discussion: """
      Paste a failing token or an AWS error and get the exact cause, the evidence and the fix.
      Run `fedtui demo` for the built-in offline scenario.
      Exit codes of `check`: 0 AWS would accept, 1 it would reject, 2 bad usage or unreadable \
      input, 3 cannot tell (a fetch failed in a way that may be local to this machine).
      """,
    version: "\(FedTUIVersion.current) (commit \(BuildInfo.commit))",
    subcommands: [
      DashboardCommand.self, DemoCommand.self, CheckCommand.self, PolicyCommand.self, ExplainCommand.self,
      ThumbprintCommand.self, AuditCommand.self,
    ],
    defaultSubcommand: DashboardCommand.self)
}

/// A deliberate exit with a contract code (used for verdicts: 0 accept, 1 reject, 3 unknown).
struct CommandExit: Error {
  var code: Int32
}

/// Bad usage or unreadable input: exits 2 with one line naming the culprit.
struct UsageError: Error {
  var message: String
}
