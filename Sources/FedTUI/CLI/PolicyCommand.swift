import ArgumentParser
import FedCore

struct PolicyCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(commandName: "policy", abstract: "Not available yet.")

  func run() async throws {
    throw UsageError(message: "'policy' is not available in this build yet")
  }
}
