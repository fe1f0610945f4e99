import ArgumentParser
import FedCore

struct DemoCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(commandName: "demo", abstract: "Not available yet.")

  func run() async throws {
    throw UsageError(message: "'demo' is not available in this build yet")
  }
}
