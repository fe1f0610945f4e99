import Testing

@testable import FedTUI

@Suite struct CLIContractTests {
  @Test func unknownFlagIsUsageError() async {
    #expect(await FedTUIMain.run(arguments: ["--no-such-flag"]) == 2)
  }

  @Test func versionAndHelpExitZero() async {
    #expect(await FedTUIMain.run(arguments: ["--version"]) == 0)
    #expect(await FedTUIMain.run(arguments: ["--help"]) == 0)
  }
}
