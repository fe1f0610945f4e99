import ArgumentParser
import FedCore

#if canImport(Glibc)
  import Glibc
#endif

/// `fedtui` (and `fedtui dashboard`): the dashboard, empty or loaded with the flags of `check`.
struct DashboardCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dashboard", abstract: "Open the dashboard (the default command).")

  @Option(help: "The issuer to probe (default: the token's iss).") var issuer: String?
  @Option(name: .customLong("token-file"), help: "A file holding the token, or - for stdin.") var tokenFile: String?
  @Option(help: "The IAM provider's registered client IDs.") var audience: [String] = []
  @Option(name: .customLong("provider-url"), help: "The IAM provider URL or ARN you registered.") var providerURL: String?
  @Option(name: .customLong("want-claim"), help: "A claim you want to restrict on.") var wantClaim: [String] = []
  @Option(name: .customLong("policy-file"), help: "A trust policy to check.") var policyFile: String?
  @Option(name: .customLong("discovery-file"), help: "A saved discovery document (offline).") var discoveryFile: String?
  @Option(name: .customLong("jwks-file"), help: "A saved JWKS (offline).") var jwksFile: String?
  @Option(name: .customLong("ca-file"), help: "Extra trust anchors (PEM).") var caFile: String?
  @Option(help: "Seconds allowed per fetch.") var timeout: Double = 10
  @Option(help: "A fixed clock, in Unix seconds.") var now: Int64?

  func run() async throws {
    var input: CheckInput?
    if let tokenFile {
      let text = try DashboardLauncher.readToken(tokenFile)
      input = CheckInput(
        token: text, issuer: issuer, audiences: audience, providerURL: providerURL, wantClaims: wantClaim,
        policyFile: policyFile, discoveryFile: discoveryFile, jwksFile: jwksFile, caFile: caFile, timeout: timeout, now: now)
    }
    var model = Model.empty()
    var initial: [Effect] = []
    if let input {
      model.prompt = nil
      initial = App.loadToken(&model, input.token)
      model.input = input
      initial = initial.map { if case .check(let job, _) = $0 { .check(job: job, input) } else { $0 } }
    } else if let issuer {
      model.pendingIssuer = issuer
      model.prompt = Prompt(kind: .token)
    }
    let code = try await DashboardLauncher.run(model: model, backend: LiveBackend(), initial: initial)
    if code != 0 { throw CommandExit(code: code) }
  }
}

/// Starting the dashboard: a terminal check, the token file, the UI thread.
enum DashboardLauncher {
  static func readToken(_ path: String) throws -> String {
    if path == "-" {
      var text = ""
      while let line = readLine(strippingNewline: false) { text += line }
      // ncurses reads keys from fd 0: give it the terminal back.
      let tty = open("/dev/tty", O_RDWR)
      guard tty >= 0 else { throw UsageError(message: "--token-file -: the dashboard needs a terminal after reading stdin") }
      dup2(tty, 0)
      close(tty)
      return text
    }
    switch FileIO.read(path) {
    case .success(let text): return text
    case .failure(let f): throw UsageError(message: "--token-file \(path): \(f.message)")
    }
  }

  static func run(model: Model, backend: CheckBackend, initial: [Effect]) async throws -> Int32 {
    guard Output.isTerminal(0), Output.isTerminal(1) else {
      throw UsageError(message: "the dashboard needs a terminal; use `fedtui check` in scripts")
    }
    Signals.install()
    let sendable = SendableModel(model: model, initial: initial)
    let result = await UIThread.run {
      let loop = Loop(model: sendable.model, terminal: NcursesTerminal(), backend: backend)
      do {
        return try loop.run(initial: sendable.initial)
      } catch {
        Output.error("\(error)")
        return 2
      }
    }
    return result
  }

  struct SendableModel: Sendable {
    var model: Model
    var initial: [Effect]
  }
}
