import ArgumentParser
import FedCore

/// `fedtui demo`: the dashboard on the built-in offline scenario of the 2021 GitLab report.
struct DemoCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo",
    abstract: "Open the dashboard on the built-in offline 2021 GitLab scenario (no network).")

  func run() async throws {
    let code = try await DashboardLauncher.run(
      model: .demo(), backend: OfflineBackend(snapshot: DemoScenario.snapshot), initial: [])
    if code != 0 { throw CommandExit(code: code) }
  }
}
