import ArgumentParser
import FedCore

/// Exit codes of the CLI contract (`spec/product.md`).
enum ExitCode2 {
  /// No error finding, or the policy allows.
  static let ok: Int32 = 0
  /// At least one error finding, or the policy denies.
  static let findings: Int32 = 1
  /// Bad usage or unreadable input.
  static let usage: Int32 = 2
}

@main
struct FedTUIMain {
  static func main() async {
    let code = await run(arguments: Array(CommandLine.arguments.dropFirst()))
    Output.exitProcess(code)
  }

  /// Parses and runs one command line. Every error becomes one line on stderr and an exit code
  /// here, in one place.
  static func run(arguments: [String]) async -> Int32 {
    do {
      var command = try RootCommand.parseAsRoot(arguments)
      if var asyncCommand = command as? AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
      return ExitCode2.ok
    } catch let exit as CommandExit {
      return exit.code
    } catch let usage as UsageError {
      Output.error(usage.message)
      return ExitCode2.usage
    } catch {
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
  }
}

/// The root command: with no subcommand it opens the dashboard.
struct RootCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fedtui",
    abstract: "Set up and repair OIDC federation from CI systems to AWS IAM.",
    discussion: """
      Paste a failing token or an AWS error and get the exact cause, the evidence and the fix.
      Run `fedtui demo` for the built-in offline scenario.
      """,
    version: FedTUIVersion.current,
    subcommands: [DashboardCommand.self, DemoCommand.self, CheckCommand.self, PolicyCommand.self, ExplainCommand.self, ThumbprintCommand.self],
    defaultSubcommand: DashboardCommand.self)
}

/// A deliberate exit with a contract code (used for verdicts: 0 accept, 1 reject).
struct CommandExit: Error {
  var code: Int32
}

/// Bad usage or unreadable input: exits 2 with one line naming the culprit.
struct UsageError: Error {
  var message: String
}
