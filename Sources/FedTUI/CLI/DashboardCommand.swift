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

  @OptionGroup var inputs: CheckInputFlags
  @OptionGroup(title: "AWS account (read-only)") var aws: AWSFlags

  func run() async throws {
    let options = try makeOptions()
    if aws.stsProbe { throw UsageError(message: "--sts-probe: run it with `fedtui check` (the dashboard has no STS probe key yet)") }
    let request = try aws.makeRequest(timeout: options.timeout, hasToken: options.tokenText != nil)
    let (profile, region) = (aws.profile, aws.region)
    let settings: @Sendable () -> AWSSettings = {
      switch AWSFlags.settings(profile: profile, region: region) {
      case .success(let found): found
      case .failure(let error):
        AWSSettings(credentials: .failure(CredentialProblem(reason: "AWS configuration: \(error)", fix: "fix the setting named")))
      }
    }
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
      model.pendingIssuer = inputs.issuer
      if inputs.issuer != nil { model.prompt = Prompt(kind: .token) }
    }
    model.baseOptions = options
    let code = try await DashboardLauncher.run(model: model, backend: LiveBackend(aws: request, settings: settings), initial: initial)
    if code != 0 { throw CommandExit(code: code) }
  }

  /// The flags' files read up front; after `--token-file -` the terminal is taken back for ncurses.
  func makeOptions() throws -> CheckOptions {
    let options = try inputs.makeOptions()
    if inputs.tokenFile == "-" { try DashboardLauncher.reattachTerminal() }
    return options
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
