import FedCore
import Foundation
import Testing

@testable import FedTUI

/// `check --role-arn`: a value that is not a role ARN is bad usage; a role ARN also reaches the
/// role-pinning and partition rules (the AWS reads it starts are tested against moto).
@Suite struct RoleARNFlagTests {
  @Test func notARoleARNIsUsage() async throws {
    let dir = try CheckCommandTests.TempDir()
    let token = try dir.file("token", DemoScenario.token + "\n")
    let jwks = try dir.file("jwks.json", DemoScenario.applicationKeyJWKS)
    let base = ["check", "--token-file", token, "--jwks-file", jwks, "--now", String(DemoScenario.now)]
    #expect(await FedTUIMain.run(arguments: base + ["--role-arn", "deploy"]) == 2)
  }

  @Test func theFlagReachesTheOptions() throws {
    let dir = try CheckCommandTests.TempDir()
    let token = try dir.file("token", DemoScenario.token + "\n")
    let command = try CheckCommand.parse(["--token-file", token, "--role-arn", "arn:aws-cn:iam::123456789012:role/deploy"])
    #expect(try command.makeOptions().roleARN == "arn:aws-cn:iam::123456789012:role/deploy")
  }
}
