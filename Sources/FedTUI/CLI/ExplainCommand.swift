import ArgumentParser
import FedCore

struct ExplainCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(commandName: "explain", abstract: "Not available yet.")

  func run() async throws {
    throw UsageError(message: "'explain' is not available in this build yet")
  }
}
