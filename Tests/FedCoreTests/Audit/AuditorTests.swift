import Testing

@testable import FedCore

/// The account model and rules over a saved account with one defect per role (Tests/Fixtures/audit).
@Suite struct AuditorTests {
  static let account = "123456789012"
  static func role(_ name: String) -> String { "arn:aws:iam::\(account):role/\(name)" }
  static let github = "arn:aws:iam::\(account):oidc-provider/token.actions.githubusercontent.com"
  static let gitlab = "arn:aws:iam::\(account):oidc-provider/gitlab.com"

  static func input(details: String = "audit/defects-details.json", providers: Bool = true) throws -> AuditAccountInput {
    let roles = try AuthorizationDetails.roles(try Fixtures.string(details))
    let list = providers ? try AuthorizationDetails.providers(try Fixtures.string("audit/defects-providers.json")) : nil
    return AuditAccountInput(account: AuthorizationDetails.account(of: roles) ?? "?", roles: roles, providers: list)
  }

  func ids(_ audit: AccountAudit, role name: String) -> Set<String> {
    Set(audit.roles.first { $0.arn == Self.role(name) }?.findings.map(\.id.rawValue) ?? ["(role not audited)"])
  }

  @Test func eachDefectGivesItsFinding() throws {
    let audit = Auditor.audit(try Self.input())
    #expect(audit.account == Self.account)
    #expect(audit.roles.map(\.arn).sorted() == ["clean", "missing-provider", "name-based", "no-sub", "second-wildcard"].map(Self.role))
    #expect(ids(audit, role: "no-sub").contains("policy-missing-sub"))
    #expect(ids(audit, role: "second-wildcard").contains("policy-sub-wildcard-anywhere"))
    #expect(ids(audit, role: "missing-provider") == ["account-role-provider-missing"])
    #expect(ids(audit, role: "name-based") == ["policy-sub-mutable"])
    #expect(ids(audit, role: "clean").isEmpty)
    let gitlab = try #require(audit.providers.first { $0.arn == Self.gitlab })
    #expect(gitlab.findings.map(\.id) == [.accountProviderUnused])
    let github = try #require(audit.providers.first { $0.arn == Self.github })
    #expect(github.findings.map(\.id) == [.accountClientIDUnused])
    #expect(github.findings.first?.evidence("client ID") == "legacy-client")
  }

  @Test func wildcardInTheSecondValueSaysTheGuardrailMissesIt() throws {
    let audit = Auditor.audit(try Self.input())
    let finding = try #require(
      audit.roles.first { $0.arn == Self.role("second-wildcard") }?.findings.first { $0.id == .policySubWildcardAnywhere })
    #expect(finding.evidence("position") == "2")
    #expect(finding.evidence("value") == "repo:octo-org/*")
    #expect(finding.evidence("guardrail")?.contains("only the first value") == true)
  }

  @Test func mutableSubShowsTheImmutableFormWithKnownIDs() throws {
    let claims: JSONValue = .object([
      JSONMember("iss", "https://token.actions.githubusercontent.com"), JSONMember("repository", "octo-org/app"),
      JSONMember("repository_owner_id", "111"), JSONMember("repository_id", "222"),
    ])
    let audit = Auditor.audit(try Self.input(), options: .token(claims))
    let finding = try #require(audit.roles.first { $0.arn == Self.role("name-based") }?.findings.first)
    #expect(finding.evidence("immutable form") == "repo:octo-org@111/app@222:ref:refs/heads/main")
    let unknown = Auditor.audit(try Self.input()).roles.first { $0.arn == Self.role("name-based") }?.findings.first
    #expect(unknown?.evidence("immutable form") == "repo:octo-org@<owner_id>/app@<repo_id>:ref:refs/heads/main")
  }

  @Test func urlEncodedDocumentsGiveTheSameFindings() throws {
    #expect(Auditor.audit(try Self.input(details: "audit/defects-details-encoded.json")) == Auditor.audit(try Self.input()))
  }

  @Test func withoutProvidersExistenceIsNotJudged() throws {
    let audit = Auditor.audit(try Self.input(providers: false))
    #expect(!audit.providersKnown)
    #expect(!audit.findings.contains { $0.id == .accountRoleProviderMissing || $0.id == .accountProviderUnused })
    #expect(audit.providers.allSatisfy { $0.clientIDs == nil && $0.registered == nil })
    #expect(Set(audit.providers.map(\.arn)).contains(Self.github))
  }

  @Test func tokenIsEvaluatedAgainstEveryRole() throws {
    let claims: JSONValue = .object([
      JSONMember("iss", "https://token.actions.githubusercontent.com"), JSONMember("aud", "sts.amazonaws.com"),
      JSONMember("sub", "repo:octo-org/app:ref:refs/heads/main"),
    ])
    let audit = Auditor.audit(try Self.input(), options: .token(claims))
    let accepts = Dictionary(uniqueKeysWithValues: audit.roles.map { ($0.arn, $0.acceptsToken) })
    #expect(accepts[Self.role("no-sub")] == true)
    #expect(accepts[Self.role("second-wildcard")] == true)
    #expect(accepts[Self.role("name-based")] == true)
    #expect(accepts[Self.role("clean")] == false)
    #expect(accepts[Self.role("missing-provider")] == false)
    #expect(audit.roles.allSatisfy { $0.decision != nil })
  }

  @Test func badInputsNameTheirFault() {
    #expect(throws: AuditInputError("no RoleDetailList (not get-account-authorization-details output)")) {
      try AuthorizationDetails.roles("{}")
    }
    #expect(throws: AuditInputError("RoleDetailList[0] has no Arn")) { try AuthorizationDetails.roles(#"{"RoleDetailList":[{}]}"#) }
    #expect(throws: AuditInputError.self) { try AuthorizationDetails.roles("not json") }
    #expect(throws: AuditInputError("OpenIDConnectProviderList[0] has no oidc-provider Arn")) {
      try AuthorizationDetails.providers(#"{"OpenIDConnectProviderList":[{"Arn":"arn:aws:iam::1:role/x"}]}"#)
    }
  }
}
