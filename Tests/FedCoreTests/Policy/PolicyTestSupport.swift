@testable import FedCore

/// Tokens and provider profiles for the policy suites (independent of the Knowledge table).
enum PolicyTestSupport {
  static let account = "123456789012"

  /// A compact token with these claims (signature bytes are irrelevant to policy evaluation).
  static func jwt(_ claims: JSONValue) -> JWT {
    let header = Base64URL.encode(Array(#"{"alg":"RS256","kid":"k1","typ":"JWT"}"#.utf8))
    let payload = Base64URL.encode(Array(JSONWriter.string(claims).utf8))
    return try! TokenDecoder.decode("\(header).\(payload).c2ln").get()
  }

  static func gitlabClaims(
    iss: String = "https://gitlab.com", aud: JSONValue = "https://gitlab.com", project: String = "mygroup/myproject",
    refType: String = "branch", ref: String = "main", extra: [JSONMember] = []
  ) -> JSONValue {
    .object(
      [
        JSONMember("iss", .string(iss)), JSONMember("aud", aud),
        JSONMember("sub", .string("project_path:\(project):ref_type:\(refType):ref:\(ref)")),
        JSONMember("project_path", .string(project)), JSONMember("ref_type", .string(refType)), JSONMember("ref", .string(ref)),
        JSONMember("project_id", "42"), JSONMember("pipeline_source", "push"), JSONMember("exp", 1_900_000_000),
      ] + extra)
  }

  static func githubClaims(sub: String, aud: String = "sts.amazonaws.com", extra: [JSONMember] = []) -> JSONValue {
    .object(
      [
        JSONMember("iss", "https://token.actions.githubusercontent.com"), JSONMember("aud", .string(aud)), JSONMember("sub", .string(sub)),
        JSONMember("repository", "octo/app"), JSONMember("ref_type", "branch"), JSONMember("exp", 1_900_000_000),
      ] + extra)
  }

  /// gitlab.com as `aws-oidc-rules.md` §7 and `providers.md` §1.6 describe it: shared, sub required.
  static let gitlabCom = ProviderProfile(
    kind: .gitlabCom, name: "GitLab.com", issuerExample: "https://gitlab.com", defaultAudience: "https://gitlab.com",
    subFormat: "project_path:{group}/{project}:ref_type:{branch|tag}:ref:{ref}", alternateKeyPaths: ["/-/jwks"],
    conditionableClaims: [
      "aud", "sub", "namespace_id", "project_id", "user_id", "user_login", "user_email", "user_access_level", "ref_protected",
      "pipeline_source",
    ],
    sharedIssuer: true, requiredPolicyClaims: ["sub"], sources: ["test"])

  /// GitHub Actions: shared, `sub` or `job_workflow_ref` required; 2026 provider-specific keys.
  static let github = ProviderProfile(
    kind: .githubActions, name: "GitHub Actions", issuerExample: "https://token.actions.githubusercontent.com",
    defaultAudience: "sts.amazonaws.com", subFormat: "repo:{owner}/{repo}:{context}", alternateKeyPaths: [],
    conditionableClaims: [
      "aud", "sub", "actor", "actor_id", "job_workflow_ref", "repository", "repository_id", "repository_owner_id", "workflow", "ref",
      "environment", "enterprise_id",
    ],
    sharedIssuer: true, requiredPolicyClaims: ["sub", "job_workflow_ref"], sources: ["test"])

  /// A private (non-shared) issuer with only aud and sub.
  static let privateIssuer = ProviderProfile(
    kind: .generic, name: "Private issuer", issuerExample: "https://ci.example.com", defaultAudience: nil, subFormat: "any",
    alternateKeyPaths: [], conditionableClaims: ["aud", "sub"], unconfirmedConditionableClaims: ["amr", "email", "oaud"],
    sharedIssuer: false, requiredPolicyClaims: [], sources: ["test"])

  static func policy(_ text: String) -> PolicyDocument {
    switch PolicyParser.parse(text) {
    case .success(let d): return d
    case .failure(let e): fatalError("test policy does not parse: \(e)")
    }
  }

  /// A one-statement policy for a provider host with the given Condition JSON and Action JSON.
  static func policyText(host: String = "gitlab.com", action: String = #""sts:AssumeRoleWithWebIdentity""#, condition: String) -> String {
    """
    {"Version": "2012-10-17", "Statement": {"Effect": "Allow",
      "Principal": {"Federated": "arn:aws:iam::123456789012:oidc-provider/\(host)"},
      "Action": \(action), "Condition": \(condition)}}
    """
  }
}
