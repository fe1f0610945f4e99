import Testing

@testable import FedTUI

/// The dashboard commands' exits before any terminal work: usage errors name the flag (exit 2),
/// and without a terminal they refuse rather than draw into a pipe.
@Suite struct DashboardCommandTests {
  @Test(arguments: [
    ["--token-file", "/nonexistent/token"], ["--timeout", "0"], ["--discovery-file", "/nonexistent/d.json"],
    ["demo"], ["dashboard"], ["demo", "--unknown-flag"],
  ])
  func exitsTwo(arguments: [String]) async {
    // The test runner's stdout is not a terminal, so even valid invocations stop with exit 2.
    #expect(await FedTUIMain.run(arguments: arguments) == 2)
  }

  @Test func dashboardTakesChecksFlags() throws {
    let command = try DashboardCommand.parse([
      "--issuer", "https://gitlab.example.com", "--audience", "a", "--audience", "b", "--want-claim", "project_id",
      "--provider-url", "gitlab.example.com", "--timeout", "3", "--now", "1700000000",
    ])
    let options = try command.makeOptions()
    #expect(options.issuer == "https://gitlab.example.com")
    #expect(options.audiences == ["a", "b"] && options.wantClaims == ["project_id"])
    #expect(options.timeout == 3 && options.now == 1_700_000_000 && options.tokenText == nil)
  }
}
