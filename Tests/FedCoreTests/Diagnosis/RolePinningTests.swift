import FedCore
import Testing

/// Role pinning (awsteele.com 2026-07-13 via vouch-sh/vouch#691: STS refuses a role the token's
/// `https://aws.amazon.com/roles` does not list, exact ARN, string or array, before the trust
/// policy; `sts:RoleAuthorizedByIdp` (Bool) in the Service Authorization Reference).
@Suite struct RolePinningTests {
  static let role = "arn:aws:iam::123456789012:role/deploy"

  static func token(roles: String) -> String {
    TestToken.make(claims: TestToken.gitlabClaims(["https://aws.amazon.com/roles": roles]))
  }

  static func findings(_ token: String, role: String?) -> [Finding] {
    FedCore.diagnose(DiagnosisInput(token: TokenInput(raw: token), audiences: ["sts.amazonaws.com"], roleARN: role), now: TestToken.now)
  }

  @Test func claimIsDecodedAndShown() throws {
    let token = Self.token(roles: #"["\#(Self.role)","arn:aws:iam::123456789012:role/b"]"#)
    let finding = try #require(Self.findings(token, role: nil).first(.tokenRoles))
    #expect(finding.severity == .info)
    #expect(finding.evidence.filter { $0.label == "role" }.map(\.value) == [Self.role, "arn:aws:iam::123456789012:role/b"])
  }

  @Test func aStringValueIsOneRole() {
    #expect(RolePinning.roles(.object([JSONMember("https://aws.amazon.com/roles", .string(Self.role))])) == [Self.role])
  }

  @Test func unlistedRoleIsRefusedBeforeTheTrustPolicy() throws {
    let findings = Self.findings(Self.token(roles: #"["arn:aws:iam::123456789012:role/other"]"#), role: Self.role)
    let refusal = try #require(findings.first(.tokenRolesExcludeRole))
    #expect(refusal.severity == .error)
    #expect(refusal.awsError?.hasPrefix("InvalidIdentityToken") == true)
    #expect(Verdict(findings) == .reject)
  }

  @Test func listedRoleAndCaseMatter() {
    #expect(Self.findings(Self.token(roles: #""\#(Self.role)""#), role: Self.role).first(.tokenRolesExcludeRole) == nil)
    let upper = Self.role.replacingOccurrences(of: "deploy", with: "Deploy")
    let finding = Self.findings(Self.token(roles: #""\#(upper)""#), role: Self.role).first(.tokenRolesExcludeRole)
    #expect(finding?.evidence("difference")?.hasPrefix("letter case") == true)
  }

  @Test func evaluatorKnowsRoleAuthorizedByIdp() throws {
    let policy = try PolicyParser.parse(
      #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"arn:aws:iam::123456789012:oidc-provider/gitlab.com"},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{"Bool":{"sts:RoleAuthorizedByIdp":"true"},"StringLike":{"gitlab.com:sub":"project_path:group/project:*"}}}]}"#
    ).get()
    let pinned: JSONValue = try JSONParser.parse(TestToken.gitlabClaims(["https://aws.amazon.com/roles": #""\#(Self.role)""#]))
    let plain: JSONValue = try JSONParser.parse(TestToken.gitlabClaims())
    #expect(PolicyEvaluator.evaluate(policy, claims: pinned, issuer: "https://gitlab.com").allowed)
    #expect(!PolicyEvaluator.evaluate(policy, claims: plain, issuer: "https://gitlab.com").allowed)
  }
}
