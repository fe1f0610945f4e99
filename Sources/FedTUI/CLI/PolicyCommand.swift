import ArgumentParser
import FedCore

/// `fedtui policy generate|evaluate` (`spec/product.md` CLI contract).
struct PolicyCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "policy", abstract: "Generate a trust policy, or evaluate one against a token.",
    subcommands: [PolicyGenerateCommand.self, PolicyEvaluateCommand.self])
}

/// Builds the wizard's answers from flags, runs the same validation as the dashboard's wizard,
/// and prints the chosen format.
struct PolicyGenerateCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate", abstract: "Write a trust policy and the OIDC provider registration.",
    discussion: """
      Repeated scope options mean "any of these". Values with * or ? use StringLike, exact values StringEquals.
      GitLab: --project-path [--ref-type branch|tag] [--ref NAME]; GitHub: --repo with --branch, --tag,
      --environment or --pull-request; generic: --sub PATTERN.
      With --token-file, the provider, issuer, audience, partition and the narrowest scope that admits
      that token are inferred (and explained on stderr); flags given override them.
      """)

  @Option(help: "gitlab, github or generic (inferred with --token-file).") var provider: String?
  @Option(name: .customLong("token-file"), help: "A token to infer the policy from, or - for stdin.") var tokenFile: String?
  @Option(name: .customLong("role-arn"), help: "The role's ARN: gives the account, partition and role name.") var roleARN: String?
  @Option(help: "The issuer exactly as the token's iss (default: the provider's).") var issuer: String?
  @Option(name: .customLong("account-id"), help: "The 12-digit AWS account id (or --role-arn).") var accountID: String?
  @Option(help: "aws, aws-cn or aws-us-gov (default aws).") var partition: String?
  @Option(help: "A client ID (repeatable; default: the provider's).") var audience: [String] = []
  @Option(name: .customLong("project-path"), help: "GitLab group/project (repeatable).") var projectPath: [String] = []
  @Option(name: .customLong("ref-type"), help: "GitLab ref type: branch or tag (repeatable).") var refType: [String] = []
  @Option(help: "GitLab short ref name, e.g. main or release/* (repeatable).") var ref: [String] = []
  @Option(help: "GitHub owner/repo (repeatable).") var repo: [String] = []
  @Option(help: "GitHub branch name (repeatable).") var branch: [String] = []
  @Option(help: "GitHub tag name (repeatable).") var tag: [String] = []
  @Option(help: "GitHub environment name (repeatable).") var environment: [String] = []
  @Flag(name: .customLong("pull-request"), help: "GitHub pull_request runs.") var pullRequest = false
  @Option(help: "A raw sub value or pattern (repeatable; generic).") var sub: [String] = []
  @Flag(name: .customLong("session-tags"), help: "Allow sts:TagSession (the token carries session tags).") var sessionTags = false
  @Option(name: .customLong("max-session-duration"), help: "Role MaxSessionDuration, 3600-43200.") var maxSessionDuration = 3600
  @Option(name: .customLong("role-name"), help: "The role name.") var roleName: String?
  @Option(help: "A provider SHA-1 thumbprint (repeatable; optional).") var thumbprint: [String] = []
  @Option(help: "The AWS region for the gitlab-ci and github-workflow formats (default: one in the partition).") var region: String?
  @Option(help: "json, aws-cli, terraform, cloudformation, gitlab-ci or github-workflow.") var format: String = "json"

  func run() async throws {
    guard let chosenFormat = PolicyFormat(rawValue: format) else {
      throw UsageError(
        message: "--format: must be json, aws-cli, terraform, cloudformation, gitlab-ci or github-workflow (found \"\(format)\")")
    }
    var reasons: [String] = []
    let wizard = PolicyWizard(answers: try answers(reasons: &reasons))
    switch wizard.spec() {
    case .success(let spec):
      for reason in reasons { Output.error("inferred " + reason) }
      Output.write(export(spec, format: chosenFormat))
    case .failure(let failure): throw UsageError(message: failure.issues.first.map(String.init(describing:)) ?? "invalid input")
    }
  }

  /// The chosen format; the CI formats name the exact `--role-arn` (with its path) and `--region`.
  func export(_ spec: TrustPolicySpec, format: PolicyFormat) -> String {
    let arn = roleARN.flatMap { try? GenerateRoleFlag.parse($0) }?.arn
    switch format {
    case .gitlabCI: return GitLabCIRenderer.job(spec, roleARN: arn, region: region)
    case .githubWorkflow: return GitHubWorkflowRenderer.workflow(spec, roleARN: arn, region: region)
    default: return PolicyExporter.export(spec, format: format)
    }
  }

  /// The wizard answers these flags give; provider defaults fill what is not given.
  func answers(reasons: inout [String]) throws -> WizardAnswers {
    let role = try roleARN.map(GenerateRoleFlag.parse)
    let part = try chosenPartition(role: role)
    let inferred = try tokenFile.map { try GenerateFromToken.infer(path: $0, partition: part) }
    reasons = inferred?.reasons ?? []
    guard let kind = try chosenProvider(inferred: inferred) else {
      throw UsageError(message: "--provider: required without --token-file (gitlab, github or generic)")
    }
    guard let account = accountID ?? role?.account else {
      throw UsageError(message: "--account-id: required (or give --role-arn)")
    }
    if let role, let accountID, role.account != accountID {
      throw UsageError(message: "--account-id \(accountID): differs from the account in --role-arn (\(role.account))")
    }
    try checkScopeFlags(for: kind)
    var types: [GitRefType] = []
    for t in refType {
      guard let type = GitRefType(rawValue: t) else {
        throw UsageError(message: "--ref-type: GitLab ref_type is only branch or tag (found \"\(t)\")")
      }
      types.append(type)
    }
    var wizard = inferred.map { PolicyWizard(answers: $0.answers) } ?? PolicyWizard(provider: kind)
    if let issuer { wizard.setIssuer(issuer) }
    let scopeGiven = !(projectPath + ref + repo + branch + tag + environment + sub).isEmpty || !types.isEmpty || pullRequest
    wizard.edit { a in
      a.accountID = account
      a.partition = part ?? a.partition
      if !audience.isEmpty { a.audiences = audience }
      if scopeGiven || inferred == nil {
        a.scope = ScopeAnswers(
          projectPaths: projectPath, refTypes: types, refs: ref, repos: repo, branches: branch, tags: tag, environments: environment,
          pullRequest: pullRequest, subs: sub)
      }
      a.sessionTags = a.sessionTags || sessionTags
      a.maxSessionDuration = maxSessionDuration
      if let name = roleName ?? role?.name { a.roleName = name }
      a.thumbprints = thumbprint
    }
    return wizard.answers
  }

  /// `--partition`, else the role ARN's partition (nil: inferred or the default).
  func chosenPartition(role: GenerateRoleFlag?) throws -> AWSPartition? {
    guard let partition else { return role?.partition }
    guard let part = AWSPartition(rawValue: partition) else {
      throw UsageError(message: "--partition: must be aws, aws-cn or aws-us-gov (found \"\(partition)\")")
    }
    if let role, role.partition != part {
      throw UsageError(message: "--partition \(partition): differs from the partition in --role-arn (\(role.partition.rawValue))")
    }
    return part
  }

  /// `--provider`, else the one inferred from the token; a conflicting `--provider` is refused.
  func chosenProvider(inferred: PolicyInference?) throws -> PolicyProvider? {
    guard let provider else { return inferred?.answers.provider }
    guard let kind = PolicyProvider(rawValue: provider) else {
      throw UsageError(message: "--provider: must be gitlab, github or generic (found \"\(provider)\")")
    }
    if let inferred, inferred.answers.provider != kind {
      throw UsageError(message: "--provider \(provider): the token is from \(inferred.answers.provider.rawValue) (its iss)")
    }
    return kind
  }

  /// Scope flags of another provider are a usage error, not silently ignored.
  func checkScopeFlags(for kind: PolicyProvider) throws {
    let given: [(String, Bool, PolicyProvider)] = [
      ("--project-path", !projectPath.isEmpty, .gitlab), ("--ref-type", !refType.isEmpty, .gitlab), ("--ref", !ref.isEmpty, .gitlab),
      ("--repo", !repo.isEmpty, .github), ("--branch", !branch.isEmpty, .github), ("--tag", !tag.isEmpty, .github),
      ("--environment", !environment.isEmpty, .github), ("--pull-request", pullRequest, .github), ("--sub", !sub.isEmpty, .generic),
    ]
    if let wrong = given.first(where: { $0.1 && $0.2 != kind }) {
      throw UsageError(message: "\(wrong.0): applies to --provider \(wrong.2.rawValue), not \(kind.rawValue)")
    }
  }
}
