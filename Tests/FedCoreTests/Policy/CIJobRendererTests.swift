import Foundation
import Testing

@testable import FedCore

/// The CI side of a generated policy, parsed by PyYAML and linted by yamllint: the job asks for
/// the policy's audience, assumes the policy's role, runs where the policy's scope admits it, and
/// never puts the token in an argument.
@Suite(.serialized) struct CIJobRendererTests {
  static func spec(_ provider: PolicyProvider, partition: AWSPartition = .aws, _ scope: ScopeAnswers) -> TrustPolicySpec {
    var w = PolicyWizard(provider: provider)
    w.edit {
      $0.accountID = PolicyTestSupport.account
      $0.partition = partition
      if provider == .github { $0.audiences = [partition.defaultAudience] }
      $0.scope = scope
      $0.roleName = "deploy"
    }
    return try! w.spec().get()
  }

  static let gitlabSpecs = [
    spec(.gitlab, ScopeAnswers(projectPaths: ["group/app"], refTypes: [.branch], refs: ["main"])),
    spec(.gitlab, ScopeAnswers(projectPaths: ["group/app"], refTypes: [.tag], refs: ["v1.*", "release/2"])),
  ]
  static let githubSpecs = [
    spec(.github, ScopeAnswers(repos: ["octo/app"], branches: ["main"])),
    spec(.github, partition: .awsCN, ScopeAnswers(repos: ["octo/app"], environments: ["prod"])),
    spec(.github, ScopeAnswers(repos: ["octo/app"], environments: ["prod", "staging"])),
    spec(.github, ScopeAnswers(repos: ["octo/app"], tags: ["v*"])),
  ]

  /// PyYAML's view of the YAML as JSON: `on` is read as the key `True` in YAML 1.1.
  static let peer = """
    import json, sys, yaml
    doc = yaml.safe_load(open(sys.argv[1]))
    if True in doc: doc["on"] = doc.pop(True)
    print(json.dumps(doc))
    """

  static func parsed(_ yaml: String) throws -> JSONValue? {
    guard let python = PolicyToolRunner.require("python3") else { return nil }
    let path = try PolicyToolRunner.temporaryFile(yaml, suffix: ".yml")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let run = try PolicyToolRunner.run(python, ["-c", peer, path])
    #expect(run.code == 0, "PyYAML: \(run.errors)")
    return try JSONParser.parse(run.output)
  }

  static func yamllint(_ yaml: String) throws {
    guard let lint = PolicyToolRunner.require("yamllint") else { return }
    let path = try PolicyToolRunner.temporaryFile(yaml, suffix: ".yml")
    defer { try? FileManager.default.removeItem(atPath: path) }
    // GitHub's `on:` key is not a boolean; lines may exceed 80 columns (ARNs, expressions).
    let config = "{extends: default, rules: {truthy: {check-keys: false}, line-length: {max: 200}}}"
    let run = try PolicyToolRunner.run(lint, ["--strict", "-f", "parsable", "-d", config, path])
    #expect(run.code == 0, "yamllint (pip install yamllint via scripts/requirements-test.txt): \(run.output) \(run.errors)")
  }

  static func strings(_ v: JSONValue?) -> [String] {
    switch v {
    case .string(let s): [s]
    case .array(let a): a.compactMap(\.stringValue)
    default: []
    }
  }

  @Test(arguments: gitlabSpecs) func gitlabJobAgreesWithThePolicy(_ spec: TrustPolicySpec) throws {
    let yaml = GitLabCIRenderer.job(spec)
    try Self.yamllint(yaml)
    guard let doc = try Self.parsed(yaml), let job = doc["assume-aws-role"] else { return }
    #expect(Self.strings(job["id_tokens"]?[GitLabCIRenderer.tokenVariable]?["aud"]) == spec.audiences)
    #expect(job["variables"]?["AWS_ROLE_ARN"]?.stringValue == "arn:aws:iam::123456789012:role/deploy")
    let script = Self.strings(job["script"])
    #expect(script.contains { $0.contains("AWS_WEB_IDENTITY_TOKEN_FILE") })
    for line in script where line.contains(GitLabCIRenderer.tokenVariable) {
      #expect(line.hasPrefix("printf '%s' ") && line.contains("> \"$AWS_WEB_IDENTITY_TOKEN_FILE\""), "token leaves through: \(line)")
    }
    #expect(!script.contains { $0.contains("--web-identity-token") || $0.hasPrefix("echo") })
    // Each rule names a ref; the sub a pipeline on that ref gets is admitted by the policy.
    var conditions: [String] = []
    if case .array(let rules) = job["rules"] { conditions = rules.compactMap { $0["if"]?.stringValue } }
    #expect(conditions.count == spec.scope.subPatterns.count)
    let policy = PolicyGenerator.document(for: spec)
    for condition in conditions where condition.contains("==") {
      let ref = String(condition.split(separator: "\"")[1])
      let type = condition.hasPrefix("$CI_COMMIT_TAG") ? "tag" : "branch"
      let claims = PolicyTestSupport.gitlabClaims(project: "group/app", refType: type, ref: ref)
      #expect(PolicyEvaluator.evaluate(policy, claims: claims, issuer: spec.issuer).allowed, "rule \(condition) runs where STS denies")
    }
  }

  @Test func gitlabWildcardRefsBecomeAnchoredRegexes() {
    #expect(GitLabCIRenderer.regex("release/*") == "^release\\/.*$")
    #expect(GitLabCIRenderer.regex("v1.?") == "^v1\\..$")
  }

  @Test(arguments: githubSpecs) func githubWorkflowAgreesWithThePolicy(_ spec: TrustPolicySpec) throws {
    let yaml = GitHubWorkflowRenderer.workflow(spec)
    try Self.yamllint(yaml)
    guard let doc = try Self.parsed(yaml), let job = doc["jobs"]?["assume-aws-role"] else { return }
    #expect(doc["permissions"]?["id-token"]?.stringValue == "write" && doc["permissions"]?["contents"]?.stringValue == "read")
    var steps: [JSONValue] = []
    if case .array(let a) = job["steps"] { steps = a }
    let step = try #require(steps.first { $0["uses"]?.stringValue?.hasPrefix("aws-actions/") == true })
    #expect(step["with"]?["role-to-assume"]?.stringValue == "arn:\(spec.partition.rawValue):iam::123456789012:role/deploy")
    #expect(step["with"]?["audience"]?.stringValue == spec.audiences.first)
    #expect(step["with"]?["aws-region"]?.stringValue?.isEmpty == false)
    #expect(job["if"]?.stringValue == "github.repository == 'octo/app'")
    // The sub each run of this workflow gets is admitted by the policy, and only such runs happen.
    let environments =
      Self.strings(job["strategy"]?["matrix"]?["environment"]) + Self.strings(job["environment"]).filter { !$0.hasPrefix("${{") }
    let pushes =
      Self.strings(doc["on"]?["push"]?["branches"]).map { "ref:refs/heads/" + $0 }
      + Self.strings(doc["on"]?["push"]?["tags"]).map { "ref:refs/tags/" + $0 }
    let contexts = environments.isEmpty ? pushes : environments.map { "environment:" + $0 }
    #expect(!contexts.isEmpty)
    #expect(doc["on"]?["pull_request"] == nil && doc["on"]?["pull_request_target"] == nil)
    let policy = PolicyGenerator.document(for: spec)
    for context in contexts {
      let concrete = context.replacingOccurrences(of: "*", with: "1.0")
      let claims = PolicyTestSupport.githubClaims(sub: "repo:octo/app:" + concrete, aud: spec.audiences[0])
      #expect(PolicyEvaluator.evaluate(policy, claims: claims, issuer: spec.issuer).allowed, "a run with \(concrete) is denied")
    }
  }
}
