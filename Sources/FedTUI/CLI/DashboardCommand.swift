import ArgumentParser
import FedCore

#if canImport(Glibc)
  import Glibc
#endif

/// `fedtui` (and `fedtui dashboard`): the dashboard, empty or loaded with the flags of `check`.
struct DashboardCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dashboard", abstract: "Open the dashboard (the default command).",
    discussion: "With --token-file the dashboard opens loaded and checks at once; without, it asks for the issuer and the token.")

  @Option(name: .long, help: "The issuer to probe (default: the token's iss).") var issuer: String?
  @Option(name: .customLong("token-file"), help: "A file holding the token, or - for stdin.") var tokenFile: String?
  @Option(name: .customLong("audience"), help: "A client ID registered on the IAM provider (repeatable).") var audiences: [String] = []
  @Option(name: .customLong("provider-url"), help: "The IAM provider URL or ARN you registered.") var providerURL: String?
  @Option(name: .customLong("want-claim"), help: "A claim you want to restrict on (repeatable).") var wantClaims: [String] = []
  @Option(name: .customLong("policy-file"), help: "A role trust policy (JSON) to lint and evaluate.") var policyFile: String?
  @Option(name: .customLong("discovery-file"), help: "A saved discovery document (offline).") var discoveryFile: String?
  @Option(name: .customLong("jwks-file"), help: "A saved JWKS (offline).") var jwksFile: String?
  @Option(name: .customLong("ca-file"), help: "Extra trust anchors (PEM) for fetches.") var caFile: String?
  @Option(name: .long, help: "Seconds allowed per fetch.") var timeout: Double = 10
  @Option(name: .long, help: "The clock, in Unix seconds.") var now: Int64?

  func validate() throws {
    guard timeout > 0, timeout <= 300 else { throw ValidationError("--timeout: must be between 0 and 300 seconds") }
  }

  func run() async throws {
    let options = try makeOptions()
    var model = Model.empty()
    model.clock = Clock.monotonic()
    model.now = options.now ?? Clock.unix()
    var initial: [Effect] = []
    if let token = options.tokenText {
      model.prompt = nil
      model.input = CheckInput(options)
      initial = App.loadToken(&model, token)
    } else {
      model.input = nil
      model.pendingIssuer = issuer
      if issuer != nil { model.prompt = Prompt(kind: .token) }
    }
    model.baseOptions = options
    let code = try await DashboardLauncher.run(model: model, backend: LiveBackend(), initial: initial)
    if code != 0 { throw CommandExit(code: code) }
  }

  /// Reads every file named by a flag up front (a failure names the flag and the file: exit 2).
  func makeOptions() throws -> CheckOptions {
    let token = try tokenFile.map { try CLIInputs.text($0, flag: "--token-file") }
    if tokenFile == "-" { try DashboardLauncher.reattachTerminal() }
    let read = { (path: String?, flag: String) throws -> CheckOptions.SavedDocument? in
      try path.map { CheckOptions.SavedDocument(path: $0, bytes: try CLIInputs.read($0, flag: flag)) }
    }
    if let caFile { try CLIInputs.requireReadable(caFile, flag: "--ca-file") }
    return CheckOptions(
      issuer: issuer, tokenText: token, audiences: audiences, providerURL: providerURL, wantClaims: wantClaims,
      discoveryDocument: try read(discoveryFile, "--discovery-file"), jwksDocument: try read(jwksFile, "--jwks-file"),
      policyDocument: try read(policyFile, "--policy-file"), caFile: caFile, timeout: timeout, now: now)
  }
}

/// Starting the dashboard: a terminal check, signals, the UI thread.
enum DashboardLauncher {
  /// After `--token-file -` consumed stdin, ncurses needs the terminal back on fd 0.
  static func reattachTerminal() throws {
    let tty = open("/dev/tty", O_RDWR)
    guard tty >= 0 else { throw UsageError(message: "--token-file -: the dashboard needs a terminal after reading stdin") }
    dup2(tty, 0)
    close(tty)
  }

  static func run(model: Model, backend: CheckBackend, initial: [Effect]) async throws -> Int32 {
    guard Output.isTerminal(0), Output.isTerminal(1) else {
      throw UsageError(message: "the dashboard needs a terminal; use `fedtui check` in scripts")
    }
    Signals.install()
    let start = Start(model: model, initial: initial)
    return await UIThread.run {
      let loop = Loop(model: start.model, terminal: NcursesTerminal(), backend: backend)
      do {
        return try loop.run(initial: start.initial)
      } catch let usage as UsageError {
        Output.error(usage.message)
        return 2
      } catch {
        Output.error("the dashboard stopped: \(error)")
        return 2
      }
    }
  }

  /// The first model and effects, handed to the UI thread.
  struct Start: Sendable {
    var model: Model
    var initial: [Effect]
  }
}
