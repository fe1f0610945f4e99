import Testing

@testable import FedTUI

/// Exit code 3 (cannot tell) through the whole CLI: an issuer on a loopback port where nothing
/// listens fails at connect, which may be this machine's network, so the verdict is unknown.
@Suite struct UnknownExitCodeTests {
  @Test func connectFailureExitsThree() async {
    #expect(await FedTUIMain.run(arguments: ["check", "--issuer", "https://127.0.0.1:9", "--timeout", "5"]) == 3)
    #expect(await FedTUIMain.run(arguments: ["check", "--issuer", "https://127.0.0.1:9", "--timeout", "5", "--format", "json"]) == 3)
  }
}
