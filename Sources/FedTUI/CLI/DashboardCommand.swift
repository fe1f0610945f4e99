import ArgumentParser
import FedCore

struct DashboardCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(commandName: "dashboard", abstract: "Not available yet.")

  func run() async throws {
    throw UsageError(message: "'dashboard' is not available in this build yet")
  }
}
