import FedCore
import Testing

@testable import FedTUI

/// `fedtui dashboard --role-arn`: the dashboard's checks run the same AWS-side check as
/// `fedtui check --role-arn` (the two faces of one FedCore call).
@Suite struct DashboardRoleTests {
  @Test func theLiveBackendReadsTheAccountWhenGivenARole() async throws {
    let role = try RoleARN.parse("arn:aws:iam::123456789012:role/deploy").get()
    // A closed loopback port: the read fails at once, which is enough to see the AWS side ran.
    let settings = AWSSettings(
      iamEndpoint: AWSEndpoint(url: "http://127.0.0.1:9", source: "test"),
      credentials: .success(AWSCredentials(accessKeyID: "AKIAX", secretAccessKey: "y", source: "test")))
    let request = AWSCheckRequest(role: role, settings: settings, timeout: 2)
    let discovery = OfflineDocument(
      path: "d.json", bytes: Array(#"{"issuer":"https://ci.example","jwks_uri":"https://ci.example/k"}"#.utf8))
    let options = CheckOptions(issuer: "https://ci.example", discoveryDocument: discovery, now: 1_800_000_000)
    let outcome = await LiveBackend(aws: request).check(CheckInput(options), now: 1_800_000_000) { _ in }
    #expect(outcome.findings.contains { $0.id == .awsReadFailed })
    #expect(outcome.report?.aws?.role == role)
    let plain = await LiveBackend().check(CheckInput(options), now: 1_800_000_000) { _ in }
    #expect(plain.report?.aws == nil)

    // The Provider pane gains the AWS rows only with a role.
    var model = Model()
    model.outcome = outcome
    let rows = AWSSection.rows(model)
    #expect(rows.first?.label.hasPrefix("AWS account 123456789012") == true)
    #expect(rows.contains { $0.label == "read failed" && $0.value.contains("iam:GetRole") })
    #expect(rows.contains { $0.label == "role" && $0.value.hasSuffix("(not read)") })
    model.outcome = plain
    #expect(AWSSection.rows(model).isEmpty)
  }

  @Test func theDashboardRefusesTheProbeFlagBeforeTouchingTheTerminal() async throws {
    let command = try DashboardCommand.parse(["--sts-probe", "--role-arn", "arn:aws:iam::123456789012:role/deploy"])
    do {
      try await command.run()
      Issue.record("the dashboard started")
    } catch let error as UsageError {
      #expect(error.message.hasPrefix("--sts-probe:"))
    }
  }

  @Test func theRoleCommandRechecksWithTheRole() throws {
    var m = Model.demo()
    let arn = "arn:aws:iam::123456789012:role/ci/deploy"
    let effects = App.command(&m, "role \(arn)")
    let input = try #require(
      effects.compactMap { effect -> CheckInput? in
        if case .check(_, let input) = effect { return input }
        return nil
      }.first)
    #expect(input.roleARN == arn)
    #expect(m.flash?.isError == false)
    // The live backend turns it into the AWS request, keeping the launch settings.
    let request = LiveBackend(settings: {
      AWSSettings(region: "eu-west-1", credentials: .failure(CredentialProblem(reason: "r", fix: "f")))
    })
    .request(input, timeout: 3)
    #expect(request?.role.name == "deploy" && request?.role.path == "/ci/")
    #expect(request?.region == "eu-west-1")
    #expect(LiveBackend().request(CheckInput(CheckOptions()), timeout: 3) == nil)
  }

  @Test func aBadRoleIsRefusedNamingTheField() {
    var m = Model.demo()
    #expect(App.command(&m, "role arn:aws:iam::1:role/x").isEmpty)
    #expect(m.flash?.isError == true && m.flash?.text.contains("12 digits") == true)
    var empty = Model.empty()
    #expect(App.command(&empty, "role arn:aws:iam::123456789012:role/x").isEmpty)
    #expect(empty.flash?.text.hasPrefix("Load a token first") == true)
  }
}
