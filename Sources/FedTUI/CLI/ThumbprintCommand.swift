import ArgumentParser
import FedCore

struct ThumbprintCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(commandName: "thumbprint", abstract: "Not available yet.")

  func run() async throws {
    throw UsageError(message: "'thumbprint' is not available in this build yet")
  }
}
