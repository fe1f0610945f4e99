import ArgumentParser
import FedCore

struct CheckCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(commandName: "check", abstract: "Not available yet.")

  func run() async throws {
    throw UsageError(message: "'check' is not available in this build yet")
  }
}
